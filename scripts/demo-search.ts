/**
 * One whole search through the public GraphQL API, as the demo officers: `npm run demo:search`
 * (with the service running: `npm start`). Gwent Police search South Wales Police's demo gallery
 * under their sharing agreement, which needs an authoriser:
 *
 *   gwp.requester   opens a case, uploads a probe photo (POST /uploads, multipart) and opens a
 *                   search request with it, submits it
 *   gwp.authoriser  authorises it (cross-force); the search runs
 *   gwp.reviewer    claims the first review, compares the probe with each candidate, decides
 *   gwp.reviewer2   claims the second review, blind to the first, decides
 *   gwp.requester   reads the outcome (CONFIRMED: a lead, not an identification) and closes it
 *   gwp.supervisor  generates the disclosure pack
 *
 * The probe is a different photo of a person the service enrolled on first start (see
 * src/demo/demo-faces.ts): another crop of the same face, turned, brighter and recompressed. The
 * reviewers here stand in for trained examiners: the demo knows who the probe shows, so it calls
 * a candidate a possible match when the candidate's custody photo is that person's.
 *
 * Options: --url (default http://localhost:4000/graphql, or the PORT the service uses), --person n
 * (which demo person is the probe, default 1). Tokens are development tokens signed with the
 * embedded database's secret, as `npm run token` makes them: run with the service's PGLITE_DATA_DIR.
 */
import { parseArgs } from 'node:util';
import { mintDevToken } from '../src/auth/token-verifier';
import { loadConfig } from '../src/config/config';
import { deriveDemoFaces, type DemoFace } from '../src/demo/demo-faces';
import { createFacePipeline } from '../src/inference';

export interface DemoSearchOptions {
  /** The service's GraphQL endpoint. */
  url: string;
  /** A bearer token for a demo officer's subject. */
  token: (subject: string) => Promise<string>;
  /** The demo person searched for: `probe` is searched, `enrol` is their custody photo in the gallery. */
  person: DemoFace;
  /** Where each step is printed. */
  print?: (line: string) => void;
}

export interface DemoSearchResult {
  requestId: string;
  caseId: string;
  /** The request's status when the demo ends: CLOSED after a confirmed outcome. */
  status: string;
  /** SearchRequest.outcome.result as the requester read it before closing. */
  outcome: string;
  /** The status the outcome was reached in (CONFIRMED when both reviewers agreed on a match). */
  outcomeStatus: string;
  /** The rank of the candidate both reviewers called a possible match. */
  matchedRank: number | null;
  disclosureReference: string;
}

const JUSTIFICATION =
  'CCTV still of the suspect leaving the scene of a street robbery; no other line of enquiry has identified him.';
/** Where the demo's probe came from: every search request records it (`probeProvenance`). */
const PROVENANCE = {
  sourceType: 'CCTV',
  obtainedBy: 'DC 2291 Owen, Gwent Police',
  obtainedFrom: 'Bus CCTV, route 30 Newport to Cardiff, forward saloon camera: exported by the operator',
  exhibitReference: 'GO/1',
};
const RATIONALE = {
  POSSIBLE_MATCH: 'Same ear shape, nose bridge and brow line; no unexplained differences.',
  NOT_MATCH: 'Different face shape and eye spacing.',
} as const;

// the results are read loosely: this script prints them, the tests check the typed API
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

class DemoError extends Error {}

/**
 * Names an operation after its first field (`DemoCreateCase`, …), as a real client's documents are
 * named: the operation names are what the service's metrics are labelled by.
 */
