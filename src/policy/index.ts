export { defineAbilityFor, subject } from './ability';
export type { Action, AppAbility, SubjectName } from './ability';
export { abilityToWhere } from './ability-to-where';
export type { FieldMap, SqlFilter } from './ability-to-where';
export { faceImageSubject, requestPartSubject, requestSubject, taskSubject } from './subjects';
export type { RequestSubjectSource, TaskSubjectSource } from './subjects';
export type { PolicyActor } from './actor';
export { isAgreementActiveAt, MAX_K, planGallerySearch } from './gallery-plan';
export type {
  EligibleGallery,
  GallerySearchPlan,
  PlanAgreement,
  PlanForce,
  PlannedGallery,
  PlannedSearch,
  PlanModel,
  PlanProblem,
  PlanRequest,
} from './gallery-plan';
export {
  CALIBRATED_FALSE_MATCH_RATES,
  cosineAtFalseMatchRate,
  describeFalseMatchRate,
  falseMatchRateUpperBound,
  isCalibratedFalseMatchRate,
  minimumThreshold,
} from './score-scale';
export type { CalibratedFalseMatchRate, ModelScoreScale } from './score-scale';
export {
  computeValidation,
  equitableThreshold,
  isEquitableAt,
  thresholdLadder,
  VALIDATION_ATTRIBUTES,
  VALIDATION_DEFAULTS,
  wilsonInterval,
} from './model-validation';
export type {
  Rate,
  ValidationAttribute,
  ValidationGroup,
  ValidationOptions,
  ValidationPoint,
  ValidationResult,
  ValidationSearch,
} from './model-validation';
export { hasStrongerDeletionPresumption, reviewDueAt } from './retention';
export { permittedFields } from './permitted-fields';
export { FIELD_REDACTION, redactionOf, shownFields } from './field-redaction';
export type { FieldRedaction, RedactedField, RedactedType } from './field-redaction';
export {
  ALL_SEARCH_REQUEST_FIELDS,
  authorisationReasons,
  probeHitRateGate,
  CANDIDATE_FIELDS,
  DEFAULT_K,
  DISCLOSURE_PACK_FIELDS,
  FIRST_REVIEW_WINDOW,
  REVIEW_TASK_FIELDS,
  SEARCH_REQUEST_FIELDS,
  MAX_PROBE_IMAGES,
} from './search-policy';
export type { ForceSearchPolicy, SearchRequestField, SearchSettings } from './search-policy';
export {
  hearsDispute,
  hearsHolderChange,
  hearsOwnRequestChange,
  hearsPoolChange,
  holderChangeRule,
  mayWatchDisputes,
  mayWatchReviewTasks,
  poolChangeRule,
} from './subscription-policy';
export type { RequestFacts, TaskEventFacts, TaskFacts } from './subscription-policy';
export {
  accessProblem,
  applyAdditions,
  immediateParts,
  planAccessChange,
  proposalParts,
  refusedPart,
  ROLES_NEEDING_SECOND_PERSON,
} from './officer-access-policy';
export type {
  AccessAdditions,
  AccessPart,
  AccessPlan,
  DesiredAccess,
  OfficerAccess,
} from './officer-access-policy';
export {
  COMPLIANCE_CRITERIA,
  COMPLIANCE_DUE_DAYS_MAX,
  COMPLIANCE_SAMPLE_FLOOR,
  complianceSample,
  complianceSampleDraw,
  findingsProblem,
} from './compliance-policy';
export type { FindingInput, FindingsProblem, SampleDecision } from './compliance-policy';
export { ACTIONS_NEEDING_CORROBORATION } from './lead-policy';
export {
  ACKNOWLEDGED_KIND,
  ACKNOWLEDGED_REQUEST_STEPS,
  ACKNOWLEDGED_TASK_STEPS,
  isInForce,
  missingKinds,
  versionInForce,
} from './governance-policy';
export type { VersionPeriod } from './governance-policy';
export {
  authorisationRankOf,
  DEFAULT_TIER_NAMES,
  defaultSeriousnessTiers,
  effectiveSeriousnessTiers,
  rankLevel,
  rankMeets,
  TIER_MAX_CANDIDATES,
  TIER_NAME_LIMIT,
  tierConfigurationProblems,
  tierFor,
} from './seriousness-tiers';
export type { TierForce, TierProblem } from './seriousness-tiers';
