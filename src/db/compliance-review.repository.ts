import type { EntityManager } from 'typeorm';

/** How an officer took part in a search (each one bars them from its compliance review). */
export type SearchParticipation =
  | 'REQUESTER'
  | 'AUTHORISER'
  | 'FIRST_REVIEWER'
  | 'SECOND_REVIEWER'
  | 'ADJUDICATOR'
  | 'OUTCOME_RECORDER'
  | 'CLOSED_OR_ENDED'
  | 'LEAD_OUTCOME_RECORDER'
  | 'OTHER_WORKFLOW_STEP';

export interface Participant {
  officerId: string;
  parts: SearchParticipation[];
}

/**
 * Everyone who took part in one search, and how: from the request's own fields, its review tasks
 * (whoever claimed or submitted either stage), its compliance row (who recorded the outcome), its
 * lead outcome, and every officer its audit trail shows making a state change to it or its tasks
 * (a claim later released, a reassignment, a run of the search). The trail is read through the
 * expression index of the request trail (migration ListOrderAndRequestTrail).
 */
async function participants(
  manager: EntityManager,
  requestId: string,
  stateChangeActions: readonly string[],
): Promise<Participant[]> {
  const rows: Array<{ officerId: string; part: SearchParticipation }> = await manager.query(
    `SELECT DISTINCT p.officer_id AS "officerId", p.part AS "part" FROM (
       SELECT r.requester_id AS officer_id, 'REQUESTER' AS part FROM search_request r WHERE r.id = $1
       UNION ALL SELECT r.authorised_by_id, 'AUTHORISER' FROM search_request r WHERE r.id = $1
       UNION ALL SELECT r.adjudicated_by_id, 'ADJUDICATOR' FROM search_request r WHERE r.id = $1
       UNION ALL SELECT r.ended_by_id, 'CLOSED_OR_ENDED' FROM search_request r WHERE r.id = $1
       UNION ALL SELECT t.claimed_by_id, CASE t.stage WHEN 'FIRST' THEN 'FIRST_REVIEWER' ELSE 'SECOND_REVIEWER' END
         FROM review_task t WHERE t.request_id = $1
       UNION ALL SELECT t.submitted_by_id, CASE t.stage WHEN 'FIRST' THEN 'FIRST_REVIEWER' ELSE 'SECOND_REVIEWER' END
         FROM review_task t WHERE t.request_id = $1
       UNION ALL SELECT c.outcome_recorded_by_id, 'OUTCOME_RECORDER' FROM compliance_review c WHERE c.request_id = $1
       UNION ALL SELECT l.recorded_by_id, 'LEAD_OUTCOME_RECORDER' FROM lead_outcome l WHERE l.request_id = $1
       UNION ALL SELECT a.actor_officer_id, 'OTHER_WORKFLOW_STEP' FROM audit_event a
         WHERE COALESCE(a.details->>'searchRequestId',
                 CASE WHEN a.subject_type IN ('SearchRequest', 'DisclosurePack', 'LeadOutcome') THEN a.subject_id END) = $1::text
           AND a.action = ANY($2::text[])
     ) p WHERE p.officer_id IS NOT NULL
     ORDER BY 1, 2`,
    [requestId, [...stateChangeActions]],
  );
  const byOfficer = new Map<string, Set<SearchParticipation>>();
  for (const row of rows) {
    const parts = byOfficer.get(row.officerId) ?? new Set<SearchParticipation>();
    parts.add(row.part);
    byOfficer.set(row.officerId, parts);
  }
  return [...byOfficer].map(([officerId, parts]) => {
    // a named part says more than "another workflow step"
    const named = [...parts].filter((p) => p !== 'OTHER_WORKFLOW_STEP');
    return { officerId, parts: named.length ? named.sort() : ['OTHER_WORKFLOW_STEP'] };
  });
}

export const ComplianceReviewRepository = { participants };
