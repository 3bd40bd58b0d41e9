import type { EntityManager } from 'typeorm';

/**
 * The SQL behind oversight statistics: aggregates only, per requesting force and calendar month
 * (UTC), computed in the database with FILTER clauses and `percentile_cont`, the same on
 * PostgreSQL and PGlite. Nothing here returns a row about one person or one face; the service
 * decides who may ask for which forces and suppresses small demographic groups.
 *
 * Every per-month query also returns each force's figures over the whole period, as rows whose
 * `month` is null (a grouping set), so medians and percentiles of the period are real ones rather
 * than medians of monthly medians.
 *
 * A search request belongs to the month it was submitted in (drafts never submitted are not
 * counted); a deletion request to the month it was received in. Each is counted with everything
 * that has happened to it since, so a month's figures can still change while its requests are open.
 */

export interface StatisticsScope {
  forceIds: readonly string[];
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
}

export interface RequestMonthRow {
  forceId: string;
  /** YYYY-MM (UTC); null for the whole period. */
  month: string | null;
  requests: number;
  authorisationRequired: number;
  authorised: number;
  refused: number;
  searchesRun: number;
  confirmed: number;
  noViableCandidate: number;
  noCandidatesAboveThreshold: number;
  disputed: number;
  adjudicatedConfirmed: number;
  adjudicatedNoViableCandidate: number;
  awaitingAdjudication: number;
  withdrawn: number;
  expired: number;
  inProgress: number;
  reviewedByBoth: number;
  reviewersAgreed: number;
  withOutcome: number;
  medianSecondsToOutcome: number | null;
  p90SecondsToOutcome: number | null;
  searchesIncludingUnder18: number;
  searchesIncludingNotConvicted: number;
  thresholdOverrides: number;
  searchesBelowEquitableThreshold: number;
  crossForceSearches: number;
  leadsCorroborated: number;
  leadsExcluded: number;
}

export interface CategoryMonthRow {
  forceId: string;
  month: string | null;
  category: string;
  count: number;
}

export interface DecisionAgreementRow {
  forceId: string;
  month: string | null;
  compared: number;
  agreed: number;
}

export interface DeletionMonthRow {
  forceId: string;
  month: string | null;
  received: number;
  granted: number;
  refused: number;
  pending: number;
  medianSecondsToDecide: number | null;
  p90SecondsToDecide: number | null;
}

export interface ComplianceMonthRow {
  forceId: string;
  month: string | null;
  completedSearches: number;
  sampled: number;
  notSampled: number;
  awaitingReview: number;
  reviewed: number;
  overdue: number;
  completedLate: number;
  reviewsWithNotMet: number;
}

export interface ComplianceFindingRow {
  forceId: string;
  month: string | null;
  criterion: string;
  result: string;
  count: number;
}

export interface NotMetFindingRow {
  forceId: string;
  searchRequestId: string;
  reviewId: string;
  completedAt: Date;
  criterion: string;
  note: string | null;
}

export type DemographicDimension = 'SELF_DEFINED_ETHNICITY' | 'SEX' | 'AGE_BAND';

export interface DemographicGroupRow {
  forceId: string;
  dimension: DemographicDimension;
  group: string;
  /** Distinct people (custody subjects) among the candidates returned: the group's size. */
  people: number;
  candidatesReturned: number;
  candidatesConfirmed: number;
  confirmedLaterExcluded: number;
  confirmedLaterCorroborated: number;
}

/** The label of a group whose custody records hold no value for the dimension. */
export const NOT_RECORDED = 'NOT_RECORDED';

/**
 * Candidates returned by the requests `where` selects (over `search_request r`), counted per
 * demographic group and per `key` (a column of r): the one definition, used by the statistics
 * and by the purge that keeps these counts in a tombstone, so figures read the same after a purge.
 * Columns: key, dimension, grp, people, returned, confirmed, excluded, corroborated.
 */
