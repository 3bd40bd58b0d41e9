import type { Tx } from '../../db';
import {
  ReviewTaskStatus,
  type ReviewTask,
  type SearchRequest,
  type SearchRequestStatus,
} from '../../entities';
import { ReviewTaskChange, Topic } from '../../events';
import type { TaskTransitionName } from './search-request.state-machine';

/**
 * The workflow's events, queued on the transaction that makes the change and sent only after it
 * commits (a rollback sends nothing). Called from the row helpers of search-request.transitions.ts, the
 * one place every status change passes through, so no transition can forget its event.
 * Payloads are ids, statuses and versions: subscribers fetch the rest by id.
 */

export function publishRequestChanged(tx: Tx, request: SearchRequest, from: SearchRequestStatus): void {
  tx.publish(Topic.SEARCH_REQUEST_CHANGED, {
    requestId: request.id,
    from,
    status: request.status,
    version: request.version,
    occurredAt: new Date().toISOString(),
  });
}

/**
 * `previousHolderId`: who held the task before the change. The holder after it is whoever claims
 * it while it is CLAIMED; a submitted or cancelled task keeps its last holder on record but is
 * held by nobody, so that its holder is told they lost it.
 */
export function publishTaskChanged(
  tx: Tx,
  task: ReviewTask,
  change: ReviewTaskChange,
  previousHolderId: string | null,
): void {
  tx.publish(Topic.REVIEW_TASK_CHANGED, {
    taskId: task.id,
    requestId: task.requestId,
    change,
    status: task.status,
    version: task.version,
    previousHolderId: previousHolderId ?? null,
    holderId: task.status === ReviewTaskStatus.CLAIMED ? task.claimedById : null,
    occurredAt: new Date().toISOString(),
  });
}

/** What a task transition means to the people watching it (the audit action tells a release from a timeout). */
export function taskChangeOf(transition: TaskTransitionName, auditAction: string): ReviewTaskChange {
  switch (transition) {
    case 'claim':
      return 'CLAIMED';
    case 'release':
      if (auditAction === 'REVIEW_CLAIM_EXPIRED') return 'CLAIM_EXPIRED';
      return auditAction === 'REVIEW_TASK_REASSIGNED' ? 'REASSIGNED' : 'RELEASED';
    case 'reassign':
      return 'REASSIGNED';
    case 'submit':
      return 'SUBMITTED';
    case 'cancel':
      return 'CANCELLED';
  }
}
