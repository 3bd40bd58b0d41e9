/**
 * The oversight statistics query and its JSON result on the demo data: `npm run demo:statistics`.
 *
 * Starts twokey on a fresh in-memory embedded database with the demo forces and officers, enrols a
 * small South Wales gallery from the group photos shipped with @vladmandic/face-api (with made-up
 * self-defined ethnicity, sex and age band), then drives searches through the workflow's GraphQL
 * API to each way a search can end: confirmed by two reviewers, authorised then confirmed,
 * disputed then adjudicated, no viable candidate, nothing above the threshold, refused, withdrawn,
 * and a Gwent search of the shared gallery still awaiting authorisation. Requesters record what
 * came of two leads (an arrest on one refused until its corroborating evidence is recorded, then
 * approved by a supervisor), the gallery manager handles three deletion requests, and the
 * commissioner's statistics query is printed with its result.
 *
 * The demo gallery has a dozen people, so the minimum group size defaults to 3 here (the service's
 * default is 10); set STATS_MIN_GROUP_SIZE to see more or less suppressed.
 */
import { mintDevToken } from '../src/auth/token-verifier';
import { deriveDemoFaces, type DemoFace as Face } from '../src/demo/demo-faces';
import { loadConfig } from '../src/config/config';
import { createLogger } from '../src/logging/logger';
import { bootstrap } from '../src/server/bootstrap';

const STATISTICS_QUERY = `query OversightStatistics($from: DateTimeISO!, $to: DateTimeISO!, $forceId: ID) {
  oversightStatistics(from: $from, to: $to, forceId: $forceId) {
    from to minGroupSize
    forces { id code name }
    totals { ...Figures }
    outcomeMonitoring {
      forceId dimension group suppressed suppressionReason people
      candidatesReturned candidatesConfirmed confirmedLaterExcluded confirmedLaterCorroborated confirmationRate exclusionRate
    }
  }
}
fragment Figures on ForcePeriodStatistics {
  forceCode month requests
  byPurpose { category count }
  byOffenceCategory { category count }
  bySourceType { category count }
  authorisationRequired authorised refused searchesRun
  outcomes {
    confirmed noViableCandidate noCandidatesAboveThreshold disputed adjudicatedConfirmed adjudicatedNoViableCandidate
    awaitingAdjudication withdrawn expired inProgress
  }
  reviewerAgreement { reviewedByBoth agreed rate candidateDecisionsCompared candidateDecisionsAgreed candidateDecisionRate }
  timeToOutcome { count medianSeconds p90Seconds }
  searchesIncludingUnder18 searchesIncludingNotConvicted thresholdOverrides searchesBelowEquitableThreshold crossForceSearches
  leadsCorroborated leadsExcluded
  leadActions {
    leadsActedOn leadsActedOnWithCorroboration leadsActedOnWithoutCorroboration proposed taken rejected awaitingDecision
    refusedWithoutCorroboration takenByType { category count }
    timeFromOutcomeToAction { count medianSeconds p90Seconds suppressed }
  }
  deletionRequests { received granted refused pending timeToDecide { count medianSeconds p90Seconds } }
}`;

const JUSTIFICATION = 'CCTV still of the suspect leaving the scene; no other line of enquiry identifies him.';
/** Where the demo's probes came from: every search request records it (`probeProvenance`). */
const PROVENANCE = {
  sourceType: 'CCTV',
  obtainedBy: 'DC 1180 Price',
  obtainedFrom: 'Town centre CCTV, camera 12: exported by the council control room',
  exhibitReference: 'JP/1',
};
const RATIONALE = {
  POSSIBLE_MATCH: 'Same ear shape, nose bridge and brow line.',
  NOT_MATCH: 'Different face shape and eye spacing.',
  INCONCLUSIVE: 'Probe too oblique to compare.',
};
type Decision = keyof typeof RATIONALE;

// GraphQL results are read loosely here: this script prints them, the tests check their types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

