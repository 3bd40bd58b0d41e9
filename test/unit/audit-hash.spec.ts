import { canonicalJson, chainHash, GENESIS_HASH } from '../../src/audit';

const event = {
  seq: 1,
  id: '7b0f0c8e-2b8a-4c59-9b3e-0d7f4c1e2a11',
  occurredAt: new Date('2026-11-27T10:00:00.123Z'),
  actorOfficerId: null,
  actorForceId: null,
  action: 'CASE_CREATED',
  subjectType: 'Case',
  subjectId: 'c1',
  forceId: null,
  reason: null,
  details: { b: 2, a: [1, { d: 'x', c: null }] },
};

describe('canonicalJson', () => {
  it('should sort keys at every depth and encode dates as ISO strings', () => {
    expect(canonicalJson({ z: 1, a: { y: 2, b: new Date('2026-01-01T00:00:00Z') } })).toBe(
      '{"a":{"b":"2026-01-01T00:00:00.000Z","y":2},"z":1}',
    );
  });

  it('should not depend on the order keys were written in', () => {
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });
});

describe('chainHash', () => {
  it('should change when any protected field or the previous hash changes', () => {
    const base = chainHash(GENESIS_HASH, event);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(GENESIS_HASH, { ...event, details: { b: 2, a: [1, { d: 'y', c: null }] } })).not.toBe(
      base,
    );
    expect(chainHash(GENESIS_HASH, { ...event, reason: 'edited' })).not.toBe(base);
    expect(chainHash('f'.repeat(64), event)).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...event, details: { a: [1, { c: null, d: 'x' }], b: 2 } })).toBe(base);
  });
});
