import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  IntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { OversightFixture } from '../support/oversight-fixture';
import { TestServer } from '../support/test-server';

/**
 * DESIGN.md: oversight "queries audit history and statistics across the forces they oversee" and
 * must never "see face images or embeddings". Rather than list today's image fields by hand, the
 * test reads the live schema, finds every field that carries image or template data (and every
 * rendering that can embed one), builds a query for every way of reaching it from a root field,
 * fills the arguments with real ids from a fixture whose probe and custody photos are marker
 * bytes, and sends each one as oversight. Each must be refused (FORBIDDEN) or leave the field
 * null, and no response may hold the marker bytes. A supervisor's disclosure pack shows that the
 * markers are found when they are there.
 */

/** Leaves that hold image or template bytes, or a rendering that can embed an image. */
const IMAGE_DATA = /base64|bytes|embedding|template|vector|pixels|^html$/i;
/**
 * Roots that serve documents, not faces: a force's governance documents (its DPIA, policy, SOP) are
 * PDFs that oversight is meant to read.
 */
const NOT_FACE_IMAGES = new Set(['governanceDocumentFile']);
/** Roots whose operations are sent over HTTP; subscriptions travel over graphql-ws and are not walked here. */
const ROOTS = ['query', 'mutation'] as const;

interface Target {
  operation: (typeof ROOTS)[number];
  root: GraphQLField<unknown, unknown>;
  /** Field names from the root field's result down to the image leaf. */
  path: string[];
}

/** Every path from each root field down to an image leaf, never visiting a type twice on one path. */
function imageTargets(schema: GraphQLSchema): Target[] {
  const targets: Target[] = [];
  const walk = (
    type: GraphQLNamedType,
    path: string[],
    seen: Set<string>,
    emit: (path: string[]) => void,
  ) => {
    if (!(isObjectType(type) || isInterfaceType(type))) {
      if (isUnionType(type)) for (const member of type.getTypes()) walk(member, path, seen, emit);
      return;
    }
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isLeafType(named)) {
        // a number (a byte count, a size) holds no image
        const numeric = named.name === 'Int' || named.name === 'Float';
        if (IMAGE_DATA.test(field.name) && !numeric) emit([...path, field.name]);
      } else if (!seen.has(named.name) && path.length < 6) {
        walk(named, [...path, field.name], new Set([...seen, named.name]), emit);
      }
    }
  };
  for (const operation of ROOTS) {
    const rootType = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
    for (const root of Object.values(rootType?.getFields() ?? {})) {
      const named = getNamedType(root.type);
      if (isLeafType(named) || NOT_FACE_IMAGES.has(root.name)) continue;
      walk(named, [], new Set([named.name]), (path) => targets.push({ operation, root, path }));
    }
  }
  return targets;
}

interface FixtureIds {
  requestId: string;
  taskId: string;
  caseId: string;
  candidateId: string;
}

