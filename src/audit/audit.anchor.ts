import type { EntityManager } from 'typeorm';

/** A position of the chain recorded as its head at some time: in audit_anchor, or kept outside. */
export interface AuditAnchor {
  seq: number;
  hash: string;
  anchoredAt: Date;
}

/** A head held outside the database, e.g. what `exportAuditChainHead` returned earlier. */
export interface ExportedHead {
  seq: number;
  hash: string;
}

/** The first anchored (or exported) position the chain no longer holds as it was. */
export interface MissingTail {
  source: 'ANCHOR' | 'EXPORTED_HEAD';
  seq: number;
  /** The hash that was anchored or exported at `seq`. */
  expectedHash: string;
  /** What the log holds at `seq` now; null when there is no such event. */
  foundHash: string | null;
  reason: 'MISSING' | 'HASH_DIFFERS';
  /** When it was anchored; null for an exported head given by the caller. */
  anchoredAt: Date | null;
}

export interface AnchorCheck {
  /** Anchors compared with the chain. */
  checked: number;
  latest: AuditAnchor | null;
  missingTail: MissingTail | null;
}

/**
 * Anchors the chain head as the caller's transaction sees it, through the SECURITY DEFINER
 * function that alone may write audit_anchor (it reads the head itself). Returns the anchor, and
 * whether this call made it (false when the head was anchored already); null for an empty log.
 */
export async function anchorAuditHead(
  manager: EntityManager,
): Promise<(AuditAnchor & { created: boolean }) | null> {
  const rows: Array<{ seq: string; hash: string; anchored_at: Date; created: boolean }> = await manager.query(
    'SELECT seq, hash, anchored_at, created FROM audit_anchor_head()',
  );
  const row = rows[0];
  return row
    ? { seq: Number(row.seq), hash: row.hash.trim(), anchoredAt: row.anchored_at, created: row.created }
    : null;
}

/**
 * Compares every anchor, and an exported head if one is given, with the log: an anchored event
 * that is gone, or that now has another hash, means the tail was deleted or the log truncated
 * (and perhaps written again). Reports the lowest such position.
 */
export async function checkAnchors(
  manager: EntityManager,
  exported?: ExportedHead | null,
): Promise<AnchorCheck> {
  const [summary]: Array<{ n: number }> = await manager.query('SELECT count(*)::int AS n FROM audit_anchor');
  const latestRows: Array<{ seq: string; hash: string; anchored_at: Date }> = await manager.query(
    'SELECT seq, hash, anchored_at FROM audit_anchor ORDER BY seq DESC, id DESC LIMIT 1',
  );
  const misfits: Array<{ seq: string; hash: string; anchored_at: Date; found: string | null }> =
    await manager.query(`
    SELECT a.seq, a.hash, a.anchored_at, e.hash AS found
    FROM audit_anchor a LEFT JOIN audit_event e ON e.seq = a.seq
    WHERE e.seq IS NULL OR e.hash <> a.hash
    ORDER BY a.seq, a.id
    LIMIT 1`);
  let missingTail: MissingTail | null = misfits[0]
    ? {
        source: 'ANCHOR',
        seq: Number(misfits[0].seq),
        expectedHash: misfits[0].hash.trim(),
        foundHash: misfits[0].found?.trim() ?? null,
        reason: misfits[0].found === null ? 'MISSING' : 'HASH_DIFFERS',
        anchoredAt: misfits[0].anchored_at,
      }
    : null;
  if (exported) {
    const found: Array<{ hash: string }> = await manager.query(
      'SELECT hash FROM audit_event WHERE seq = $1',
      [exported.seq],
    );
    const foundHash = found[0]?.hash.trim() ?? null;
    if (foundHash !== exported.hash && (!missingTail || exported.seq < missingTail.seq)) {
      missingTail = {
        source: 'EXPORTED_HEAD',
        seq: exported.seq,
        expectedHash: exported.hash,
        foundHash,
        reason: foundHash === null ? 'MISSING' : 'HASH_DIFFERS',
        anchoredAt: null,
      };
    }
  }
  const latest = latestRows[0]
    ? {
        seq: Number(latestRows[0].seq),
        hash: latestRows[0].hash.trim(),
        anchoredAt: latestRows[0].anchored_at,
      }
    : null;
  return { checked: summary.n, latest, missingTail };
}
