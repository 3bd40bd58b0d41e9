import { appendAudit, type AuditActor } from '../../audit';
import type { Tx } from '../../db';
import {
  ReviewStage,
  ReviewTask,
  ReviewTaskStatus,
  SearchRequest,
  type WrittenAuditAction,
} from '../../entities';
import { conflict, notFound } from '../../errors';
import {
  TASK_TRANSITIONS,
  taskTransitionTo,
  TaskTransitionName,
  TransitionName,
  TRANSITIONS,
  transitionTo,
} from './search-request.state-machine';
import { assertStepAcknowledged } from '../governance.service';
import { COMPLIANCE_COMPLETED_STATES, enterComplianceQueue } from './compliance-queue';
import { publishRequestChanged, publishTaskChanged, taskChangeOf } from './workflow-events';

/**
 * Applying the state machine to rows: every change of a request's or a task's status goes through
 * `moveRequest` / `moveTask`, which check that the acting officer has acknowledged their force's
 * facial recognition policy in force (for the steps src/policy/governance-policy.ts lists),
 * lock-check the version, write the change and its audit event in the caller's transaction. Rows are read with `SELECT … FOR UPDATE` first, so two racing
 * mutations queue on the row and the second one sees the first one's result.
 *
 * Lock order, to keep steps from deadlocking: the request, then its tasks, then any rows a step
 * inserts (their foreign keys lock what they reference), and only then the audit chain (taken by
 * the first audit append and held to commit).
 */

type RequestPatch = Partial<Omit<SearchRequest, 'id' | 'status' | 'version' | 'createdAt' | 'updatedAt'>>;
type TaskPatch = Partial<Omit<ReviewTask, 'id' | 'status' | 'version' | 'createdAt' | 'updatedAt'>>;

export async function lockRequest(tx: Tx, id: string): Promise<SearchRequest> {
  const found = await tx.manager.findOne(SearchRequest, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!found) throw notFound('SearchRequest', id);
  return found;
}

export async function lockTask(tx: Tx, id: string): Promise<ReviewTask> {
  const found = await tx.manager.findOne(ReviewTask, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!found) throw notFound('ReviewTask', id);
  return found;
}

/** A client that read version N and sends it back is refused once someone else has changed the row. */
export function checkVersion(
  kind: 'search request' | 'review task',
  current: number,
  expected: number | null | undefined,
): void {
  if (expected !== undefined && expected !== null && expected !== current) {
    throw conflict(
      `The ${kind} has changed since you read it (you had version ${expected}, it is now ${current})`,
      { expectedVersion: expected, version: current },
    );
  }
}