/** A GraphQL literal for any argument type: real fixture ids, long enough text, the first enum value. */
function literal(type: GraphQLInputType, name: string, ids: FixtureIds): string {
  if (isNonNullType(type)) return literal(type.ofType, name, ids);
  if (isListType(type)) return `[${literal(type.ofType, name, ids)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    // an image comes in one of two optional fields (an upload id or base64): a caller must give one
    const required = Object.values(type.getFields()).filter(
      (f) => (isNonNullType(f.type) && f.defaultValue === undefined) || /imageBase64$/i.test(f.name),
    );
    return `{ ${required.map((f) => `${f.name}: ${literal(f.type, f.name, ids)}`).join(', ')} }`;
  }
  switch (type.name) {
    case 'ID':
      if (/task/i.test(name)) return JSON.stringify(ids.taskId);
      if (/case/i.test(name)) return JSON.stringify(ids.caseId);
      if (/candidate/i.test(name)) return JSON.stringify(ids.candidateId);
      return JSON.stringify(ids.requestId);
    case 'Int':
      return '1';
    case 'Float':
      return '0.7';
    case 'Boolean':
      return 'false';
    case 'DateTimeISO':
      return JSON.stringify(new Date().toISOString());
    default:
      return /base64/i.test(name)
        ? JSON.stringify(Buffer.from('not an image').toString('base64'))
        : // long enough for every minimum, short enough for every maximum (an exhibit reference's is 100)
          JSON.stringify(`Oversight probing ${name} for image data: long enough for length checks.`);
  }
}

function documentFor(target: Target, ids: FixtureIds): string {
  const args = target.root.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const argText = args.length
    ? `(${args.map((a) => `${a.name}: ${literal(a.type, a.name, ids)}`).join(', ')})`
    : '';
  const nested = [...target.path]
    .reverse()
    .reduce((inner, field) => (inner ? `${field} { ${inner} }` : field), '');
  return `${target.operation} { ${target.root.name}${argText} { ${nested} } }`;
}

/** Every value found at `path` under `value`, through lists. */
function valuesAt(value: unknown, path: string[]): unknown[] {
  if (path.length === 0) return [value];
  if (value === null || value === undefined) return [value];
  if (Array.isArray(value)) return value.flatMap((v) => valuesAt(v, path));
  return valuesAt((value as Record<string, unknown>)[path[0]], path.slice(1));
}

describe('oversight and face images', () => {
  let server: TestServer;
  let fx: OversightFixture;
  let schema: GraphQLSchema;
  let ids: FixtureIds;

  beforeAll(async () => {
    server = await TestServer.start();
    fx = await OversightFixture.create(server);
    await fx.person('A', 'SWP', { ethnicity: 'W1', sex: 'M', ageBand: '25-34' });
    await fx.person('B', 'SWP', { ethnicity: 'W1', sex: 'F', ageBand: '25-34' });
    const closed = await fx.request({
      force: 'SWP',
      submittedAt: '2026-05-01T10:00:00Z',
      status: 'CLOSED',
      candidates: ['A', 'B'],
      reviews: { first: { A: 'POSSIBLE_MATCH' }, second: { A: 'POSSIBLE_MATCH' } },
      outcome: { result: 'POSSIBLE_MATCH', basis: 'REVIEWERS_AGREED', candidate: 'A', afterSeconds: 3600 },
    });
    const [task] = await server.db.manager.query(
      `SELECT id FROM review_task WHERE request_id = $1 AND stage = 'FIRST'`,
      [closed.id],
    );
    ids = { requestId: closed.id, taskId: task.id, caseId: closed.caseId, candidateId: closed.candidates.A };
    const introspection = await server.gql<IntrospectionQuery>(
      getIntrospectionQuery(),
      {},
      { as: 'oversight.commissioner' },
    );
    expect(introspection.errors).toBeUndefined();
    schema = buildClientSchema(introspection.data!);
  });
  afterAll(() => server.stop());

  const leaks = (body: string) =>
    fx.imageMarkers.filter((m) => body.includes(m.toString('base64')) || body.includes(m.toString('utf8')));

  it('should find the image fields the schema has today', () => {
    const found = new Set(imageTargets(schema).map((t) => `${t.root.name}.${t.path.join('.')}`));
    for (const known of [
      'searchRequest.probeImage.content.dataBase64',
      'searchRequest.candidates.image.content.dataBase64',
      'reviewPacket.probe.content.dataBase64',
      'disclosurePack.probe.imageBase64',
      'disclosurePack.html',
    ]) {
      expect(found).toContain(known);
    }
  });

  it("should find the markers in a response that holds them (a supervisor's disclosure pack)", async () => {
    const response = await server.gql(
      `query { disclosurePack(id: ${JSON.stringify(ids.requestId)}) { probe { imageBase64 } } }`,
      {},
      { as: 'swp.supervisor' },
    );
    expect(response.errors).toBeUndefined();
    expect(leaks(JSON.stringify(response)).length).toBe(1);
  });

  it('an oversight caller gets FORBIDDEN (or no such field) on every image or embedding field', async () => {
    const targets = imageTargets(schema);
    expect(targets.length).toBeGreaterThan(10);
    const outcomes: string[] = [];
    for (const target of targets) {
      const document = documentFor(target, ids);
      const response = await server.gql(document, {}, { as: 'oversight.commissioner' });
      const name = `${target.operation} ${target.root.name}.${target.path.join('.')}`;
      const codes = (response.errors ?? []).map((e) => e.extensions?.code);
      expect([name, leaks(JSON.stringify(response))]).toEqual([name, []]);
      // a rendering may be shown if it embeds no image; image data never
      const shown = valuesAt(
        response.data?.[target.root.name as keyof typeof response.data],
        target.path,
      ).filter((v) => v !== null && v !== undefined);
      const embedsNoImage = (v: unknown) =>
        target.path.at(-1) === 'html' && !/;base64,|<img/i.test(String(v));
      expect([name, shown.filter((v) => !embedsNoImage(v))]).toEqual([name, []]);
      // refused outright, or the way to the pixels is closed (a null on the path); any other
      // error (a malformed probe, a validation failure) would prove nothing
      expect([name, codes.every((c) => c === 'FORBIDDEN')]).toEqual([name, true]);
      outcomes.push(`${name}: ${codes.length ? codes.join(',') : 'withheld'}`);
    }
    expect(outcomes).toEqual(
      expect.arrayContaining([
        'query reviewPacket.probe.content.dataBase64: FORBIDDEN',
        'query searchRequest.probeImage.content.dataBase64: withheld',
        'query disclosurePack.probe.imageBase64: withheld',
        'mutation closeSearchRequest.probeImage.content.dataBase64: FORBIDDEN',
      ]),
    );
  });
});
