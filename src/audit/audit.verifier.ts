import type { EntityManager } from 'typeorm';
import { AuditEvent } from '../entities';
import { chainHash, GENESIS_HASH } from './audit-hash';

export interface ChainVerification {
  ok: boolean;
  /** Events checked. */
  checked: number;
  firstSeq: number | null;
  lastSeq: number | null;
  /** Hash of the last event checked: anchor it outside the database to detect truncation. */
  headHash: string | null;
  /** The first event whose stored hash, link or sequence does not fit; null when all fit. */
  firstBroken: { seq: number; reason: 'HASH_MISMATCH' | 'LINK_MISMATCH' | 'SEQUENCE_GAP' } | null;
}

const PAGE = 2000;

/**
 * Walks the chain in sequence order (optionally a range) recomputing every hash, in pages, so
 * memory stays flat however long the log is.
 */
export async function verifyAuditChain(
  manager: EntityManager,
  range: { fromSeq?: number; toSeq?: number } = {},
): Promise<ChainVerification> {
  const fromSeq = Math.max(1, range.fromSeq ?? 1);
  const toSeq = range.toSeq ?? Number.MAX_SAFE_INTEGER;
  // Checking a range starts from the stored hash of the event before it (trusted as the anchor).
  let expectedPrev: string | null =
    fromSeq > 1
      ? ((await manager.findOne(AuditEvent, { where: { seq: fromSeq - 1 } }))?.hash ?? null)
      : GENESIS_HASH;
  let expectedSeq = fromSeq;
  let checked = 0;
  let headHash: string | null = null;
  let lastSeq: number | null = null;
  for (;;) {
    const page = await manager
      .createQueryBuilder(AuditEvent, 'e')
      .where('e.seq >= :from AND e.seq <= :to', { from: expectedSeq, to: toSeq })
      .orderBy('e.seq', 'ASC')
      .limit(PAGE)
      .getMany();
    for (const event of page) {
      const broken = (
        reason: NonNullable<ChainVerification['firstBroken']>['reason'],
      ): ChainVerification => ({
        ok: false,
        checked,
        firstSeq: checked > 0 ? fromSeq : null,
        lastSeq,
        headHash,
        firstBroken: { seq: event.seq, reason },
      });
      if (event.seq !== expectedSeq) return broken('SEQUENCE_GAP');
      if (expectedPrev !== null && event.prevHash !== expectedPrev) return broken('LINK_MISMATCH');
      if (chainHash(event.prevHash, event) !== event.hash) return broken('HASH_MISMATCH');
      checked += 1;
      expectedPrev = event.hash;
      expectedSeq += 1;
      headHash = event.hash;
      lastSeq = event.seq;
    }
    if (page.length < PAGE) break;
  }
  return { ok: true, checked, firstSeq: checked ? fromSeq : null, lastSeq, headHash, firstBroken: null };
}
