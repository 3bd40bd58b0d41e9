import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Force, LeadOutcomeResult, OffenceCategory as Offence, Officer, Role } from '../../src/entities';
import type {
  AuthorisationReason,
  CandidateDecision,
  OffenceCategory,
  OutcomeBasis,
  ProbeSourceType,
  SearchPurpose,
  SearchRequestStatus,
} from '../gql/graphql';
import type { TestServer } from './test-server';

/**
 * Search requests, reviews, lead outcomes and actions (with their corroboration) and deletion
 * requests written straight into the database in known states and at known times, for
 * statistics whose expected values are counted by hand. Rows satisfy the schema's constraints (two-person rule, outcome candidate), so they are
 * what the workflow would have left; the probe and custody photos are short marker bytes that a
 * test can look for in responses.
 *
 * Forces: the demo's SWP and GWP, plus NWP, which the demo commissioner does not oversee.
 */
export type ForceCode = 'SWP' | 'GWP' | 'NWP';

export interface PersonSpec {
  ethnicity?: string | null;
  sex?: string | null;
  ageBand?: string | null;
  under18?: boolean;
}

export interface RequestSpec {
  force: ForceCode;
  requester?: string;
  purpose?: SearchPurpose;
  offence?: OffenceCategory;
  /** Where the probe came from (default CCTV); null: a request made before provenance was required. */
  source?: ProbeSourceType | null;
  /** ISO time; null for a draft never submitted. */
  submittedAt: string | null;
  status: SearchRequestStatus;
  authorisation?: { reasons: AuthorisationReason[]; decision?: 'AUTHORISED' | 'REFUSED' };
  includeUnder18?: boolean;
  includeNotConvicted?: boolean;
  threshold?: number;
  /** Galleries searched besides the force's own. */
  otherGalleries?: ForceCode[];
  /** The search ran (it did whenever there are candidates). */
  searched?: boolean;
  /** People (keys given to `person`) in rank order. */
  candidates?: string[];
  /** Decisions per person; an absent person is NOT_MATCH. */
  reviews?: { first: Record<string, CandidateDecision>; second?: Record<string, CandidateDecision> };
  outcome?: {
    result: 'POSSIBLE_MATCH' | 'NO_VIABLE_CANDIDATE';
    basis: OutcomeBasis;
    candidate?: string;
    afterSeconds: number;
  };
  lead?: `${LeadOutcomeResult}`;
  /**
   * Actions on the confirmed lead, each proposed by the requester and decided by the supervisor
   * this long after the outcome (PROPOSED ones are not decided). Any action, or a CORROBORATED
   * lead, records one corroboration a second after the outcome, and every action rests on it.
   */
  actions?: Array<{
    type: 'IDENTIFICATION_PROCEDURE' | 'ARREST' | 'CHARGE' | 'PUBLIC_APPEAL';
    afterSeconds: number;
    status?: 'PROPOSED' | 'APPROVED' | 'REJECTED';
  }>;
}

/** The provenance columns of a fixture request (all null for none recorded). */
function provenance(source: ProbeSourceType | null, createdAt: Date, n: number) {
  if (source === null) return [null, null, null, null, null, null];
  return [
    source,
    source === 'OTHER' ? 'Fixture source of another kind' : null,
    'Fixture officer',
    new Date(createdAt.getTime() - 86_400_000),
    'Fixture: where the probe image came from',
    `FX/${n}`,
  ];
}

interface Person {
  subjectId: string;
  imageId: string;
  force: ForceCode;
}

const OFFICERS: Array<{ subject: string; force: ForceCode; roles: Role[]; oversees?: ForceCode[] }> = [
  { subject: 'swp.requester2', force: 'SWP', roles: [Role.REQUESTER] },
  { subject: 'gwp.ethics', force: 'GWP', roles: [Role.OVERSIGHT], oversees: ['GWP'] },
  { subject: 'nwp.requester', force: 'NWP', roles: [Role.REQUESTER] },
  { subject: 'nwp.reviewer1', force: 'NWP', roles: [Role.REVIEWER] },
  { subject: 'nwp.reviewer2', force: 'NWP', roles: [Role.REVIEWER] },
  { subject: 'nwp.authoriser', force: 'NWP', roles: [Role.AUTHORISER] },
  { subject: 'nwp.supervisor', force: 'NWP', roles: [Role.SUPERVISOR] },
];

const ROLE_OFFICERS: Record<
  ForceCode,
  { requester: string; reviewers: [string, string]; authoriser: string; supervisor: string; gallery: string }
