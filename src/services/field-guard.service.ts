import { FirstReviewSeen, ReviewStage, SearchRequestStatus } from '../entities';
import { FIRST_REVIEW_WINDOW, redactionOf, type RedactedType } from '../policy';
import type { RequestContext } from './request-context';
import type { ReviewService } from './review.service';
import type { SearchContentField, SearchContentReadService } from './search-content-read.service';

/** The request a guarded value belongs to, as it was when read. */
export interface GuardedOwner {
  requestId: string;
  /** Needed for fields whose reads are recorded (the request's force). */
  forceId?: string;
  /** The request's status when read, if known. */
  requestStatus: SearchRequestStatus | null;
  /** For a review's decisions: the stage of that review. */
  stage?: ReviewStage;
}

/**
 * The last step before a value the view layer has already redacted leaves through GraphQL, as the
 * field table of src/policy/field-redaction.ts says: a first review's decisions or scores go
 * through `discloseFirstReview` (recorded as an exposure, or withheld from whoever holds the second
 * review), and a content read is recorded before the value is returned.
 */
export class FieldGuardService {
  constructor(
    private readonly contentReads: SearchContentReadService,
    private readonly reviews: ReviewService,
  ) {}

  async shown<T>(
    ctx: RequestContext,
    type: RedactedType,
    field: string,
    owner: GuardedOwner,
    value: T | null,
  ): Promise<T | null> {
    if (value === null) return null;
    const { contentRead, firstReview } = redactionOf(type, field);
    if (firstReview && (await this.withheld(ctx, firstReview, owner, value, `${type}.${field}`))) return null;
    if (contentRead) {
      if (!owner.forceId)
        throw new Error(`${type}.${field} is recorded when read: its owner's force is needed`);
      await this.contentReads.record(
        ctx,
        { id: owner.requestId, forceId: owner.forceId },
        field as SearchContentField,
      );
    }
    return value;
  }

  /** Whether a part of a request's first review must be kept from the caller (after recording them as exposed if not). */
  private async withheld(
    ctx: RequestContext,
    kind: 'SCORES' | 'DECISIONS',
    owner: GuardedOwner,
    value: unknown,
    via: string,
  ): Promise<boolean> {
    // a review's decisions are the first review's only for its first stage, and an empty list reveals nothing
    if (
      kind === 'DECISIONS' &&
      (owner.stage !== ReviewStage.FIRST || (Array.isArray(value) && value.length === 0))
    )
      return false;
    // a request never comes back into the window: outside it nothing is left to keep blind
    if (owner.requestStatus && !FIRST_REVIEW_WINDOW.includes(owner.requestStatus)) return false;
    const seen = kind === 'SCORES' ? FirstReviewSeen.SCORES : FirstReviewSeen.DECISIONS;
    return !(await this.reviews.discloseFirstReview(ctx, owner.requestId, seen, via));
  }
}
