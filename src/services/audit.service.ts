import {
  AnchorCheck,
  anchorAuditHead,
  AuditAnchor,
  ChainVerification,
  checkAnchors,
  ExportedHead,
  MissingTail,
  verifyAuditChain,
} from '../audit';
import type { Database } from '../db';
import { badInput } from '../errors';
import { auditScopeForceIds, countEventsInScope } from './audit-scope';
import { RequestContext } from './request-context';
import { assertCan, UnitOfWork } from './unit-of-work';

export interface ChainReport extends Omit<ChainVerification, 'checked'> {
  /** Events checked that concern the forces the caller oversees (the whole chain is verified). */
  checked: number;
  anchorsChecked: number;
  latestAnchor: AuditAnchor | null;
  /** The first anchored or exported position the log no longer holds as it was. */
  missingTail: MissingTail | null;
}

const HASH = /^[0-9a-f]{64}$/;

/** Integrity of the audit log, for the bodies that oversee its use. */
export class AuditService {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
  ) {}

  /**
   * Recomputes the whole chain (or a range of it), compares it with every anchor and with an
   * exported head if one is given, and records the check once per overseen force. What it
   * reports is the chain's state and positions; counts are of the caller's forces only.
   */
  verifyChain(
    ctx: RequestContext,
    range: { fromSeq?: number; toSeq?: number } = {},
    exportedHead?: ExportedHead | null,
  ): Promise<ChainReport> {
    if (
      exportedHead &&
      (!Number.isInteger(exportedHead.seq) || exportedHead.seq < 1 || !HASH.test(exportedHead.hash))
    ) {
      throw badInput('exportedHead needs a seq of at least 1 and a 64-character lowercase hex hash', {
        field: 'exportedHead',
      });
    }
    return this.uow.run(ctx, async (tx) => {
      assertCan(ctx, 'verify', 'AuditChain');
      const chain = await verifyAuditChain(tx.manager, range);
      const anchors: AnchorCheck = await checkAnchors(tx.manager, exportedHead);
      const checked =
        chain.firstSeq !== null && chain.lastSeq !== null
          ? await countEventsInScope(tx.manager, ctx, chain.firstSeq, chain.lastSeq)
          : 0;
      const ok = chain.ok && anchors.missingTail === null;
      const details = {
        ...range,
        ...(exportedHead ? { exportedHead: { seq: exportedHead.seq, hash: exportedHead.hash } } : {}),
        ok,
        lastSeq: chain.lastSeq,
        firstBroken: chain.firstBroken,
        missingTail: anchors.missingTail
          ? {
              source: anchors.missingTail.source,
              seq: anchors.missingTail.seq,
              reason: anchors.missingTail.reason,
            }
          : null,
        requestId: ctx.requestId,
      };
      for (const forceId of await forcesOrNone(tx.manager, ctx)) {
        await this.uow.audit(ctx, tx, {
          action: 'AUDIT_CHAIN_VERIFIED',
          subjectType: 'AuditChain',
          forceId,
          details: {
            ...details,
            checked: forceId ? await countForForce(tx.manager, forceId, chain) : checked,
          },
        });
      }
      return {
        ...chain,
        ok,
        checked,
        anchorsChecked: anchors.checked,
        latestAnchor: anchors.latest,
        missingTail: anchors.missingTail,
      };
    });
  }

  /**
   * Anchors the chain head now (the service's timer, at start-up and on every exported head);
   * null when the log is empty. `created` is false when that head was anchored already.
   */
  anchorHead(): Promise<(AuditAnchor & { created: boolean }) | null> {
    return this.db.transaction(({ manager }) => anchorAuditHead(manager));
  }
}

/** The caller's overseen forces, or [null] for a caller who oversees none (the event is still written). */
async function forcesOrNone(
  manager: Parameters<typeof auditScopeForceIds>[0],
  ctx: RequestContext,
): Promise<Array<string | null>> {
  const forces = await auditScopeForceIds(manager, ctx, 'read');
  return forces.length ? forces : [null];
}

async function countForForce(
  manager: Parameters<typeof auditScopeForceIds>[0],
  forceId: string,
  chain: ChainVerification,
): Promise<number> {
  if (chain.firstSeq === null || chain.lastSeq === null) return 0;
  const [row] = await manager.query(
    'SELECT count(*)::int AS n FROM audit_event WHERE force_id = $1 AND seq BETWEEN $2 AND $3',
    [forceId, chain.firstSeq, chain.lastSeq],
  );
  return row.n;
}
