import { IsNull, type EntityManager } from 'typeorm';
import { appendAudit } from '../audit';
import { Database } from '../db';
import { RetentionRepository, type DueRequest } from '../db/retention.repository';
import {
  Force,
  ForceRetentionPolicy,
  RETENTION_DEFAULT_DAYS,
  RETENTION_MAX_DAYS,
  RetentionHold,
  SearchRequest,
  SearchRequestPurge,
  type PurgeCounts,
  type PurgeRule,
} from '../entities';
import { badInput, DomainError, notFound, purged } from '../errors';
import { jobProgress, retention as retentionMetrics } from '../observability/metrics';
import { RequestContext } from './request-context';
import { assertCan, assertVisible, UnitOfWork } from './unit-of-work';
import { requireText, TEXT_LIMITS } from './validation';
import { lockRequest } from './workflow/search-request.transitions';

export interface RetentionPeriods {
  afterNoViableCandidateDays: number;
  afterCaseClosureDays: number;
  afterHoldDays: number;
}

export interface RetentionPolicyView extends RetentionPeriods {
  forceId: string;
  /** false: the force never set its own, these are the defaults */
  set: boolean;
  updatedById: string | null;
  updatedAt: Date | null;
}

export interface PurgeOptions {
  /** Forces by code; every force when absent. */
  forceCodes?: string[];
  /** Count what is due and what it holds; delete nothing. */
  dryRun?: boolean;
  /** Requests purged per call at most (default 100). */
  batch?: number;
  now?: Date;
  signal?: AbortSignal;
  onStart?: (total: number) => void;
  onProgress?: (progress: { done: number; total: number; purged: number; failed: number }) => void;
}

export interface PurgedRequestReport {
  requestId: string;
  forceCode: string;
  rule: PurgeRule;
  retentionDays: number;
  countedFrom: Date;
  dueAt: Date;
  counts: PurgeCounts;
}

export interface PurgeReport {
  dryRun: boolean;
  /** Due at `now` when the run began (all of them, even beyond the batch). */
  due: number;
  purged: PurgedRequestReport[];
  /** Requests whose purge failed and was rolled back: id and error code only. */
  failed: Array<{ requestId: string; code: string }>;
  totals: PurgeCounts;
  stopped: boolean;
}

const DAY_MS = 86_400_000;
/** A hold's review date may be set at most this far ahead (then reviewed and renewed). */
const MAX_HOLD_MS = RETENTION_MAX_DAYS * DAY_MS;

const emptyCounts = (): PurgeCounts => ({
  probeImages: 0,
  probeImageBytes: 0,
  probeTemplates: 0,
  derivedProbeImages: 0,
  candidates: 0,
  reviewDecisions: 0,
  leadOutcomesUnlinked: 0,
});

/**
 * Retention of searches: each force's periods (set by its admin), holds for proceedings (placed by
 * the requester or a supervisor), and the purge, one transaction per request, that deletes every
 * probe-derived byte and leaves a tombstone and an audit event without biometric data.
 */
