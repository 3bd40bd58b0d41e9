import { appendAudit, AuditEntry } from '../audit';
import type { EntityManager } from 'typeorm';
import type { RoutedReadPurpose } from '../observability/metrics';
import type { Database, Tx } from '../db';
import { DomainError, forbidden, notFound, unauthenticated } from '../errors';
import { Action, subject, SubjectName } from '../policy';
import { auditActor, RequestContext } from './request-context';

/**
 * Runs one service operation in one transaction. A denial (FORBIDDEN, or NOT_FOUND where the
 * caller may not know the object exists) rolls the operation back and is then recorded on its
 * own, so the audit log holds every refusal but nothing of the refused change; so is a refusal
 * whose error carries the audit entry to record (`internal.refusal`).
 */
export class UnitOfWork {
  constructor(private readonly db: Database) {}

  async run<T>(ctx: RequestContext, work: (tx: Tx) => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await this.db.transaction(work);
    } catch (error) {
      throw await this.recordDenial(ctx, error);
    }
    // read-your-writes on replicas: the officer's later routed reads wait for this commit (a unit
    // of work that only read counts too: one round trip, and only with replicas)
    if (ctx.officer) await this.db.committedBy(ctx.officer.id);
    return result;
  }

  /**
   * A read that writes nothing, statement by statement outside a transaction (under READ
   * COMMITTED a transaction would not make several reads one snapshot anyway): two round trips
   * fewer. Denials are recorded as in `run`. With `replica` (e.g. a list) the read may run on a
   * read replica that has replayed what this officer committed last (see
   * src/db/replica-router.ts); `work` must then only read, and only through `manager`.
   */
  async read<T>(
    ctx: RequestContext,
    work: (manager: EntityManager) => Promise<T>,
    options: { replica?: RoutedReadPurpose } = {},
  ): Promise<T> {
    try {
      return options.replica
        ? await this.db.readRouted(options.replica, ctx.officer?.id, work)
        : await work(this.db.manager);
    } catch (error) {
      throw await this.recordDenial(ctx, error);
    }
  }

  private async recordDenial(ctx: RequestContext, error: unknown): Promise<unknown> {
    // a refusal the domain itself records (e.g. an action on a lead without corroboration)
    const refusal =
      error instanceof DomainError ? (error.internal.refusal as AuditEntry | undefined) : undefined;
    if (refusal && ctx.officer)
      await this.db.transaction(({ manager }) => appendAudit(manager, auditActor(ctx), refusal));
    if (
      error instanceof DomainError &&
      (error.code === 'FORBIDDEN' || error.internal.denied === true) &&
      ctx.officer
    ) {
      await this.db.transaction(({ manager }) =>
        appendAudit(manager, auditActor(ctx), {
          action: 'ACCESS_DENIED',
          subjectType: String(error.internal.subject ?? error.details.subject ?? 'unknown'),
          subjectId: (error.internal.subjectId as string | undefined) ?? null,
          forceId: (error.internal.forceId as string | undefined) ?? ctx.officer?.forceId ?? null,
          details: { attempted: error.internal.action ?? error.details.action, requestId: ctx.requestId },
        }),
      );
    }
    return error;
  }

  /** Appends an audit event inside `tx`, attributed to the caller. */
  audit(ctx: RequestContext, tx: Tx, entry: AuditEntry) {
    return appendAudit(tx.manager, auditActor(ctx), entry);
  }
}

/**
 * Objects a client names by id, and the subject whose `read` rule decides whether the caller may
 * know that one exists (a disclosure pack, a lead outcome, corroboration or action is its search request's).
 */
const SEEN_AS: Partial<Record<SubjectName, SubjectName>> = {
  SearchRequest: 'SearchRequest',
  ReviewTask: 'ReviewTask',
  Case: 'Case',
  CustodyImage: 'CustodyImage',
  DeletionRequest: 'DeletionRequest',
  Officer: 'Officer',
  SharingAgreement: 'SharingAgreement',
  DisclosurePack: 'SearchRequest',
  LeadOutcome: 'SearchRequest',
  LeadCorroboration: 'SearchRequest',
  LeadAction: 'SearchRequest',
  ModelSwitch: 'ModelSwitch',
  ModelValidation: 'ModelValidation',
  ComplianceReview: 'ComplianceReview',
  GovernanceDocument: 'GovernanceDocument',
};

/**
 * Throws unless the caller may do `action` on `object`; UnitOfWork records every refusal as
 * ACCESS_DENIED. The client is told FORBIDDEN when it may read the object but not do this to it,
 * and NOT_FOUND — exactly what an id that exists nowhere gets — when it may not even read it (e.g.
 * another force's case), so a refusal never reveals that an id exists.
 */
export function assertCan(
  ctx: RequestContext,
  action: Action,
  subjectName: SubjectName,
  object?: object,
): void {
  if (!ctx.officer) throw unauthenticated();
  const fields = object as { id?: unknown; forceId?: unknown; galleryForceId?: unknown } | undefined;
  // a copy: CASL tags the object it checks with its subject type
  const allowed = object
    ? ctx.ability.can(action, subject(subjectName, { ...object }))
    : ctx.ability.can(action, subjectName);
  if (allowed) return;
  // the force the object belongs to (a sharing agreement: the force whose gallery it shares)
  const forceId = fields?.forceId ?? fields?.galleryForceId ?? null;
  const seenAs = SEEN_AS[subjectName];
  if (
    object &&
    typeof fields?.id === 'string' &&
    seenAs &&
    !ctx.ability.can('read', subject(seenAs, { ...object }))
  ) {
    throw hidden(seenAs, fields.id, { action, subject: subjectName, forceId });
  }
  throw forbidden(action, subjectName, { subjectId: fields?.id ?? null, forceId });
}

/**
 * For an object found by the id a client gave while doing something else with it (a search on a
 * case, a deletion request for a custody record): NOT_FOUND, as for an id that exists nowhere,
 * unless the caller may read it as `seenAs`. The refusal is audited as a denial of `attempt`.
 */
export function assertVisible(
  ctx: RequestContext,
  seenAs: SubjectName,
  object: { id: string; forceId?: unknown },
  attempt: { action: Action; subject: SubjectName },
  what: string = seenAs,
): void {
  if (!ctx.officer) throw unauthenticated();
  if (!ctx.ability.can('read', subject(seenAs, { ...object })))
    throw hidden(what, object.id, { ...attempt, forceId: object.forceId ?? null });
}

function hidden(
  what: string,
  id: string,
  denial: { action: Action; subject: SubjectName; forceId: unknown },
): DomainError {
  const error = notFound(what, id);
  return new DomainError(error.code, error.message, error.details, {
    denied: true,
    action: denial.action,
    subject: denial.subject,
    subjectId: id,
    forceId: denial.forceId,
  });
}
