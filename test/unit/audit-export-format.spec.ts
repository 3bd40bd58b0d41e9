import { parse as parseCsv } from 'csv-parse/sync';
import { AuditEvent } from '../../src/entities';
import { csvField, csvHeader, csvRow, jsonLine } from '../../src/services/audit-export.format';

const event = (overrides: Partial<AuditEvent> = {}): AuditEvent =>
  Object.assign(new AuditEvent(), {
    seq: 7,
    id: '9b2f3c1e-0000-4000-8000-000000000007',
    occurredAt: new Date('2026-03-01T10:20:30.456Z'),
    actorOfficerId: null,
    actorForceId: null,
    action: 'CASE_CREATED',
    subjectType: 'Case',
    subjectId: 'c-1',
    forceId: null,
    reason: null,
    details: {},
    prevHash: 'a'.repeat(64),
    hash: 'b'.repeat(64),
    ...overrides,
  });

describe('audit export format', () => {
  describe('csvField', () => {
    it.each([
      [null, ''],
      ['', '""'],
      [42, '42'],
      ['plain', 'plain'],
      ['a,b', '"a,b"'],
      ['say "hi"', '"say ""hi"""'],
      ['two\r\nlines', '"two\r\nlines"'],
      ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
      ['+1', "'+1"],
      ['-1', "'-1"],
      ['@SUM(A1)', "'@SUM(A1)"],
    ])('should write %j as %j', (value, expected) => {
      expect(csvField(value)).toBe(expected);
    });
  });

  describe('csvRow', () => {
    it('should write one CRLF-terminated record per event that a CSV parser reads back', () => {
      const row = event({ reason: 'near the "station",\nlate', details: { b: 'Llŷn', a: [1, 2] } });
      const [parsed] = parseCsv(csvHeader() + csvRow(row), { columns: true }) as Array<
        Record<string, string>
      >;
      expect(csvRow(row).endsWith('\r\n')).toBe(true);
      expect(parsed).toMatchObject({
        seq: '7',
        occurredAt: '2026-03-01T10:20:30.456Z',
        reason: 'near the "station",\nlate',
        actorOfficerId: '',
        hash: 'b'.repeat(64),
      });
      expect(JSON.parse(parsed.details)).toEqual({ b: 'Llŷn', a: [1, 2] });
    });
  });

  describe('jsonLine', () => {
    it('should write one newline-terminated JSON object with every chained field', () => {
      const line = jsonLine(event({ details: { n: 1 } }));
      expect(line.endsWith('\n')).toBe(true);
      expect(line.slice(0, -1)).not.toContain('\n');
      expect(JSON.parse(line)).toEqual({
        seq: 7,
        id: '9b2f3c1e-0000-4000-8000-000000000007',
        occurredAt: '2026-03-01T10:20:30.456Z',
        actorOfficerId: null,
        actorForceId: null,
        action: 'CASE_CREATED',
        subjectType: 'Case',
        subjectId: 'c-1',
        forceId: null,
        reason: null,
        details: { n: 1 },
        prevHash: 'a'.repeat(64),
        hash: 'b'.repeat(64),
      });
    });
  });
});
