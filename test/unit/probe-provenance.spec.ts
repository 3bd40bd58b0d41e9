import { ProbeSourceType } from '../../src/entities';
import { DomainError } from '../../src/errors';
import {
  PROBE_OBTAINED_CLOCK_SKEW_MS,
  PROBE_OBTAINED_EARLIEST,
  type ProbeProvenanceInput,
  validateProbeProvenance,
} from '../../src/services/probe-provenance';

const NOW = new Date('2026-03-10T12:00:00Z');
const GOOD: ProbeProvenanceInput = {
  sourceType: ProbeSourceType.DOORBELL_OR_DASHCAM,
  obtainedBy: '  DC 4417 Morgan ',
  obtainedAt: new Date('2026-03-09T08:30:00Z'),
  obtainedFrom: 'Doorbell camera at 4 Bute Street, given by the householder',
  exhibitReference: ' RM/2 ',
};

/** The refusal `validateProbeProvenance` throws for `input`: its code and the field it names. */
function refusal(input: unknown): { code: string; field: unknown } {
  try {
    validateProbeProvenance(input as ProbeProvenanceInput, NOW);
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, field: error.details.field };
    throw error;
  }
  throw new Error('accepted');
}

describe('validateProbeProvenance', () => {
  it('should keep every field, trimmed, with no description for a named source type', () => {
    expect(validateProbeProvenance(GOOD, NOW)).toEqual({
      sourceType: 'DOORBELL_OR_DASHCAM',
      otherSourceType: null,
      obtainedBy: 'DC 4417 Morgan',
      obtainedAt: new Date('2026-03-09T08:30:00Z'),
      obtainedFrom: 'Doorbell camera at 4 Bute Street, given by the householder',
      exhibitReference: 'RM/2',
    });
  });

  it('should refuse a request without provenance, naming the field', () => {
    expect(refusal(undefined)).toEqual({ code: 'BAD_USER_INPUT', field: 'probeProvenance' });
    expect(refusal(null)).toEqual({ code: 'BAD_USER_INPUT', field: 'probeProvenance' });
  });

  it('should refuse an unknown source type', () => {
    expect(refusal({ ...GOOD, sourceType: 'DRONE' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'probeProvenance.sourceType',
    });
  });

  it('should need an OTHER source described, and no description for any other source type', () => {
    const field = 'probeProvenance.otherSourceType';
    expect(refusal({ ...GOOD, sourceType: 'OTHER' })).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(refusal({ ...GOOD, sourceType: 'OTHER', otherSourceType: '  ' })).toEqual({
      code: 'BAD_USER_INPUT',
      field,
    });
    expect(refusal({ ...GOOD, otherSourceType: 'Police drone' })).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(
      validateProbeProvenance(
        { ...GOOD, sourceType: ProbeSourceType.OTHER, otherSourceType: ' Police drone ' },
        NOW,
      ).otherSourceType,
    ).toBe('Police drone');
    // an empty box on a form is no description
    expect(validateProbeProvenance({ ...GOOD, otherSourceType: '' }, NOW).otherSourceType).toBeNull();
  });

  it.each([
    ['obtainedBy', { obtainedBy: ' ' }],
    ['obtainedBy', { obtainedBy: 'x'.repeat(201) }],
    ['obtainedFrom', { obtainedFrom: 'a shop' }],
    ['exhibitReference', { exhibitReference: '' }],
    ['exhibitReference', { exhibitReference: 'R'.repeat(101) }],
    ['obtainedAt', { obtainedAt: new Date('not a date') }],
    ['obtainedAt', { obtainedAt: undefined }],
  ])('should refuse a bad %s', (field, patch) => {
    expect(refusal({ ...GOOD, ...patch })).toEqual({
      code: 'BAD_USER_INPUT',
      field: `probeProvenance.${field}`,
    });
  });

  it('should refuse a time in the future (beyond clock skew) or before the earliest sane date', () => {
    const at = (obtainedAt: Date) => ({ ...GOOD, obtainedAt });
    expect(
      validateProbeProvenance(at(new Date(NOW.getTime() + PROBE_OBTAINED_CLOCK_SKEW_MS)), NOW),
    ).toBeTruthy();
    expect(refusal(at(new Date(NOW.getTime() + PROBE_OBTAINED_CLOCK_SKEW_MS + 1000)))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'probeProvenance.obtainedAt',
    });
    expect(validateProbeProvenance(at(PROBE_OBTAINED_EARLIEST), NOW)).toBeTruthy();
    expect(refusal(at(new Date(PROBE_OBTAINED_EARLIEST.getTime() - 1)))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'probeProvenance.obtainedAt',
    });
  });
});