export function candidateGroupsSql(key: string, where: string): string {
  return `
       SELECT ${key} AS key, g.dimension, g.grp,
         count(DISTINCT s.id)::int AS people,
         count(*)::int AS returned,
         count(*) FILTER (WHERE r.outcome_candidate_id = c.id)::int AS confirmed,
         count(*) FILTER (WHERE r.outcome_candidate_id = c.id AND l.result = 'EXCLUDED')::int AS excluded,
         count(*) FILTER (WHERE r.outcome_candidate_id = c.id AND l.result = 'CORROBORATED')::int AS corroborated
       FROM search_request r
       JOIN search_candidate c ON c.request_id = r.id
       JOIN custody_image i ON i.id = c.image_id
       JOIN custody_subject s ON s.id = i.subject_id
       LEFT JOIN lead_outcome l ON l.request_id = r.id AND l.candidate_id = c.id
       CROSS JOIN LATERAL (VALUES
         ('SELF_DEFINED_ETHNICITY', COALESCE(s.self_defined_ethnicity, '${NOT_RECORDED}')),
         ('SEX', COALESCE(s.sex, '${NOT_RECORDED}')),
         ('AGE_BAND', COALESCE(i.age_band, '${NOT_RECORDED}'))
       ) AS g(dimension, grp)
       WHERE ${where}
       GROUP BY ${key}, g.dimension, g.grp`;
}

const MONTH = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM')`;

/** Requests of the scope submitted in the period, each with the facts the aggregates need. */
const SCOPED_REQUESTS = `
  SELECT r.*, ${MONTH('r.submitted_at')} AS month,
         EXISTS (SELECT 1 FROM review_task t WHERE t.request_id = r.id AND t.stage = 'SECOND' AND t.status = 'SUBMITTED') AS reviewed_by_both,
         EXTRACT(EPOCH FROM (r.outcome_at - r.submitted_at))::float8 AS seconds_to_outcome,
         l.result AS lead_result
  FROM search_request r
  LEFT JOIN lead_outcome l ON l.request_id = r.id
  WHERE r.force_id = ANY($1::uuid[]) AND r.submitted_at >= $2 AND r.submitted_at < $3`;

const params = (scope: StatisticsScope) => [[...scope.forceIds], scope.from, scope.to];

/**
 * Outcome categories follow the request's recorded outcome and how it was reached, not its
 * current status, so a request closed after its outcome still counts as confirmed (or not).
 * "Disputed" is every request whose two reviews did not agree, however it ended since.
 */
