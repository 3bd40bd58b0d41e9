import type { ReviewService } from '../review.service';
import type { SearchRequestService } from '../search-request.service';
import { systemContext } from './search-request.store';

export interface WorkflowTimers {
  /** Runs both sweeps once now (used by the timer, and handy in tests). */
  tick(now?: Date): Promise<{ claimsReleased: number; requestsExpired: number }>;
  stop(): void;
}

/**
 * The workflow's clock: claims held past their time go back to the pool, and open requests past
 * their deadline expire. Every instance may run it; each item is locked and re-checked, so two
 * instances sweeping at once do each thing once.
 */
export function startWorkflowTimers(services: { reviews: ReviewService; searches: SearchRequestService }, intervalMs: number, onError: (error: unknown) => void): WorkflowTimers {
  let running = false;
  const tick = async (now = new Date()) => {
    const ctx = systemContext();
    const claimsReleased = await services.reviews.releaseExpiredClaims(ctx, now);
    const requestsExpired = await services.searches.expireStale(ctx, now);
    return { claimsReleased, requestsExpired };
  };
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    tick()
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}
