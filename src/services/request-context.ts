import type { Officer } from '../entities';
import type { AppAbility } from '../policy';
import type { AuditActor } from '../audit';

/** Who is asking, and what they may do. Every service method takes it first. */
export interface RequestContext {
  readonly requestId: string;
  readonly officer: Officer | null;
  readonly ability: AppAbility;
}

export function auditActor(ctx: RequestContext): AuditActor | null {
  return ctx.officer ? { officerId: ctx.officer.id, forceId: ctx.officer.forceId } : null;
}
