import { appendAudit } from '../audit';
import type { Database } from '../db';
import { auditActor, RequestContext } from './request-context';

/** The parts of a search request whose every read is recorded. */
export type SearchContentField = 'justification' | 'candidates';

interface ContentRead {
  requestId: string;
  forceId: string;
  fields: Set<SearchContentField>;
  written: Promise<void>;
}

interface OperationReads {
  /** Every request read in this operation, by id. */
  byRequest: Map<string, ContentRead>;
  /** Reads gathered since the last write was scheduled, and that write. */
  pending: { reads: ContentRead[]; written: Promise<void> } | null;
}

/**
 * Records who read a search request's justification or candidate list: one
 * SEARCH_REQUEST_CONTENT_READ event per request per operation (whatever fields, lists or aliases
 * asked for it), naming the fields read. GraphQL resolves the fields of a response in the same
 * turn of the event loop, so the reads of one operation are gathered and written together in one
 * transaction before any of those values is returned: no content leaves without its event.
 */
export class SearchContentReadService {
  private readonly operations = new WeakMap<RequestContext, OperationReads>();

  constructor(private readonly db: Database) {}

  record(ctx: RequestContext, request: { id: string; forceId: string }, field: SearchContentField): Promise<void> {
    let reads = this.operations.get(ctx);
    if (!reads) {
      reads = { byRequest: new Map(), pending: null };
      this.operations.set(ctx, reads);
    }
    const known = reads.byRequest.get(request.id);
    if (known) {
      known.fields.add(field);
      return known.written;
    }
    if (!reads.pending) {
      const operation = reads;
      const batch: ContentRead[] = [];
      const written = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        operation.pending = null;
        return this.write(ctx, batch);
      });
      reads.pending = { reads: batch, written };
    }
    const read: ContentRead = { requestId: request.id, forceId: request.forceId, fields: new Set([field]), written: reads.pending.written };
    reads.pending.reads.push(read);
    reads.byRequest.set(request.id, read);
    return read.written;
  }

  private write(ctx: RequestContext, reads: ContentRead[]): Promise<void> {
    return this.db.transaction(async ({ manager }) => {
      for (const read of reads) {
        await appendAudit(manager, auditActor(ctx), {
          action: 'SEARCH_REQUEST_CONTENT_READ', subjectType: 'SearchRequest', subjectId: read.requestId, forceId: read.forceId,
          details: { searchRequestId: read.requestId, fields: [...read.fields].sort(), requestId: ctx.requestId },
        });
      }
    });
  }
}
