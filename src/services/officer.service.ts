import { type EntityManager, In, IsNull } from 'typeorm';
import { Database, Tx } from '../db';
import { keysetPage, type KeysetOrder, type Page, type PageRequest } from '../db/keyset';
import {
  Force,
  Officer,
  OfficerAccessProposal,
  OfficerAccessProposalStatus,
  OfficerRank,
  OVERSIGHT_BODY_ROLES,
  OversightGrant,
  Role,
  type WrittenAuditAction,
} from '../entities';
import { Topic } from '../events';
import { badInput, conflict, DomainError, forbidden, notFound } from '../errors';
import {
  AccessAdditions,
  AccessPart,
  accessProblem,
  AccessPlan,
  abilityToWhere,
  applyAdditions,
  defineAbilityFor,
  DesiredAccess,
  FieldMap,
  immediateParts,
  OfficerAccess,
  planAccessChange,
  proposalParts,
  refusedPart,
} from '../policy';
import { RequestContext } from './request-context';
import { assertCan, UnitOfWork } from './unit-of-work';
import { requireText, TEXT_LIMITS } from './validation';

const OFFICER_FIELDS: FieldMap = {
  id: { column: 'id' },
  forceId: { column: 'force_id' },
  roles: { column: 'roles', array: true },
  overseesForceIds: { column: 'oversees_force_ids', array: true },
};
const GRANT_FIELDS: FieldMap = { forceId: { column: 'force_id' }, officerId: { column: 'officer_id' } };
const OFFICER_ORDER: KeysetOrder = {
  list: 'officers',
  keys: [
    { sql: 'o.display_name', type: 'text' },
    { sql: 'o.id', type: 'uuid' },
  ],
  direction: 'ASC',
};
const PROPOSAL_ORDER: KeysetOrder = {
  list: 'officerAccessProposals',
  keys: [
    { sql: 'p.proposed_at', type: 'timestamptz' },
    { sql: 'p.id', type: 'uuid' },
  ],
  direction: 'DESC',
};
const GRANT_ORDER: KeysetOrder = {
  list: 'oversightGrants',
  keys: [
    { sql: 'g.granted_at', type: 'timestamptz' },
    { sql: 'g.id', type: 'uuid' },
  ],
  direction: 'DESC',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface NewOfficer {
  subject: string;
  displayName: string;
  collarNumber?: string | null;
  roles: Role[];
  reviewerCertifiedUntil?: Date | null;
  overseesForceIds?: string[];
}

export interface AccessChange extends DesiredAccess {
  officerId: string;
}

export interface AccessChangeResult {
  /** The officer as they are now: removals applied, additions that need a second person not yet. */
  officer: Officer;
  /** What waits for a second person's approval; null when nothing does. */
  proposal: OfficerAccessProposal | null;
}

/**
 * Officers and their access. Removing access takes effect at once; adding access that opens case
 * content is a proposal (OfficerAccessProposal) that a second, different authorised officer
 * approves; nobody proposes or approves access for themselves. Who may do which part is the
 * ability's (src/policy/ability.ts, officer-access-policy.ts). Every change, proposal and
 * decision is audited once per affected force (the officer's force and every force they oversee
 * before or after), so each force's oversight sees it, in the transaction that makes it.
 */
export class OfficerService {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
  ) {}

  /** Used while authenticating, before there is a context. */
  findActiveBySubject(subject: string): Promise<Officer | null> {
    return this.db.manager.findOne(Officer, { where: { subject, active: true } });
  }

  forceOf(officer: Officer): Promise<Force | null> {
    return this.db.manager.findOne(Force, { where: { id: officer.forceId } });
  }

  /** Officers the caller may see, by name (then id), one page at a time. */
  list(ctx: RequestContext, page: PageRequest = {}): Promise<Page<Officer>> {
    const query = (manager: EntityManager) => {
      const filter = abilityToWhere(ctx.ability, 'read', 'Officer', 'o', OFFICER_FIELDS);
      return manager.createQueryBuilder(Officer, 'o').where(filter.sql, filter.params);
    };
    return this.uow.run(ctx, async ({ manager }) => {
      assertCan(ctx, 'read', 'Officer');
      return keysetPage(query(manager), OFFICER_ORDER, page, (rows) => rows, {
        totalCount: () => this.uow.run(ctx, ({ manager: m }) => query(m).getCount()),
      });
    });
  }

  /**
   * Registers an officer in the caller's force. Roles anyone allowed may add alone (REQUESTER)
   * are held at once; the rest (and any overseen force or certification) becomes a proposal by
   * the caller, pending a second person's approval.
   */
  create(ctx: RequestContext, input: NewOfficer): Promise<AccessChangeResult> {
    return this.uow.run(ctx, async (tx) => {
      const forceId = ctx.officer!.forceId;
      assertCan(ctx, 'create', 'Officer', { forceId });
      const blank: OfficerAccess = { roles: [], overseesForceIds: [], reviewerCertifiedUntil: null };
      const plan = planAccessChange(blank, {
        roles: input.roles,
        overseesForceIds: input.overseesForceIds ?? [],
        reviewerCertifiedUntil: input.reviewerCertifiedUntil ?? undefined,
      });
      // checked before anything about the input is answered: a caller who may not grant it learns nothing
      assertParts(ctx, { id: null, forceId }, [
        ...immediateParts({ id: '', forceId }, plan),
        ...(plan.proposal ? proposalParts({ id: '', forceId }, plan.proposal) : []),
      ]);
      assertValid(plan);
      await assertForcesExist(tx, plan.proposal?.addOverseenForceIds ?? []);
      if (await tx.manager.exists(Officer, { where: { subject: input.subject } })) {
        throw conflict('An officer with this subject already exists');
      }
      const officer = await tx.manager.save(
        tx.manager.create(Officer, {
          subject: input.subject,
          displayName: input.displayName,
          forceId,
          collarNumber: input.collarNumber ?? null,
          roles: [...plan.now.roles],
          overseesForceIds: [...plan.now.overseesForceIds],
          reviewerCertifiedUntil: plan.now.reviewerCertifiedUntil,
        }),
      );
      const proposal = plan.proposal ? await this.propose(tx, ctx, officer, plan.proposal) : null;
      await this.auditPerForce(
        ctx,
        tx,
        officer,
        'OFFICER_CREATED',
        {
          after: describe(plan.now),
          proposed: proposal ? describe(plan.proposed) : null,
          proposalId: proposal?.id ?? null,
        },
        [plan.now, plan.proposed],
      );
      if (proposal)
        await this.auditPerForce(
          ctx,
          tx,
          officer,
          'OFFICER_ACCESS_PROPOSED',
          {
            before: describe(plan.now),
            after: describe(plan.proposed),
            proposalId: proposal.id,
            proposedById: ctx.officer!.id,
          },
          [plan.now, plan.proposed],
        );
      return { officer, proposal };
    });
  }

  /**
   * Sets what an officer should have. Removals (roles, overseen forces, a shorter certification)
   * and REQUESTER take effect at once; every other addition becomes a proposal.
   */
  changeAccess(ctx: RequestContext, change: AccessChange): Promise<AccessChangeResult> {
    return this.uow.run(ctx, async (tx) => {
      const officer = await tx.manager.findOne(Officer, {
        where: { id: change.officerId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!officer) throw notFound('Officer', change.officerId);
      assertCan(ctx, 'update', 'Officer', officer);
      const before = accessOf(officer);
      const plan = planAccessChange(before, change);
      assertParts(ctx, officer, [
        ...immediateParts(officer, plan),
        ...(plan.proposal ? proposalParts(officer, plan.proposal) : []),
      ]);
      assertValid(plan);
      await assertForcesExist(tx, plan.proposal?.addOverseenForceIds ?? []);

      const changedNow =
        plan.removedRoles.length > 0 ||
        plan.addedRoles.length > 0 ||
        plan.revokedForceIds.length > 0 ||
        plan.certificationReduced;
      if (changedNow) {
        setAccess(officer, plan.now);
        await tx.manager.save(officer);
        await this.revokeGrants(tx, ctx, officer.id, plan.revokedForceIds);
        await this.auditPerForce(
          ctx,
          tx,
          officer,
          'OFFICER_ACCESS_CHANGED',
          { before: describe(before), after: describe(plan.now) },
          [before, plan.now],
        );
        // every instance drops its cached ability for this officer: live feeds stop at once
        tx.publish(Topic.OFFICER_CHANGED, { officerId: officer.id, occurredAt: new Date().toISOString() });
      }
      const proposal = plan.proposal ? await this.propose(tx, ctx, officer, plan.proposal) : null;
      if (proposal)
        await this.auditPerForce(
          ctx,
          tx,
          officer,
          'OFFICER_ACCESS_PROPOSED',
          {
            before: describe(plan.now),
            after: describe(plan.proposed),
            proposalId: proposal.id,
            proposedById: ctx.officer!.id,
          },
          [before, plan.proposed],
        );
      return { officer, proposal };
    });
  }

  /**
   * A force admin records an officer's police rank (null: none, e.g. police staff), with a reason;
   * seriousness tiers route a search's authorisation by it. Nobody sets their own. Audited with the
   * rank before and after; every instance drops its cached ability for the officer.
   */
  setRank(
    ctx: RequestContext,
    input: { officerId: string; rank: OfficerRank | null; reason: string },
  ): Promise<Officer> {
    return this.uow.run(ctx, async (tx) => {
      const officer = await tx.manager.findOne(Officer, {
        where: { id: input.officerId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!officer) throw notFound('Officer', input.officerId);
      assertCan(ctx, 'update', 'Officer', officer);
      assertCan(ctx, 'update', 'OfficerRank', { officerId: officer.id, forceId: officer.forceId });
      if (input.rank !== null && !Object.values(OfficerRank).includes(input.rank))
        throw badInput('Unknown rank', { field: 'rank' });
      const reason = requireText(input.reason, 'reason', TEXT_LIMITS.officerRankChangeReason);
      const before = officer.rank;
      if (before === input.rank) return officer; // recording the same rank changes nothing
      officer.rank = input.rank;
      await tx.manager.save(officer);
      await this.uow.audit(ctx, tx, {
        action: 'OFFICER_RANK_CHANGED',
        subjectType: 'Officer',
        subjectId: officer.id,
        forceId: officer.forceId,
        reason,
        details: { officerId: officer.id, before, after: input.rank },
      });
      tx.publish(Topic.OFFICER_CHANGED, { officerId: officer.id, occurredAt: new Date().toISOString() });
      return officer;
    });
  }

  /** The second person: grants what the proposal adds. Neither its proposer nor the officer it is for may approve it. */
  approve(ctx: RequestContext, proposalId: string): Promise<OfficerAccessProposal> {
    return this.uow.run(ctx, async (tx) => {
      const { proposal, officer } = await this.lockPending(tx, proposalId);
      const me = ctx.officer!.id;
      if (me === proposal.proposedById || me === proposal.officerId) {
        // two different people, neither of them the one who gains the access
        throw forbidden('approve', 'OfficerAccessProposal', {
          subjectId: proposal.id,
          forceId: proposal.officerForceId,
        });
      }
      assertParts(ctx, officer, proposalParts(officer, proposal));
      // the proposal stands only while its proposer still may grant what it adds
      const proposer = await tx.manager.findOne(Officer, { where: { id: proposal.proposedById } });
      if (
        !proposer?.active ||
        refusedPart(defineAbilityFor(accessActor(proposer)), proposalParts(officer, proposal))
      ) {
        throw new DomainError(
          'INVALID_STATE',
          'Its proposer no longer may grant this access; reject the proposal and propose it again',
          { proposalId: proposal.id },
        );
      }
      const before = accessOf(officer);
      const after = applyAdditions(before, proposal);
      const problem = accessProblem(after);
      if (problem)
        throw new DomainError(
          'INVALID_STATE',
          `${problem.message}: the officer's access changed since the proposal; reject it`,
          { proposalId: proposal.id },
        );
      setAccess(officer, after);
      await tx.manager.save(officer);
      const granted = after.overseesForceIds.filter((f) => !before.overseesForceIds.includes(f));
      const now = new Date();
      for (const forceId of granted) {
        await tx.manager.insert(OversightGrant, {
          officerId: officer.id,
          forceId,
          proposalId: proposal.id,
          proposedById: proposal.proposedById,
          approvedById: me,
          grantedAt: now,
        });
      }
      Object.assign(proposal, {
        status: OfficerAccessProposalStatus.APPROVED,
        decidedById: me,
        decidedAt: now,
      });
      await tx.manager.save(proposal);
      await this.auditPerForce(
        ctx,
        tx,
        officer,
        'OFFICER_ACCESS_APPROVED',
        {
          before: describe(before),
          after: describe(after),
          proposalId: proposal.id,
          proposedById: proposal.proposedById,
          approvedById: me,
        },
        [before, after],
      );
      tx.publish(Topic.OFFICER_CHANGED, { officerId: officer.id, occurredAt: now.toISOString() });
      return proposal;
    });
  }

  /** Turns a proposal down (anyone who could approve it), or withdraws it (its proposer). Nothing is granted. */
  reject(ctx: RequestContext, proposalId: string, reason: string): Promise<OfficerAccessProposal> {
    return this.uow.run(ctx, async (tx) => {
      const trimmed = reason.trim();
      if (!trimmed) throw badInput('A rejection needs a reason', { field: 'reason' });
      const { max } = TEXT_LIMITS.proposalRejectionReason;
      if (trimmed.length > max) throw badInput(`A reason has at most ${max} characters`, { field: 'reason' });
      const { proposal, officer } = await this.lockPending(tx, proposalId);
      const me = ctx.officer!.id;
      if (me !== proposal.proposedById) {
        if (me === proposal.officerId)
          throw forbidden('reject', 'OfficerAccessProposal', {
            subjectId: proposal.id,
            forceId: proposal.officerForceId,
          });
        assertParts(ctx, officer, proposalParts(officer, proposal));
      }
      Object.assign(proposal, {
        status: OfficerAccessProposalStatus.REJECTED,
        decidedById: me,
        decidedAt: new Date(),
        decisionReason: trimmed,
      });
      await tx.manager.save(proposal);
      const current = accessOf(officer);
      await this.auditPerForce(
        ctx,
        tx,
        officer,
        'OFFICER_ACCESS_REJECTED',
        {
          before: describe(current),
          after: describe(current),
          proposed: describe(applyAdditions(current, proposal)),
          proposalId: proposal.id,
          proposedById: proposal.proposedById,
          rejectedById: me,
        },
        [current, applyAdditions(current, proposal)],
        trimmed,
      );
      return proposal;
    });
  }

  /** Proposals the caller may decide (approve or reject), and their own; newest first. */
  listProposals(
    ctx: RequestContext,
    status: OfficerAccessProposalStatus = OfficerAccessProposalStatus.PENDING,
    page: PageRequest = {},
  ): Promise<Page<OfficerAccessProposal>> {
    return this.uow.run(ctx, async ({ manager }) => {
      const me = ctx.officer!;
      // a narrowing in SQL, then the exact rule per proposal: every part must be the caller's to grant
      const candidates = manager
        .createQueryBuilder(OfficerAccessProposal, 'p')
        .where('p.status = :status', { status })
        .andWhere(
          `(p.proposed_by_id = :me OR p.officer_force_id = :own OR :own = ANY(p.add_overseen_force_ids) OR (:national AND (p.add_roles && ARRAY[:...bodyRoles]::text[] OR cardinality(p.add_overseen_force_ids) > 0)))`,
          {
            me: me.id,
            own: me.forceId,
            national: me.roles.includes(Role.OVERSIGHT_ADMIN),
            bodyRoles: [...OVERSIGHT_BODY_ROLES],
          },
        );
      return keysetPage(candidates, PROPOSAL_ORDER, page, (rows) =>
        rows.map((p) =>
          p.proposedById === me.id ||
          (p.officerId !== me.id &&
            !refusedPart(ctx.ability, proposalParts({ id: p.officerId, forceId: p.officerForceId }, p)))
            ? p
            : null,
        ),
      );
    });
  }

  /** Oversight grants, current and revoked, of the forces the caller may see them for. */
  listOversightGrants(
    ctx: RequestContext,
    forceId?: string,
    page: PageRequest = {},
  ): Promise<Page<OversightGrant>> {
    const query = (manager: EntityManager) => {
      const filter = abilityToWhere(ctx.ability, 'read', 'OversightGrant', 'g', GRANT_FIELDS);
      const qb = manager.createQueryBuilder(OversightGrant, 'g').where(filter.sql, filter.params);
      if (forceId) qb.andWhere('g.force_id = :forceId', { forceId });
      return qb;
    };
    return this.uow.run(ctx, async ({ manager }) => {
      assertCan(ctx, 'read', 'OversightGrant');
      return keysetPage(query(manager), GRANT_ORDER, page, (rows) => rows, {
        totalCount: () => this.uow.run(ctx, ({ manager: m }) => query(m).getCount()),
      });
    });
  }

  private async propose(
    tx: Tx,
    ctx: RequestContext,
    officer: Officer,
    additions: AccessAdditions,
  ): Promise<OfficerAccessProposal> {
    return tx.manager.save(
      tx.manager.create(OfficerAccessProposal, {
        officerId: officer.id,
        officerForceId: officer.forceId,
        ...additions,
        status: OfficerAccessProposalStatus.PENDING,
        proposedById: ctx.officer!.id,
        proposedAt: new Date(),
        decidedById: null,
        decidedAt: null,
        decisionReason: null,
      }),
    );
  }

  private async lockPending(
    tx: Tx,
    proposalId: string,
  ): Promise<{ proposal: OfficerAccessProposal; officer: Officer }> {
    if (!UUID.test(proposalId)) throw badInput('id must be a UUID', { field: 'id' });
    const proposal = await tx.manager.findOne(OfficerAccessProposal, {
      where: { id: proposalId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!proposal) throw notFound('OfficerAccessProposal', proposalId);
    if (proposal.status !== OfficerAccessProposalStatus.PENDING) {
      throw new DomainError('INVALID_STATE', `This proposal was already ${proposal.status.toLowerCase()}`, {
        state: proposal.status,
      });
    }
    const officer = await tx.manager.findOne(Officer, {
      where: { id: proposal.officerId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!officer) throw notFound('Officer', proposal.officerId);
    return { proposal, officer };
  }

  private async revokeGrants(
    tx: Tx,
    ctx: RequestContext,
    officerId: string,
    forceIds: string[],
  ): Promise<void> {
    if (forceIds.length === 0) return;
    await tx.manager.update(
      OversightGrant,
      { officerId, forceId: In(forceIds), revokedAt: IsNull() },
      { revokedAt: new Date(), revokedById: ctx.officer!.id },
    );
  }

  /** One event per affected force, each carrying that force, so every force's oversight reads it. */
  private async auditPerForce(
    ctx: RequestContext,
    tx: Tx,
    officer: Officer,
    action: WrittenAuditAction,
    details: Record<string, unknown>,
    states: OfficerAccess[],
    reason?: string,
  ): Promise<void> {
    const forceIds = [...new Set([officer.forceId, ...states.flatMap((s) => s.overseesForceIds)])];
    for (const forceId of forceIds) {
      await this.uow.audit(ctx, tx, {
        action,
        subjectType: 'Officer',
        subjectId: officer.id,
        forceId,
        reason: reason ?? null,
        details: { ...details, officerForceId: officer.forceId, affectedForceIds: forceIds },
      });
    }
  }
}

/** Throws FORBIDDEN (audited by the unit of work against the force concerned) unless the caller may do every part. */
function assertParts(
  ctx: RequestContext,
  officer: { id: string | null; forceId: string },
  parts: AccessPart[],
): void {
  const refused = refusedPart(ctx.ability, parts);
  if (refused)
    throw forbidden(refused.action, refused.subject, {
      subjectId: officer.id,
      forceId: refused.object.forceId,
    });
}

function assertValid(plan: AccessPlan): void {
  const problem = accessProblem(plan.now) ?? accessProblem(plan.proposed);
  if (problem) throw badInput(problem.message, { field: problem.field });
}

async function assertForcesExist(tx: Tx, forceIds: string[]): Promise<void> {
  if (forceIds.length === 0) return;
  const found = await tx.manager.count(Force, { where: { id: In(forceIds) } });
  if (found !== forceIds.length)
    throw badInput('overseesForceIds names a force that does not exist', { field: 'overseesForceIds' });
}

function accessOf(officer: Officer): OfficerAccess {
  return {
    roles: officer.roles,
    overseesForceIds: officer.overseesForceIds,
    reviewerCertifiedUntil: officer.reviewerCertifiedUntil,
  };
}

function setAccess(officer: Officer, access: OfficerAccess): void {
  officer.roles = [...access.roles];
  officer.overseesForceIds = [...access.overseesForceIds];
  officer.reviewerCertifiedUntil = access.reviewerCertifiedUntil;
}

function accessActor(officer: Officer) {
  return {
    officerId: officer.id,
    forceId: officer.forceId,
    roles: officer.roles,
    reviewerCertifiedUntil: officer.reviewerCertifiedUntil,
    overseesForceIds: officer.overseesForceIds,
  };
}

/** Before/after as the audit log records it. */
function describe(access: OfficerAccess) {
  return {
    roles: [...access.roles].sort(),
    overseesForceIds: [...access.overseesForceIds].sort(),
    reviewerCertifiedUntil: access.reviewerCertifiedUntil?.toISOString() ?? null,
  };
}
