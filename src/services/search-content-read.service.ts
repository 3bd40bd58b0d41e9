import { appendAuditMany } from '../audit';
import type { Database } from '../db';
import { auditActor, RequestContext } from './request-context';

/** The parts of a search request whose every read is recorded. */
export type SearchContentField = 'justification' | 'candidates';

interface ContentRead {
  ctx: RequestContext;
  requestId: string;
  forceId: string;
  fields: Set<SearchContentField>;
}

/** Reads gathered for one write, and that write. */
interface Batch {
  /** By operation and search request: one event per request per operation in a batch. */
  reads: Map<string, ContentRead>;
  written: Promise<void>;
}

/**
 * Records who read a search request's justification or candidate list, naming the fields read,
 * before any of those values is returned: no content leaves without its event. Reads are written
 * as a group commit: the reads of every operation gathered while the previous write was under way
 * (or, with none under way, in one turn of the event loop — GraphQL resolves a response's fields
 * together) are written in one transaction, one SEARCH_REQUEST_CONTENT_READ per request per
 * operation, with one lock of the audit chain for all of them. If that write fails, every read
 * waiting on it fails. A field resolved later gets a write of its own, so nothing depends on that
 * timing; a field already recorded in an operation is not recorded again.
 */
export class SearchContentReadService {
  /** The batch still gathering reads, if any. */
  private gathering: Batch | null = null;
  /** The last write started (or waiting to start): the next batch is written after it. */
  private lastWrite: Promise<void> = Promise.resolve();

  constructor(private readonly db: Database) {}

  record(
    ctx: RequestContext,
    request: { id: string; forceId: string },
    field: SearchContentField,
  ): Promise<void> {
    const recorded = ctx.memo.contentReads;
    const key = `${request.id}:${field}`;
    const known = recorded.get(key);
    if (known) return known;
    const batch = this.gathering ?? this.startBatch();
    const readKey = `${ctx.requestId}:${request.id}`;
    const read = batch.reads.get(readKey) ?? {
      ctx,
      requestId: request.id,
      forceId: request.forceId,
      fields: new Set<SearchContentField>(),
    };
    read.fields.add(field);
    batch.reads.set(readKey, read);
    recorded.set(key, batch.written);
    return batch.written;
  }

  private startBatch(): Batch {
    const batch: Batch = { reads: new Map(), written: Promise.resolve() };
    const previous = this.lastWrite;
    batch.written = previous
      .catch(() => undefined)
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(() => {
        if (this.gathering === batch) this.gathering = null;
        return this.write([...batch.reads.values()]);
      });
    this.gathering = batch;
    this.lastWrite = batch.written;
    return batch;
  }

  private write(reads: ContentRead[]): Promise<void> {
    return this.db.transaction(async ({ manager }) => {
      await appendAuditMany(
        manager,
        reads.map((read) => ({
          actor: auditActor(read.ctx),
          entry: {
            action: 'SEARCH_REQUEST_CONTENT_READ',
            subjectType: 'SearchRequest',
            subjectId: read.requestId,
            forceId: read.forceId,
            details: {
              searchRequestId: read.requestId,
              fields: [...read.fields].sort(),
              requestId: read.ctx.requestId,
            },
          },
        })),
      );
    });
  }
}
