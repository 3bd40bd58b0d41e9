import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit';
import type { Database, Tx } from '../db';
import { ImageUpload } from '../entities';
import { badInput, DomainError, imageTooLarge, uploadNotFound } from '../errors';
import type { RequestContext } from './request-context';
import { assertCan, UnitOfWork } from './unit-of-work';
import { sniffImageType } from './workflow/image-type';

/**
 * Where a mutation's image comes from: an upload (POST /uploads) by its id, base64 text inside the
 * GraphQL request (when IMAGES_AS_BASE64 allows it), or bytes already in the process (the demo
 * gallery, tools).
 */
export type ImageSource = { uploadId: string } | { base64: string } | { bytes: Buffer };

export interface ImageUploadOptions {
  /** MAX_IMAGE_BYTES: the one image limit, whichever way the image comes. */
  maxBytes: number;
  /** How long an upload waits for the mutation that uses it. */
  ttlMs: number;
  /** Whether base64 images inside GraphQL requests are taken. */
  base64: boolean;
}

export interface StoredUpload {
  id: string;
  byteCount: number;
  sha256: string;
  expiresAt: Date;
}

/** An image ready for the face pipeline, and the upload to delete when the mutation commits. */
export interface ResolvedImage {
  bytes: Buffer;
  uploadId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The bytes a base64 text decodes to, from its length alone (padding and line breaks aside). */
export function base64DecodedLength(text: string): number {
  let length = text.length;
  while (length > 0 && text[length - 1] === '=') length -= 1;
  return Math.floor((length * 3) / 4);
}

/**
 * Images sent ahead of the mutation that uses them. An upload belongs to the officer who sent it:
 * nobody else can use it, and an id that is unknown, expired, used already or someone else's is
 * refused alike (UPLOAD_NOT_FOUND), so an id never tells whether another officer's upload exists
 * (using another officer's is recorded as a denial). The row is deleted in the transaction of the
 * mutation that uses it, and unused ones once they expire (`purgeExpired`, from the workflow sweep).
 * Images never reach a log or an error message.
 */
export class ImageUploadService {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    readonly options: ImageUploadOptions,
  ) {}

  get maxBytes(): number {
    return this.options.maxBytes;
  }

  /** Whether the caller may upload at all: checked (and a refusal recorded) before the body is read. */
  async assertMayUpload(ctx: RequestContext): Promise<void> {
    await this.uow.read(ctx, async () =>
      assertCan(ctx, 'create', 'ImageUpload', {
        officerId: ctx.officer?.id,
        forceId: ctx.officer?.forceId,
      }),
    );
  }

  /** Stores an image the caller sent (already read under the limit) and records the upload. */
  async store(ctx: RequestContext, bytes: Buffer, sha256: string): Promise<StoredUpload> {
    if (bytes.length === 0) throw badInput('The image is empty', { field: 'file' });
    if (bytes.length > this.options.maxBytes) throw imageTooLarge(this.options.maxBytes);
    if (sniffImageType(bytes) === 'application/octet-stream')
      throw new DomainError('UNSUPPORTED_IMAGE', 'Only JPEG, PNG and WebP images are accepted');
    return this.uow.run(ctx, async (tx) => {
      const officer = ctx.officer!;
      assertCan(ctx, 'create', 'ImageUpload', { officerId: officer.id, forceId: officer.forceId });
      const id = randomUUID();
      const expiresAt = new Date(Date.now() + this.options.ttlMs);
      await tx.manager.insert(ImageUpload, {
        id,
        officerId: officer.id,
        forceId: officer.forceId,
        sha256,
        byteCount: bytes.length,
        bytes,
        expiresAt,
      });
      await this.uow.audit(ctx, tx, {
        action: 'IMAGE_UPLOADED',
        subjectType: 'ImageUpload',
        subjectId: id,
        forceId: officer.forceId,
        details: { uploadId: id, bytes: bytes.length, expiresAt: expiresAt.toISOString() },
      });
      return { id, byteCount: bytes.length, sha256, expiresAt };
    });
  }

