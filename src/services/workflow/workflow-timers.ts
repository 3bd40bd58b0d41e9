import type { ComplianceReviewService } from '../compliance-review.service';
import type { ImageUploadService } from '../image-upload.service';
import type { PurgeReport, RetentionService } from '../retention.service';
import type { ReviewService } from '../review.service';
import type { SearchRequestService } from '../search-request.service';
import { systemContext } from '../system-context';

export interface WorkflowTimerOptions {
  /** How often the sweeps run (they also run once at start). */
  intervalMs: number;
  /** A SUBMITTED or AUTHORISED request untouched this long is taken to have lost its next step. */
  resumeAfterMs: number;
  /** Search requests purged at most per pass under the forces' retention periods (0 or absent: none). */
  purgeBatch?: number;
  /** Told what each pass purged (when it purged or failed anything). */
  onPurge?: (report: PurgeReport) => void;
}

export interface WorkflowTimers {
  /** Runs every sweep once now (used by the timer, and handy in tests). */
  tick(now?: Date): Promise<{
    claimsReleased: number;
    requestsExpired: number;
    searchesResumed: number;
    sentForAuthorisation: number;
    uploadsExpired: number;
    requestsPurged: number;
    complianceReviewsOverdue: number;
  }>;
  /** The sweep started with the timers (requests left half-way by a previous run). */
  readonly firstTick: Promise<void>;
  /** Stops the timer and waits for a sweep in progress to finish its current item. */
  stop(): Promise<void>;
}

/**
 * The workflow's clock: claims held past their time go back to the pool, open requests past
 * their deadline expire, and requests whose search (or authorisation step) should have followed a
 * commit but did not — the database or the process went away in between — are resumed. It runs
 * once at start and then every `intervalMs`. Unused image uploads past their expiry are deleted,
 * search requests past their force's retention periods are purged (a batch per pass), and
 * compliance reviews past their due time are flagged. Every instance may run it; each item is locked and
 * re-checked, so two instances sweeping at once do each thing once.
 */
export function startWorkflowTimers(
  services: {
    reviews: ReviewService;
    searches: SearchRequestService;
    uploads?: ImageUploadService;
    retention?: RetentionService;
    compliance?: ComplianceReviewService;
  },
  options: WorkflowTimerOptions,
  onError: (error: unknown) => void,
): WorkflowTimers {
  const stopping = new AbortController();
  let running: Promise<void> | null = null;
  const tick = async (now = new Date()) => {
    const ctx = systemContext();
    const claimsReleased = await services.reviews.releaseExpiredClaims(ctx, now);
    const requestsExpired = await services.searches.expireStale(ctx, now);
    const resumed = await services.searches.resumeInterrupted(ctx, {
      idleMs: options.resumeAfterMs,
      now,
      signal: stopping.signal,
    });
    // unused uploads past their expiry are deleted outright
    const uploadsExpired = services.uploads ? await services.uploads.purgeExpired(now) : 0;
    // compliance reviews past due are flagged once each (audited)
    const complianceReviewsOverdue = services.compliance
      ? await services.compliance.flagOverdue(ctx, now)
      : 0;
    // searches past their force's retention periods lose their probe, candidates and decisions
    let requestsPurged = 0;
    if (services.retention && options.purgeBatch) {
      const report = await services.retention.purgeDue({
        now,
        batch: options.purgeBatch,
        signal: stopping.signal,
      });
      requestsPurged = report.purged.length;
      if (report.purged.length || report.failed.length) options.onPurge?.(report);
    }
    return {
      requestsPurged,
      complianceReviewsOverdue,
      uploadsExpired,
      claimsReleased,
      requestsExpired,
      searchesResumed: resumed.searched,
      sentForAuthorisation: resumed.sentForAuthorisation,
    };
  };
  const runOnce = (): Promise<void> => {
    if (running || stopping.signal.aborted) return running ?? Promise.resolve();
    running = tick()
      .then(() => undefined, onError)
      .finally(() => {
        running = null;
      });
    return running;
  };
  const firstTick = runOnce();
  const timer = setInterval(() => void runOnce(), options.intervalMs);
  timer.unref();
  return {
    tick,
    firstTick,
    async stop() {
      clearInterval(timer);
      stopping.abort();
      await running;
    },
  };
}
