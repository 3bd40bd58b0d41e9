import sharp from 'sharp';
import { In } from 'typeorm';
import { FaceSearchRepository } from '../../src/db/face-search.repository';
import { AuditEvent, CustodyImage, CustodyImageBlob, DerivedImage } from '../../src/entities';
import { graphql } from '../gql';
import { demoFaces, DemoFace } from '../support/faces';
import { codes, TestServer } from '../support/test-server';
import { blurRegions, noiseJpeg, pngHeaderClaiming, sample } from '../inference/helpers';

const Enrol = graphql(`
  mutation Enrol($input: EnrolCustodyImageInput!) {
    enrolCustodyImage(input: $input) {
      duplicate
      faceIndex
      image {
        id
        subjectId
        status
        retentionClass
        reviewDueAt
      }
      quality {
        faceSizePx
        acceptable
      }
    }
  }
`);

const CustodyImagePerson = graphql(`
  query CustodyImagePerson($id: ID!) {
    custodyImage(id: $id) {
      id
      personReference
    }
  }
`);

const RequestDeletion = graphql(`
  mutation RequestDeletion($input: RequestDeletionInput!) {
    requestCustodyImageDeletion(input: $input) {
      id
      status
      strongerPresumption
      imageIds
    }
  }
`);

const DecideDeletion = graphql(`
  mutation DecideDeletion($id: ID!, $grant: Boolean!, $rationale: String!) {
    decideDeletionRequest(id: $id, grant: $grant, rationale: $rationale) {
      id
      status
    }
  }
`);

const DueForReview = graphql(`
  query DueForReview($before: DateTimeISO!) {
    custodyImagesDueForReview(before: $before) {
      edges {
        node {
          id
          retentionClass
        }
      }
    }
  }
`);