function named(query: string): string {
  const field = /\{\s*(\w+)/.exec(query)?.[1] ?? 'Operation';
  const name = `Demo${field[0].toUpperCase()}${field.slice(1)}`;
  return query.startsWith('{') ? `query ${name} ${query}` : query.replace(/^(query|mutation)/, `$1 ${name}`);
}

/** Drives one cross-force search from case to disclosure pack; throws at the first step that fails. */
export async function runDemoSearch(options: DemoSearchOptions): Promise<DemoSearchResult> {
  const { url, token, person } = options;
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const gql = async (as: string, query: string, variables: Record<string, unknown> = {}): Promise<Loose> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token(as)}` },
      body: JSON.stringify({ query: named(query), variables }),
    });
    const body = (await response.json()) as {
      data?: Loose;
      errors?: Array<{ message: string; extensions?: Loose }>;
    };
    if (body.errors?.length) {
      const [first] = body.errors;
      throw new DemoError(`${as}: ${first.extensions?.code ?? 'ERROR'}: ${first.message}`);
    }
    return body.data;
  };
  const step = (n: number, who: string, text: string) =>
    print(`${String(n).padStart(2)}. ${who.padEnd(15)} ${text}`);
  const pct = (x: number) => `${Math.round(x * 100)}%`;

  const forces = (await gql('gwp.requester', '{ forces { edges { node { id code } } } }')).forces.edges.map(
    (e: Loose) => e.node,
  );
  const swp = forces.find((f: Loose) => f.code === 'SWP');
  if (!swp)
    throw new DemoError('the demo force SWP is not there: is this the embedded default with its demo data?');

  /** POST /uploads beside the GraphQL endpoint: one image as multipart/form-data, the id back. */
  const upload = async (
    as: string,
    bytes: Buffer,
  ): Promise<{ id: string; bytes: number; expiresAt: string }> => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'probe.jpg');
    const response = await fetch(new URL('/uploads', url), {
      method: 'POST',
      headers: { authorization: `Bearer ${await token(as)}` },
      body: form,
    });
    const body = (await response.json()) as Loose;
    if (response.status !== 201)
      throw new DemoError(
        `${as}: upload refused: ${body.error?.code ?? response.status}: ${body.error?.message}`,
      );
    return body;
  };

  const crimeReference = `63/${Date.now().toString().slice(-5)}/26`;
  const caseId = (
    await gql('gwp.requester', 'mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }', {
      input: { crimeReference, offenceCategory: 'ROBBERY' },
    })
  ).createCase.id;
  step(1, 'gwp.requester', `case created: ${crimeReference} (ROBBERY), ${caseId}`);
  const probe = await upload('gwp.requester', person.probe);

  const draft = (
    await gql(
      'gwp.requester',
      `mutation($input: CreateSearchRequestInput!) { createSearchRequest(input: $input) {
        id status authorisationRequired authorisationReasons threshold k
        probeQuality { faceSizePx acceptable } probeExpectedHitRate { rankOne inCandidateList } probeHitRateFloor
        probeProvenance { sourceType exhibitReference } } }`,
      {
        input: {
          caseId,
          purpose: 'IDENTIFY_SUSPECT',
          legalBasis: 'COMMON_LAW_POLICING',
          justification: JUSTIFICATION,
          // obtained the day before the search
          probeProvenance: { ...PROVENANCE, obtainedAt: new Date(Date.now() - 86_400_000).toISOString() },
          probeUploadId: probe.id,
          otherGalleryForceIds: [swp.id],
          k: 5,
        },
      },
    )
  ).createSearchRequest;
  const hit = draft.probeExpectedHitRate;
  step(
    2,
    'gwp.requester',
    `search request created: ${draft.id} (${draft.status}), Gwent's and South Wales' galleries, top ${draft.k} above ${draft.threshold}\n` +
      `                       probe photo sent first to POST /uploads (multipart, ${probe.bytes} bytes), named by its upload id\n` +
      `                       probe provenance: ${draft.probeProvenance.sourceType}, exhibit ${draft.probeProvenance.exhibitReference}\n` +
      `                       probe face ${draft.probeQuality.faceSizePx} px; expected hit rate: ${hit ? `rank 1 ${pct(hit.rankOne)}, in the list ${pct(hit.inCandidateList)}` : 'none (no calibration)'}` +
      `${draft.probeHitRateFloor != null ? ` (floor ${pct(draft.probeHitRateFloor)})` : ''}\n` +
      `                       authorisation ${draft.authorisationRequired ? `required: ${draft.authorisationReasons.join(', ')}` : 'not required'}`,
  );

  const submitted = (
    await gql(
      'gwp.requester',
      'mutation($id: ID!) { submitSearchRequest(id: $id) { status candidateCount } }',
      {
        id: draft.id,
      },
    )
  ).submitSearchRequest;
  step(3, 'gwp.requester', `submitted: ${submitted.status}`);

  if (submitted.status === 'AWAITING_AUTHORISATION') {
    const decided = (
      await gql(
        'gwp.authoriser',
        `mutation($id: ID!, $rationale: String!) { decideSearchAuthorisation(id: $id, authorise: true, rationale: $rationale) { status candidateCount } }`,
        {
          id: draft.id,
          rationale:
            'Serious offence, no other line of enquiry; searching the shared gallery is proportionate.',
        },
      )
    ).decideSearchAuthorisation;
    step(4, 'gwp.authoriser', `authorised: ${decided.status}`);
  }
  const searched = await waitFor(
    gql,
    draft.id,
    (s) => s !== 'SUBMITTED' && s !== 'AUTHORISED' && s !== 'SEARCHING',
  );
  if (searched.status !== 'FIRST_REVIEW')
    throw new DemoError(
      `the search ended ${searched.status}${searched.searchFailure ? `: ${searched.searchFailure.reason}` : ''}`,
    );
  step(
    5,
    'system',
    `searched: ${searched.candidateCount} candidate(s) above the threshold; first review open`,
  );

  const review = async (n: number, reviewer: string, stage: 'FIRST' | 'SECOND') => {
    const tasks = (
      await gql(
        reviewer,
        'query($requestId: ID, $stage: ReviewStage) { reviewTasks(requestId: $requestId, stage: $stage) { edges { node { id status } } } }',
        { requestId: draft.id, stage },
      )
    ).reviewTasks.edges.map((e: Loose) => e.node);
    if (!tasks.length) throw new DemoError(`${reviewer} sees no ${stage.toLowerCase()} review task`);
    const claimed = (
      await gql(
        reviewer,
        'mutation($taskId: ID!) { claimReviewTask(taskId: $taskId) { id status claimExpiresAt } }',
        {
          taskId: tasks[0].id,
        },
      )
    ).claimReviewTask;
    const packet = (
      await gql(
        reviewer,
        `query($taskId: ID!) { reviewPacket(taskId: $taskId) { scoresHidden
          probe { content { mimeType } } probeProvenance { sourceType obtainedFrom } candidates { id rank score image { content { dataBase64 } } } } }`,
        { taskId: claimed.id },
      )
    ).reviewPacket;
    const decisions = packet.candidates.map((c: Loose) => {
      const decision = Buffer.from(c.image.content.dataBase64, 'base64').equals(person.enrol)
        ? 'POSSIBLE_MATCH'
        : 'NOT_MATCH';
      return { candidateId: c.id, rank: c.rank, score: c.score, decision, rationale: RATIONALE[decision] };
    });
    await gql(
      reviewer,
      'mutation($input: SubmitReviewInput!) { submitReview(input: $input) { id status } }',
      {
        input: {
          taskId: claimed.id,
          decisions: decisions.map(({ candidateId, decision, rationale }: Loose) => ({
            candidateId,
            decision,
            rationale,
          })),
        },
      },
    );
    const shown = decisions
      .map((d: Loose) => `#${d.rank}${d.score != null ? ` (${d.score.toFixed(3)})` : ''} ${d.decision}`)
      .join(', ');
    step(
      n,
      reviewer,
      `${stage.toLowerCase()} review claimed (until ${claimed.claimExpiresAt}), probe from ${packet.probeProvenance?.sourceType ?? 'an unrecorded source'}, ${packet.candidates.length} candidate(s) compared` +
        `${packet.scoresHidden ? ', scores hidden' : ''}:\n                       ${shown}`,
    );
    return decisions.find((d: Loose) => d.decision === 'POSSIBLE_MATCH')?.rank ?? null;
  };
  const matchedRank = await review(6, 'gwp.reviewer', 'FIRST');
  await review(7, 'gwp.reviewer2', 'SECOND');

  const outcome = (
    await gql(
      'gwp.requester',
      'query($id: ID!) { searchRequest(id: $id) { status outcome { result basis caveat custodyRecord { custodyReference } } } }',
      { id: draft.id },
    )
  ).searchRequest;
  step(
    8,
    'gwp.requester',
    `outcome: ${outcome.status}, ${outcome.outcome?.result} (${outcome.outcome?.basis})` +
      `${outcome.outcome?.custodyRecord ? `, custody record ${outcome.outcome.custodyRecord.custodyReference}` : ''}\n` +
      `                       "${outcome.outcome?.caveat}"`,
  );
  if (outcome.status !== 'CONFIRMED')
    throw new DemoError(`the search ended ${outcome.status}, not CONFIRMED`);

  const closed = (
    await gql('gwp.requester', 'mutation($id: ID!) { closeSearchRequest(id: $id) { status } }', {
      id: draft.id,
    })
  ).closeSearchRequest;
  step(9, 'gwp.requester', `closed: ${closed.status}`);
  const pack = (
    await gql(
      'gwp.supervisor',
      'query($id: ID!) { disclosurePack(id: $id) { reference generatedAt outcomeCandidateRank probe { provenance { exhibitReference } } auditTrail { seq } } }',
      { id: draft.id },
    )
  ).disclosurePack;
  step(
    10,
    'gwp.supervisor',
    `disclosure pack ${pack.reference} (candidate #${pack.outcomeCandidateRank}, probe exhibit ${pack.probe.provenance?.exhibitReference}, ${pack.auditTrail.length} audit events)`,
  );
  return {
    requestId: draft.id,
    caseId,
    status: closed.status,
    outcome: outcome.outcome?.result,
    outcomeStatus: outcome.status,
    matchedRank,
    disclosureReference: pack.reference,
  };
}

