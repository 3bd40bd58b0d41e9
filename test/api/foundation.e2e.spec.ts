import type { FindOptionsWhere } from 'typeorm';
import { AuditEvent } from '../../src/entities';
import { graphql } from '../gql';
import { codes, TestServer } from '../support/test-server';

const CreateCase = graphql(`
  mutation CreateCase($input: CreateCaseInput!) {
    createCase(input: $input) {
      id
      crimeReference
      offenceCategory
      status
      forceId
    }
  }
`);

const CaseById = graphql(`
  query CaseById($id: ID!) {
    case(id: $id) {
      id
      crimeReference
    }
  }
`);

const Cases = graphql(`
  query Cases {
    cases {
      edges {
        node {
          id
          crimeReference
          forceId
        }
      }
    }
  }
`);

const VerifyChain = graphql(`
  query VerifyChain {
    verifyAuditChain {
      ok
      checked
      headHash
      firstBroken {
        seq
      }
    }
  }
`);

describe('GraphQL service', () => {
  let server: TestServer;
  const auditCount = (where: FindOptionsWhere<AuditEvent> = {}) =>
    server.db.manager.count(AuditEvent, { where });

  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(() => server.stop());

  describe('health', () => {
    it('should report liveness and database readiness', async () => {
      const base = server.url.replace('/graphql', '');
      expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
      expect(await (await fetch(`${base}/readyz`)).json()).toEqual({
        status: 'ready',
        database: server.db.kind,
        checks: { database: 'ok', events: 'ok', inference: 'ok' },
      });
    });
  });

  describe('createCase', () => {
    it("should create a case in the requester's force and audit it in the same transaction", async () => {
      const before = await auditCount({ action: 'CASE_CREATED' });
      const response = await server.gql(
        CreateCase,
        { input: { crimeReference: '62/99999/26', offenceCategory: 'BURGLARY' } },
        { as: 'swp.requester' },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.createCase).toMatchObject({ crimeReference: '62/99999/26', status: 'OPEN' });
      expect(await auditCount({ action: 'CASE_CREATED', subjectId: response.data!.createCase.id })).toBe(1);
      expect(await auditCount({ action: 'CASE_CREATED' })).toBe(before + 1);
    });

    it('should refuse a duplicate crime reference with CONFLICT and leave no audit row', async () => {
      const input = { crimeReference: '62/55555/26', offenceCategory: 'ROBBERY' as const };
      await server.gql(CreateCase, { input }, { as: 'swp.requester' });
      const before = await auditCount();
      const again = await server.gql(CreateCase, { input }, { as: 'swp.requester' });
      expect(codes(again)).toEqual(['CONFLICT']);
      expect(await auditCount()).toBe(before);
    });

    it('should refuse a malformed crime reference with BAD_USER_INPUT and leave no audit row', async () => {
      const before = await auditCount();
      const response = await server.gql(
        CreateCase,
        { input: { crimeReference: "x'; DROP TABLE case_file; --", offenceCategory: 'ROBBERY' } },
        { as: 'swp.requester' },
      );
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(await auditCount()).toBe(before);
    });

    it('should refuse an officer without the requester role with FORBIDDEN, audited', async () => {
      const before = await auditCount({ action: 'ACCESS_DENIED' });
      const response = await server.gql(
        CreateCase,
        { input: { crimeReference: '62/77777/26', offenceCategory: 'ROBBERY' } },
        { as: 'swp.gallery' },
      );
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(await auditCount({ action: 'ACCESS_DENIED' })).toBe(before + 1);
    });
  });

  describe('cases', () => {
    it("should not return another force's case, by id or in a list", async () => {
      const swpCase = await server.gql(
        CreateCase,
        { input: { crimeReference: '62/31337/26', offenceCategory: 'ROBBERY' } },
        { as: 'swp.requester' },
      );
      const id = swpCase.data!.createCase.id;
      const deniedBefore = await auditCount({ action: 'ACCESS_DENIED' });
      const byId = await server.gql(CaseById, { id }, { as: 'gwp.requester' });
      expect(codes(byId)).toEqual(['NOT_FOUND']);
      expect(JSON.stringify(byId)).not.toContain('62/31337/26');
      expect(await auditCount({ action: 'ACCESS_DENIED' })).toBe(deniedBefore + 1);
      const list = await server.gql(Cases, {}, { as: 'gwp.requester' });
      expect(list.data?.cases.edges.map((e) => e.node).map((c) => c.id)).not.toContain(id);
      const own = await server.gql(Cases, {}, { as: 'swp.requester' });
      expect(own.data?.cases.edges.map((e) => e.node).map((c) => c.id)).toContain(id);
    });

    it('should answer NOT_FOUND for an id that does not exist', async () => {
      const response = await server.gql(
        CaseById,
        { id: '00000000-0000-4000-8000-000000000000' },
        { as: 'swp.requester' },
      );
      expect(codes(response)).toEqual(['NOT_FOUND']);
    });
  });

  describe('verifyAuditChain', () => {
    it('should let oversight verify the whole chain, and refuse everyone else', async () => {
      const ok = await server.gql(VerifyChain, {}, { as: 'oversight.commissioner' });
      expect(ok.data?.verifyAuditChain).toMatchObject({ ok: true, firstBroken: null });
      expect(ok.data!.verifyAuditChain.checked).toBeGreaterThan(1);
      expect(codes(await server.gql(VerifyChain, {}, { as: 'swp.admin' }))).toEqual(['FORBIDDEN']);
    });
  });

  describe('malformed ids', () => {
    const INJECTION = "x' OR 1=1--";
    const expectBadId = (response: Awaited<ReturnType<TestServer['gql']>>) => {
      expect(response.status).toBe(400);
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0].message).toMatch(/malformed id/);
      expect(JSON.stringify(response)).not.toContain('OR 1=1');
    };

    it('should refuse a malformed id in a variable with BAD_USER_INPUT, never echoing it', async () => {
      expectBadId(await server.gql(CaseById, { id: INJECTION }, { as: 'swp.requester' }));
    });

    it('should refuse a malformed id written in the query', async () => {
      expectBadId(await server.gql(`{ case(id: "${INJECTION}") { id } }`, {}, { as: 'swp.requester' }));
      expectBadId(await server.gql('{ case(id: 12) { id } }', {}, { as: 'swp.requester' }));
    });

    it('should refuse a malformed id inside an input object variable', async () => {
      const response = await server.gql(
        'query Audit($filter: AuditEventFilter) { auditEvents(filter: $filter) { pageInfo { endCursor } } }',
        { filter: { forceId: INJECTION } },
        { as: 'oversight.commissioner' },
      );
      expectBadId(response);
    });

    it('should audit nothing for a refused id', async () => {
      const before = await auditCount();
      await server.gql(CaseById, { id: INJECTION }, { as: 'gwp.requester' });
      expect(await auditCount()).toBe(before);
    });
  });

  describe('query limits and bodies', () => {
    it('should refuse a query over the token limit with 400 GRAPHQL_PARSE_FAILED', async () => {
      const response = await server.gql(`{ ${Array.from({ length: 1100 }, () => '__typename').join(' ')} }`);
      expect(response.status).toBe(400);
      expect(codes(response)).toEqual(['GRAPHQL_PARSE_FAILED']);
      expect(response.errors?.[0].message).toMatch(/tokens/);
    });

    it('should answer a body that is not JSON with a JSON error, no HTML, stack trace or path', async () => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": "{ __typename }",,,',
      });
      const text = await response.text();
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(JSON.parse(text)).toEqual({
        errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
      });
      expect(text).not.toMatch(/<html|<pre|\bat \w|node_modules|\/work\//i);
    });

    it('should answer an unknown path with a JSON 404', async () => {
      const response = await fetch(server.url.replace('/graphql', '/nowhere'));
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }],
      });
    });
  });

  it('should never put a stack trace in an error', async () => {
    const response = await server.gql(CaseById, { id: 'not-a-uuid' }, { as: 'swp.requester' });
    expect(response.errors).toBeDefined();
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|at \w+ \(/i);
  });
});

