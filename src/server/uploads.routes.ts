import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { Request, Response, Router } from 'express';
import { isDatabaseUnavailable } from '../db';
import { badInput, DomainError, imageTooLarge, unavailable } from '../errors';
import type { Logger } from '../logging/logger';
import type { Services } from '../services';
import type { RequestContextFactory } from './request-context.factory';

export const UPLOADS_PATH = '/uploads';

/** The multipart framing around the one file (boundaries, part headers) a declared length may add. */
export const MULTIPART_OVERHEAD_BYTES = 16 * 1024;

const STATUS: Partial<Record<DomainError['code'], number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  IMAGE_TOO_LARGE: 413,
  UNSUPPORTED_IMAGE: 415,
  BAD_USER_INPUT: 400,
  UNAVAILABLE: 503,
};

/**
 * `POST /uploads`: one image (JPEG, PNG or WebP) as a multipart/form-data part named `file`,
 * authenticated like GraphQL (`Authorization: Bearer`). The caller is checked before a byte of the
 * body is read; a declared length over the limit is refused at once, and otherwise the file is
 * streamed and refused (413, IMAGE_TOO_LARGE) the moment it passes MAX_IMAGE_BYTES: the rest is
 * never parsed or kept, and the connection is closed (see `refuse`). At most MAX_IMAGE_BYTES are ever held. Answers 201
 * `{ id, bytes, sha256, expiresAt }`; the id goes into `probeUploadId` or `imageUploadId`.
 * Refusals are `{ error: { code, message } }`. The bytes never reach a log.
 */
export function uploadsRouter(deps: {
  services: Services;
  contextFor: RequestContextFactory;
  logger: Logger;
}): Router {
  const { services, contextFor, logger } = deps;
  const router = Router();
  router.post(UPLOADS_PATH, async (req: Request, res: Response) => {
    const maxBytes = services.uploads.maxBytes;
    try {
      const ctx = await contextFor(req.headers.authorization);
      await services.uploads.assertMayUpload(ctx);
      const declared = Number(req.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBytes + MULTIPART_OVERHEAD_BYTES)
        throw imageTooLarge(maxBytes);
      if (!/^multipart\/form-data\s*;/i.test(req.headers['content-type'] ?? ''))
        throw badInput('Send the image as multipart/form-data, in a part named "file"', { field: 'file' });
      const file = await readOneFile(req, maxBytes);
      const stored = await services.uploads.store(ctx, file.bytes, file.sha256);
      res.status(201).set('Cache-Control', 'no-store').json({
        id: stored.id,
        bytes: stored.byteCount,
        sha256: stored.sha256,
        expiresAt: stored.expiresAt.toISOString(),
      });
    } catch (error) {
      refuse(req, res, error, logger);
    }
  });
  return router;
}

/**
 * The one part named `file`, streamed: hashed and collected until it ends or passes `maxBytes`
 * (then IMAGE_TOO_LARGE at once, and the request is no longer read).
 */
function readOneFile(req: IncomingMessage, maxBytes: number): Promise<{ bytes: Buffer; sha256: string }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { files: 1, fileSize: maxBytes, fields: 0, headerPairs: 20 },
      });
    } catch {
      reject(badInput('The multipart/form-data header has no boundary', { field: 'file' }));
      return;
    }
    let settled = false;
    let file: { bytes: Buffer; sha256: string } | null = null;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      // nothing more is parsed: the refusal drops the rest and closes the connection
      req.unpipe(parser);
      req.pause();
      reject(error);
    };
    const oneFileOnly = () =>
      fail(badInput('Send one part, a file named "file", and nothing else', { field: 'file' }));
    parser.on('file', (name, stream) => {
      if (name !== 'file') {
        stream.resume();
        oneFileOnly();
        return;
      }
      const hash = createHash('sha256');
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        if (settled) return;
        size += chunk.length;
        hash.update(chunk);
        chunks.push(chunk);
      });
      stream.on('limit', () => {
        chunks.length = 0;
        fail(imageTooLarge(maxBytes));
      });
      stream.on('end', () => {
        if (!settled && !stream.truncated)
          file = { bytes: Buffer.concat(chunks, size), sha256: hash.digest('hex') };
      });
    });
    parser.on('field', oneFileOnly);
    parser.on('filesLimit', oneFileOnly);
    parser.on('fieldsLimit', oneFileOnly);
    parser.on('error', () => fail(badInput('The multipart/form-data body is malformed', { field: 'file' })));
    parser.on('close', () => {
      if (settled) return;
      if (!file) return fail(badInput('The body has no part named "file"', { field: 'file' }));
      settled = true;
      resolve(file);
    });
    req.on('error', () => fail(badInput('The upload was interrupted', { field: 'file' })));
    req.pipe(parser);
  });
}

/** How long the rest of a refused body is read and dropped, so the client can read the answer, before the connection is closed. */
export const REFUSED_BODY_LINGER_MS = 2_000;

/**
 * Coded refusals as `{ error: { code, message } }` with their status, anything else a bare 500.
 * The rest of the body is never parsed or kept: it is read and dropped for at most
 * REFUSED_BODY_LINGER_MS (closing at once would reset the connection under the answer before the
 * client read it), then the connection is closed unless the body had ended by then.
 */
function refuse(req: Request, res: Response, error: unknown, logger: Logger) {
  if (isDatabaseUnavailable(error)) error = unavailable();
  req.unpipe();
  if (error instanceof DomainError) {
    res
      .status(STATUS[error.code] ?? 400)
      .json({ error: { code: error.code, message: error.message, ...error.details } });
  } else {
    logger.error(
      { err: error instanceof Error ? { name: error.name, message: error.message } : String(error) },
      'upload failed',
    );
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
  }
  if (req.complete) return;
  const socket = req.socket;
  const close = setTimeout(() => socket.destroy(), REFUSED_BODY_LINGER_MS);
  close.unref();
  req.once('end', () => clearTimeout(close));
  req.resume();
}