/**
 * The request once its status passes `done` (the search runs after the commit that submits or
 * authorises it), as the force's supervisor reads it: the requester is not shown the candidate count.
 */
async function waitFor(
  gql: (as: string, query: string, variables?: Record<string, unknown>) => Promise<Loose>,
  id: string,
  done: (status: string) => boolean,
): Promise<Loose> {
  for (let attempt = 0; ; attempt += 1) {
    const request = (
      await gql(
        'gwp.supervisor',
        'query($id: ID!) { searchRequest(id: $id) { status candidateCount searchFailure { code reason } } }',
        { id },
      )
    ).searchRequest;
    if (done(request.status) || attempt >= 120) return request;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      person: { type: 'string', default: '1' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      'usage: npm run demo:search -- [--url http://localhost:4000/graphql] [--person 1]\n',
    );
    return;
  }
  const config = loadConfig();
  const url = values.url ?? `http://localhost:${config.port}/graphql`;
  const n = Number(values.person);
  if (!Number.isInteger(n) || n < 1) throw new DemoError('--person must be a whole number from 1');
  // the probe is derived here, from the same photos the service enrolled: detection only
  const pipeline = await createFacePipeline({ sessions: 1, faceModel: config.inference.faceModel });
  let people: DemoFace[];
  try {
    people = await deriveDemoFaces(pipeline, { atLeast: n });
  } finally {
    await pipeline.close();
  }
  const person = people[n - 1];
  if (!person) throw new DemoError(`--person must be 1 to ${people.length}`);
  process.stdout.write(
    `twokey demo search against ${url}: probe is a new photo of demo person ${n} (${person.label})\n`,
  );
  const result = await runDemoSearch({ url, person, token: (subject) => mintDevToken(config.auth, subject) });
  process.stdout.write(`done: ${result.outcomeStatus} then ${result.status}, request ${result.requestId}\n`);
}

if (require.main === module)
  main().catch((error: unknown) => {
    const refused = error instanceof TypeError && /fetch failed/.test(error.message);
    process.stderr.write(
      refused
        ? 'demo:search could not reach the service: start it first (npm start), or pass --url\n'
        : `demo:search failed: ${error instanceof Error ? error.message : String(error)}\n` +
            (error instanceof Error && /UNAUTHENTICATED/.test(error.message)
              ? "The tokens are signed with the development secret beside the service's data: run with the same PGLITE_DATA_DIR. A data folder made before Gwent's demo officers had every role lacks some of them: start on a new one.\n"
              : ''),
    );
    process.exit(1);
  });
