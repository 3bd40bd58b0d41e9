import { ProbeSourceType, type ProbeProvenance, type SearchRequest } from '../entities';
import { badInput } from '../errors';
import { requireText, TEXT_LIMITS } from './validation';

/** Where the probe image came from, as the requester gives it (`createSearchRequest`). */
export interface ProbeProvenanceInput {
  sourceType: ProbeSourceType;
  /** The kind of source in words: required for OTHER, refused for any other source type. */
  otherSourceType?: string | null;
  obtainedBy: string;
  obtainedAt: Date;
  obtainedFrom: string;
  exhibitReference: string;
}

/**
 * No probe is recorded as obtained before this: an earlier date is a typing mistake (a year of 0202,
 * or a date of birth in the wrong box), not the seizure of a digital image. An older photograph
 * is recorded as obtained when the police obtained (or digitised) it.
 */
export const PROBE_OBTAINED_EARLIEST = new Date('1980-01-01T00:00:00Z');
/** How far ahead of the server's clock `obtainedAt` may be: a requester's device clock may run fast. */
export const PROBE_OBTAINED_CLOCK_SKEW_MS = 5 * 60_000;

/** Each source type in words, as the disclosure pack and the oversight meeting pack print it. */
export const PROBE_SOURCE_LABELS: Record<ProbeSourceType, string> = {
  CCTV: 'CCTV',
  BODY_WORN_VIDEO: 'body-worn video',
  DOORBELL_OR_DASHCAM: 'doorbell camera or dashcam',
  SOCIAL_MEDIA: 'social media',
  WITNESS_OR_VICTIM_PHONE: "a witness's or victim's phone",
  OTHER: 'other',
};

const SOURCE_TYPES = Object.values(ProbeSourceType) as string[];
const path = (field: keyof ProbeProvenanceInput) => `probeProvenance.${field}`;

/**
 * The provenance a request is made with, checked and trimmed: every field present, the source type
 * one of ProbeSourceType, an OTHER source described in words (and only an OTHER one), free text
 * within its limits (TEXT_LIMITS), `obtainedAt` a real time, not in the future (beyond a few
 * minutes' clock skew) nor before PROBE_OBTAINED_EARLIEST. Each refusal is BAD_USER_INPUT naming
 * the field by its path (`probeProvenance.obtainedAt`).
 */
export function validateProbeProvenance(
  input: ProbeProvenanceInput | null | undefined,
  now: Date,
): ProbeProvenance {
  if (input === null || input === undefined || typeof input !== 'object')
    throw badInput(
      'probeProvenance is required: the source type of the probe image, who obtained it and when, where it came from and its exhibit reference',
      { field: 'probeProvenance' },
    );
  if (!SOURCE_TYPES.includes(input.sourceType))
    throw badInput(`${path('sourceType')} must be one of ${SOURCE_TYPES.join(', ')}`, {
      field: path('sourceType'),
    });
  const otherGiven =
    input.otherSourceType !== null &&
    input.otherSourceType !== undefined &&
    input.otherSourceType.trim() !== '';
  let otherSourceType: string | null = null;
  if (input.sourceType === ProbeSourceType.OTHER)
    otherSourceType = requireText(
      input.otherSourceType,
      path('otherSourceType'),
      TEXT_LIMITS.probeOtherSourceType,
    );
  else if (otherGiven)
    throw badInput(
      `${path('otherSourceType')} describes an OTHER source only; leave it out for ${input.sourceType}`,
      {
        field: path('otherSourceType'),
      },
    );
  const obtainedBy = requireText(input.obtainedBy, path('obtainedBy'), TEXT_LIMITS.probeObtainedBy);
  const obtainedAt = validObtainedAt(input.obtainedAt, now);
  const obtainedFrom = requireText(input.obtainedFrom, path('obtainedFrom'), TEXT_LIMITS.probeObtainedFrom);
  const exhibitReference = requireText(
    input.exhibitReference,
    path('exhibitReference'),
    TEXT_LIMITS.probeExhibitReference,
  );
  return {
    sourceType: input.sourceType,
    otherSourceType,
    obtainedBy,
    obtainedAt,
    obtainedFrom,
    exhibitReference,
  };
}

function validObtainedAt(value: unknown, now: Date): Date {
  const field = path('obtainedAt');
  const at = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  if (!at || Number.isNaN(at.getTime())) throw badInput(`${field} must be a date and time`, { field });
  if (at.getTime() > now.getTime() + PROBE_OBTAINED_CLOCK_SKEW_MS)
    throw badInput(`${field} must not be in the future`, { field, latest: now.toISOString() });
  if (at < PROBE_OBTAINED_EARLIEST)
    throw badInput(`${field} must not be before ${PROBE_OBTAINED_EARLIEST.toISOString().slice(0, 10)}`, {
      field,
      earliest: PROBE_OBTAINED_EARLIEST.toISOString(),
    });
  return at;
}

/** The columns a request stores its probe's provenance in. */
export function provenanceColumns(p: ProbeProvenance) {
  return {
    probeSourceType: p.sourceType,
    probeOtherSourceType: p.otherSourceType,
    probeObtainedBy: p.obtainedBy,
    probeObtainedAt: p.obtainedAt,
    probeObtainedFrom: p.obtainedFrom,
    probeExhibitReference: p.exhibitReference,
  } satisfies Partial<SearchRequest>;
}

/** A request's probe provenance; null for a request made before provenance was required. */
export function provenanceOf(r: SearchRequest): ProbeProvenance | null {
  if (
    r.probeSourceType === null ||
    r.probeObtainedBy === null ||
    r.probeObtainedAt === null ||
    r.probeObtainedFrom === null ||
    r.probeExhibitReference === null
  )
    return null;
  return {
    sourceType: r.probeSourceType,
    otherSourceType: r.probeOtherSourceType,
    obtainedBy: r.probeObtainedBy,
    obtainedAt: r.probeObtainedAt,
    obtainedFrom: r.probeObtainedFrom,
    exhibitReference: r.probeExhibitReference,
  };
}

/** What the audit log records of it (text and a time; no image data). */
export function provenanceDetails(p: ProbeProvenance) {
  return { ...p, obtainedAt: p.obtainedAt.toISOString() };
}