describe('GalleryService (over GraphQL)', () => {
  let server: TestServer;
  let faces: DemoFace[];
  let swp: string;
  let counter = 0;

  const record = (image: Buffer, extra: Record<string, unknown> = {}) => ({
    personReference: `P/${(counter += 1)}`,
    custodyReference: `CU/${counter}`,
    capturedAt: '2025-03-01T10:00:00.000Z',
    retentionClass: 'CONVICTED' as const,
    under18AtCapture: false,
    imageBase64: image.toString('base64'),
    ...extra,
  });
  const enrol = (image: Buffer, extra: Record<string, unknown> = {}, as = 'swp.gallery') =>
    server.gql(Enrol, { input: record(image, extra) }, { as });
  const searchFor = async (probeImage: Buffer) => {
    const face = await server.twokey.faces.templateFor(probeImage);
    const found = await server.db.transaction(({ manager }) =>
      FaceSearchRepository.search(manager, {
        probe: face.template,
        modelVersion: server.twokey.faces.modelVersion,
        forceIds: [swp],
        includeUnder18: true,
        excludedRetentionClasses: [],
        threshold: 0,
        k: 5,
      }),
    );
    expect(found.method.kind).toBe('HNSW');
    return found.candidates;
  };

  beforeAll(async () => {
    server = await TestServer.start();
    faces = (await demoFaces(server.twokey.faces)).slice(0, 8);
    swp = (await server.db.dataSource.query(`SELECT id FROM force WHERE code = 'SWP'`))[0].id;
  });
  afterAll(() => server.stop());

  describe('enrolCustodyImage', () => {
    it('should enrol people so that a different photo of one of them finds that person first', async () => {
      const ids: string[] = [];
      for (const face of faces) {
        const response = await enrol(face.enrol);
        expect(response.errors).toBeUndefined();
        expect(response.data?.enrolCustodyImage).toMatchObject({
          duplicate: false,
          image: { status: 'ACTIVE', retentionClass: 'CONVICTED' },
        });
        ids.push(response.data!.enrolCustodyImage.image.id);
      }
      for (const [i, face] of faces.entries()) {
        const [first] = await searchFor(face.probe);
        expect([face.label, first.imageId]).toEqual([face.label, ids[i]]);
      }
      expect(
        await server.db.manager.count(AuditEvent, {
          where: { action: 'CUSTODY_IMAGE_ENROLLED', subjectId: In(ids) },
        }),
      ).toBe(ids.length);
    });

    it('should add nothing when the same image is enrolled again', async () => {
      const before = await server.db.manager.count(CustodyImage);
      const again = await enrol(faces[0].enrol);
      expect(again.data?.enrolCustodyImage.duplicate).toBe(true);
      expect(await server.db.manager.count(CustodyImage)).toBe(before);
    });

    it.each([
      ['a photo with several faces', async () => sample(1), 'MULTIPLE_FACES'],
      ['an image with no face', async () => noiseJpeg(320, 320), 'NO_FACE'],
      [
        'a non-image file',
        async () => Buffer.from('%PDF-1.4 this is not an image at all'),
        'UNREADABLE_IMAGE',
      ],
      [
        'an image format it does not take',
        async () =>
          sharp({ create: { width: 64, height: 64, channels: 3, background: '#fff' } })
            .gif()
            .toBuffer(),
        'UNSUPPORTED_IMAGE',
      ],
      [
        'a header claiming 20,000 x 20,000 pixels',
        async () => pngHeaderClaiming(20_000, 20_000),
        'IMAGE_TOO_LARGE',
      ],
      [
        'a truncated JPEG',
        async () => faces[1].enrol.subarray(0, Math.floor(faces[1].enrol.length / 3)),
        'UNREADABLE_IMAGE',
      ],
    ])('should refuse %s with a typed error and write nothing', async (_name, make, code) => {
      const before = {
        images: await server.db.manager.count(CustodyImage),
        events: await server.db.manager.count(AuditEvent),
      };
      const response = await enrol(await make());
      expect(codes(response)).toEqual([code]);
      expect(JSON.stringify(response.errors)).not.toMatch(/template|embedding|base64/i);
      expect(await server.db.manager.count(CustodyImage)).toBe(before.images);
      expect(await server.db.manager.count(AuditEvent)).toBe(before.events);
    });

    it('should enrol the chosen face of a group photo', async () => {
      const group = sample(2);
      const chosen = (await server.twokey.faces.analyse(group)).faces.find((f) => f.quality.acceptable)!;
      const response = await enrol(group, { faceIndex: chosen.index });
      expect(response.errors).toBeUndefined();
      expect(response.data?.enrolCustodyImage.quality?.acceptable).toBe(true);
    });

    it('should enrol the only usable face of a group photo without asking, and show its person reference', async () => {
      const photo = sample(1);
      const boxes = (await server.twokey.faces.analyse(photo)).faces.map((f) => f.box);
      const oneUsable = await blurRegions(photo, boxes.slice(1), 8);
      const found = (await server.twokey.faces.analyse(oneUsable)).faces;
      expect(found.map((f) => f.quality.acceptable)).toEqual([true, false, false]);
      const response = await enrol(oneUsable, { personReference: 'PNC/GROUP/1' });
      expect(response.errors).toBeUndefined();
      expect(response.data?.enrolCustodyImage).toMatchObject({ duplicate: false, faceIndex: 0 });
      const id = response.data!.enrolCustodyImage.image.id;
      // the gallery manager who may read the image sees whose it is; an officer who may not sees nothing of it
      const seen = await server.gql(CustodyImagePerson, { id }, { as: 'swp.gallery' });
      expect(seen.data?.custodyImage).toEqual({ id, personReference: 'PNC/GROUP/1' });
      for (const as of ['swp.requester', 'swp.reviewer1', 'gwp.admin']) {
        const refused = await server.gql(CustodyImagePerson, { id }, { as });
        expect(codes(refused)).toEqual(['NOT_FOUND']);
        expect(JSON.stringify(refused)).not.toContain('PNC/GROUP/1');
      }
    });

    it('should refuse a face index the photo does not have as BAD_USER_INPUT, writing nothing', async () => {
      const before = {
        images: await server.db.manager.count(CustodyImage),
        events: await server.db.manager.count(AuditEvent),
      };
      const response = await enrol(sample(2), { faceIndex: 3 });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].extensions).toMatchObject({ faceIndex: 3, count: 3 });
      expect(await server.db.manager.count(CustodyImage)).toBe(before.images);
      expect(await server.db.manager.count(AuditEvent)).toBe(before.events);
    });

    it('should refuse officers who are not gallery managers, audited', async () => {
      const before = await server.db.manager.count(AuditEvent, { where: { action: 'ACCESS_DENIED' } });
      expect(codes(await enrol(faces[2].probe, {}, 'swp.requester'))).toEqual(['FORBIDDEN']);
      expect(await server.db.manager.count(AuditEvent, { where: { action: 'ACCESS_DENIED' } })).toBe(
        before + 1,
      );
    });

    it('should refuse references that could become a spreadsheet formula or a forged line (the rules bulk enrolment shares)', async () => {
      const cases: Array<[string, Record<string, unknown>]> = [
        ['personReference', { personReference: '=HYPERLINK("http://evil.example","x")' }],
        ['custodyReference', { custodyReference: '+cmd|calc' }],
        ['custodyReference', { custodyReference: 'CU/1\nforged line' }],
        ['sex', { sex: 'F\r\nX' }],
      ];
      for (const [field, extra] of cases) {
        const response = await enrol(faces[6].enrol, extra);
        expect([field, codes(response)]).toEqual([field, ['BAD_USER_INPUT']]);
        expect(
          (response.errors![0].extensions as { fields: Array<{ property: string }> }).fields.map(
            (f) => f.property,
          ),
        ).toEqual([field]);
      }
    });
  });

  describe('retention and deletion', () => {
    it('should list not-convicted records as due for review before convicted ones', async () => {
      const enrolled = await enrol(faces[6].probe, {
        retentionClass: 'NO_FURTHER_ACTION',
        capturedAt: new Date().toISOString(),
      });
      expect(enrolled.errors).toBeUndefined();
      const due = await server.gql(
        DueForReview,
        { before: new Date(Date.now() + 365 * 86_400_000).toISOString() },
        { as: 'swp.gallery' },
      );
      expect(
        due.data?.custodyImagesDueForReview.edges.map((e) => e.node).map((i) => i.retentionClass),
      ).toEqual(['NO_FURTHER_ACTION']);
      expect(
        codes(await server.gql(DueForReview, { before: new Date().toISOString() }, { as: 'gwp.requester' })),
      ).toEqual(['FORBIDDEN']);
    });

    it('should take a pending deletion out of every search, then delete bytes, template and derived copies on grant', async () => {
      const enrolled = await enrol(faces[7].probe, { under18AtCapture: true, retentionClass: 'NOT_CHARGED' });
      const { id: imageId, subjectId } = enrolled.data!.enrolCustodyImage.image;
      await server.db.manager.insert(DerivedImage, {
        imageId,
        kind: 'CANDIDATE_THUMBNAIL',
        mimeType: 'image/jpeg',
        bytes: Buffer.from([1, 2, 3]),
      });
      expect((await searchFor(faces[7].probe))[0].imageId).toBe(imageId);

      const requested = await server.gql(
        RequestDeletion,
        {
          input: {
            subjectId,
            requestedBy: 'The person, by letter',
            grounds: 'Released without charge; asks for deletion under the 2017 review.',
          },
        },
        { as: 'swp.gallery' },
      );
      expect(requested.data?.requestCustodyImageDeletion).toMatchObject({
        status: 'PENDING',
        strongerPresumption: true,
        imageIds: [imageId],
      });
      expect((await searchFor(faces[7].probe)).map((c) => c.imageId)).not.toContain(imageId);

      const requestId = requested.data!.requestCustodyImageDeletion.id;
      const decided = await server.gql(
        DecideDeletion,
        { id: requestId, grant: true, rationale: 'Not convicted and under 18: presumption applies.' },
        { as: 'swp.gallery' },
      );
      expect(decided.data?.decideDeletionRequest.status).toBe('GRANTED');
      const m = server.db.manager;
      expect(await m.count(CustodyImageBlob, { where: { imageId } })).toBe(0);
      expect(await m.count(DerivedImage, { where: { imageId } })).toBe(0);
      expect(
        Number(
          (await m.query(`SELECT count(*) AS n FROM face_template WHERE image_id = $1`, [imageId]))[0].n,
        ),
      ).toBe(0);
      expect(await m.findOneByOrFail(CustodyImage, { id: imageId })).toMatchObject({
        status: 'DELETED',
        imageSha256: null,
      });
      const tombstone = await m.findOneByOrFail(AuditEvent, {
        action: 'CUSTODY_IMAGE_DELETED',
        subjectId: imageId,
      });
      // ids and counts only: nothing biometric survives in the log
      expect(Object.keys(tombstone.details).sort()).toEqual(['derivedCopiesRemoved', 'removed', 'requestId']);

      const replayed = await server.gql(
        DecideDeletion,
        { id: requestId, grant: false, rationale: 'replayed: keep the images' },
        { as: 'swp.gallery' },
      );
      expect(codes(replayed)).toEqual(['CONFLICT']);
    });

    it('should restore a refused request to the searchable gallery', async () => {
      const enrolled = await enrol(faces[5].probe);
      const { id: imageId, subjectId } = enrolled.data!.enrolCustodyImage.image;
      const requested = await server.gql(
        RequestDeletion,
        { input: { subjectId, requestedBy: 'Solicitor', grounds: 'Asks for deletion of the record.' } },
        { as: 'swp.gallery' },
      );
      expect(requested.data?.requestCustodyImageDeletion.strongerPresumption).toBe(false);
      await server.gql(
        DecideDeletion,
        {
          id: requested.data!.requestCustodyImageDeletion.id,
          grant: false,
          rationale: 'Convicted of a recordable offence; retention is justified.',
        },
        { as: 'swp.gallery' },
      );
      expect(await server.db.manager.findOneByOrFail(CustodyImage, { id: imageId })).toMatchObject({
        status: 'ACTIVE',
      });
      expect((await searchFor(faces[5].probe)).map((c) => c.imageId)).toContain(imageId);
    });

    it("should not let another force's officers touch the record", async () => {
      const enrolled = await enrol(faces[4].probe);
      const { subjectId } = enrolled.data!.enrolCustodyImage.image;
      const response = await server.gql(
        RequestDeletion,
        { input: { subjectId, requestedBy: 'Someone', grounds: 'A request made to the wrong force.' } },
        { as: 'gwp.admin' },
      );
      expect(codes(response)).toEqual(['NOT_FOUND']);
    });
  });
});
