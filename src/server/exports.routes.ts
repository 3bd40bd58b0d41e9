import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Request, Response, Router } from 'express';
import { z } from 'zod';
import { isDatabaseUnavailable } from '../db';
import { AuditAction } from '../entities';
import { badInput, DomainError, unavailable } from '../errors';
import type { Logger } from '../logging/logger';
import {
  AuditEventOrder,
  AuditExportFormat,
  OversightPackFormat,
  Services,
  StatisticsExportFormat,
} from '../services';
import type { RequestContextFactory } from './request-context.factory';

export const AUDIT_EXPORT_PATHS: Record<AuditExportFormat, string> = {
  csv: '/exports/audit-events.csv',
  jsonl: '/exports/audit-events.jsonl',
};

export const STATISTICS_EXPORT_PATHS: Record<StatisticsExportFormat, string> = {
  csv: '/exports/statistics.csv',
  jsonl: '/exports/statistics.jsonl',
};

/** The disclosure pack of one closed request as a PDF document (`?searchRequestId=`). */
export const DISCLOSURE_PACK_PDF_PATH = '/exports/disclosure-pack.pdf';

export const OVERSIGHT_PACK_PATHS: Record<OversightPackFormat, string> = {
  csv: '/exports/oversight-pack.csv',
  html: '/exports/oversight-pack.html',
};

const one = z.string().min(1);
const time = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
/** `actions=A&actions=B` or `actions=A,B`. */
const names = z.union([one, z.array(one)]).transform((value) =>
  (Array.isArray(value) ? value : [value])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean),
);
/** Audit action names, each one of the published vocabulary. */
const actionNames = names.pipe(z.array(z.enum(AuditAction)));

/**
 * The export's query string: the audit history query's filter, under the same names. Unknown
 * parameters are refused: a misspelt filter must not quietly widen an export.
 */
const exportQuery = z
  .object({
    forceId: one.optional(),
    actorOfficerId: one.optional(),
    searchRequestId: one.optional(),
    subjectType: one.optional(),
    subjectId: one.optional(),
    actions: actionNames.optional(),
    occurredFrom: time.optional(),
    occurredTo: time.optional(),
    order: z.enum([AuditEventOrder.OLDEST_FIRST, AuditEventOrder.NEWEST_FIRST]).optional(),
  })
  .strict();

/** The disclosure pack's one parameter. */
const disclosurePackQuery = z.object({ searchRequestId: one }).strict();

/** The statistics query's arguments, under the same names; the period is required. */
const statisticsQuery = z.object({ from: time, to: time, forceId: one.optional() }).strict();

const STATUS: Partial<Record<DomainError['code'], number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  UNAVAILABLE: 503,
};

/**
 * Streaming exports for oversight, authenticated like GraphQL (`Authorization: Bearer`): the audit
 * log at `GET /exports/audit-events.csv` and `.jsonl`, and the statistics at
 * `GET /exports/statistics.csv` and `.jsonl` (`?from=&to=&forceId=`), and the oversight meeting pack
 * at `GET /exports/oversight-pack.csv` and `.html` (same query), and a closed request's disclosure
 * pack as a PDF at `GET /exports/disclosure-pack.pdf?searchRequestId=` (the GraphQL pack's rule:
 * supervisors of its force, oversight without face images). The service authorises and
 * records each export before the first byte; the file is then piped with backpressure, and a
 * client that goes away stops the database reads.
 */
