import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loadTrustedDocuments } from '../../src/server/trusted-documents';
import { graphql } from '../gql';
import { TestServer } from '../support/test-server';

/**
 * Trusted documents (issue 17): with TRUSTED_DOCUMENTS naming the persisted-documents file that
 * GraphQL Code Generator writes (test/gql/persisted-documents.json, from the operations under
 * test/), a client sends an operation's id and only those operations run; any other is refused
 * before it runs, over HTTP (POST and GET) and graphql-ws.
 */
const TrustedMe = graphql(`
  query TrustedMe {
    me {
      id
      displayName
    }
  }
`);

/** A GraphQL response, read loosely. */
interface Body {
  data?: { me: { id: string; displayName: string } };
  errors?: Array<{ message: string; extensions: { code: string } }>;
}

const PERSISTED = join(__dirname, '..', 'gql', 'persisted-documents.json');
const idOf = (document: unknown) => (document as { __meta__: { hash: string } }).__meta__.hash;

describe('trusted documents', () => {
  let server: TestServer;
  let token: string;

  const post = async (body: Record<string, unknown>) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Body };
  };

  /** One operation over graphql-ws: its result, or the errors it ended with. */
  const overSocket = (payload: Record<string, unknown>) =>
    new Promise<{ data?: unknown; errors?: Array<{ extensions?: { code?: string } }> }>((resolve) => {
      const client = createClient({
        url: server.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
      });
      let result: { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> } = {};
      client.subscribe(payload as { query: string }, {
        next: (value) => (result = value as typeof result),
        error: (errors) => {
          void client.dispose();
          resolve({ errors: errors as typeof result.errors });
        },
        complete: () => {
          void client.dispose();
          resolve(result);
        },
      });
    });

  beforeAll(async () => {
    server = await TestServer.start({ TRUSTED_DOCUMENTS: PERSISTED });
    token = await server.token('swp.requester');
  }, 300_000);

  afterAll(() => server?.stop());

  it('should run a persisted operation sent by its id (documentId or persistedQuery)', async () => {
    const byId = await post({ documentId: idOf(TrustedMe) });
    expect(byId.status).toBe(200);
    expect(byId.body.data!.me.displayName).toBeTruthy();
    const apq = await post({
      extensions: { persistedQuery: { version: 1, sha256Hash: idOf(TrustedMe).replace(/^sha256:/, '') } },
    });
    expect(apq.body.data).toEqual(byId.body.data);
  });

  it('should refuse an operation sent as text, an unknown id, and a text that is not its id', async () => {
    const text = await post({ query: '{ me { id displayName roles } }' });
    expect(text.status).toBe(400);
    expect(text.body.errors![0].extensions.code).toBe('OPERATION_NOT_TRUSTED');
    expect(text.body.data).toBeUndefined();
    const unknown = await post({ documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknown.body.errors![0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const swapped = await post({ documentId: idOf(TrustedMe), query: '{ me { id roles } }' });
    expect(swapped.body.errors![0].extensions.code).toBe('OPERATION_NOT_TRUSTED');
  });

  it('should do the same for GET requests', async () => {
    const get = async (search: string) => {
      const response = await fetch(`${server.url}?${search}`, {
        headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
      });
      return { status: response.status, body: (await response.json()) as Body };
    };
    const byId = await get(`documentId=${encodeURIComponent(idOf(TrustedMe))}`);
    expect(byId.body.data!.me.id).toBeDefined();
    const text = await get(`query=${encodeURIComponent('{ me { id } }')}`);
    expect(text.status).toBe(400);
    expect(text.body.errors![0].extensions.code).toBe('OPERATION_NOT_TRUSTED');
  });

  it('should do the same over graphql-ws', async () => {
    const byId = await overSocket({ query: '', documentId: idOf(TrustedMe) });
    expect(byId.errors).toBeUndefined();
    expect((byId.data as { me: { id: string } }).me.id).toBeDefined();
    const text = await overSocket({ query: '{ me { id roles } }' });
    expect(text.errors?.[0].extensions?.code).toBe('OPERATION_NOT_TRUSTED');
  });

  it('should refuse to start with a file whose ids are not the hashes of their documents', () => {
    expect(() => loadTrustedDocuments(join(__dirname, '..', '..', 'package.json'))).toThrow(
      /is not the sha256 of its document|not a persisted-documents file/,
    );
  });
});

describe('without trusted documents (the default)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await TestServer.start();
  }, 300_000);

  afterAll(() => server?.stop());

  it('should run an operation sent as text', async () => {
    const response = await server.gql('{ me { id } }', {}, { as: 'swp.requester' });
    expect(response.errors).toBeUndefined();
  });
});