async function requestMonths(manager: EntityManager, scope: StatisticsScope): Promise<RequestMonthRow[]> {
  if (scope.forceIds.length === 0) return [];
  return manager.query(
    `WITH r AS (${SCOPED_REQUESTS})
     SELECT r.force_id AS "forceId", r.month AS "month",
       count(*)::int AS "requests",
       count(*) FILTER (WHERE r.authorisation_required)::int AS "authorisationRequired",
       count(*) FILTER (WHERE r.authorisation_decision = 'AUTHORISED')::int AS "authorised",
       count(*) FILTER (WHERE r.authorisation_decision = 'REFUSED')::int AS "refused",
       count(*) FILTER (WHERE r.searched_at IS NOT NULL)::int AS "searchesRun",
       count(*) FILTER (WHERE r.outcome = 'POSSIBLE_MATCH' AND r.outcome_basis = 'REVIEWERS_AGREED')::int AS "confirmed",
       count(*) FILTER (WHERE r.outcome = 'NO_VIABLE_CANDIDATE' AND r.outcome_basis = 'REVIEWERS_AGREED')::int AS "noViableCandidate",
       count(*) FILTER (WHERE r.outcome_basis = 'NO_CANDIDATES_ABOVE_THRESHOLD')::int AS "noCandidatesAboveThreshold",
       count(*) FILTER (WHERE r.reviewed_by_both AND r.outcome_basis IS DISTINCT FROM 'REVIEWERS_AGREED')::int AS "disputed",
       count(*) FILTER (WHERE r.outcome_basis = 'ADJUDICATED' AND r.outcome = 'POSSIBLE_MATCH')::int AS "adjudicatedConfirmed",
       count(*) FILTER (WHERE r.outcome_basis = 'ADJUDICATED' AND r.outcome = 'NO_VIABLE_CANDIDATE')::int AS "adjudicatedNoViableCandidate",
       count(*) FILTER (WHERE r.status = 'DISPUTED')::int AS "awaitingAdjudication",
       count(*) FILTER (WHERE r.status = 'WITHDRAWN')::int AS "withdrawn",
       count(*) FILTER (WHERE r.status = 'EXPIRED')::int AS "expired",
       count(*) FILTER (WHERE r.status IN ('SUBMITTED', 'AWAITING_AUTHORISATION', 'AUTHORISED', 'SEARCHING', 'FIRST_REVIEW', 'SECOND_REVIEW'))::int AS "inProgress",
       count(*) FILTER (WHERE r.reviewed_by_both)::int AS "reviewedByBoth",
       count(*) FILTER (WHERE r.reviewed_by_both AND r.outcome_basis = 'REVIEWERS_AGREED')::int AS "reviewersAgreed",
       count(r.seconds_to_outcome)::int AS "withOutcome",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY r.seconds_to_outcome) AS "medianSecondsToOutcome",
       percentile_cont(0.9) WITHIN GROUP (ORDER BY r.seconds_to_outcome) AS "p90SecondsToOutcome",
       count(*) FILTER (WHERE r.searched_at IS NOT NULL AND r.include_under18)::int AS "searchesIncludingUnder18",
       count(*) FILTER (WHERE r.searched_at IS NOT NULL AND r.include_not_convicted)::int AS "searchesIncludingNotConvicted",
       count(*) FILTER (WHERE r.searched_at IS NOT NULL AND 'THRESHOLD_BELOW_FLOOR' = ANY(r.authorisation_reasons))::int AS "thresholdOverrides",
       count(*) FILTER (WHERE r.searched_at IS NOT NULL AND 'THRESHOLD_BELOW_EQUITABLE_THRESHOLD' = ANY(r.authorisation_reasons))::int AS "searchesBelowEquitableThreshold",
       count(*) FILTER (WHERE r.searched_at IS NOT NULL AND cardinality(r.gallery_force_ids) > 1)::int AS "crossForceSearches",
       count(*) FILTER (WHERE r.lead_result = 'CORROBORATED')::int AS "leadsCorroborated",
       count(*) FILTER (WHERE r.lead_result = 'EXCLUDED')::int AS "leadsExcluded"
     FROM r
     GROUP BY r.force_id, GROUPING SETS ((r.month), ())`,
    params(scope),
  );
}

/**
 * Requests per month (and over the period) by one of their recorded categories. A request without
 * the column (its probe's source type, for one made before provenance was required) is counted as
 * NOT_RECORDED.
 */
async function requestsBy(
  manager: EntityManager,
  scope: StatisticsScope,
  column: 'purpose' | 'offence_category' | 'probe_source_type',
): Promise<CategoryMonthRow[]> {
  if (scope.forceIds.length === 0) return [];
  const category = `COALESCE(r.${column}, '${NOT_RECORDED}')`;
  return manager.query(
    `WITH r AS (${SCOPED_REQUESTS})
     SELECT r.force_id AS "forceId", r.month AS "month", ${category} AS "category", count(*)::int AS "count"
     FROM r
     GROUP BY r.force_id, ${category}, GROUPING SETS ((r.month), ())
     ORDER BY ${category}`,
    params(scope),
  );
}

/**
 * Candidate by candidate: did the second reviewer make the same call as the first? A purged
 * request's decisions are gone; its tombstone kept the two counts.
 */