> = {
  SWP: {
    requester: 'swp.requester',
    reviewers: ['swp.reviewer1', 'swp.reviewer2'],
    authoriser: 'swp.authoriser',
    supervisor: 'swp.supervisor',
    gallery: 'swp.gallery',
  },
  GWP: {
    requester: 'gwp.requester',
    reviewers: ['gwp.reviewer', 'gwp.reviewer2'],
    authoriser: 'gwp.authoriser',
    supervisor: 'gwp.supervisor',
    gallery: 'gwp.admin',
  },
  NWP: {
    requester: 'nwp.requester',
    reviewers: ['nwp.reviewer1', 'nwp.reviewer2'],
    authoriser: 'nwp.authoriser',
    supervisor: 'nwp.supervisor',
    gallery: 'nwp.supervisor',
  },
};

/** The bytes stored as a custody photo or probe: a marker, never a real face. */
export const markerBytes = (label: string) => Buffer.from(`twokey-fixture-image:${label}`, 'utf8');

export class OversightFixture {
  readonly people = new Map<string, Person>();
  /** Marker bytes of every probe and custody photo written. */
  readonly imageMarkers: Buffer[] = [];
  private counter = 0;

  private constructor(
    private readonly m: EntityManager,
    readonly forces: Record<ForceCode, string>,
    readonly officers: Record<string, string>,
  ) {}

  static async create(server: TestServer): Promise<OversightFixture> {
    const m = server.db.manager;
    const forces = Object.fromEntries((await m.find(Force)).map((f) => [f.code, f.id])) as Record<
      ForceCode,
      string
    >;
    forces.NWP = (
      await m.save(
        m.create(Force, {
          code: 'NWP',
          name: 'North Wales Police',
          allowedOffenceCategories: [Offence.ROBBERY],
        }),
      )
    ).id;
    const certified = new Date(Date.now() + 365 * 86_400_000);
    await m.save(
      OFFICERS.map((o) =>
        m.create(Officer, {
          subject: o.subject,
          forceId: forces[o.force],
          displayName: o.subject,
          roles: o.roles,
          reviewerCertifiedUntil: o.roles.includes(Role.REVIEWER) ? certified : null,
          overseesForceIds: (o.oversees ?? []).map((f) => forces[f]),
        }),
      ),
    );
    const officers = Object.fromEntries((await m.find(Officer)).map((o) => [o.subject, o.id]));
    return new OversightFixture(m, forces, officers);
  }

  /** One person in a force's custody records, with one photo. */
  async person(key: string, force: ForceCode, spec: PersonSpec = {}): Promise<Person> {
    const [subject] = await this.m.query(
      `INSERT INTO custody_subject (force_id, person_reference, self_defined_ethnicity, sex) VALUES ($1, $2, $3, $4) RETURNING id`,
      [
        this.forces[force],
        `PNC/${key}/${randomUUID().slice(0, 8)}`,
        spec.ethnicity ?? null,
        spec.sex ?? null,
      ],
    );
    const [image] = await this.m.query(
      `INSERT INTO custody_image (force_id, subject_id, custody_reference, captured_at, retention_class, under18_at_capture, age_band, review_due_at)
       VALUES ($1, $2, $3, '2024-03-01T10:00:00Z', 'CONVICTED', $4, $5, '2030-03-01T10:00:00Z') RETURNING id`,
      [this.forces[force], subject.id, `CU/${key}`, spec.under18 ?? false, spec.ageBand ?? null],
    );
    const bytes = markerBytes(`custody:${key}`);
    this.imageMarkers.push(bytes);
    await this.m.query(
      `INSERT INTO custody_image_blob (image_id, mime_type, bytes) VALUES ($1, 'image/jpeg', $2)`,
      [image.id, bytes],
    );
    const person = { subjectId: subject.id, imageId: image.id, force };
    this.people.set(key, person);
    return person;
  }

