import type { EntityManager } from 'typeorm';
import { candidateGroupsSql } from './oversight-statistics.repository';
import { PurgeRule, RETENTION_DEFAULT_DAYS, type PurgeCounts, type PurgeStatistics } from '../entities';

/**
 * The SQL of retention: which search requests are due for purging under their force's periods,
 * and the purge of one request (inside the caller's transaction). The purge deletes every
 * probe-derived byte the request holds: the probe image and its template (search_probe), the
 * candidate list (search_candidate), the review decisions made on it (review_decision), and the
 * enhanced copy of the probe (enhanced_probe). The record of the enhancement's steps (operations,
 * parameters, hashes: no image data) stays, as the provenance does.
 */

/** States a request is still being worked on in (never purged, even on a closed case). */
const OPEN_STATES = [
  'DRAFT',
  'SUBMITTED',
  'AWAITING_AUTHORISATION',
  'AUTHORISED',
  'SEARCH_FAILED',
  'SEARCHING',
  'FIRST_REVIEW',
  'SECOND_REVIEW',
  'DISPUTED',
];

export interface DueRequest {
  requestId: string;
  forceId: string;
  rule: PurgeRule;
  retentionDays: number;
  countedFrom: Date;
  dueAt: Date;
}

/**
 * Every request of the forces (all when null) whose purge is due at `now`: the earlier of its
 * no-viable-candidate and case-closure dates, deferred to the end of a hold for proceedings plus
 * the after-hold period when that is later. A hold still in force keeps the request out.
 * `onlyRequestId` re-checks one request inside the purge's transaction.
 */
const DUE_SQL = `
  WITH p AS (
    SELECT f.id AS force_id,
      COALESCE(rp.after_no_viable_candidate_days, $3::int) AS nvc_days,
      COALESCE(rp.after_case_closure_days, $4::int) AS case_days,
      COALESCE(rp.after_hold_days, $5::int) AS hold_days
    FROM force f LEFT JOIN force_retention_policy rp ON rp.force_id = f.id
    WHERE $1::uuid[] IS NULL OR f.id = ANY($1::uuid[])
  ),
  r AS (
    SELECT r.id, r.force_id, p.nvc_days, p.case_days, p.hold_days,
      CASE WHEN r.outcome = 'NO_VIABLE_CANDIDATE' THEN r.outcome_at END AS nvc_from,
      CASE WHEN c.status = 'CLOSED' AND NOT (r.status = ANY($7::text[])) THEN c.closed_at END AS case_from,
      h.ended AS hold_from
    FROM search_request r
    JOIN p ON p.force_id = r.force_id
    JOIN case_file c ON c.id = r.case_id
    LEFT JOIN LATERAL (
      SELECT max(LEAST(COALESCE(x.released_at, x.review_at), x.review_at)) AS ended,
             bool_or(x.released_at IS NULL AND x.review_at > $2) AS active
      FROM retention_hold x WHERE x.request_id = r.id
    ) h ON true
    WHERE r.purged_at IS NULL AND NOT COALESCE(h.active, false)
      AND ($6::uuid IS NULL OR r.id = $6::uuid)
  ),
  d AS (
    SELECT r.*,
      r.nvc_from + make_interval(days => r.nvc_days) AS nvc_due,
      r.case_from + make_interval(days => r.case_days) AS case_due,
      r.hold_from + make_interval(days => r.hold_days) AS hold_due
    FROM r WHERE r.nvc_from IS NOT NULL OR r.case_from IS NOT NULL
  ),
  e AS (
    SELECT d.*, LEAST(d.nvc_due, d.case_due) AS base_due FROM d
  )
  SELECT e.id AS "requestId", e.force_id AS "forceId",
    CASE WHEN e.hold_due > e.base_due THEN 'PROCEEDINGS_HOLD_ENDED'
         WHEN e.nvc_due IS NOT NULL AND (e.case_due IS NULL OR e.nvc_due <= e.case_due) THEN 'NO_VIABLE_CANDIDATE'
         ELSE 'CASE_CLOSED' END AS "rule",
    CASE WHEN e.hold_due > e.base_due THEN e.hold_days
         WHEN e.nvc_due IS NOT NULL AND (e.case_due IS NULL OR e.nvc_due <= e.case_due) THEN e.nvc_days
         ELSE e.case_days END AS "retentionDays",
    CASE WHEN e.hold_due > e.base_due THEN e.hold_from
         WHEN e.nvc_due IS NOT NULL AND (e.case_due IS NULL OR e.nvc_due <= e.case_due) THEN e.nvc_from
         ELSE e.case_from END AS "countedFrom",
    GREATEST(e.base_due, e.hold_due) AS "dueAt"
  FROM e
  WHERE GREATEST(e.base_due, e.hold_due) <= $2
  ORDER BY GREATEST(e.base_due, e.hold_due), e.id
  LIMIT $8`;