export interface TransitionAudit {
  reason?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Moves `request` (locked by the caller) along the named transition: checks the state machine,
 * bumps the version with an optimistic check, updates `request` in place and records the audit
 * event in the same transaction.
 */
export async function moveRequest(
  tx: Tx,
  actor: AuditActor | null,
  request: SearchRequest,
  name: TransitionName,
  patch: RequestPatch = {},
  audit: TransitionAudit = {},
): Promise<void> {
  const from = request.status;
  const to = transitionTo(from, name);
  // the acting officer has acknowledged their force's facial recognition policy in force (governance register)
  await assertStepAcknowledged(tx.manager, actor, {
    on: 'request',
    name,
    subjectType: 'SearchRequest',
    subjectId: request.id,
  });
  const result = await tx.manager
    .createQueryBuilder()
    .update(SearchRequest)
    .set({ ...patch, status: to, version: () => 'version + 1' })
    .where('id = :id AND version = :version', { id: request.id, version: request.version })
    .execute();
  if (result.affected !== 1)
    throw conflict('The search request was changed by someone else at the same time', { state: from });
  Object.assign(request, patch, { status: to, version: request.version + 1 });
  await appendAudit(tx.manager, actor, {
    action: TRANSITIONS[name].audit,
    subjectType: 'SearchRequest',
    subjectId: request.id,
    forceId: request.forceId,
    reason: audit.reason ?? null,
    details: {
      searchRequestId: request.id,
      caseId: request.caseId,
      transition: name,
      from,
      to,
      version: request.version,
      ...audit.details,
    },
  });
  publishRequestChanged(tx, request, from);
  // an outcome recorded completes the search: it enters the compliance queue (or is recorded as not drawn)
  if (COMPLIANCE_COMPLETED_STATES.includes(to)) await enterComplianceQueue(tx, actor, request);
}

export async function moveTask(
  tx: Tx,
  actor: AuditActor | null,
  task: ReviewTask,
  name: TaskTransitionName,
  patch: TaskPatch,
  audit: { action: WrittenAuditAction } & TransitionAudit,
): Promise<void> {
  const from = task.status;
  const previousHolderId = task.claimedById;
  const to = taskTransitionTo(from, name);
  await assertStepAcknowledged(tx.manager, actor, {
    on: 'task',
    name,
    subjectType: 'ReviewTask',
    subjectId: task.id,
  });
  const result = await tx.manager
    .createQueryBuilder()
    .update(ReviewTask)
    .set({ ...patch, status: to, version: () => 'version + 1' })
    .where('id = :id AND version = :version', { id: task.id, version: task.version })
    .execute();
  if (result.affected !== 1)
    throw conflict('The review task was changed by someone else at the same time', { state: from });
  Object.assign(task, patch, { status: to, version: task.version + 1 });
  await appendAudit(tx.manager, actor, {
    action: audit.action,
    subjectType: 'ReviewTask',
    subjectId: task.id,
    forceId: task.forceId,
    reason: audit.reason ?? null,
    details: {
      searchRequestId: task.requestId,
      stage: task.stage,
      transition: name,
      from,
      to,
      ...audit.details,
    },
  });
  publishTaskChanged(tx, task, taskChangeOf(name, audit.action), previousHolderId);
}

/** The request's tasks, locked: taken before the first audit append of a withdrawal or expiry. */
export function lockTasksOf(tx: Tx, requestId: string): Promise<ReviewTask[]> {
  return tx.manager.find(ReviewTask, {
    where: { requestId },
    order: { createdAt: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
}

/** Withdrawal or expiry: open tasks of the request (locked by the caller) leave the pool. */
export async function cancelOpenTasks(tx: Tx, actor: AuditActor | null, tasks: ReviewTask[]): Promise<void> {
  for (const task of tasks) {
    if ((TASK_TRANSITIONS.cancel.from as readonly ReviewTaskStatus[]).includes(task.status)) {
      // the holder, if any, stays on record (and is told CONFLICT rather than FORBIDDEN if they submit)
      await moveTask(
        tx,
        actor,
        task,
        'cancel',
        { claimExpiresAt: null },
        { action: 'REVIEW_TASK_CANCELLED' },
      );
    }
  }
}

/**
 * Opens the review task of one stage, in the pool of the requesting force's reviewers. Inserted
 * before the step's first audit event and recorded after it (`auditTaskOpened`): rows are written
 * and locked before the audit chain's lock is taken, so a step never waits for a row while holding
 * the chain, and two steps cannot deadlock on it.
 */
export async function insertReviewTask(
  tx: Tx,
  r: SearchRequest,
  stage: ReviewStage,
  firstReviewerId: string | null,
): Promise<ReviewTask> {
  return tx.manager.save(
    tx.manager.create(ReviewTask, {
      requestId: r.id,
      forceId: r.forceId,
      stage,
      status: ReviewTaskStatus.OPEN,
      requesterId: r.requesterId,
      firstReviewerId,
      claimedById: null,
      claimedAt: null,
      claimExpiresAt: null,
      submittedById: null,
      submittedAt: null,
      version: 1,
    }),
  );
}

export async function auditTaskOpened(tx: Tx, actor: AuditActor | null, task: ReviewTask): Promise<void> {
  await appendAudit(tx.manager, actor, {
    action: 'REVIEW_TASK_CREATED',
    subjectType: 'ReviewTask',
    subjectId: task.id,
    forceId: task.forceId,
    details: { searchRequestId: task.requestId, stage: task.stage },
  });
  publishTaskChanged(tx, task, 'OPENED', null);
}