  /** One search request in the state the spec describes; returns its id and its candidates' ids by person. */
  async request(
    spec: RequestSpec,
  ): Promise<{ id: string; caseId: string; candidates: Record<string, string> }> {
    const n = (this.counter += 1);
    const roles = ROLE_OFFICERS[spec.force];
    const forceId = this.forces[spec.force];
    const requesterId = this.officers[spec.requester ?? roles.requester];
    const at = (iso: string | null, seconds = 0) =>
      iso ? new Date(new Date(iso).getTime() + seconds * 1000) : null;
    const submittedAt = at(spec.submittedAt);
    const createdAt = submittedAt ? at(spec.submittedAt, -600)! : new Date('2026-01-15T09:00:00Z');
    const offence = spec.offence ?? 'ROBBERY';
    const [kase] = await this.m.query(
      `INSERT INTO case_file (force_id, crime_reference, offence_category, created_by_id, assigned_officer_ids) VALUES ($1, $2, $3, $4, ARRAY[$4]::uuid[]) RETURNING id`,
      [forceId, `${spec.force}/FX/${n}/${randomUUID().slice(0, 6)}`, offence, requesterId],
    );
    const candidates = spec.candidates ?? [];
    const searched = spec.searched ?? candidates.length > 0;
    const searchedAt = searched ? at(spec.submittedAt, 60) : null;
    const authorisation = spec.authorisation;
    const decidedAt = authorisation?.decision ? at(spec.submittedAt, 30) : null;
    const ended = ['REFUSED', 'WITHDRAWN', 'EXPIRED', 'CLOSED'].includes(spec.status);
    const id = randomUUID();
    await this.m.query(
      `INSERT INTO search_request (id, force_id, case_id, requester_id, status, purpose, legal_basis, justification, offence_category, threshold, k,
         include_under18, include_not_convicted, gallery_force_ids, authorisation_required, authorisation_reasons, authorisation_decision, authorised_by_id,
         authorisation_rationale, authorisation_decided_at, probe_quality, model_version, candidate_count, searched_at, ended_at, expires_at, submitted_at, created_at,
         probe_source_type, probe_other_source_type, probe_obtained_by, probe_obtained_at, probe_obtained_from, probe_exhibit_reference)
       VALUES ($1, $2, $3, $4, $5, $6, 'COMMON_LAW_POLICING', 'Fixture justification for a search request in a known state.', $7, $8, 20,
         $9, $10, $11::uuid[], $12, $13::text[], $14, $15, $16, $17, $25::jsonb, $18, $19, $20, $21, $22, $23, $24,
         $26, $27, $28, $29, $30, $31)`,
      [
        id,
        forceId,
        kase.id,
        requesterId,
        spec.status,
        spec.purpose ?? 'IDENTIFY_SUSPECT',
        offence,
        spec.threshold ?? 0.6,
        spec.includeUnder18 ?? false,
        spec.includeNotConvicted ?? false,
        [forceId, ...(spec.otherGalleries ?? []).map((f) => this.forces[f])],
        (authorisation?.reasons.length ?? 0) > 0,
        authorisation?.reasons ?? [],
        authorisation?.decision ?? null,
        authorisation?.decision ? this.officers[roles.authoriser] : null,
        authorisation?.decision ? 'Fixture authorisation rationale.' : null,
        decidedAt,
        searched ? 'fixture-model' : null,
        searched ? candidates.length : null,
        searchedAt,
        ended ? at(spec.submittedAt ?? '2026-01-15T09:00:00Z', 7200) : null,
        at(spec.submittedAt ?? '2026-01-15T09:00:00Z', 28 * 86_400),
        submittedAt,
        createdAt,
        JSON.stringify({
          faceSizePx: 120,
          sharpness: 40,
          poseYawProxy: 0.05,
          detectorScore: 0.98,
          acceptable: true,
          reasons: [],
        }),
        ...provenance(spec.source === undefined ? 'CCTV' : spec.source, createdAt, n),
      ],
    );
    const probe = markerBytes(`probe:${id}`);
    this.imageMarkers.push(probe);
    await this.m.query(
      `INSERT INTO search_probe (request_id, mime_type, bytes, sha256, face_box) VALUES ($1, 'image/jpeg', $2, $3, '{"x":1,"y":1,"width":100,"height":100}')`,
      [id, probe, 'f'.repeat(64)],
    );

    const candidateIds: Record<string, string> = {};
    for (const [i, key] of candidates.entries()) {
      const person = this.people.get(key)!;
      const [row] = await this.m.query(
        `INSERT INTO search_candidate (request_id, rank, score, image_id, force_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [id, i + 1, 0.9 - i * 0.05, person.imageId, this.forces[person.force]],
      );
      candidateIds[key] = row.id;
    }

    if (spec.reviews) {
      const [first, second] = roles.reviewers.map((s) => this.officers[s]);
      const decide = async (
        stage: 'FIRST' | 'SECOND',
        reviewerId: string,
        decisions: Record<string, CandidateDecision>,
        offset: number,
      ) => {
        const [task] = await this.m.query(
          `INSERT INTO review_task (request_id, force_id, stage, status, requester_id, first_reviewer_id, claimed_by_id, claimed_at, submitted_by_id, submitted_at)
           VALUES ($1, $2, $3, 'SUBMITTED', $4, $5, $6, $7, $6, $8) RETURNING id`,
          [
            id,
            forceId,
            stage,
            requesterId,
            stage === 'SECOND' ? first : null,
            reviewerId,
            at(spec.submittedAt, offset),
            at(spec.submittedAt, offset + 300),
          ],
        );
        for (const key of candidates) {
          await this.m.query(
            `INSERT INTO review_decision (task_id, candidate_id, request_id, reviewer_id, decision, rationale) VALUES ($1, $2, $3, $4, $5, 'Fixture rationale.')`,
            [task.id, candidateIds[key], id, reviewerId, decisions[key] ?? 'NOT_MATCH'],
          );
        }
      };
      await decide('FIRST', first, spec.reviews.first, 120);
      if (spec.reviews.second) await decide('SECOND', second, spec.reviews.second, 600);
    }

    if (spec.outcome) {
      const outcomeAt = at(spec.submittedAt, spec.outcome.afterSeconds);
      const adjudicated = spec.outcome.basis === 'ADJUDICATED';
      await this.m.query(
        `UPDATE search_request SET outcome = $2, outcome_basis = $3, outcome_candidate_id = $4, outcome_at = $5, adjudicated_by_id = $6, adjudicated_at = $7,
           adjudication_rationale = $8 WHERE id = $1`,
        [
          id,
          spec.outcome.result,
          spec.outcome.basis,
          spec.outcome.candidate ? candidateIds[spec.outcome.candidate] : null,
          outcomeAt,
          adjudicated ? this.officers[roles.supervisor] : null,
          adjudicated ? outcomeAt : null,
          adjudicated ? 'Fixture adjudication rationale.' : null,
        ],
      );
    }
    const outcomeSeconds = spec.outcome?.afterSeconds ?? 0;
    let corroborationId: string | null = null;
    if (spec.lead === 'CORROBORATED' || spec.actions?.length) {
      const [row] = await this.m.query(
        `INSERT INTO lead_corroboration (request_id, force_id, type, reference, description, recorded_by_id, recorded_at)
         VALUES ($1, $2, 'FINGERPRINT', $3, 'Fixture: a fingerprint from the scene matched the person named.', $4, $5) RETURNING id`,
        [id, forceId, `FX/LAB/${n}`, requesterId, at(spec.submittedAt, outcomeSeconds + 1)],
      );
      corroborationId = row.id;
    }
    if (spec.lead) {
      await this.m.query(
        `INSERT INTO lead_outcome (request_id, force_id, candidate_id, result, note, recorded_by_id, recorded_at, corroboration_id) VALUES ($1, $2, $3, $4, 'Fixture lead outcome note.', $5, $6, $7)`,
        [
          id,
          forceId,
          candidateIds[spec.outcome!.candidate!],
          spec.lead,
          requesterId,
          at(spec.submittedAt, 30 * 86_400),
          spec.lead === 'CORROBORATED' ? corroborationId : null,
        ],
      );
    }
    for (const action of spec.actions ?? []) {
      const status = action.status ?? 'APPROVED';
      const decided = status !== 'PROPOSED';
      // one statement: the action and its evidence row, so the commit-time check sees both
      await this.m.query(
        `WITH a AS (
           INSERT INTO lead_action (request_id, force_id, type, reason, status, proposed_by_id, proposed_at, decided_by_id, decided_at, decision_reason)
           VALUES ($1, $2, $3, 'Fixture: proportionate on the corroborated lead.', $4, $5, $6, $7, $8, $9) RETURNING id, request_id)
         INSERT INTO lead_action_evidence (action_id, corroboration_id, request_id) SELECT a.id, $10, a.request_id FROM a`,
        [
          id,
          forceId,
          action.type,
          status,
          requesterId,
          at(spec.submittedAt, outcomeSeconds + 2),
          decided ? this.officers[roles.supervisor] : null,
          decided ? at(spec.submittedAt, outcomeSeconds + action.afterSeconds) : null,
          decided ? 'Fixture: approved on the corroboration.' : null,
          corroborationId,
        ],
      );
    }
    return { id, caseId: kase.id, candidates: candidateIds };
  }

  /** A deletion request of one person's photo, received (and perhaps decided) at known times. */
  async deletion(
    force: ForceCode,
    personKey: string,
    receivedAt: string,
    decision?: { status: 'GRANTED' | 'REFUSED'; decidedAt: string },
  ): Promise<string> {
    const person = this.people.get(personKey)!;
    const officer = this.officers[ROLE_OFFICERS[force].gallery];
    const [row] = await this.m.query(
      `INSERT INTO deletion_request (force_id, subject_id, image_ids, requested_by, grounds, stronger_presumption, status, recorded_by_id, received_at, decided_by_id, decided_at, decision_rationale)
       VALUES ($1, $2, ARRAY[$3]::uuid[], 'Fixture solicitor', 'Not convicted.', false, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        this.forces[force],
        person.subjectId,
        person.imageId,
        decision?.status ?? 'PENDING',
        officer,
        receivedAt,
        decision ? officer : null,
        decision?.decidedAt ?? null,
        decision ? 'Fixture decision.' : null,
      ],
    );
    return row.id;
  }
}
