import type { Officer } from '../entities';
import type { AppAbility } from '../policy';
import type { AuditActor } from '../audit';

/** Who is asking, and what they may do. Every service method takes it first. */
export interface RequestContext {
  readonly requestId: string;
  readonly officer: Officer | null;
  readonly ability: AppAbility;
  /** What this request has already asked or recorded: made with the context, gone with it. */
  readonly memo: RequestMemo;
}

/**
 * Answers one request (one GraphQL operation, or one subscription for its life) gives once
 * however many of its fields ask: a first review disclosed, a content read recorded.
 */
export class RequestMemo {
  /** `ReviewService.discloseFirstReview`'s answers, by search request and what was seen. */
  readonly firstReviewDisclosures = new Map<string, Promise<boolean>>();
  /** The audit write recording each content field read, by search request and field. */
  readonly contentReads = new Map<string, Promise<void>>();
}

export function auditActor(ctx: RequestContext): AuditActor | null {
  return ctx.officer ? { officerId: ctx.officer.id, forceId: ctx.officer.forceId } : null;
}