async function decisionAgreement(
  manager: EntityManager,
  scope: StatisticsScope,
): Promise<DecisionAgreementRow[]> {
  if (scope.forceIds.length === 0) return [];
  return manager.query(
    `WITH r AS (${SCOPED_REQUESTS}),
     x AS (
       SELECT r.force_id, r.month, 1 AS compared, (d1.decision = d2.decision)::int AS agreed
       FROM r
       JOIN review_task t1 ON t1.request_id = r.id AND t1.stage = 'FIRST' AND t1.status = 'SUBMITTED'
       JOIN review_task t2 ON t2.request_id = r.id AND t2.stage = 'SECOND' AND t2.status = 'SUBMITTED'
       JOIN review_decision d1 ON d1.task_id = t1.id
       JOIN review_decision d2 ON d2.task_id = t2.id AND d2.candidate_id = d1.candidate_id
       UNION ALL
       SELECT r.force_id, r.month, (p.statistics ->> 'decisionsCompared')::int, (p.statistics ->> 'decisionsAgreed')::int
       FROM r JOIN search_request_purge p ON p.request_id = r.id
     )
     SELECT x.force_id AS "forceId", x.month AS "month", sum(x.compared)::int AS "compared", sum(x.agreed)::int AS "agreed"
     FROM x
     GROUP BY x.force_id, GROUPING SETS ((x.month), ())`,
    params(scope),
  );
}

/** Deletion requests of the forces' galleries, by the month they were received. */
async function deletionMonths(manager: EntityManager, scope: StatisticsScope): Promise<DeletionMonthRow[]> {
  if (scope.forceIds.length === 0) return [];
  return manager.query(
    `WITH d AS (
       SELECT d.force_id, d.status, ${MONTH('d.received_at')} AS month, EXTRACT(EPOCH FROM (d.decided_at - d.received_at))::float8 AS seconds_to_decide
       FROM deletion_request d
       WHERE d.force_id = ANY($1::uuid[]) AND d.received_at >= $2 AND d.received_at < $3
     )
     SELECT d.force_id AS "forceId", d.month AS "month",
       count(*)::int AS "received",
       count(*) FILTER (WHERE d.status = 'GRANTED')::int AS "granted",
       count(*) FILTER (WHERE d.status = 'REFUSED')::int AS "refused",
       count(*) FILTER (WHERE d.status = 'PENDING')::int AS "pending",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY d.seconds_to_decide) AS "medianSecondsToDecide",
       percentile_cont(0.9) WITHIN GROUP (ORDER BY d.seconds_to_decide) AS "p90SecondsToDecide"
     FROM d
     GROUP BY d.force_id, GROUPING SETS ((d.month), ())`,
    params(scope),
  );
}

/**
 * Outcome monitoring: every candidate returned to a request of the scope, by the demographic
 * group its custody record gives for each dimension (self-defined ethnicity and sex of the
 * person, age band of the photo at capture). A candidate is confirmed when the request's outcome
 * names it (reviewers agreed or a supervisor adjudicated), and later excluded or corroborated when
 * the requester recorded so. A purged request's candidates are gone; its tombstone kept these
 * counts per group (its people are counted per request, so a person returned to a purged and
 * another request counts twice). Unsuppressed: the service applies the minimum group size.
 */
async function demographicGroups(
  manager: EntityManager,
  scope: StatisticsScope,
): Promise<DemographicGroupRow[]> {
  if (scope.forceIds.length === 0) return [];
  return manager.query(
    `WITH live AS (${candidateGroupsSql(
      'r.force_id',
      'r.force_id = ANY($1::uuid[]) AND r.submitted_at >= $2 AND r.submitted_at < $3',
    )}),
     purged AS (
       SELECT r.force_id AS key, g ->> 'dimension' AS dimension, g ->> 'group' AS grp,
         sum((g ->> 'people')::int)::int AS people,
         sum((g ->> 'returned')::int)::int AS returned,
         sum((g ->> 'confirmed')::int)::int AS confirmed,
         sum((g ->> 'excluded')::int)::int AS excluded,
         sum((g ->> 'corroborated')::int)::int AS corroborated
       FROM search_request r
       JOIN search_request_purge p ON p.request_id = r.id
       CROSS JOIN LATERAL jsonb_array_elements(p.statistics -> 'groups') AS g
       WHERE r.force_id = ANY($1::uuid[]) AND r.submitted_at >= $2 AND r.submitted_at < $3
       GROUP BY r.force_id, g ->> 'dimension', g ->> 'group'
     ),
     x AS (SELECT * FROM live UNION ALL SELECT * FROM purged)
     SELECT x.key AS "forceId", x.dimension AS "dimension", x.grp AS "group",
       sum(x.people)::int AS "people",
       sum(x.returned)::int AS "candidatesReturned",
       sum(x.confirmed)::int AS "candidatesConfirmed",
       sum(x.excluded)::int AS "confirmedLaterExcluded",
       sum(x.corroborated)::int AS "confirmedLaterCorroborated"
     FROM x
     GROUP BY x.key, x.dimension, x.grp
     ORDER BY x.key, x.dimension, x.grp`,
    params(scope),
  );
}