export class RetentionService {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
  ) {}

  /** A force's periods (the caller's own force by default). */
  policy(ctx: RequestContext, forceId?: string | null): Promise<RetentionPolicyView> {
    return this.uow.read(ctx, async (manager) => {
      const id = forceId ?? ctx.officer?.forceId ?? '';
      if (!(await manager.exists(Force, { where: { id } }))) throw notFound('Force', id);
      assertCan(ctx, 'read', 'RetentionPolicy', { forceId: id });
      return policyView(id, await manager.findOne(ForceRetentionPolicy, { where: { forceId: id } }));
    });
  }

  /** A force admin sets their force's periods, with a reason; audited with the periods before. */
  setPolicy(
    ctx: RequestContext,
    input: RetentionPeriods & { forceId?: string | null; reason: string },
  ): Promise<RetentionPolicyView> {
    return this.uow.run(ctx, async (tx) => {
      const forceId = input.forceId ?? ctx.officer!.forceId;
      const force = await tx.manager.findOne(Force, {
        where: { id: forceId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!force) throw notFound('Force', forceId);
      assertCan(ctx, 'update', 'RetentionPolicy', { forceId });
      const periods: RetentionPeriods = {
        afterNoViableCandidateDays: days(input.afterNoViableCandidateDays, 'afterNoViableCandidateDays'),
        afterCaseClosureDays: days(input.afterCaseClosureDays, 'afterCaseClosureDays'),
        afterHoldDays: days(input.afterHoldDays, 'afterHoldDays'),
      };
      const reason = requireText(input.reason, 'reason', TEXT_LIMITS.retentionPolicyChangeReason);
      const existing = await tx.manager.findOne(ForceRetentionPolicy, { where: { forceId } });
      const before = policyView(forceId, existing);
      const saved = await tx.manager.save(
        tx.manager.create(ForceRetentionPolicy, {
          ...existing,
          forceId,
          ...periods,
          updatedById: ctx.officer!.id,
        }),
      );
      await this.uow.audit(ctx, tx, {
        action: 'RETENTION_POLICY_CHANGED',
        subjectType: 'Force',
        subjectId: forceId,
        forceId,
        reason,
        details: {
          before: {
            afterNoViableCandidateDays: before.afterNoViableCandidateDays,
            afterCaseClosureDays: before.afterCaseClosureDays,
            afterHoldDays: before.afterHoldDays,
            set: before.set,
          },
          after: periods,
        },
      });
      return policyView(forceId, saved);
    });
  }

  /**
   * Retains a request for proceedings until `reviewAt` (or release), with a reason. A hold already
   * in force is replaced (released as renewed), so each hold's reason and date stay on record.
   */
  placeHold(
    ctx: RequestContext,
    requestId: string,
    input: { reason: string; reviewAt: Date },
    now = new Date(),
  ): Promise<RetentionHold> {
    return this.uow.run(ctx, async (tx) => {
      const request = await lockRequest(tx, requestId);
      assertVisible(ctx, 'SearchRequest', request, { action: 'create', subject: 'RetentionHold' });
      assertCan(ctx, 'create', 'RetentionHold', holdSubject(request));
      const reason = requireText(input.reason, 'reason', TEXT_LIMITS.retentionHoldReason);
      if (!(input.reviewAt instanceof Date) || Number.isNaN(input.reviewAt.getTime()))
        throw badInput('reviewAt must be a date', { field: 'reviewAt' });
      if (input.reviewAt <= now) throw badInput('reviewAt must be in the future', { field: 'reviewAt' });
      if (input.reviewAt.getTime() - now.getTime() > MAX_HOLD_MS)
        throw badInput(`reviewAt must be within ${RETENTION_MAX_DAYS} days`, {
          field: 'reviewAt',
          maxDays: RETENTION_MAX_DAYS,
        });
      if (request.purgedAt) throw await this.purgedError(tx.manager, request, 'probe and candidate list');
      const previous = await tx.manager.findOne(RetentionHold, {
        where: { requestId, releasedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (previous) {
        Object.assign(previous, { releasedAt: now, releasedById: ctx.officer!.id, releaseReason: 'RENEWED' });
        await tx.manager.save(previous);
      }
      const hold = await tx.manager.save(
        tx.manager.create(RetentionHold, {
          requestId,
          forceId: request.forceId,
          reason,
          reviewAt: input.reviewAt,
          placedById: ctx.officer!.id,
          placedAt: now,
          releasedAt: null,
          releasedById: null,
          releaseReason: null,
        }),
      );
      await this.uow.audit(ctx, tx, {
        action: 'RETENTION_HOLD_PLACED',
        subjectType: 'SearchRequest',
        subjectId: requestId,
        forceId: request.forceId,
        reason,
        details: {
          searchRequestId: requestId,
          holdId: hold.id,
          reviewAt: hold.reviewAt.toISOString(),
          renewedHoldId: previous?.id ?? null,
        },
      });
      return hold;
    });
  }

  /** Ends the hold in force, with a reason: the after-hold period starts now. */
  releaseHold(
    ctx: RequestContext,
    requestId: string,
    reasonText: string,
    now = new Date(),
  ): Promise<RetentionHold> {
    return this.uow.run(ctx, async (tx) => {
      const request = await lockRequest(tx, requestId);
      assertVisible(ctx, 'SearchRequest', request, { action: 'update', subject: 'RetentionHold' });
      assertCan(ctx, 'update', 'RetentionHold', holdSubject(request));
      const reason = requireText(reasonText, 'reason', TEXT_LIMITS.retentionHoldReason);
      const hold = await tx.manager.findOne(RetentionHold, {
        where: { requestId, releasedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!hold)
        throw new DomainError('INVALID_STATE', 'This request has no hold for proceedings to release');
      Object.assign(hold, { releasedAt: now, releasedById: ctx.officer!.id, releaseReason: reason });
      await tx.manager.save(hold);
      await this.uow.audit(ctx, tx, {
        action: 'RETENTION_HOLD_RELEASED',
        subjectType: 'SearchRequest',
        subjectId: requestId,
        forceId: request.forceId,
        reason,
        details: { searchRequestId: requestId, holdId: hold.id, reviewAt: hold.reviewAt.toISOString() },
      });
      return hold;
    });
  }

  /** The latest hold of each request (in force or not), for requests the caller already reads. */
  async latestHolds(requestIds: readonly string[]): Promise<Map<string, RetentionHold>> {
    if (!requestIds.length) return new Map();
    const rows = await this.db.manager
      .createQueryBuilder(RetentionHold, 'h')
      .where('h.request_id IN (:...ids)', { ids: [...requestIds] })
      .orderBy('h.placed_at', 'DESC')
      .getMany();
    const latest = new Map<string, RetentionHold>();
    for (const h of rows) if (!latest.has(h.requestId)) latest.set(h.requestId, h);
    return latest;
  }

  /** The tombstones of purged requests, for requests the caller already reads. */
  async tombstones(requestIds: readonly string[]): Promise<Map<string, SearchRequestPurge>> {
    if (!requestIds.length) return new Map();
    const rows = await this.db.manager
      .createQueryBuilder(SearchRequestPurge, 'p')
      .where('p.request_id IN (:...ids)', { ids: [...requestIds] })
      .getMany();
    return new Map(rows.map((p) => [p.requestId, p]));
  }

  /** The typed error for reading what a purge removed: when and under which rule. */
  async purgedError(
    manager: EntityManager,
    request: Pick<SearchRequest, 'id' | 'purgedAt'>,
    what: string,
  ): Promise<DomainError> {
    const tomb = await manager.findOne(SearchRequestPurge, { where: { requestId: request.id } });
    return purged(what, tomb?.purgedAt ?? request.purgedAt!, tomb?.rule ?? 'UNKNOWN');
  }

  /** How many requests are due for purging now, in every force: the backlog the metrics show. */
  dueCount(now: Date = new Date()): Promise<number> {
    return RetentionRepository.countDue(this.db.manager, null, now);
  }

  /**
   * Purges what is due at `now`, one transaction per request: re-checked under the request's lock
   * (a hold placed meanwhile wins), tombstone, deletions and audit event together. A failure rolls
   * back that request only, is audited as such and counted; the run carries on.
   */
  async purgeDue(options: PurgeOptions = {}): Promise<PurgeReport> {
    const now = options.now ?? new Date();
    const batch = options.batch ?? 100;
    const manager = this.db.manager;
    const forces = await manager.find(Force);
    const codeOf = new Map(forces.map((f) => [f.id, f.code]));
    let forceIds: string[] | null = null;
    if (options.forceCodes?.length) {
      const unknown = options.forceCodes.filter((c) => !forces.some((f) => f.code === c));
      if (unknown.length)
        throw badInput(`Unknown force code: ${unknown.join(', ')}`, { field: 'force', unknown });
      forceIds = forces.filter((f) => options.forceCodes!.includes(f.code)).map((f) => f.id);
    }
    const due = await RetentionRepository.due(manager, { forceIds, now, limit: 1_000_000 });
    const work = due.slice(0, batch);
    const report: PurgeReport = {
      dryRun: Boolean(options.dryRun),
      due: due.length,
      purged: [],
      failed: [],
      totals: emptyCounts(),
      stopped: false,
    };
    const add = (counts: PurgeCounts) => {
      for (const k of Object.keys(report.totals) as Array<keyof PurgeCounts>) report.totals[k] += counts[k];
    };
    const progress = jobProgress('purge');
    progress.start(work.length);
    options.onStart?.(work.length);
    try {
      for (const [i, item] of work.entries()) {
        if (options.signal?.aborted) {
          report.stopped = true;
          break;
        }
        if (options.dryRun) {
          const counts = await RetentionRepository.storedCounts(manager, item.requestId);
          report.purged.push(reportOf(item, codeOf, counts));
          add(counts);
          progress.advance(1);
        } else {
          try {
            const counts = await this.purgeOne(item, now);
            if (counts) {
              report.purged.push(reportOf(item, codeOf, counts));
              add(counts);
              retentionMetrics.purged(item.rule);
            }
            progress.advance(1);
          } catch (error) {
            const code = error instanceof DomainError ? error.code : 'INTERNAL';
            report.failed.push({ requestId: item.requestId, code });
            retentionMetrics.failed();
            progress.advance(0, 1);
            await this.recordFailure(item, code).catch(() => undefined);
          }
        }
        options.onProgress?.({
          done: i + 1,
          total: work.length,
          purged: report.purged.length,
          failed: report.failed.length,
        });
      }
    } finally {
      progress.finish();
    }
    return report;
  }

  /** One request's purge in its own transaction; null when it is no longer due (e.g. held meanwhile). */
  private purgeOne(item: DueRequest, now: Date): Promise<PurgeCounts | null> {
    return this.db.transaction(async (tx) => {
      await lockRequest(tx, item.requestId);
      const [still] = await RetentionRepository.due(tx.manager, {
        forceIds: [item.forceId],
        now,
        limit: 1,
        requestId: item.requestId,
      });
      if (!still) return null;
      const statistics = await RetentionRepository.statisticsOf(tx.manager, item.requestId);
      const { counts, probeSha256 } = await RetentionRepository.purgeRequest(tx.manager, item.requestId, now);
      await tx.manager.insert(SearchRequestPurge, {
        requestId: item.requestId,
        forceId: item.forceId,
        purgedAt: now,
        rule: still.rule,
        retentionDays: still.retentionDays,
        countedFrom: still.countedFrom,
        dueAt: still.dueAt,
        probeSha256,
        counts,
        statistics,
      });
      await appendAudit(tx.manager, null, {
        action: 'SEARCH_REQUEST_PURGED',
        subjectType: 'SearchRequest',
        subjectId: item.requestId,
        forceId: item.forceId,
        details: {
          searchRequestId: item.requestId,
          rule: still.rule,
          retentionDays: still.retentionDays,
          countedFrom: still.countedFrom.toISOString(),
          dueAt: still.dueAt.toISOString(),
          counts,
        },
      });
      return counts;
    });
  }

  private recordFailure(item: DueRequest, code: string): Promise<unknown> {
    return this.db.transaction(({ manager }) =>
      appendAudit(manager, null, {
        action: 'SEARCH_REQUEST_PURGE_FAILED',
        subjectType: 'SearchRequest',
        subjectId: item.requestId,
        forceId: item.forceId,
        details: { searchRequestId: item.requestId, rule: item.rule, code },
      }),
    );
  }
}

function reportOf(item: DueRequest, codeOf: Map<string, string>, counts: PurgeCounts): PurgedRequestReport {
  return {
    requestId: item.requestId,
    forceCode: codeOf.get(item.forceId) ?? item.forceId,
    rule: item.rule,
    retentionDays: item.retentionDays,
    countedFrom: item.countedFrom,
    dueAt: item.dueAt,
    counts,
  };
}

function policyView(forceId: string, row: ForceRetentionPolicy | null): RetentionPolicyView {
  return row
    ? {
        forceId,
        set: true,
        afterNoViableCandidateDays: row.afterNoViableCandidateDays,
        afterCaseClosureDays: row.afterCaseClosureDays,
        afterHoldDays: row.afterHoldDays,
        updatedById: row.updatedById,
        updatedAt: row.updatedAt,
      }
    : { forceId, set: false, ...RETENTION_DEFAULT_DAYS, updatedById: null, updatedAt: null };
}

function days(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0 || value > RETENTION_MAX_DAYS)
    throw badInput(`${field} must be a whole number of days from 0 to ${RETENTION_MAX_DAYS}`, {
      field,
      min: 0,
      max: RETENTION_MAX_DAYS,
    });
  return value;
}

/** What the RetentionHold rules are checked against. */
function holdSubject(r: SearchRequest) {
  return { id: r.id, forceId: r.forceId, requesterId: r.requesterId };
}