export function exportsRouter(deps: {
  services: Services;
  contextFor: RequestContextFactory;
  logger: Logger;
}): Router {
  const { services, contextFor, logger } = deps;
  const router = Router();

  /** A file that was authorised and recorded, streamed page by page; the client going away stops the reads. */
  const send = async (
    res: Response,
    file: {
      exportId: string;
      contentType: string;
      fileName: string;
      chunks(): AsyncGenerator<string, void, undefined>;
    },
    headers: Record<string, string>,
    what: string,
  ) => {
    res.status(200).set({
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    });
    try {
      await pipeline(Readable.from(file.chunks(), { objectMode: false }), res);
    } catch (error) {
      // Headers are gone: the response is cut short, so the client sees a failed download
      // rather than a file that looks complete.
      const aborted = (error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE';
      logger[aborted ? 'info' : 'error'](
        { exportId: file.exportId, err: error instanceof Error ? error.message : String(error) },
        aborted ? `${what} abandoned by the client` : `${what} failed`,
      );
    }
  };

  const handle = (format: AuditExportFormat) => async (req: Request, res: Response) => {
    let started: Awaited<ReturnType<Services['auditHistory']['openExport']>>;
    try {
      const ctx = await contextFor(req.headers.authorization);
      const { order, ...filter } = parseQuery(exportQuery, req.query);
      started = await services.auditHistory.openExport(ctx, format, filter, { order });
    } catch (error) {
      sendError(res, error, logger);
      return;
    }
    await send(
      res,
      started,
      { 'X-Audit-Export-Id': started.exportId, 'X-Audit-Snapshot-Seq': String(started.snapshotSeq) },
      'audit export',
    );
  };

  const handleStatistics = (format: StatisticsExportFormat) => async (req: Request, res: Response) => {
    let started: Awaited<ReturnType<Services['statistics']['openExport']>>;
    try {
      const ctx = await contextFor(req.headers.authorization);
      started = await services.statistics.openExport(ctx, format, parseQuery(statisticsQuery, req.query));
    } catch (error) {
      sendError(res, error, logger);
      return;
    }
    await send(res, started, { 'X-Statistics-Export-Id': started.exportId }, 'statistics export');
  };

  const handlePack = (format: OversightPackFormat) => async (req: Request, res: Response) => {
    let started: Awaited<ReturnType<Services['statistics']['openMeetingPack']>>;
    try {
      const ctx = await contextFor(req.headers.authorization);
      started = await services.statistics.openMeetingPack(
        ctx,
        format,
        parseQuery(statisticsQuery, req.query),
      );
    } catch (error) {
      sendError(res, error, logger);
      return;
    }
    const headers: Record<string, string> = { 'X-Statistics-Export-Id': started.exportId };
    // the report opens in a browser; nothing in it may run or load
    if (format === 'html')
      headers['Content-Security-Policy'] = "default-src 'none'; style-src 'unsafe-inline'";
    await send(res, started, headers, 'oversight pack export');
  };

  /** A PDF pack is generated whole (its sha256 is recorded before it is sent), then sent in one piece. */
  const handleDisclosurePdf = async (req: Request, res: Response) => {
    let pdf: Awaited<ReturnType<Services['searches']['disclosurePackPdf']>>;
    try {
      const ctx = await contextFor(req.headers.authorization);
      const { searchRequestId } = parseQuery(disclosurePackQuery, req.query);
      pdf = await services.searches.disclosurePackPdf(ctx, searchRequestId);
    } catch (error) {
      sendError(res, error, logger);
      return;
    }
    res
      .status(200)
      .set({
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${pdf.fileName}"`,
        'Content-Length': String(pdf.bytes.length),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        'X-Disclosure-Pack-Reference': pdf.reference,
        'X-Disclosure-Pack-Sha256': pdf.fileSha256,
        'X-Disclosure-Pack-Content-Sha256': pdf.contentSha256,
      })
      .end(pdf.bytes);
  };

  router.get(AUDIT_EXPORT_PATHS.csv, handle('csv'));
  router.get(AUDIT_EXPORT_PATHS.jsonl, handle('jsonl'));
  router.get(STATISTICS_EXPORT_PATHS.csv, handleStatistics('csv'));
  router.get(STATISTICS_EXPORT_PATHS.jsonl, handleStatistics('jsonl'));
  router.get(OVERSIGHT_PACK_PATHS.csv, handlePack('csv'));
  router.get(OVERSIGHT_PACK_PATHS.html, handlePack('html'));
  router.get(DISCLOSURE_PACK_PDF_PATH, handleDisclosurePdf);
  return router;
}

/** The parsed query string, or BAD_USER_INPUT naming the first bad parameter. */
function parseQuery<T extends z.ZodType>(schema: T, query: unknown): z.infer<T> {
  const parsed = schema.safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(`Invalid export parameter ${issue.path.join('.') || ''}: ${issue.message}`.trim(), {
      field: issue.path.join('.'),
    });
  }
  return parsed.data;
}

/** Coded failures as `{ error: { code, message } }` with their HTTP status; anything else a bare 500. */
function sendError(res: Response, error: unknown, logger: Logger) {
  if (isDatabaseUnavailable(error)) error = unavailable();
  if (error instanceof DomainError) {
    res
      .status(STATUS[error.code] ?? 400)
      .json({ error: { code: error.code, message: error.message, ...error.details } });
    return;
  }
  logger.error(
    {
      err:
        error instanceof Error
          ? { name: error.name, message: error.message, stack: error.stack }
          : String(error),
    },
    'export could not start',
  );
  res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
}