export interface RetentionMonthRow {
  forceId: string;
  month: string | null;
  purgedNoViableCandidate: number;
  purgedCaseClosed: number;
  purgedHoldEnded: number;
  holdsPlaced: number;
  holdsRenewed: number;
  holdsReleased: number;
  holdsLapsed: number;
}

/**
 * Retention by the month things happened in (not the request's submission): requests purged per
 * rule, holds for proceedings placed, renewed, released, and lapsed (their review date passed
 * unreleased).
 */
async function retentionMonths(manager: EntityManager, scope: StatisticsScope): Promise<RetentionMonthRow[]> {
  if (scope.forceIds.length === 0) return [];
  return manager.query(
    `WITH ev AS (
       SELECT force_id, purged_at AS at, 'PURGED_' || rule AS kind FROM search_request_purge
       WHERE force_id = ANY($1::uuid[]) AND purged_at >= $2 AND purged_at < $3
       UNION ALL
       SELECT force_id, placed_at, 'HOLD_PLACED' FROM retention_hold
       WHERE force_id = ANY($1::uuid[]) AND placed_at >= $2 AND placed_at < $3
       UNION ALL
       SELECT force_id, released_at, CASE WHEN release_reason = 'RENEWED' THEN 'HOLD_RENEWED' ELSE 'HOLD_RELEASED' END FROM retention_hold
       WHERE force_id = ANY($1::uuid[]) AND released_at >= $2 AND released_at < $3 AND released_at <= review_at
       UNION ALL
       SELECT force_id, review_at, 'HOLD_LAPSED' FROM retention_hold
       WHERE force_id = ANY($1::uuid[]) AND review_at >= $2 AND review_at < $3 AND review_at <= now()
         AND (released_at IS NULL OR released_at > review_at)
     ),
     m AS (SELECT ev.*, ${MONTH('ev.at')} AS month FROM ev)
     SELECT m.force_id AS "forceId", m.month AS "month",
       count(*) FILTER (WHERE m.kind = 'PURGED_NO_VIABLE_CANDIDATE')::int AS "purgedNoViableCandidate",
       count(*) FILTER (WHERE m.kind = 'PURGED_CASE_CLOSED')::int AS "purgedCaseClosed",
       count(*) FILTER (WHERE m.kind = 'PURGED_PROCEEDINGS_HOLD_ENDED')::int AS "purgedHoldEnded",
       count(*) FILTER (WHERE m.kind = 'HOLD_PLACED')::int AS "holdsPlaced",
       count(*) FILTER (WHERE m.kind = 'HOLD_RENEWED')::int AS "holdsRenewed",
       count(*) FILTER (WHERE m.kind = 'HOLD_RELEASED')::int AS "holdsReleased",
       count(*) FILTER (WHERE m.kind = 'HOLD_LAPSED')::int AS "holdsLapsed"
     FROM m
     GROUP BY m.force_id, GROUPING SETS ((m.month), ())`,
    params(scope),
  );
}