async function due(
  manager: EntityManager,
  options: { forceIds: string[] | null; now: Date; limit: number; requestId?: string },
): Promise<DueRequest[]> {
  const rows: DueRequest[] = await manager.query(DUE_SQL, [
    options.forceIds,
    options.now,
    RETENTION_DEFAULT_DAYS.afterNoViableCandidateDays,
    RETENTION_DEFAULT_DAYS.afterCaseClosureDays,
    RETENTION_DEFAULT_DAYS.afterHoldDays,
    options.requestId ?? null,
    OPEN_STATES,
    options.limit,
  ]);
  return rows.map((r) => ({
    ...r,
    retentionDays: Number(r.retentionDays),
    countedFrom: new Date(r.countedFrom),
    dueAt: new Date(r.dueAt),
  }));
}

/** How many requests are due now (for the progress bar's total). */
async function countDue(manager: EntityManager, forceIds: string[] | null, now: Date): Promise<number> {
  const rows = await due(manager, { forceIds, now, limit: 1_000_000 });
  return rows.length;
}

/**
 * The oversight figures the candidate list and decisions carry, as counts: kept in the tombstone
 * so statistics over a period read the same before and after a purge (no ids, no images).
 */
async function statisticsOf(manager: EntityManager, requestId: string): Promise<PurgeStatistics> {
  const [agreement] = await manager.query(
    `SELECT count(*)::int AS compared, count(*) FILTER (WHERE d1.decision = d2.decision)::int AS agreed
     FROM review_task t1
     JOIN review_task t2 ON t2.request_id = t1.request_id AND t2.stage = 'SECOND' AND t2.status = 'SUBMITTED'
     JOIN review_decision d1 ON d1.task_id = t1.id
     JOIN review_decision d2 ON d2.task_id = t2.id AND d2.candidate_id = d1.candidate_id
     WHERE t1.request_id = $1 AND t1.stage = 'FIRST' AND t1.status = 'SUBMITTED'`,
    [requestId],
  );
  const groups = await manager.query(
    `SELECT dimension AS "dimension", grp AS "group", people, returned, confirmed, excluded, corroborated
       FROM (${candidateGroupsSql('r.id', 'r.id = $1')}) x
      ORDER BY dimension, grp`,
    [requestId],
  );
  return { decisionsCompared: agreement.compared, decisionsAgreed: agreement.agreed, groups };
}

/**
 * Deletes the request's probe-derived data in the caller's transaction, after marking it purged
 * (the append-only tables' triggers let go only of a purged request's rows). Returns what went.
 */
