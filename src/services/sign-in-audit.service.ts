import { appendAudit } from '../audit';
import type { Database } from '../db';
import { Officer } from '../entities';

/** Why a token that names a known officer was refused. */
export type SignInFailure = 'TOKEN_EXPIRED' | 'TOKEN_CLAIM_REJECTED' | 'OFFICER_INACTIVE' | 'FORCE_MISMATCH';

export interface FailedSignIn {
  /** The `sub` of a token whose signature was verified. */
  subject: string;
  failure: SignInFailure | 'OFFICER_NOT_ACTIVE';
  /** The claim refused, for TOKEN_CLAIM_REJECTED. */
  claim?: string;
}

export type FailedSignInOutcome = 'AUDITED' | 'SUPPRESSED' | 'UNKNOWN_SUBJECT';

/** At most one SIGN_IN_FAILED per officer and failure in this window, per instance. */
export const SIGN_IN_FAILURE_AUDIT_WINDOW_MS = 60_000;

/**
 * Failed sign-ins with a token our issuer signed for an officer we know (expired, officer no
 * longer active, force claim not the officer's, a claim refused) go to the audit log as
 * SIGN_IN_FAILED, visible to the oversight of the officer's force.
 *
 * Anyone can send a request, and every audit append takes the chain's one lock, so sign-in
 * failures must not become a way to flood or stall the log: tokens that are not ours (bad
 * signature, garbage) or that name no officer are never written (the caller logs them), and an
 * officer's failures of one kind are written at most once a minute per instance, the next event
 * counting those suppressed meanwhile.
 */
export class SignInAuditService {
  private readonly recent = new Map<string, { at: number; suppressed: number }>();

  constructor(
    private readonly db: Database,
    private readonly windowMs = SIGN_IN_FAILURE_AUDIT_WINDOW_MS,
  ) {}

  async recordFailure(attempt: FailedSignIn, now = Date.now()): Promise<FailedSignInOutcome> {
    const officer = await this.db.manager.findOne(Officer, { where: { subject: attempt.subject } });
    if (!officer) return 'UNKNOWN_SUBJECT';
    const failure: SignInFailure =
      attempt.failure === 'OFFICER_NOT_ACTIVE'
        ? officer.active
          ? 'TOKEN_CLAIM_REJECTED'
          : 'OFFICER_INACTIVE'
        : attempt.failure;
    const key = `${officer.id}:${failure}`;
    const last = this.recent.get(key);
    if (last && now - last.at < this.windowMs) {
      last.suppressed += 1;
      return 'SUPPRESSED';
    }
    this.recent.set(key, { at: now, suppressed: 0 });
    await this.db.transaction(({ manager }) =>
      appendAudit(manager, null, {
        action: 'SIGN_IN_FAILED',
        subjectType: 'Officer',
        subjectId: officer.id,
        forceId: officer.forceId,
        details: {
          officerId: officer.id,
          failure,
          ...(attempt.claim ? { claim: attempt.claim } : {}),
          officerActive: officer.active,
          suppressedBefore: last?.suppressed ?? 0,
        },
      }),
    );
    return 'AUDITED';
  }
}