/** The only module with oversight statistics SQL; every method reads inside the caller's transaction. */
/**
 * Compliance reviews of the scope's requests (by the month the request was submitted, like every
 * request figure): how many completed searches there were, how many were drawn, reviewed, still
 * awaiting review, overdue at `now` (past due or flagged by the sweep, not completed) or completed
 * after they were due.
 */
async function complianceMonths(
  manager: EntityManager,
  scope: StatisticsScope,
  now: Date,
): Promise<ComplianceMonthRow[]> {
  if (scope.forceIds.length === 0) return [];
  return manager.query(
    `WITH r AS (${SCOPED_REQUESTS})
     SELECT r.force_id AS "forceId", r.month AS "month",
       count(c.id)::int AS "completedSearches",
       count(c.id) FILTER (WHERE c.sampled)::int AS "sampled",
       count(c.id) FILTER (WHERE NOT c.sampled)::int AS "notSampled",
       count(c.id) FILTER (WHERE c.status IN ('OPEN', 'CLAIMED'))::int AS "awaitingReview",
       count(c.id) FILTER (WHERE c.status = 'COMPLETED')::int AS "reviewed",
       count(c.id) FILTER (WHERE c.status IN ('OPEN', 'CLAIMED') AND (c.due_at <= $4 OR c.overdue_flagged_at IS NOT NULL))::int AS "overdue",
       count(c.id) FILTER (WHERE c.status = 'COMPLETED' AND c.completed_at > c.due_at)::int AS "completedLate",
       count(c.id) FILTER (WHERE c.status = 'COMPLETED' AND EXISTS (
         SELECT 1 FROM jsonb_array_elements(c.findings) f WHERE f->>'result' = 'NOT_MET'))::int AS "reviewsWithNotMet"
     FROM r JOIN compliance_review c ON c.request_id = r.id
     GROUP BY r.force_id, GROUPING SETS ((r.month), ())`,
    [...params(scope), now],
  );
}

/** Completed reviews' findings, by criterion and result. */
async function complianceFindings(
  manager: EntityManager,
  scope: StatisticsScope,
): Promise<ComplianceFindingRow[]> {
  if (scope.forceIds.length === 0) return [];
  return manager.query(
    `WITH r AS (${SCOPED_REQUESTS}),
     f AS (
       SELECT r.force_id, r.month, e->>'criterion' AS criterion, e->>'result' AS result
       FROM r JOIN compliance_review c ON c.request_id = r.id AND c.status = 'COMPLETED'
       CROSS JOIN LATERAL jsonb_array_elements(c.findings) e)
     SELECT f.force_id AS "forceId", f.month AS "month", f.criterion AS "criterion", f.result AS "result",
       count(*)::int AS "count"
     FROM f
     GROUP BY f.force_id, f.criterion, f.result, GROUPING SETS ((f.month), ())`,
    params(scope),
  );
}

/** Each NOT_MET finding of the scope's completed reviews, with its note: what an oversight meeting discusses. */
async function notMetFindings(manager: EntityManager, scope: StatisticsScope): Promise<NotMetFindingRow[]> {
  if (scope.forceIds.length === 0) return [];
  return manager.query(
    `WITH r AS (${SCOPED_REQUESTS})
     SELECT r.force_id AS "forceId", r.id AS "searchRequestId", c.id AS "reviewId", c.completed_at AS "completedAt",
       e->>'criterion' AS "criterion", e->>'note' AS "note"
     FROM r JOIN compliance_review c ON c.request_id = r.id AND c.status = 'COMPLETED'
     CROSS JOIN LATERAL jsonb_array_elements(c.findings) e
     WHERE e->>'result' = 'NOT_MET'
     ORDER BY c.completed_at, r.id, e->>'criterion'`,
    params(scope),
  );
}

export interface LeadActionMonthRow {
  forceId: string;
  month: string | null;
  proposed: number;
  taken: number;
  rejected: number;
  awaitingDecision: number;
  leadsActedOn: number;
  leadsActedOnWithoutCorroboration: number;
  refusedWithoutCorroboration: number;
  medianSecondsToAction: number | null;
  p90SecondsToAction: number | null;
}