async function purgeRequest(
  manager: EntityManager,
  requestId: string,
  purgedAt: Date,
): Promise<{ counts: PurgeCounts; probeSha256: string | null }> {
  await manager.query(
    `UPDATE search_request SET purged_at = $2, outcome_candidate_id = NULL, updated_at = now() WHERE id = $1`,
    [requestId, purgedAt],
  );
  // each a SELECT over a data-modifying CTE, so every driver answers with plain rows
  const [probe] = await manager.query(
    `WITH d AS (DELETE FROM search_probe WHERE request_id = $1
       RETURNING sha256, octet_length(bytes)::int AS bytes, (template IS NOT NULL) AS has_template)
     SELECT sha256 AS "sha256", bytes AS "bytes", has_template AS "hasTemplate" FROM d`,
    [requestId],
  );
  // the request's additional probe images (several frames of one person): bytes and templates alike
  const [frames] = await manager.query(
    `WITH d AS (DELETE FROM search_probe_frame WHERE request_id = $1
       RETURNING octet_length(bytes)::int AS bytes, (template IS NOT NULL) AS has_template)
     SELECT count(*)::int AS "images", COALESCE(sum(bytes), 0)::int AS "bytes",
            count(*) FILTER (WHERE has_template)::int AS "templates" FROM d`,
    [requestId],
  );
  const [enhanced] = await manager.query(
    `WITH d AS (DELETE FROM enhanced_probe WHERE request_id = $1 RETURNING octet_length(bytes)::int AS bytes)
     SELECT bytes AS "bytes" FROM d`,
    [requestId],
  );
  const count = async (sql: string): Promise<number> =>
    (await manager.query(`WITH d AS (${sql}) SELECT count(*)::int AS n FROM d`, [requestId]))[0].n;
  const decisions = await count(`DELETE FROM review_decision WHERE request_id = $1 RETURNING 1`);
  const leads = await count(
    `UPDATE lead_outcome SET candidate_id = NULL WHERE request_id = $1 AND candidate_id IS NOT NULL RETURNING 1`,
  );
  const candidates = await count(`DELETE FROM search_candidate WHERE request_id = $1 RETURNING 1`);
  return {
    probeSha256: probe?.sha256?.trim() ?? null,
    counts: {
      probeImages: (probe ? 1 : 0) + frames.images,
      probeImageBytes: (probe?.bytes ?? 0) + frames.bytes,
      probeTemplates: (probe?.hasTemplate ? 1 : 0) + frames.templates,
      derivedProbeImages: enhanced ? 1 : 0,
      candidates,
      reviewDecisions: decisions,
      leadOutcomesUnlinked: leads,
    },
  };
}

/** What is still stored for a request (a dry run's counts, and the tests' check). */
async function storedCounts(manager: EntityManager, requestId: string): Promise<PurgeCounts> {
  const [row] = await manager.query(
    `SELECT
       (SELECT count(*)::int FROM search_probe WHERE request_id = $1)
         + (SELECT count(*)::int FROM search_probe_frame WHERE request_id = $1) AS "probeImages",
       (SELECT COALESCE(sum(octet_length(bytes)), 0)::int FROM search_probe WHERE request_id = $1)
         + (SELECT COALESCE(sum(octet_length(bytes)), 0)::int FROM search_probe_frame WHERE request_id = $1) AS "probeImageBytes",
       (SELECT count(*)::int FROM search_probe WHERE request_id = $1 AND template IS NOT NULL)
         + (SELECT count(*)::int FROM search_probe_frame WHERE request_id = $1 AND template IS NOT NULL) AS "probeTemplates",
       (SELECT count(*)::int FROM enhanced_probe WHERE request_id = $1) AS "derivedProbeImages",
       (SELECT count(*)::int FROM search_candidate WHERE request_id = $1) AS "candidates",
       (SELECT count(*)::int FROM review_decision WHERE request_id = $1) AS "reviewDecisions",
       (SELECT count(*)::int FROM lead_outcome WHERE request_id = $1 AND candidate_id IS NOT NULL) AS "leadOutcomesUnlinked"`,
    [requestId],
  );
  return row;
}

export const RetentionRepository = { due, countDue, statisticsOf, purgeRequest, storedCounts };
