import { appendAudit, AuditEntry } from '../audit';
import type { Database, Tx } from '../db';
import { DomainError, forbidden, unauthenticated } from '../errors';
import { Action, subject, SubjectName } from '../policy';
import { auditActor, RequestContext } from './request-context';

/**
 * Runs one service operation in one transaction. A denial (FORBIDDEN) rolls the operation back
 * and is then recorded on its own, so the audit log holds every refusal but nothing of the
 * refused change.
 */
export class UnitOfWork {
  constructor(private readonly db: Database) {}

  async run<T>(ctx: RequestContext, work: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'FORBIDDEN' && ctx.officer) {
        await this.db.transaction(({ manager }) =>
          appendAudit(manager, auditActor(ctx), {
            action: 'ACCESS_DENIED',
            subjectType: String(error.details.subject ?? 'unknown'),
            subjectId: (error.internal.subjectId as string | undefined) ?? null,
            forceId: (error.internal.forceId as string | undefined) ?? ctx.officer?.forceId ?? null,
            details: { attempted: error.details.action, requestId: ctx.requestId },
          }),
        );
      }
      throw error;
    }
  }

  /** Appends an audit event inside `tx`, attributed to the caller. */
  audit(ctx: RequestContext, tx: Tx, entry: AuditEntry) {
    return appendAudit(tx.manager, auditActor(ctx), entry);
  }
}

/** Throws FORBIDDEN (recorded by UnitOfWork) unless the caller may do `action` on `object`. */
export function assertCan(ctx: RequestContext, action: Action, subjectName: SubjectName, object?: object): void {
  if (!ctx.officer) throw unauthenticated();
  const fields = object as { id?: unknown; forceId?: unknown } | undefined;
  // a copy: CASL tags the object it checks with its subject type
  const allowed = object ? ctx.ability.can(action, subject(subjectName, { ...object })) : ctx.ability.can(action, subjectName);
  if (!allowed) throw forbidden(action, subjectName, { subjectId: fields?.id ?? null, forceId: fields?.forceId ?? null });
}
