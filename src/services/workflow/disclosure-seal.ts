import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { canonicalJson, verifyAuditChain, type AuditEntry } from '../../audit';
import { AuditEvent, type SearchRequest } from '../../entities';
import type { RequestContext } from '../request-context';
import { gatherDisclosurePack, type DisclosurePackData } from './disclosure-pack';
import { PACK_INFO_KEYS, renderDisclosurePdf, type PackSeal } from './disclosure-pdf';

/**
 * The PDF disclosure pack's seal: what is recorded when one is generated, and how a copy is
 * checked against the audit log later.
 *
 * A file cannot hold its own hash, so the pack states the hash of its content (the canonical JSON
 * of its data) and the audit chain's head at generation; its generation is an audit event (in the
 * chain, so it cannot be changed unnoticed) that records those two and the sha256 of the file's
 * bytes. A copy verifies when its bytes hash to what that event recorded, the chain still holds
 * from the first event the pack lists to the generation event, the head it names is still where
 * it was, and the request's events up to that head are still those the pack lists.
 */

export interface DisclosurePdf {
  reference: string;
  requestId: string;
  fileName: string;
  bytes: Buffer;
  fileSha256: string;
  contentSha256: string;
  chainHead: PackSeal['chainHead'];
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The sha256 of what the pack states: its data as canonical JSON (the loaders a view carries left out). */
export function packContentSha256(pack: DisclosurePackData): string {
  const plain: unknown = JSON.parse(
    JSON.stringify(pack, (key, value) => (key === 'parts' ? undefined : value)),
  );
  return sha256(canonicalJson(plain));
}

/** The positions and hashes of the events a pack lists, as one hash. */
function trailSha256(trail: ReadonlyArray<{ seq: number; hash: string }>): string {
  return sha256(canonicalJson(trail.map((e) => [Number(e.seq), e.hash])));
}

/**
 * Gathers, renders and records a PDF pack inside the caller's transaction; `audit` appends the
 * generation event (DISCLOSURE_PACK_EXPORTED, format pdf) in that same transaction.
 */
export async function generateDisclosurePdf(
  manager: EntityManager,
  ctx: RequestContext,
  r: SearchRequest,
  audit: (entry: AuditEntry) => Promise<AuditEvent>,
): Promise<DisclosurePdf> {
  const head: Array<{ seq: string; hash: string }> = await manager.query(
    'SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1',
  );
  const chainHead = head[0] ? { seq: Number(head[0].seq), hash: head[0].hash } : null;
  const reference = randomUUID();
  const pack = await gatherDisclosurePack(manager, ctx, r, {
    reference,
    // whole seconds: what a PDF date can hold, so the document's dates and its data agree
    generatedAt: new Date(Math.floor(Date.now() / 1000) * 1000),
    candidateImages: true,
    upToSeq: chainHead?.seq ?? 0,
  });
  const contentSha256 = packContentSha256(pack);
  const bytes = await renderDisclosurePdf(pack, { contentSha256, chainHead });
  const fileSha256 = sha256(bytes);
  await audit({
    action: 'DISCLOSURE_PACK_EXPORTED',
    subjectType: 'SearchRequest',
    subjectId: r.id,
    forceId: r.forceId,
    details: {
      searchRequestId: r.id,
      format: 'pdf',
      packReference: reference,
      contentSha256,
      fileSha256,
      fileBytes: bytes.length,
      chainHeadSeq: chainHead?.seq ?? 0,
      chainHeadHash: chainHead?.hash ?? null,
      auditTrailFirstSeq: pack.auditTrail[0]?.seq ?? null,
      auditTrailCount: pack.auditTrail.length,
      auditTrailSha256: trailSha256(pack.auditTrail),
      faceImages: pack.probe.imageBase64 !== null || pack.candidates.some((c) => !!c.image),
    },
  });
  return {
    reference,
    requestId: r.id,
    fileName: `disclosure-pack-${r.id}.pdf`,
    bytes,
    fileSha256,
    contentSha256,
    chainHead,
  };
}

export type PackVerificationFailure =
  /** The file is not a twokey PDF pack (no reference or content hash in its metadata). */
  | 'NOT_A_PACK'
  /** No generation of a pack with this reference was recorded. */
  | 'UNKNOWN_PACK'
  /** The file's bytes are not those recorded at generation. */
  | 'FILE_CHANGED'
  /** The content hash or request the file states is not the one recorded. */
  | 'CONTENT_HASH_MISMATCH'
  /** The audit chain no longer verifies between the pack's first event and its generation. */
  | 'CHAIN_BROKEN'
  /** The event at the chain head the pack names is no longer the one it named. */
  | 'CHAIN_HEAD_MISMATCH'
  /** The request's events up to that head are no longer those the pack lists. */
  | 'AUDIT_TRAIL_CHANGED';

export interface PackVerification {
  ok: boolean;
  failure: PackVerificationFailure | null;
  /** What was found, in words (no image data). */
  message: string;
  reference: string | null;
  requestId: string | null;
  fileSha256: string;
  contentSha256: string | null;
  /** The generation event's chain position. */
  generatedAtSeq: number | null;
  chainHead: PackSeal['chainHead'];
  /** Audit events re-checked in the chain. */
  checkedEvents: number;
}

/** Checks a PDF pack's bytes against the audit log: OK, or the first reason it fails. */
export async function verifyDisclosurePdf(manager: EntityManager, bytes: Buffer): Promise<PackVerification> {
  const fileSha256 = sha256(bytes);
  const info = readPackInfo(bytes);
  const result: PackVerification = {
    ok: false,
    failure: null,
    message: '',
    reference: info?.reference ?? null,
    requestId: info?.requestId ?? null,
    fileSha256,
    contentSha256: info?.contentSha256 ?? null,
    generatedAtSeq: null,
    chainHead: null,
    checkedEvents: 0,
  };
  const fail = (failure: PackVerificationFailure, message: string): PackVerification => ({
    ...result,
    ok: false,
    failure,
    message,
  });
  if (!info) return fail('NOT_A_PACK', 'no pack reference and content hash in the file’s metadata');
  const event = await manager
    .createQueryBuilder(AuditEvent, 'e')
    .where(`e.action = 'DISCLOSURE_PACK_EXPORTED' AND e.details ->> 'packReference' = :ref`, {
      ref: info.reference,
    })
    .getOne();
  if (!event) return fail('UNKNOWN_PACK', `no generation of pack ${info.reference} is in the audit log`);
  const d = event.details as {
    searchRequestId: string;
    contentSha256: string;
    fileSha256: string;
    chainHeadSeq: number;
    chainHeadHash: string | null;
    auditTrailFirstSeq: number | null;
    auditTrailSha256: string;
  };
  result.generatedAtSeq = Number(event.seq);
  result.chainHead = d.chainHeadHash ? { seq: d.chainHeadSeq, hash: d.chainHeadHash } : null;
  if (fileSha256 !== d.fileSha256)
    return fail(
      'FILE_CHANGED',
      `the file's sha256 ${fileSha256} is not the ${d.fileSha256} recorded at generation (audit event ${event.seq})`,
    );
  if (info.contentSha256 !== d.contentSha256 || info.requestId !== d.searchRequestId)
    return fail(
      'CONTENT_HASH_MISMATCH',
      'the content hash or request the file states is not the one recorded',
    );
  const chain = await verifyAuditChain(manager, {
    fromSeq: d.auditTrailFirstSeq ?? Math.max(1, d.chainHeadSeq),
    toSeq: Number(event.seq),
  });
  result.checkedEvents = chain.checked;
  if (!chain.ok || chain.lastSeq !== Number(event.seq))
    return fail(
      'CHAIN_BROKEN',
      chain.firstBroken
        ? `the audit chain breaks at position ${chain.firstBroken.seq} (${chain.firstBroken.reason})`
        : `the audit chain ends before the generation event ${event.seq}`,
    );
  if (d.chainHeadHash) {
    const headEvent = await manager.findOne(AuditEvent, { where: { seq: d.chainHeadSeq } });
    if (headEvent?.hash !== d.chainHeadHash)
      return fail(
        'CHAIN_HEAD_MISMATCH',
        `the event at chain position ${d.chainHeadSeq} no longer has the hash the pack names`,
      );
  }
  const trail = await manager
    .createQueryBuilder(AuditEvent, 'e')
    .select(['e.seq', 'e.hash'])
    .where(`(e.subject_id = :id OR e.details ->> 'searchRequestId' = :id) AND e.seq <= :upTo`, {
      id: d.searchRequestId,
      upTo: d.chainHeadSeq,
    })
    .orderBy('e.seq', 'ASC')
    .getMany();
  if (trailSha256(trail) !== d.auditTrailSha256)
    return fail(
      'AUDIT_TRAIL_CHANGED',
      `the request's audit events up to position ${d.chainHeadSeq} are not those the pack lists`,
    );
  return {
    ...result,
    ok: true,
    message: `pack ${info.reference} of request ${d.searchRequestId}: file and content as generated (audit event ${event.seq}); chain verified over ${chain.checked} events`,
  };
}

/**
 * The pack's reference, request and content hash from the PDF's document information dictionary
 * (written by renderDisclosurePdf as plain literal strings); null when they are not all there.
 */
export function readPackInfo(
  bytes: Buffer,
): { reference: string; requestId: string; contentSha256: string } | null {
  const text = bytes.toString('latin1');
  const value = (key: string): string | null => {
    const direct = new RegExp(`/${key}\\s*\\(([^()\\\\]*)\\)`).exec(text);
    if (direct) return direct[1];
    const ref = new RegExp(`/${key}\\s+(\\d+)\\s+(\\d+)\\s+R`).exec(text);
    if (!ref) return null;
    const object = new RegExp(`(?:^|\\n)${ref[1]}\\s+${ref[2]}\\s+obj\\s*\\(([^()\\\\]*)\\)\\s*endobj`).exec(
      text,
    );
    return object ? object[1] : null;
  };
  const reference = value(PACK_INFO_KEYS.reference);
  const requestId = value(PACK_INFO_KEYS.requestId);
  const contentSha256 = value(PACK_INFO_KEYS.contentSha256);
  if (!reference || !requestId || !contentSha256 || !/^[0-9a-f]{64}$/.test(contentSha256)) return null;
  return { reference, requestId, contentSha256 };
}
