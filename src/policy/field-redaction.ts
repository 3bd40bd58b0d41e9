import type { SubjectName } from './ability';

/**
 * What each reader is shown of the search workflow's objects, field by field: the one table the
 * views, the field resolvers and the audit of content reads all follow (nothing else decides
 * whether a field is shown).
 *
 * - `rule`: the field-level read rule that decides it (src/policy/search-policy.ts): the field of
 *   that subject the reader must be granted. A field with no rule is shown to whoever may read
 *   the object. `FaceImage` means "while the reader may open this request's face images".
 * - `contentRead`: every read of it is recorded (SEARCH_REQUEST_CONTENT_READ) before it is returned.
 * - `firstReview`: part of a request's first review (its decisions, or the scores its force keeps
 *   from the second reviewer). While the second review is to come it is shown only after the
 *   reader is recorded as exposed to the first review, and withheld (null) from whoever holds the
 *   second review ("The blind second review" in search-policy.ts).
 * - `submittedOnly`: shown once the task it belongs to is submitted, never while it is being made.
 */
export interface FieldRedaction {
  rule?: { subject: SubjectName; field: string } | 'FaceImage';
  contentRead?: true;
  firstReview?: 'SCORES' | 'DECISIONS';
  submittedOnly?: true;
}

const requestField = (field: string) => ({ rule: { subject: 'SearchRequest', field } }) as const;

export const FIELD_REDACTION = {
  SearchRequest: {
    threshold: requestField('threshold'),
    k: requestField('k'),
    includeUnder18: requestField('includeUnder18'),
    includeNotConvicted: requestField('includeNotConvicted'),
    galleryForceIds: requestField('galleryForceIds'),
    authorisationRequired: requestField('authorisationRequired'),
    authorisationReasons: requestField('authorisationReasons'),
    authorisationRank: requestField('authorisationRank'),
    purpose: requestField('purpose'),
    legalBasis: requestField('legalBasis'),
    justification: { ...requestField('justification'), contentRead: true },
    offenceCategory: requestField('offenceCategory'),
    crimeReference: requestField('crimeReference'),
    probeProvenance: requestField('probeProvenance'),
    probeEnhancement: requestField('probeEnhancement'),
    probeQuality: requestField('probeQuality'),
    probeExpectedHitRate: requestField('probeExpectedHitRate'),
    probeFusion: requestField('probeFusion'),
    probeHitRateFloor: requestField('probeHitRateFloor'),
    probeHitRateOverrideReason: requestField('probeHitRateOverrideReason'),
    authorisation: requestField('authorisation'),
    endReason: requestField('endReason'),
    modelVersion: requestField('modelVersion'),
    policySnapshot: requestField('policySnapshot'),
    candidateCount: requestField('candidateCount'),
    outcome: requestField('outcome'),
    candidates: { ...requestField('candidates'), contentRead: true },
    reviews: requestField('reviews'),
    adjudication: requestField('adjudication'),
    probeImage: { rule: 'FaceImage' },
  },
  /** A candidate in a request's list (`SearchRequest.candidates`). */
  SearchCandidate: {
    score: { rule: { subject: 'SearchCandidate', field: 'score' }, firstReview: 'SCORES' },
    custodyImageId: { rule: { subject: 'SearchCandidate', field: 'custodyImageId' } },
    galleryForceId: { rule: { subject: 'SearchCandidate', field: 'galleryForceId' } },
    image: { rule: 'FaceImage' },
  },
  /** One review stage of a request (`SearchRequest.reviews`: readable with the request's `reviews`). */
  Review: {
    decisions: { firstReview: 'DECISIONS' },
  },
  ReviewTask: {
    claimedById: { rule: { subject: 'ReviewTask', field: 'claimedById' } },
    decisions: {
      rule: { subject: 'ReviewTask', field: 'decisions' },
      firstReview: 'DECISIONS',
      submittedOnly: true,
    },
  },
} as const satisfies Record<string, Record<string, FieldRedaction>>;

export type RedactedType = keyof typeof FIELD_REDACTION;
export type RedactedField<T extends RedactedType> = keyof (typeof FIELD_REDACTION)[T] & string;

/** The table's entry for one field (an empty one for a field shown to whoever may read the object). */
export function redactionOf<T extends RedactedType>(type: T, field: string): FieldRedaction {
  return (FIELD_REDACTION[type] as Record<string, FieldRedaction>)[field] ?? {};
}

/**
 * Which of `fields` are shown, given the subject fields the reader is granted (`granted`, from
 * `permittedFields` for each subject the table names) and whether they may open face images.
 */
export function shownFields<T extends RedactedType>(
  type: T,
  fields: readonly string[],
  granted: (subject: SubjectName) => ReadonlySet<string>,
  mayOpenImages: boolean,
): Set<string> {
  const shown = new Set<string>();
  for (const field of fields) {
    const rule = redactionOf(type, field).rule;
    if (rule === undefined || (rule === 'FaceImage' ? mayOpenImages : granted(rule.subject).has(rule.field)))
      shown.add(field);
  }
  return shown;
}