/**
 * What was done on the confirmed leads of the scope's requests (by the month the request was
 * submitted, like every request figure): actions proposed, taken (approved), rejected and awaiting
 * a decision; leads acted on (at least one action taken), and of those the leads with an action
 * taken that rests on no corroboration recorded before it was taken (zero by construction: the
 * database refuses an action without evidence, and evidence is recorded before the action is
 * proposed); proposals refused for lack of corroboration (their audit events); and the time from
 * the request's outcome to each action taken.
 */
async function leadActionMonths(
  manager: EntityManager,
  scope: StatisticsScope,
): Promise<LeadActionMonthRow[]> {
  if (scope.forceIds.length === 0) return [];
  return manager.query(
    `WITH r AS (${SCOPED_REQUESTS}),
     a AS (
       SELECT r.force_id, r.month, r.id AS request_id, a.status,
         EXTRACT(EPOCH FROM (a.decided_at - r.outcome_at))::float8 AS seconds_to_action,
         EXISTS (SELECT 1 FROM lead_action_evidence e JOIN lead_corroboration c ON c.id = e.corroboration_id AND c.request_id = e.request_id
                 WHERE e.action_id = a.id AND e.request_id = a.request_id AND c.recorded_at <= a.decided_at) AS corroborated,
         NULL::int AS refused
       FROM r JOIN lead_action a ON a.request_id = r.id
       UNION ALL
       SELECT r.force_id, r.month, r.id, NULL, NULL, NULL, 1
       FROM r JOIN audit_event e
         ON COALESCE(e.details->>'searchRequestId', CASE WHEN e.subject_type IN ('SearchRequest', 'DisclosurePack', 'LeadOutcome') THEN e.subject_id END) = r.id::text
       WHERE e.action = 'LEAD_ACTION_REFUSED'
     )
     SELECT a.force_id AS "forceId", a.month AS "month",
       count(a.status)::int AS "proposed",
       count(*) FILTER (WHERE a.status = 'APPROVED')::int AS "taken",
       count(*) FILTER (WHERE a.status = 'REJECTED')::int AS "rejected",
       count(*) FILTER (WHERE a.status = 'PROPOSED')::int AS "awaitingDecision",
       count(DISTINCT a.request_id) FILTER (WHERE a.status = 'APPROVED')::int AS "leadsActedOn",
       count(DISTINCT a.request_id) FILTER (WHERE a.status = 'APPROVED' AND NOT a.corroborated)::int AS "leadsActedOnWithoutCorroboration",
       count(a.refused)::int AS "refusedWithoutCorroboration",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY a.seconds_to_action) FILTER (WHERE a.status = 'APPROVED') AS "medianSecondsToAction",
       percentile_cont(0.9) WITHIN GROUP (ORDER BY a.seconds_to_action) FILTER (WHERE a.status = 'APPROVED') AS "p90SecondsToAction"
     FROM a
     GROUP BY a.force_id, GROUPING SETS ((a.month), ())`,
    params(scope),
  );
}

/** Actions taken (approved) on the scope's leads, by type. */
async function leadActionsTaken(manager: EntityManager, scope: StatisticsScope): Promise<CategoryMonthRow[]> {
  if (scope.forceIds.length === 0) return [];
  return manager.query(
    `WITH r AS (${SCOPED_REQUESTS})
     SELECT r.force_id AS "forceId", r.month AS "month", a.type AS "category", count(*)::int AS "count"
     FROM r JOIN lead_action a ON a.request_id = r.id AND a.status = 'APPROVED'
     GROUP BY r.force_id, a.type, GROUPING SETS ((r.month), ())
     ORDER BY a.type`,
    params(scope),
  );
}

export const OversightStatisticsRepository = {
  complianceMonths,
  complianceFindings,
  notMetFindings,
  requestMonths,
  requestsBy,
  decisionAgreement,
  deletionMonths,
  demographicGroups,
  retentionMonths,
  leadActionMonths,
  leadActionsTaken,
};
