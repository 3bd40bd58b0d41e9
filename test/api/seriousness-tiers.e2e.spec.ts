import sharp from 'sharp';
import { AuditEvent, type AuditAction } from '../../src/entities';
import { graphql } from '../gql';
import type { OffenceCategory, SeriousnessTierInput } from '../gql/graphql';
import { demoFaces, DemoFace } from '../support/faces';
import { registerOfficer } from '../support/officers';
import { Enrolled, ok, WorkflowDriver } from '../support/search-workflow';
import { codes, GraphQLResponse, TestServer } from '../support/test-server';

/**
 * Seriousness tiers (issue 15, item 3): per force, each offence category is in a tier that decides
 * who must authorise (nobody, any authoriser, at least an inspector, at least a superintendent: a
 * rank recorded on the officer), the longest candidate list, the threshold floor (a false-match
 * rate read through the model version's calibration) and whether under-18 or not-convicted records
 * may be searched. A force that configured none keeps the default configuration (its allowed
 * offence list and floor), which the other search tests run under.
 */
const TsForceTiers = graphql(`
  query TsForceTiers {
    forces {
      edges {
        node {
          code
          seriousnessTiers {
            name
            offenceCategories
            authorisation
            maxCandidates
            thresholdFloorFalseMatchRate
            under18Searchable
            notConvictedSearchable
            configured
          }
        }
      }
    }
  }
`);

const TsSetTiers = graphql(`
  mutation TsSetTiers($input: SetSeriousnessTiersInput!) {
    setSeriousnessTiers(input: $input) {
      name
      offenceCategories
      authorisation
      maxCandidates
      thresholdFloorFalseMatchRate
      under18Searchable
      notConvictedSearchable
      configured
    }
  }
`);

const TsSetRank = graphql(`
  mutation TsSetRank($input: SetOfficerRankInput!) {
    setOfficerRank(input: $input) {
      id
      rank
    }
  }
`);

const TsCreate = graphql(`
  mutation TsCreate($input: CreateSearchRequestInput!) {
    createSearchRequest(input: $input) {
      id
      status
      threshold
      k
      authorisationRequired
      authorisationReasons
      authorisationRank
    }
  }
`);

const TsRequest = graphql(`
  query TsRequest($id: ID!) {
    searchRequest(id: $id) {
      id
      status
      k
      authorisationRequired
      authorisationReasons
      authorisationRank
      candidateCount
      policySnapshot {
        k
        threshold
        thresholdFloor
        thresholdFloorFalseMatchRate
        includeUnder18
        excludedRetentionClasses
        eligibleCount
        seriousnessTier {
          name
          authorisation
          maxCandidates
          thresholdFloorFalseMatchRate
          under18Searchable
          notConvictedSearchable
          configured
        }
      }
    }
  }
`);

const TsAuthorise = graphql(`
  mutation TsAuthorise($id: ID!, $rationale: String!) {
    decideSearchAuthorisation(id: $id, authorise: true, rationale: $rationale) {
      id
      status
    }
  }
`);

const RATIONALE = 'Serious offence, no other line of enquiry left; proportionate.';
const REASON = 'Force FR board of 3 March: tiers agreed for the new SOP.';

const VOLUME: OffenceCategory[] = [
  'BURGLARY',
  'VEHICLE_OFFENCES',
  'THEFT',
  'CRIMINAL_DAMAGE',
  'DRUG_OFFENCES',
  'PUBLIC_ORDER',
  'FRAUD',
  'OTHER',
];
const SERIOUS: OffenceCategory[] = [
  'VIOLENCE_AGAINST_THE_PERSON',
  'ROBBERY',
  'POSSESSION_OF_WEAPONS',
  'MISSING_PERSON',
];
const TIERS: SeriousnessTierInput[] = [
  {
    name: 'Volume crime',
    offenceCategories: VOLUME,
    authorisation: 'NONE',
    maxCandidates: 3,
    thresholdFloorFalseMatchRate: 1e-5,
    under18Searchable: false,
    notConvictedSearchable: false,
  },
  {
    name: 'Serious',
    offenceCategories: SERIOUS,
    authorisation: 'INSPECTOR',
    maxCandidates: 20,
    thresholdFloorFalseMatchRate: null,
    under18Searchable: true,
    notConvictedSearchable: true,
  },
  {
    name: 'Most serious',
    offenceCategories: ['SEXUAL_OFFENCES'],
    authorisation: 'SUPERINTENDENT',
    maxCandidates: 50,
    thresholdFloorFalseMatchRate: null,
    under18Searchable: true,
    notConvictedSearchable: true,
  },
];