async function main() {
  const config = loadConfig({
    NODE_ENV: 'development',
    PGLITE_DATA_DIR: 'memory://',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    SEED_DEMO_DATA: 'true',
    STATS_MIN_GROUP_SIZE: process.env.STATS_MIN_GROUP_SIZE ?? '3',
  });
  // its own gallery, with self-defined ethnicity, sex and age band: not the start-up demo gallery
  const twokey = await bootstrap(config, createLogger('warn'), undefined, { demoGallery: false });
  try {
    const gql = async <T = Loose>(
      as: string,
      query: string,
      variables: Record<string, unknown> = {},
    ): Promise<T> => {
      const response = await fetch(twokey.app.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await mintDevToken(config.auth, as)}`,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T; errors?: unknown[] };
      if (body.errors?.length) throw new Error(`${as}: ${JSON.stringify(body.errors)}`);
      return body.data!;
    };
    const step = (text: string) => process.stderr.write(`- ${text}\n`);

    // ---- the gallery ----
    const faces = await deriveDemoFaces(twokey.faces);
    const ethnicities = ['W1', 'W1', 'A1', 'B2', 'W2', 'A3', 'B1', 'W1', 'M1', 'A1', 'B2', 'W1'];
    // people whose probe shows exactly one usable face, so a search can be opened with it
    const searchable: Face[] = [];
    for (const face of faces)
      if (
        await twokey.faces.templateFor(face.probe).then(
          () => true,
          () => false,
        )
      )
        searchable.push(face);
    const gallery: Array<{ face: Face; imageId: string; subjectId: string }> = [];
    for (const face of searchable.slice(0, 12)) {
      const i = gallery.length;
      const { enrolCustodyImage } = await gql(
        'swp.gallery',
        `mutation($input: EnrolCustodyImageInput!) { enrolCustodyImage(input: $input) { image { id subjectId } } }`,
        {
          input: {
            personReference: `PNC/DEMO/${i + 1}`,
            custodyReference: `CU/DEMO/${i + 1}`,
            capturedAt: '2025-03-01T09:00:00.000Z',
            retentionClass: 'CONVICTED',
            under18AtCapture: false,
            selfDefinedEthnicity: ethnicities[i],
            sex: i % 3 === 1 ? 'F' : 'M',
            ageBand: ['18-24', '25-34', '35-44'][i % 3],
            imageBase64: face.enrol.toString('base64'),
          },
        },
      );
      gallery.push({
        face,
        imageId: enrolCustodyImage.image.id,
        subjectId: enrolCustodyImage.image.subjectId,
      });
    }
    const stranger = searchable[12];
    if (gallery.length < 12 || !stranger)
      throw new Error(`the demo photos gave ${searchable.length} usable faces; 13 are needed`);
    step(`enrolled ${gallery.length} custody photos in SWP's gallery`);

    // ---- the workflow ----
    const forces = (
      (await gql('swp.requester', '{ forces { edges { node { id code } } } }')).forces as {
        edges: Array<{ node: { id: string; code: string } }>;
      }
    ).edges.map((e) => e.node);
    const forceId = (code: string) => forces.find((f) => f.code === code)!.id;
    let cases = 0;
    const search = async (
      probe: Buffer,
      extra: Record<string, unknown> = {},
      requester = 'swp.requester',
      offenceCategory = 'ROBBERY',
    ) => {
      cases += 1;
      const { createCase } = await gql(
        requester,
        `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
        { input: { crimeReference: `62/DEMO/${cases}/26`, offenceCategory } },
      );
      const { createSearchRequest } = await gql(
        requester,
        `mutation($input: CreateSearchRequestInput!) { createSearchRequest(input: $input) { id } }`,
        {
          input: {
            caseId: createCase.id,
            purpose: 'IDENTIFY_SUSPECT',
            legalBasis: 'COMMON_LAW_POLICING',
            justification: JUSTIFICATION,
            probeProvenance: { ...PROVENANCE, obtainedAt: new Date(Date.now() - 86_400_000).toISOString() },
            probeImageBase64: probe.toString('base64'),
            k: 5,
            ...extra,
          },
        },
      );
      const { submitSearchRequest } = await gql(
        requester,
        `mutation($id: ID!) { submitSearchRequest(id: $id) { status } }`,
        { id: createSearchRequest.id },
      );
      return { id: createSearchRequest.id as string, status: submitSearchRequest.status as string };
    };
    const decide = (id: string, authorise: boolean) =>
      gql(
        'swp.authoriser',
        `mutation($id: ID!, $authorise: Boolean!, $rationale: String!) { decideSearchAuthorisation(id: $id, authorise: $authorise, rationale: $rationale) { status } }`,
        {
          id,
          authorise,
          rationale: authorise
            ? 'Serious offence, no other line of enquiry; proportionate.'
            : 'Not serious enough to justify a facial search.',
        },
      );
    /** A reviewer claims the stage's task, opens probe and candidates (each view audited) and decides on each. */
    const review = async (
      requestId: string,
      stage: 'FIRST' | 'SECOND',
      reviewer: string,
      call: (bytes: Buffer) => Decision,
    ) => {
      const { reviewTasks } = await gql(
        reviewer,
        `query($requestId: ID, $stage: ReviewStage) { reviewTasks(requestId: $requestId, stage: $stage) { edges { node { id } } } }`,
        { requestId, stage },
      );
      const taskId = reviewTasks.edges[0].node.id;
      await gql(reviewer, `mutation($taskId: ID!) { claimReviewTask(taskId: $taskId) { id } }`, { taskId });
      const { reviewPacket } = await gql(
        reviewer,
        `query($taskId: ID!) { reviewPacket(taskId: $taskId) { probe { content { viewId } } candidates { id image { content { dataBase64 } } } } }`,
        { taskId },
      );
      const decisions = (
        reviewPacket.candidates as Array<{ id: string; image: { content: { dataBase64: string } } }>
      ).map((c) => {
        const decision = call(Buffer.from(c.image.content.dataBase64, 'base64'));
        return { candidateId: c.id, decision, rationale: RATIONALE[decision] };
      });
      await gql(reviewer, `mutation($input: SubmitReviewInput!) { submitReview(input: $input) { status } }`, {
        input: { taskId, decisions },
      });
    };
    const matching =
      (face: Face, onMatch: Decision = 'POSSIBLE_MATCH') =>
      (bytes: Buffer): Decision =>
        bytes.equals(face.enrol) ? onMatch : 'NOT_MATCH';
    const bothReview = async (id: string, face: Face, second: Decision = 'POSSIBLE_MATCH') => {
      await review(id, 'FIRST', 'swp.reviewer1', matching(face));
      await review(id, 'SECOND', 'swp.reviewer2', matching(face, second));
    };
    const status = async (id: string) =>
      (await gql('swp.supervisor', `query($id: ID!) { searchRequest(id: $id) { status } }`, { id }))
        .searchRequest.status as string;
    const excluded = (id: string, note: string) =>
      gql(
        'swp.requester',
        `mutation($requestId: ID!, $note: String!) { recordLeadOutcome(requestId: $requestId, result: EXCLUDED, note: $note) { id } }`,
        { requestId: id, note },
      );
    const proposeArrest = (id: string) =>
      gql(
        'swp.requester',
        `mutation($input: ProposeLeadActionInput!) { proposeLeadAction(input: $input) { id } }`,
        {
          input: {
            requestId: id,
            type: 'ARREST',
            reason: 'Independent phone evidence; arrest needed to interview.',
          },
        },
      );

    const a = await search(gallery[0].face.probe);
    await bothReview(a.id, gallery[0].face);
    // an arrest on the match alone is refused: the lead is intelligence until corroborated
    const refused = await proposeArrest(a.id).then(
      () => 'accepted',
      (error: Error) =>
        error.message.includes('CORROBORATION_REQUIRED') ? 'CORROBORATION_REQUIRED' : error.message,
    );
    // recording the evidence corroborates the lead; a supervisor approves the arrest proposed on it
    await gql(
      'swp.requester',
      `mutation($input: RecordLeadCorroborationInput!) { recordLeadCorroboration(input: $input) { id } }`,
      {
        input: {
          requestId: a.id,
          type: 'DOCUMENTARY',
          reference: 'PHONE/2025/0193',
          description: 'Phone records place him at the scene at the time of the robbery.',
        },
      },
    );
    const { proposeLeadAction: arrest } = await proposeArrest(a.id);
    await gql(
      'swp.supervisor',
      `mutation($input: DecideLeadActionInput!) { approveLeadAction(input: $input) { status } }`,
      {
        input: {
          actionId: arrest.id,
          reason: 'Corroboration independent and reliable; arrest proportionate.',
        },
      },
    );
    step(
      `robbery: confirmed by both reviewers; an arrest on the match alone refused (${refused}); lead corroborated by phone records, arrest approved by a supervisor (${await status(a.id)})`,
    );

    const b = await search(gallery[1].face.probe, {}, 'swp.requester', 'THEFT');
    await decide(b.id, true);
    await bothReview(b.id, gallery[1].face);
    await excluded(b.id, 'Alibi confirmed: in custody in Swansea at the time of the theft.');
    step(
      `theft (outside the allowed list): authorised, confirmed, lead later excluded (${await status(b.id)})`,
    );

    const c = await search(gallery[2].face.probe, { includeUnder18: true });
    await decide(c.id, true);
    await bothReview(c.id, gallery[2].face, 'INCONCLUSIVE');
    const { searchRequest: disputed } = await gql(
      'swp.supervisor',
      `query($id: ID!) { searchRequest(id: $id) { candidates { id custodyImageId } } }`,
      { id: c.id },
    );
    const named = (disputed.candidates as Array<{ id: string; custodyImageId: string }>).find(
      (x) => x.custodyImageId === gallery[2].imageId,
    )!;
    await gql(
      'swp.supervisor',
      `mutation($id: ID!, $candidateId: ID) { adjudicateSearchRequest(id: $id, result: POSSIBLE_MATCH, candidateId: $candidateId, rationale: "Ear and jaw line match; the second reviewer's doubt was the probe's angle.") { status } }`,
      { id: c.id, candidateId: named.id },
    );
    await gql('swp.requester', `mutation($id: ID!) { closeSearchRequest(id: $id) { status } }`, { id: c.id });
    step(
      `under-18s included: authorised, disputed, adjudicated a possible match, closed (${await status(c.id)})`,
    );

    // below the force's floor (so an authoriser must approve) and above the model's minimum: a
    // cosine means something only for its model, so it is read from the active version
    const { forceModelVersions } = await gql<{
      forceModelVersions: Array<{ state: string; thresholdFloor: number; minimumThreshold: number }>;
    }>(
      'swp.gallery',
      `query($forceId: ID) { forceModelVersions(forceId: $forceId) { state thresholdFloor minimumThreshold } }`,
      { forceId: forceId('SWP') },
    );
    const active = forceModelVersions.find((v) => v.state === 'ACTIVE')!;
    const lowered = Number(((active.minimumThreshold + active.thresholdFloor) / 2).toFixed(3));
    const d = await search(stranger.probe, { threshold: lowered });
    await decide(d.id, true);
    if ((await status(d.id)) === 'FIRST_REVIEW') await bothReview(d.id, stranger);
    step(
      `someone not in the gallery, threshold lowered below the floor (${active.thresholdFloor.toFixed(3)}) to ${lowered}: authorised, ${await status(d.id)}`,
    );

    const e = await search(gallery[3].face.probe, {}, 'swp.requester', 'FRAUD');
    await decide(e.id, false);
    step(`fraud (outside the allowed list): ${await status(e.id)}`);

    const f = await search(gallery[4].face.probe);
    await gql(
      'swp.requester',
      `mutation($id: ID!) { withdrawSearchRequest(id: $id, reason: "Suspect identified by a witness; search no longer needed.") { status } }`,
      { id: f.id },
    );
    step(`robbery withdrawn during the first review: ${await status(f.id)}`);

    const g = await search(stranger.probe, { threshold: 0.99 });
    step(`the same person again with the threshold raised to 0.99: ${await status(g.id)}`);

    const h = await search(
      gallery[6].face.probe,
      { otherGalleryForceIds: [forceId('SWP')] },
      'gwp.requester',
    );
    step(
      `Gwent searching its own and the shared South Wales gallery: ${h.status} (Gwent has no authoriser in the demo)`,
    );

    // ---- deletion requests ----
    for (const [i, grant] of [
      [9, true],
      [10, false],
      [11, null],
    ] as const) {
      const { requestCustodyImageDeletion } = await gql(
        'swp.gallery',
        `mutation($input: RequestDeletionInput!) { requestCustodyImageDeletion(input: $input) { id } }`,
        {
          input: {
            subjectId: gallery[i].subjectId,
            requestedBy: 'The person, through a solicitor',
            grounds: 'Released without charge.',
          },
        },
      );
      if (grant !== null) {
        await gql(
          'swp.gallery',
          `mutation($id: ID!, $grant: Boolean!) { decideDeletionRequest(id: $id, grant: $grant, rationale: "Reviewed under the Custody Images Review 2017.") { status } }`,
          { id: requestCustodyImageDeletion.id, grant },
        );
      }
    }
    step('deletion requests: one granted, one refused, one pending');

    // ---- the statistics ----
    const now = new Date();
    const variables = {
      from: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString(),
      to: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString(),
    };
    const result = await gql('oversight.commissioner', STATISTICS_QUERY, variables);
    process.stdout.write(
      `# as oversight.commissioner (oversees SWP and GWP), STATS_MIN_GROUP_SIZE=${config.statistics.minGroupSize}\n\n${STATISTICS_QUERY}\n\n# variables\n${JSON.stringify(variables, null, 2)}\n\n# result\n${JSON.stringify({ data: result }, null, 2)}\n`,
    );
  } finally {
    await twokey.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
