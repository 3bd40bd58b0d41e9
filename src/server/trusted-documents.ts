import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { z } from 'zod';

/**
 * Trusted documents (TRUSTED_DOCUMENTS): the service runs only the operations of a
 * persisted-documents file, as GraphQL Code Generator's client preset writes it from the documents
 * a frontend ships (`persistedDocuments` in codegen.yml): a JSON object of `"sha256:<hex>"` ->
 * document text. A client sends the id instead of the text, as `documentId` (what the preset puts
 * in each document's `__meta__.hash`) or as `extensions.persistedQuery.sha256Hash` (Apollo's
 * automatic persisted queries), over HTTP and graphql-ws alike. Anything else is refused before
 * it is parsed: text without an id (OPERATION_NOT_TRUSTED), an id not in the file
 * (PERSISTED_QUERY_NOT_FOUND), or an id with a text other than its document (OPERATION_NOT_TRUSTED).
 */
export interface TrustedDocuments {
  readonly size: number;
  /** The document to run for a request's `query`, `documentId` and `extensions`, or the refusal. */
  resolve(request: OperationRequest): { query: string } | { error: GraphQLError };
}

export interface OperationRequest {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

const fileSchema = z.record(z.string().min(1), z.string().min(1));
const SHA256_ID = /^(?:sha256:)?([0-9a-f]{64})$/;

/** Reads and checks the file: every id must be the sha256 of its document, or the service does not start. */
export function loadTrustedDocuments(path: string): TrustedDocuments {
  let parsed: z.infer<typeof fileSchema>;
  try {
    parsed = fileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new Error(
      `TRUSTED_DOCUMENTS: ${path} is not a persisted-documents file (a JSON object of id -> document): ${
        error instanceof Error ? error.message.split('\n')[0] : String(error)
      }`,
      { cause: error },
    );
  }
  const byHash = new Map<string, string>();
  for (const [id, document] of Object.entries(parsed)) {
    const hash = SHA256_ID.exec(id)?.[1];
    if (!hash || createHash('sha256').update(document).digest('hex') !== hash)
      throw new Error(
        `TRUSTED_DOCUMENTS: ${path}: "${id}" is not the sha256 of its document (generate it with hashAlgorithm: sha256)`,
      );
    byHash.set(hash, document);
  }
  return trustedDocuments(byHash);
}

function trustedDocuments(byHash: ReadonlyMap<string, string>): TrustedDocuments {
  const refuse = (code: 'OPERATION_NOT_TRUSTED' | 'PERSISTED_QUERY_NOT_FOUND', message: string) => ({
    error: new GraphQLError(message, { extensions: { code } }),
  });
  return {
    size: byHash.size,
    resolve({ query, documentId, extensions }) {
      const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)
        ?.persistedQuery;
      const id =
        typeof documentId === 'string'
          ? documentId
          : typeof persisted?.sha256Hash === 'string'
            ? persisted.sha256Hash
            : undefined;
      if (id === undefined)
        return refuse(
          'OPERATION_NOT_TRUSTED',
          "This service runs only its trusted documents: send the operation's id (documentId), not its text",
        );
      const hash = SHA256_ID.exec(id)?.[1];
      const document = hash ? byHash.get(hash) : undefined;
      if (document === undefined)
        return refuse('PERSISTED_QUERY_NOT_FOUND', 'No trusted document has this id');
      if (typeof query === 'string' && query !== '' && query !== document)
        return refuse('OPERATION_NOT_TRUSTED', 'The operation sent is not the trusted document of its id');
      return { query: document };
    },
  };
}

/**
 * HTTP: puts the trusted document in place of the id (POST bodies and GET query strings) before
 * Apollo sees the request, or answers 400 with the refusal's code.
 */
export function trustedDocumentsMiddleware(trusted: TrustedDocuments): RequestHandler {
  return (req, res, next) => {
    const refuse = (error: GraphQLError) =>
      res.status(400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
    if (req.method === 'POST') {
      const body: unknown = req.body;
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        return refuse(
          new GraphQLError('Send one operation as a JSON object', { extensions: { code: 'BAD_REQUEST' } }),
        );
      const request = body as Record<string, unknown>;
      const resolved = trusted.resolve(request);
      if ('error' in resolved) return refuse(resolved.error);
      request.query = resolved.query;
      delete request.documentId;
      const extensions = withoutPersistedQuery(request.extensions);
      // Apollo refuses an `extensions` key that is present but not an object
      if (extensions) request.extensions = extensions;
      else delete request.extensions;
      return next();
    }
    if (req.method === 'GET') {
      const url = new URL(req.originalUrl, 'http://localhost');
      const params = url.searchParams;
      let extensions: unknown;
      try {
        extensions = params.has('extensions') ? JSON.parse(params.get('extensions')!) : undefined;
      } catch {
        extensions = undefined;
      }
      const resolved = trusted.resolve({
        query: params.get('query') ?? undefined,
        documentId: params.get('documentId') ?? undefined,
        extensions,
      });
      if ('error' in resolved) return refuse(resolved.error);
      params.set('query', resolved.query);
      params.delete('documentId');
      const rest = withoutPersistedQuery(extensions);
      if (rest) params.set('extensions', JSON.stringify(rest));
      else params.delete('extensions');
      // Apollo reads a GET operation from the URL
      req.url = `${req.url.split('?')[0]}?${params.toString()}`;
      return next();
    }
    return next();
  };
}

function withoutPersistedQuery(extensions: unknown): Record<string, unknown> | undefined {
  if (typeof extensions !== 'object' || extensions === null) return undefined;
  const { persistedQuery: _persisted, ...rest } = extensions as Record<string, unknown>;
  return Object.keys(rest).length ? rest : undefined;
}