describe('seriousness tiers', () => {
  let server: TestServer;
  let wf: WorkflowDriver;
  let faces: DemoFace[];
  /** the same person enrolled four times (four custody records of one photo, losslessly re-encoded) */
  let repeated: Enrolled[];
  let under18: Enrolled;
  let notConvicted: Enrolled;
  const ids: Record<string, string> = {};
  const cal = () => server.twokey.faces.calibration!;

  beforeAll(async () => {
    server = await TestServer.start();
    wf = new WorkflowDriver(server);
    faces = await demoFaces(server.twokey.faces);
    repeated = [];
    for (let level = 6; level <= 9; level += 1) {
      const png = await sharp(faces[0].enrol).png({ compressionLevel: level }).toBuffer();
      repeated.push(await wf.enrol({ ...faces[0], enrol: png }));
    }
    under18 = await wf.enrol(faces[1], { under18AtCapture: true });
    notConvicted = await wf.enrol(faces[2], { retentionClass: 'NOT_CHARGED' });
    for (const face of faces.slice(3, 8)) await wf.enrol(face);
    for (const subject of ['swp.authoriser', 'swp.admin', 'swp.requester'])
      ids[subject] = await wf.officerId(subject);
    // an authoriser whose rank nobody recorded
    ids['swp.unranked'] = await registerOfficer(server, {
      subject: 'swp.unranked',
      displayName: 'Authoriser of no recorded rank',
      roles: ['AUTHORISER'],
    });
    ids['swp.superintendent'] = await registerOfficer(server, {
      subject: 'swp.superintendent',
      displayName: 'Supt Rhian Evans',
      roles: ['AUTHORISER'],
    });
  });
  afterAll(() => server.stop());

  const tiersOf = async (code: string, as = 'swp.requester') =>
    ok(await server.gql(TsForceTiers, {}, { as })).forces.edges.find((e) => e.node.code === code)!.node
      .seriousnessTiers;
  const setTiers = (tiers: SeriousnessTierInput[], as = 'swp.admin', reason = REASON) =>
    server.gql(TsSetTiers, { input: { tiers, reason } }, { as });
  const setRank = (officerId: string, rank: string | null, as = 'swp.admin') =>
    server.gql(
      TsSetRank,
      { input: { officerId, rank: rank as never, reason: 'Promoted: force orders 12/2026.' } },
      { as },
    );
  const create = async (
    offenceCategory: OffenceCategory,
    probe: Buffer,
    extra: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<{ createSearchRequest: { id: string } & Record<string, unknown> }>> => {
    const caseId = await wf.createCase('swp.requester', offenceCategory);
    return server.gql(
      TsCreate,
      {
        input: {
          caseId,
          purpose: 'IDENTIFY_SUSPECT',
          legalBasis: 'COMMON_LAW_POLICING',
          justification: 'Robbery of a shop at knifepoint; CCTV still of the suspect; no other lead.',
          probeProvenance: {
            sourceType: 'CCTV',
            obtainedBy: 'PC 1207 Hughes',
            obtainedAt: '2026-02-20T22:40:00.000Z',
            obtainedFrom: 'Shop CCTV, camera 3, 12 Queen Street, Cardiff',
            exhibitReference: 'AH/1',
          },
          probeImageBase64: probe.toString('base64'),
          ...extra,
        },
      } as never,
      { as: 'swp.requester' },
    ) as never;
  };
  const read = async (id: string) =>
    ok(await server.gql(TsRequest, { id }, { as: 'swp.supervisor' })).searchRequest;
  const candidateImages = async (id: string): Promise<string[]> =>
    (
      await server.db.dataSource.query(`SELECT image_id FROM search_candidate WHERE request_id = $1`, [id])
    ).map((r: { image_id: string }) => r.image_id);
  const events = (action: AuditAction) => server.db.manager.find(AuditEvent, { where: { action } });

  describe('the default configuration', () => {
    it("should derive two tiers from the force's allowed offence list and floor, unconfigured", async () => {
      const tiers = await tiersOf('SWP');
      expect(tiers).toEqual([
        {
          name: 'Searchable without authorisation',
          offenceCategories: [
            'VIOLENCE_AGAINST_THE_PERSON',
            'SEXUAL_OFFENCES',
            'ROBBERY',
            'BURGLARY',
            'MISSING_PERSON',
          ],
          authorisation: 'NONE',
          maxCandidates: 200,
          thresholdFloorFalseMatchRate: null,
          under18Searchable: true,
          notConvictedSearchable: true,
          configured: false,
        },
        expect.objectContaining({
          name: 'Needs authorisation',
          authorisation: 'ANY_AUTHORISER',
          maxCandidates: 200,
          configured: false,
        }),
      ]);
      expect(tiers[1].offenceCategories).toContain('THEFT');
    });

    it('should search as before: an offence off the list needs any authoriser, and the snapshot names the default tier', async () => {
      const draft = ok(await create('THEFT', faces[0].enrol, { k: 5 })).createSearchRequest;
      expect(draft).toMatchObject({
        authorisationReasons: ['OFFENCE_NOT_IN_ALLOWED_LIST'],
        authorisationRank: null,
        threshold: cal().thresholdAtFar1e4,
      });
      expect((await wf.submit(draft.id)).status).toBe('AWAITING_AUTHORISATION');
      // swp.unranked holds no rank: any authoriser will do
      expect((await wf.authorise(draft.id, 'swp.unranked')).status).toBe('FIRST_REVIEW');
      const searched = await read(draft.id);
      // the same person four times: all four found under the default list length
      expect(searched.candidateCount).toBe(4);
      expect(searched.policySnapshot!.seriousnessTier).toMatchObject({
        name: 'Needs authorisation',
        authorisation: 'ANY_AUTHORISER',
        configured: false,
      });
    });
  });

  describe('setSeriousnessTiers', () => {
    it('should refuse anyone but a force admin, and record the refusal', async () => {
      for (const as of ['swp.requester', 'swp.authoriser', 'swp.supervisor', 'oversight.commissioner'])
        expect(codes(await setTiers(TIERS, as))).toEqual(['FORBIDDEN']);
      expect(await events('FORCE_SERIOUSNESS_TIERS_CHANGED')).toHaveLength(0);
    });

    it.each([
      ['a category in no tier', [TIERS[0], TIERS[1]], 'tiers'],
      [
        'a category in two tiers',
        [TIERS[0], { ...TIERS[1], offenceCategories: [...SERIOUS, 'THEFT'] }, TIERS[2]],
        'tiers[1].offenceCategories',
      ],
      [
        'a floor the calibration never measured',
        [{ ...TIERS[0], thresholdFloorFalseMatchRate: 0.01 }, TIERS[1], TIERS[2]],
        'tiers[0].thresholdFloorFalseMatchRate',
      ],
      ['two tiers of one name', [TIERS[0], TIERS[1], { ...TIERS[2], name: 'serious' }], 'tiers[2].name'],
    ] as const)('should refuse %s as BAD_USER_INPUT naming the field', async (_, tiers, field) => {
      const response = await setTiers([...tiers] as SeriousnessTierInput[]);
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].extensions!.field).toBe(field);
      expect((await tiersOf('SWP'))[0].configured).toBe(false);
    });

    it('should refuse a list length over 200 or a reason that says nothing', async () => {
      expect(codes(await setTiers([{ ...TIERS[0], maxCandidates: 201 }, TIERS[1], TIERS[2]]))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(codes(await setTiers(TIERS, 'swp.admin', '   short  '))).toEqual(['BAD_USER_INPUT']);
      expect(await events('FORCE_SERIOUSNESS_TIERS_CHANGED')).toHaveLength(0);
    });

    it("should set the admin's own force's tiers, audited with the reason and the tiers before", async () => {
      const set = ok(await setTiers(TIERS)).setSeriousnessTiers;
      expect(set.map((t) => [t.name, t.authorisation, t.configured])).toEqual([
        ['Volume crime', 'NONE', true],
        ['Serious', 'INSPECTOR', true],
        ['Most serious', 'SUPERINTENDENT', true],
      ]);
      expect(await tiersOf('SWP', 'swp.authoriser')).toEqual(set);
      // another force keeps its own (default) configuration
      expect((await tiersOf('GWP')).every((t) => !t.configured)).toBe(true);
      const [event] = await events('FORCE_SERIOUSNESS_TIERS_CHANGED');
      expect(event).toMatchObject({ actorOfficerId: ids['swp.admin'], reason: REASON });
      const details = event.details as { before: { configured: boolean }; after: { tiers: unknown[] } };
      expect(details.before.configured).toBe(false);
      expect(details.after.tiers).toHaveLength(3);
    });
  });

  describe('setOfficerRank', () => {
    it('should let a force admin record the rank of an officer of their force, audited', async () => {
      expect(ok(await setRank(ids['swp.authoriser'], 'INSPECTOR')).setOfficerRank.rank).toBe('INSPECTOR');
      expect(ok(await setRank(ids['swp.superintendent'], 'SUPERINTENDENT')).setOfficerRank.rank).toBe(
        'SUPERINTENDENT',
      );
      const recorded = await events('OFFICER_RANK_CHANGED');
      expect(recorded.map((e) => [e.subjectId, (e.details as { after: string }).after])).toEqual(
        expect.arrayContaining([
          [ids['swp.authoriser'], 'INSPECTOR'],
          [ids['swp.superintendent'], 'SUPERINTENDENT'],
        ]),
      );
      expect(recorded.every((e) => e.reason === 'Promoted: force orders 12/2026.')).toBe(true);
    });

    it('should refuse their own rank, another force admin and anyone else', async () => {
      expect(codes(await setRank(ids['swp.admin'], 'CHIEF_CONSTABLE'))).toEqual(['FORBIDDEN']);
      expect(codes(await setRank(ids['swp.authoriser'], 'CHIEF_CONSTABLE', 'gwp.admin'))).toEqual([
        'NOT_FOUND',
      ]);
      expect(codes(await setRank(ids['swp.authoriser'], 'CHIEF_CONSTABLE', 'swp.authoriser'))).toEqual([
        'FORBIDDEN',
      ]);
      expect(codes(await setRank(ids['swp.unranked'], 'SUPERINTENDENT', 'swp.requester'))).toEqual([
        'NOT_FOUND',
      ]);
      const [row] = await server.db.dataSource.query(`SELECT rank FROM officer WHERE id = $1`, [
        ids['swp.admin'],
      ]);
      expect(row.rank).toBeNull();
    });
  });

  describe('a tier routes authorisation to the right rank', () => {
    it('should refuse an inspector on a superintendent-tier search with AUTHORISER_RANK_TOO_LOW, and let a superintendent authorise it', async () => {
      const draft = ok(await create('SEXUAL_OFFENCES', faces[3].probe)).createSearchRequest;
      expect(draft).toMatchObject({
        authorisationRequired: true,
        authorisationReasons: ['OFFENCE_NOT_IN_ALLOWED_LIST'],
        authorisationRank: 'SUPERINTENDENT',
      });
      expect((await wf.submit(draft.id)).status).toBe('AWAITING_AUTHORISATION');
      const denials = (await events('ACCESS_DENIED')).length;
      const refused = await server.gql(
        TsAuthorise,
        { id: draft.id, rationale: RATIONALE },
        { as: 'swp.authoriser' },
      );
      expect(codes(refused)).toEqual(['AUTHORISER_RANK_TOO_LOW']);
      expect(refused.errors![0].extensions).toMatchObject({
        requiredRank: 'SUPERINTENDENT',
        rank: 'INSPECTOR',
      });
      expect(await events('ACCESS_DENIED')).toHaveLength(denials + 1);
      expect((await read(draft.id)).status).toBe('AWAITING_AUTHORISATION');

      const authorised = ok(
        await server.gql(TsAuthorise, { id: draft.id, rationale: RATIONALE }, { as: 'swp.superintendent' }),
      ).decideSearchAuthorisation;
      expect(authorised.status).toBe('FIRST_REVIEW');
      const [event] = (await events('SEARCH_AUTHORISED')).filter((e) => e.subjectId === draft.id);
      expect(event.details).toMatchObject({
        authorisationRank: 'SUPERINTENDENT',
        authoriserRank: 'SUPERINTENDENT',
      });
      expect((await read(draft.id)).policySnapshot!.seriousnessTier).toMatchObject({
        name: 'Most serious',
        authorisation: 'SUPERINTENDENT',
        configured: true,
      });
    });

    it('should let an inspector (or above) authorise an inspector-tier search, and refuse an authoriser of no rank', async () => {
      for (const authoriser of ['swp.authoriser', 'swp.superintendent']) {
        const draft = ok(await create('ROBBERY', faces[4].probe)).createSearchRequest;
        expect(draft.authorisationRank).toBe('INSPECTOR');
        await wf.submit(draft.id);
        const unranked = await server.gql(
          TsAuthorise,
          { id: draft.id, rationale: RATIONALE },
          { as: 'swp.unranked' },
        );
        expect(codes(unranked)).toEqual(['AUTHORISER_RANK_TOO_LOW']);
        expect(unranked.errors![0].extensions).toMatchObject({ requiredRank: 'INSPECTOR', rank: null });
        expect(
          ok(await server.gql(TsAuthorise, { id: draft.id, rationale: RATIONALE }, { as: authoriser }))
            .decideSearchAuthorisation.status,
        ).toBe('FIRST_REVIEW');
      }
    });

    it('should run a search of a tier that needs no authorisation at once, with no authorisation step', async () => {
      const draft = ok(await create('THEFT', faces[5].probe)).createSearchRequest;
      expect(draft).toMatchObject({
        authorisationRequired: false,
        authorisationReasons: [],
        authorisationRank: null,
      });
      expect(['FIRST_REVIEW', 'NO_VIABLE_CANDIDATE']).toContain((await wf.submit(draft.id)).status);
      const trail = await server.db.manager.find(AuditEvent, { where: { subjectId: draft.id } });
      expect(trail.map((e) => e.action)).not.toContain('SEARCH_AUTHORISATION_REQUESTED');
    });

    it("should still need an authoriser, of any rank, for a none-tier search below the tier's floor", async () => {
      const draft = ok(
        await create('THEFT', faces[0].enrol, { threshold: cal().thresholdAtFar1e4 }),
      ).createSearchRequest;
      expect(draft).toMatchObject({
        authorisationReasons: ['THRESHOLD_BELOW_FLOOR'],
        authorisationRank: null,
      });
      await wf.submit(draft.id);
      expect((await wf.authorise(draft.id, 'swp.unranked')).status).toBe('FIRST_REVIEW');
    });
  });

  describe('the tier applied to the search', () => {
    it("should default the threshold to the tier's floor, its false-match rate read as a cosine of the model's calibration", async () => {
      const draft = ok(await create('THEFT', faces[0].enrol)).createSearchRequest;
      expect(draft.threshold).toBe(cal().thresholdAtFar1e5);
      expect(cal().thresholdAtFar1e5).toBeGreaterThan(cal().thresholdAtFar1e4);
      await wf.submit(draft.id);
      const snapshot = (await read(draft.id)).policySnapshot!;
      expect(snapshot).toMatchObject({
        thresholdFloor: cal().thresholdAtFar1e5,
        thresholdFloorFalseMatchRate: 1e-5,
        seriousnessTier: { name: 'Volume crime', thresholdFloorFalseMatchRate: 1e-5, configured: true },
      });
      // a tier without a floor of its own: the force's (1 in 10,000)
      const robbery = ok(await create('ROBBERY', faces[4].probe)).createSearchRequest;
      expect(robbery.threshold).toBe(cal().thresholdAtFar1e4);
    });

    it("should cap the candidate list at the tier's maximum: a longer one refused, none asked for defaults to it", async () => {
      const tooLong = await create('THEFT', faces[0].enrol, { k: 5 });
      expect(codes(tooLong)).toEqual(['BAD_USER_INPUT']);
      expect(tooLong.errors![0].extensions).toMatchObject({ field: 'k', seriousnessTier: 'Volume crime' });

      const draft = ok(await create('THEFT', faces[0].enrol)).createSearchRequest;
      expect(draft.k).toBe(3);
      await wf.submit(draft.id);
      const searched = await read(draft.id);
      // four records of this person reach the threshold (the default configuration found all four)
      expect(searched.candidateCount).toBe(3);
      expect(searched.policySnapshot).toMatchObject({ k: 3, seriousnessTier: { maxCandidates: 3 } });
      const found = await candidateImages(draft.id);
      expect(repeated.map((r) => r.imageId)).toEqual(expect.arrayContaining(found));
    });

    it('should refuse asking for under-18 or not-convicted records where the tier forbids them', async () => {
      for (const field of ['includeUnder18', 'includeNotConvicted']) {
        const refused = await create('THEFT', faces[1].probe, { [field]: true });
        expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
        expect(refused.errors![0].extensions!.field).toBe(field);
      }
    });

    it('should exclude under-18 and not-convicted records from the eligible gallery once the tier says so', async () => {
      const both = { includeUnder18: true, includeNotConvicted: true };
      const people = [under18, notConvicted];
      // allowed by the tier (with authorisation): each is found
      let allowedEligible = 0;
      for (const person of people) {
        const allowed = ok(await create('ROBBERY', person.face.probe, both)).createSearchRequest;
        expect(allowed.authorisationReasons).toEqual(
          expect.arrayContaining(['UNDER_18_INCLUDED', 'NOT_CONVICTED_INCLUDED']),
        );
        await wf.submit(allowed.id);
        await wf.authorise(allowed.id);
        expect(await candidateImages(allowed.id)).toContain(person.imageId);
        const snapshot = (await read(allowed.id)).policySnapshot!;
        expect(snapshot).toMatchObject({ includeUnder18: true, excludedRetentionClasses: [] });
        allowedEligible = snapshot.eligibleCount;
      }

      // asked for while allowed; by the time they are authorised, the tier no longer allows them
      const asked = [];
      for (const person of people) {
        const draft = ok(await create('ROBBERY', person.face.probe, both)).createSearchRequest;
        await wf.submit(draft.id);
        asked.push(draft.id);
      }
      const narrowed = TIERS.map((t) =>
        t.name === 'Serious' ? { ...t, under18Searchable: false, notConvictedSearchable: false } : t,
      );
      ok(await setTiers(narrowed));
      for (const [i, id] of asked.entries()) {
        await wf.authorise(id);
        const searched = await read(id);
        expect(searched.policySnapshot).toMatchObject({
          includeUnder18: false,
          excludedRetentionClasses: ['NOT_CHARGED', 'NO_FURTHER_ACTION'],
          seriousnessTier: { name: 'Serious', under18Searchable: false, notConvictedSearchable: false },
        });
        expect(searched.policySnapshot!.eligibleCount).toBe(allowedEligible - 2);
        expect(await candidateImages(id)).not.toContain(people[i].imageId);
      }
      // and a new request may no longer ask for them
      expect(codes(await create('ROBBERY', under18.face.probe, { includeUnder18: true }))).toEqual([
        'BAD_USER_INPUT',
      ]);
      ok(await setTiers(TIERS));
    });
  });
});
