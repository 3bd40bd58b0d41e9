import type { EntityManager } from 'typeorm';
import { AuditEvent, Force } from '../entities';
import { abilityToWhere, FieldMap } from '../policy';
import { RequestContext } from './request-context';

/** Policy conditions on audit events, as columns (oversight is scoped by the event's force). */
export const AUDIT_EVENT_FIELDS: FieldMap = { forceId: { column: 'force_id' } };
/** The same conditions read against the force table: which forces' events a caller may see. */
const AUDIT_FORCE_FIELDS: FieldMap = { forceId: { column: 'id' } };

/**
 * The forces whose audit events the caller may read (or export), in code order; only `forceId`
 * when one is given. Events about the caller's own use of the audit log are written once per
 * such force, so that the oversight of each force sees them.
 */
export async function auditScopeForceIds(
  manager: EntityManager,
  ctx: RequestContext,
  action: 'read' | 'export' = 'read',
  forceId?: string | null,
): Promise<string[]> {
  const scope = abilityToWhere(ctx.ability, action, 'AuditEvent', 'f', AUDIT_FORCE_FIELDS);
  const query = manager
    .createQueryBuilder(Force, 'f')
    .select(['f.id', 'f.code'])
    .where(scope.sql, scope.params)
    .orderBy('f.code');
  if (forceId) query.andWhere('f.id = :forceId', { forceId });
  return (await query.getMany()).map((f) => f.id);
}

/** How many events in [fromSeq, toSeq] concern forces whose events the caller may read. */
export function countEventsInScope(
  manager: EntityManager,
  ctx: RequestContext,
  fromSeq: number,
  toSeq: number,
): Promise<number> {
  const scope = abilityToWhere(ctx.ability, 'read', 'AuditEvent', 'e', AUDIT_EVENT_FIELDS);
  return manager
    .createQueryBuilder(AuditEvent, 'e')
    .where(scope.sql, scope.params)
    .andWhere('e.seq BETWEEN :fromSeq AND :toSeq', { fromSeq, toSeq })
    .getCount();
}
