import type { Logger } from '../logging/logger';
import { audit as auditMetrics } from '../observability/metrics';
import type { AuditService } from './audit.service';

export interface AuditAnchoring {
  /** Anchors the head now (start-up, and the timer). */
  tick(): Promise<void>;
  stop(): void;
}

/**
 * Anchors the audit chain's head every `intervalMs` (0: only when `tick` is called). Each new
 * anchor is also logged, so the log store holds a copy of the head outside the database. Every
 * instance may run it: an already anchored head is not anchored twice.
 */
export function startAuditAnchoring(
  services: { audit: AuditService },
  intervalMs: number,
  logger: Logger,
): AuditAnchoring {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const anchor = await services.audit.anchorHead();
      if (anchor) auditMetrics.anchored(anchor.anchoredAt);
      if (anchor?.created)
        logger.info(
          {
            auditAnchor: { seq: anchor.seq, hash: anchor.hash, anchoredAt: anchor.anchoredAt.toISOString() },
          },
          'audit chain head anchored',
        );
    } catch (error) {
      logger.error(
        { err: error instanceof Error ? error.message : String(error) },
        'audit chain anchoring failed',
      );
    } finally {
      running = false;
    }
  };
  const timer = intervalMs > 0 ? setInterval(() => void tick(), intervalMs) : null;
  timer?.unref();
  return { tick, stop: () => (timer ? clearInterval(timer) : undefined) };
}
