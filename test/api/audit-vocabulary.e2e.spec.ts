import { appendAudit } from '../../src/audit';
import { AUDIT_ACTIONS, AUDIT_EVENT_KINDS, AuditEventKind, Force, Officer } from '../../src/entities';
import { graphql } from '../gql';
import { codes, TestServer } from '../support/test-server';

/**
 * The audit log's vocabulary is part of the API: every action the code writes is a value of the
 * published `AuditAction` enum with its description and kind, each event says its kind, and a
 * filter naming an action that does not exist is refused instead of quietly matching nothing.
 */

const AuditVocabulary = graphql(`
  query AuditVocabulary {
    actions: __type(name: "AuditAction") {
      kind
      enumValues(includeDeprecated: true) {
        name
        description
        isDeprecated
      }
    }
    kinds: __type(name: "AuditEventKind") {
      enumValues {
        name
        description
      }
    }
    event: __type(name: "AuditEvent") {
      fields {
        name
        type {
          kind
          name
          ofType {
            name
          }
        }
      }
    }
  }
`);

const AuditEventKinds = graphql(`
  query AuditEventKinds($filter: AuditEventFilter) {
    auditEvents(filter: $filter, first: 50) {
      edges {
        node {
          seq
          action
          kind
        }
      }
    }
  }
`);

const VocabularyCreateCase = graphql(`
  mutation VocabularyCreateCase($input: CreateCaseInput!) {
    createCase(input: $input) {
      id
    }
  }
`);

describe('audit vocabulary (GraphQL)', () => {
  let server: TestServer;
  let swp: string;

  beforeAll(async () => {
    server = await TestServer.start();
    swp = (await server.db.manager.findOneByOrFail(Force, { code: 'SWP' })).id;
  });
  afterAll(() => server.stop());

  it('should publish every audit action with its description and kind, and every kind', async () => {
    const { data } = await server.gql(AuditVocabulary, {}, { as: 'oversight.commissioner' });
    expect(data!.actions!.kind).toBe('ENUM');
    const values = data!.actions!.enumValues!;
    expect(values.map((v) => v.name).sort()).toEqual(Object.keys(AUDIT_ACTIONS).sort());
    for (const v of values) {
      const info = AUDIT_ACTIONS[v.name as keyof typeof AUDIT_ACTIONS];
      expect(v.description).toBe(`${info.kind}: ${info.description}`);
      expect(v.isDeprecated).toBe('retired' in info);
    }
    expect(data!.kinds!.enumValues!.map((k) => [k.name, k.description])).toEqual(
      Object.entries(AUDIT_EVENT_KINDS),
    );
    const field = (name: string) => data!.event!.fields!.find((f) => f.name === name)!.type;
    expect(field('action')).toMatchObject({ kind: 'NON_NULL', ofType: { name: 'AuditAction' } });
    expect(field('kind')).toMatchObject({ kind: 'NON_NULL', ofType: { name: 'AuditEventKind' } });
  });

  it('should state each event its kind from the table, for events the service wrote', async () => {
    // a state change and a denial
    expect(
      (
        await server.gql(
          VocabularyCreateCase,
          { input: { crimeReference: 'VOC/1/26', offenceCategory: 'ROBBERY' } },
          { as: 'swp.requester' },
        )
      ).errors,
    ).toBeUndefined();
    expect(codes(await server.gql(AuditEventKinds, {}, { as: 'swp.requester' }))).toEqual(['FORBIDDEN']);
    const { data } = await server.gql(
      AuditEventKinds,
      { filter: { actions: ['CASE_CREATED', 'ACCESS_DENIED'] } },
      { as: 'oversight.commissioner' },
    );
    const events = data!.auditEvents.edges.map((e) => e.node);
    expect(events.map((e) => [e.action, e.kind])).toEqual([
      ['ACCESS_DENIED', AuditEventKind.DENIAL],
      ['CASE_CREATED', AuditEventKind.STATE_CHANGE],
    ]);
    for (const e of events) expect(e.kind).toBe(AUDIT_ACTIONS[e.action].kind);
  });

  it('should still read back an event stored under a retired action', async () => {
    const officer = await server.db.manager.findOneByOrFail(Officer, { subject: 'swp.requester' });
    // as an earlier version wrote it (the writer itself no longer accepts the name)
    await server.db.transaction(({ manager }) =>
      appendAudit(manager, null, {
        action: 'OFFICER_ROLES_CHANGED' as never,
        subjectType: 'Officer',
        subjectId: officer.id,
        forceId: swp,
        details: { before: ['REQUESTER'], after: ['REQUESTER'] },
      }),
    );
    const { data, errors } = await server.gql(
      AuditEventKinds,
      { filter: { actions: ['OFFICER_ROLES_CHANGED'] } },
      { as: 'oversight.commissioner' },
    );
    expect(errors).toBeUndefined();
    expect(data!.auditEvents.edges.map(({ node: e }) => [e.action, e.kind])).toEqual([
      ['OFFICER_ROLES_CHANGED', 'STATE_CHANGE'],
    ]);
  });

  it('should refuse a filter naming an action that does not exist, over GraphQL and in an export', async () => {
    const response = await server.gql(
      AuditEventKinds,
      { filter: { actions: ['CASE_CREATD' as never] } },
      { as: 'oversight.commissioner' },
    );
    expect(response.data).toBeUndefined();
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    const url = new URL(
      '/exports/audit-events.csv?actions=CASE_CREATED,CASE_CREATD',
      server.url.replace(/\/graphql$/, '/'),
    );
    const file = await fetch(url, {
      headers: { authorization: `Bearer ${await server.token('oversight.commissioner')}` },
    });
    expect(file.status).toBe(400);
  });
});
