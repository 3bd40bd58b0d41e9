import { appendAudit } from '../audit';
import type { Database } from '../db';
import { auditActor, RequestContext } from './request-context';

/** The parts of a search request whose every read is recorded. */
export type SearchContentField = 'justification' | 'candidates';

interface ContentRead {
  requestId: string;
  forceId: string;
  fields: Set<SearchContentField>;
}

interface OperationReads {
  /** The write that records each field of each request read in this operation (once each). */
  recorded: Map<string, Promise<void>>;
  /** Reads gathered since the last write was scheduled, and that write. */
  pending: { reads: Map<string, ContentRead>; written: Promise<void> } | null;
}

/**
 * Records who read a search request's justification or candidate list, naming the fields read,
 * before any of those values is returned: no content leaves without its event. The reads an
 * operation makes in one turn of the event loop (GraphQL resolves a response's fields together)
 * are gathered and written in one transaction, one SEARCH_REQUEST_CONTENT_READ per request; a
 * field resolved later gets a write of its own, so nothing depends on that timing.
 */
export class SearchContentReadService {
  private readonly operations = new WeakMap<RequestContext, OperationReads>();

  constructor(private readonly db: Database) {}

  record(ctx: RequestContext, request: { id: string; forceId: string }, field: SearchContentField): Promise<void> {
    let reads = this.operations.get(ctx);
    if (!reads) {
      reads = { recorded: new Map(), pending: null };
      this.operations.set(ctx, reads);
    }
    const key = `${request.id}:${field}`;
    const known = reads.recorded.get(key);
    if (known) return known;
    if (!reads.pending) {
      const operation = reads;
      const batch = new Map<string, ContentRead>();
      const written = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        operation.pending = null;
        return this.write(ctx, [...batch.values()]);
      });
      reads.pending = { reads: batch, written };
    }
    const read = reads.pending.reads.get(request.id) ?? { requestId: request.id, forceId: request.forceId, fields: new Set<SearchContentField>() };
    read.fields.add(field);
    reads.pending.reads.set(request.id, read);
    reads.recorded.set(key, reads.pending.written);
    return reads.pending.written;
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