describe('GraphQL query limits', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await TestServer.start({
      GRAPHQL_MAX_DEPTH: '2',
      GRAPHQL_MAX_ALIASES: '3',
      GRAPHQL_MAX_COST: '20',
    });
  });
  afterAll(() => server.stop());

  it('should refuse a query deeper than the limit, before running it', async () => {
    const response = await server.gql(
      '{ verifyAuditChain { firstBroken { seq } } }',
      {},
      { as: 'oversight.commissioner' },
    );
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0].message).toMatch(/^Query depth limit of 2 exceeded/);
    expect(codes(response)).toEqual(['QUERY_TOO_DEEP']);
    expect(response.status).toBe(400);
  });

  it('should refuse too many aliases with TOO_MANY_ALIASES', async () => {
    const response = await server.gql(
      `{ ${Array.from({ length: 5 }, (_, i) => `c${i}: me { id }`).join(' ')} }`,
      {},
      { as: 'swp.requester' },
    );
    expect(response.errors?.[0].message).toMatch(/alias/i);
    expect(codes(response)).toEqual(['TOO_MANY_ALIASES']);
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
  });

  it('should refuse a query over the cost limit with QUERY_TOO_COSTLY', async () => {
    // a page size multiplies the cost of what each row selects
    const response = await server.gql('{ forces(first: 10) { totalCount } }', {}, { as: 'swp.requester' });
    expect(response.errors?.[0].message).toMatch(/cost/i);
    expect(codes(response)).toEqual(['QUERY_TOO_COSTLY']);
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
  });

  it('should still answer a query within every limit', async () => {
    const response = await server.gql(
      '{ me { id } forces(first: 2) { totalCount } }',
      {},
      { as: 'swp.requester' },
    );
    expect(response.errors).toBeUndefined();
  });
});

describe('GraphQL service in production mode', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await TestServer.start({ NODE_ENV: 'production' });
  });
  afterAll(() => server.stop());

  it('should turn introspection off', async () => {
    const response = await server.gql('{ __schema { queryType { name } } }');
    expect(response.errors?.[0].message).toMatch(/introspection/i);
  });

  it('should answer a body that is not JSON with a JSON error', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});