  /**
   * The image of a mutation, from whichever source it came, checked against the image limit.
   * `field` names the input field in errors (e.g. `probe`: probeUploadId / probeImageBase64).
   */
  async resolve(ctx: RequestContext, source: ImageSource, field: string): Promise<ResolvedImage> {
    if ('bytes' in source) {
      if (source.bytes.length > this.options.maxBytes)
        throw imageTooLarge(this.options.maxBytes, source.bytes.length);
      return { bytes: nonEmpty(source.bytes, field), uploadId: null };
    }
    if ('base64' in source) {
      if (!this.options.base64)
        throw badInput('Send the image to POST /uploads and give its id: base64 images are not accepted', {
          field: `${field}Base64`,
        });
      const estimated = base64DecodedLength(source.base64);
      // refused before decoding: nothing larger than the limit is ever made from the text
      if (estimated > this.options.maxBytes) throw imageTooLarge(this.options.maxBytes, estimated);
      return { bytes: nonEmpty(Buffer.from(source.base64, 'base64'), `${field}Base64`), uploadId: null };
    }
    const id = source.uploadId;
    const officer = ctx.officer;
    if (!officer) throw uploadNotFound();
    if (!UUID.test(id)) throw uploadNotFound();
    const row = await this.uow.read(ctx, async (manager) => {
      const found = await manager
        .createQueryBuilder(ImageUpload, 'u')
        .addSelect('u.bytes')
        .where('u.id = :id AND u.officer_id = :officerId AND u.expires_at > now()', {
          id,
          officerId: officer.id,
        })
        .getOne();
      if (found) return found;
      // someone else's upload is refused exactly like an unknown one; the attempt is recorded
      const other = await manager.findOne(ImageUpload, { where: { id }, select: ['id', 'forceId'] });
      if (other) {
        const refused = uploadNotFound();
        throw new DomainError(refused.code, refused.message, refused.details, {
          denied: true,
          subject: 'ImageUpload',
          subjectId: id,
          action: 'read',
          forceId: officer.forceId,
        });
      }
      throw uploadNotFound();
    });
    return { bytes: row.bytes, uploadId: row.id };
  }

  /**
   * Deletes the upload a mutation used, inside the mutation's transaction: if it has gone meanwhile
   * (expired, or used by a concurrent mutation) the mutation fails with UPLOAD_NOT_FOUND.
   */
  async consume(ctx: RequestContext, tx: Tx, image: ResolvedImage): Promise<void> {
    if (!image.uploadId) return;
    const deleted = await tx.manager
      .createQueryBuilder()
      .delete()
      .from(ImageUpload)
      .where('id = :id AND officer_id = :officerId AND expires_at > now()', {
        id: image.uploadId,
        officerId: ctx.officer!.id,
      })
      .execute();
    if (!deleted.affected) throw uploadNotFound();
  }

  /** Deletes every upload past its expiry, recording how many per force. */
  async purgeExpired(now: Date = new Date()): Promise<number> {
    return this.db.transaction(async ({ manager }) => {
      const perForce: Array<{ force_id: string; count: number }> = await manager.query(
        `WITH gone AS (DELETE FROM image_upload WHERE expires_at <= $1 RETURNING force_id)
         SELECT force_id, count(*)::int AS count FROM gone GROUP BY force_id`,
        [now],
      );
      for (const { force_id: forceId, count } of perForce) {
        await appendAudit(manager, null, {
          action: 'IMAGE_UPLOADS_EXPIRED',
          subjectType: 'ImageUpload',
          forceId,
          details: { count },
        });
      }
      return perForce.reduce((sum, row) => sum + row.count, 0);
    });
  }
}

function nonEmpty(bytes: Buffer, field: string): Buffer {
  if (bytes.length === 0) throw badInput('The image is empty', { field });
  return bytes;
}
