/** Where one search request stands; the transitions between them live in src/services/workflow. */
export enum SearchRequestStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  AWAITING_AUTHORISATION = 'AWAITING_AUTHORISATION',
  AUTHORISED = 'AUTHORISED',
  /** The search could not run after submission or authorisation (see `searchFailure`); it may be run again or withdrawn. */
  SEARCH_FAILED = 'SEARCH_FAILED',
  REFUSED = 'REFUSED',
  SEARCHING = 'SEARCHING',
  FIRST_REVIEW = 'FIRST_REVIEW',
  SECOND_REVIEW = 'SECOND_REVIEW',
  CONFIRMED = 'CONFIRMED',
  NO_VIABLE_CANDIDATE = 'NO_VIABLE_CANDIDATE',
  DISPUTED = 'DISPUTED',
  ADJUDICATED = 'ADJUDICATED',
  CLOSED = 'CLOSED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}

/** Why a search is made; recorded with every request and reported to oversight. */
export enum SearchPurpose {
  IDENTIFY_SUSPECT = 'IDENTIFY_SUSPECT',
  IDENTIFY_WANTED_PERSON = 'IDENTIFY_WANTED_PERSON',
  IDENTIFY_VICTIM_OR_WITNESS = 'IDENTIFY_VICTIM_OR_WITNESS',
  LOCATE_MISSING_PERSON = 'LOCATE_MISSING_PERSON',
  IDENTIFY_DECEASED_OR_INCAPACITATED = 'IDENTIFY_DECEASED_OR_INCAPACITATED',
}

/** The law the processing rests on (sensitive processing under DPA 2018 Part 3 must name one). */
export enum LegalBasis {
  /** Common law duty of the police to prevent and detect crime. */
  COMMON_LAW_POLICING = 'COMMON_LAW_POLICING',
  /** Police and Criminal Evidence Act 1984 (incl. s.64A custody images, Code D identification). */
  PACE_1984 = 'PACE_1984',
  /** Data Protection Act 2018 s.35(5): strictly necessary for the law enforcement purposes. */
  DPA_2018_S35_STRICTLY_NECESSARY = 'DPA_2018_S35_STRICTLY_NECESSARY',
  /** Safeguarding life (e.g. a missing, vulnerable person): DPA 2018 Schedule 8 para 3. */
  DPA_2018_SCH8_VITAL_INTERESTS = 'DPA_2018_SCH8_VITAL_INTERESTS',
}

/**
 * Where the probe image came from, recorded with every request made since provenance was required
 * (older requests have none: statistics count them as NOT_RECORDED).
 */
export enum ProbeSourceType {
  CCTV = 'CCTV',
  BODY_WORN_VIDEO = 'BODY_WORN_VIDEO',
  DOORBELL_OR_DASHCAM = 'DOORBELL_OR_DASHCAM',
  SOCIAL_MEDIA = 'SOCIAL_MEDIA',
  WITNESS_OR_VICTIM_PHONE = 'WITNESS_OR_VICTIM_PHONE',
  /** Any other source, described in words (`otherSourceType`). */
  OTHER = 'OTHER',
}

/** Why a request needs an authoriser before it may run (decided in src/policy). */
export enum AuthorisationReason {
  /**
   * The offence category's seriousness tier needs an authoriser for every search (in the default
   * configuration: the category is not on the force's list of those searchable without one).
   */
  OFFENCE_NOT_IN_ALLOWED_LIST = 'OFFENCE_NOT_IN_ALLOWED_LIST',
  THRESHOLD_BELOW_FLOOR = 'THRESHOLD_BELOW_FLOOR',
  UNDER_18_INCLUDED = 'UNDER_18_INCLUDED',
  NOT_CONVICTED_INCLUDED = 'NOT_CONVICTED_INCLUDED',
  CROSS_FORCE = 'CROSS_FORCE',
  /** the threshold is below the equitable threshold of the force's validation of the model version (npm run validate-model) */
  THRESHOLD_BELOW_EQUITABLE_THRESHOLD = 'THRESHOLD_BELOW_EQUITABLE_THRESHOLD',
  /** the probe's expected rank-1 rate is below the force's floor, and the force allows an authorised override */
  PROBE_BELOW_EXPECTED_HIT_RATE_FLOOR = 'PROBE_BELOW_EXPECTED_HIT_RATE_FLOOR',
}

export enum AuthorisationDecision {
  AUTHORISED = 'AUTHORISED',
  REFUSED = 'REFUSED',
}

export enum ReviewStage {
  FIRST = 'FIRST',
  SECOND = 'SECOND',
}

export enum ReviewTaskStatus {
  /** In the pool: any eligible reviewer may claim it. */
  OPEN = 'OPEN',
  CLAIMED = 'CLAIMED',
  SUBMITTED = 'SUBMITTED',
  /** The request was withdrawn or expired before the review was submitted. */
  CANCELLED = 'CANCELLED',
}

/** A reviewer's call on one candidate. */
export enum CandidateDecision {
  POSSIBLE_MATCH = 'POSSIBLE_MATCH',
  NOT_MATCH = 'NOT_MATCH',
  INCONCLUSIVE = 'INCONCLUSIVE',
}

/** What the requester is finally told. */
export enum SearchOutcome {
  POSSIBLE_MATCH = 'POSSIBLE_MATCH',
  NO_VIABLE_CANDIDATE = 'NO_VIABLE_CANDIDATE',
}

/** How the outcome was reached. */
export enum OutcomeBasis {
  REVIEWERS_AGREED = 'REVIEWERS_AGREED',
  ADJUDICATED = 'ADJUDICATED',
  /** No candidate reached the threshold: there was nothing to review. */
  NO_CANDIDATES_ABOVE_THRESHOLD = 'NO_CANDIDATES_ABOVE_THRESHOLD',
}

/** Shown with every possible match, wherever it is shown. */
export const POSSIBLE_MATCH_CAVEAT = 'possible match — intelligence only, not evidence of identity';
export const NO_VIABLE_CANDIDATE_CAVEAT =
  'no viable candidate — this does not show that the person is absent from the gallery';
