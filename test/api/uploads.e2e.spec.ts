import { request as httpRequest } from 'node:http';
import { AuditEvent, ImageUpload, Officer, Role } from '../../src/entities';
import { graphql } from '../gql';
import { demoFaces, type DemoFace } from '../support/faces';
import { JUSTIFICATION, ok, PROVENANCE, WfEnrol, WorkflowDriver } from '../support/search-workflow';
import { codes, TestServer } from '../support/test-server';

/**
 * Images as multipart uploads (issue 17): POST /uploads streams one image under MAX_IMAGE_BYTES and
 * answers an id that createSearchRequest (probeUploadId) and enrolCustodyImage (imageUploadId) use;
 * only its uploader can use it, it is deleted once used or expired, and a body over the limit is
 * refused before it is read whole. Base64 inside JSON stays, under the same limit.
 */
const UpCreateSearch = graphql(`
  mutation UpCreateSearch($input: CreateSearchRequestInput!) {
    createSearchRequest(input: $input) {
      id
      status
    }
  }
`);

const UpSubmit = graphql(`
  mutation UpSubmit($id: ID!) {
    submitSearchRequest(id: $id) {
      id
      status
      candidateCount
    }
  }
`);

/** A small limit, so that "over the limit" is quick to send; the demo photos are well under it. */
const LIMIT = 2 * 1024 * 1024;
const OTHER_REQUESTER = 'swp.upload.other';

describe('image uploads', () => {
  let server: TestServer;
  let wf: WorkflowDriver;
  let person: DemoFace;
  let caseId: string;

  const searchInput = (probe: Record<string, unknown>) => ({
    caseId,
    purpose: 'IDENTIFY_SUSPECT' as const,
    legalBasis: 'COMMON_LAW_POLICING' as const,
    justification: JUSTIFICATION,
    probeProvenance: PROVENANCE,
    k: 5,
    ...probe,
  });
  const uploadRows = () => server.db.manager.count(ImageUpload);
  const uploaded = async (bytes: Buffer, as: string) => {
    const response = await server.upload(bytes, { as });
    expect(response.status).toBe(201);
    return response.body.id!;
  };

  beforeAll(async () => {
    server = await TestServer.start({ MAX_IMAGE_BYTES: String(LIMIT) });
    wf = new WorkflowDriver(server);
    person = (await demoFaces(server.twokey.faces))[0];
    caseId = await wf.createCase();
    const swp = await wf.forceId('SWP');
    await server.db.manager.save(
      server.db.manager.create(Officer, {
        subject: OTHER_REQUESTER,
        forceId: swp,
        displayName: 'DC Other',
        roles: [Role.REQUESTER],
        overseesForceIds: [],
      }),
    );
  }, 180_000);

  afterAll(() => server?.stop());

  it('should enrol and then search with uploaded images, deleting each upload once used', async () => {
    const imageUploadId = await uploaded(person.enrol, 'swp.gallery');
    const enrolled = ok(
      await server.gql(
        WfEnrol,
        {
          input: {
            personReference: 'PNC/UPLOAD/1',
            custodyReference: 'CU/UPLOAD/1',
            capturedAt: '2024-06-01T09:00:00.000Z',
            retentionClass: 'CONVICTED',
            under18AtCapture: false,
            imageUploadId,
          },
        },
        { as: 'swp.gallery' },
      ),
    );
    expect(enrolled.enrolCustodyImage.image.id).toBeDefined();

    const probe = await server.upload(person.probe, { as: 'swp.requester' });
    expect(probe).toMatchObject({ status: 201, body: { bytes: person.probe.length } });
    expect(Date.parse(probe.body.expiresAt!)).toBeGreaterThan(Date.now());
    const draft = ok(
      await server.gql(
        UpCreateSearch,
        { input: searchInput({ probeUploadId: probe.body.id }) },
        { as: 'swp.requester' },
      ),
    ).createSearchRequest;
    expect(draft.status).toBe('DRAFT');
    const submitted = ok(await server.gql(UpSubmit, { id: draft.id }, { as: 'swp.requester' }));
    if (submitted.submitSearchRequest.status === 'AWAITING_AUTHORISATION') await wf.authorise(draft.id);
    const [{ count }] = await server.db.dataSource.query(
      'SELECT count(*)::int AS count FROM search_candidate WHERE request_id = $1',
      [draft.id],
    );
    expect(count).toBeGreaterThanOrEqual(1);
    // the probe kept is the uploaded one; the upload itself is gone
    const [stored] = await server.db.dataSource.query(
      'SELECT bytes FROM search_probe WHERE request_id = $1',
      [draft.id],
    );
    expect(Buffer.from(stored.bytes).equals(person.probe)).toBe(true);
    expect(await uploadRows()).toBe(0);
    const again = await server.gql(
      UpCreateSearch,
      { input: searchInput({ probeUploadId: probe.body.id }) },
      { as: 'swp.requester' },
    );
    expect(codes(again)).toEqual(['UPLOAD_NOT_FOUND']);

    const recorded = await server.db.manager.find(AuditEvent, { where: { action: 'IMAGE_UPLOADED' } });
    expect(recorded).toHaveLength(2);
    expect(JSON.stringify(recorded.map((e) => e.details))).not.toMatch(/base64|bytes":\s*"/);
  });

  it("should not let another officer use one's upload, refusing it as if it did not exist", async () => {
    const id = await uploaded(person.probe, 'swp.requester');
    // another requester of the same force, on a case of their own
    const theirCase = await wf.createCase(OTHER_REQUESTER);
    const other = await server.gql(
      UpCreateSearch,
      { input: { ...searchInput({ probeUploadId: id }), caseId: theirCase } },
      { as: OTHER_REQUESTER },
    );
    const unknown = await server.gql(
      UpCreateSearch,
      {
        input: {
          ...searchInput({ probeUploadId: '00000000-0000-4000-8000-000000000000' }),
          caseId: theirCase,
        },
      },
      { as: OTHER_REQUESTER },
    );
    expect(codes(other)).toEqual(['UPLOAD_NOT_FOUND']);
    expect(other.errors![0].message).toBe(unknown.errors![0].message);
    // the attempt is recorded; the upload is still its owner's to use
    const denied = await server.db.manager.find(AuditEvent, {
      where: { action: 'ACCESS_DENIED', subjectId: id },
    });
    expect(denied).toHaveLength(1);
    const mine = await server.gql(
      UpCreateSearch,
      { input: searchInput({ probeUploadId: id }) },
      { as: 'swp.requester' },
    );
    expect(mine.errors).toBeUndefined();
  });

  it('should refuse an expired upload and delete it in the sweep', async () => {
    const id = await uploaded(person.probe, 'swp.requester');
    await server.asOwner((m) =>
      m.query(
        `UPDATE image_upload SET created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour' WHERE id = $1`,
        [id],
      ),
    );
    const expired = await server.gql(
      UpCreateSearch,
      { input: searchInput({ probeUploadId: id }) },
      { as: 'swp.requester' },
    );
    expect(codes(expired)).toEqual(['UPLOAD_NOT_FOUND']);
    const swept = await server.twokey.timers.tick();
    expect(swept.uploadsExpired).toBe(1);
    expect(await server.db.manager.count(ImageUpload, { where: { id } })).toBe(0);
    expect(await server.db.manager.count(AuditEvent, { where: { action: 'IMAGE_UPLOADS_EXPIRED' } })).toBe(1);
  });

  it('should refuse uploads from the unauthenticated, from officers who may not upload, and of what is no image', async () => {
    expect(await server.upload(person.probe)).toMatchObject({
      status: 401,
      body: { error: { code: 'UNAUTHENTICATED' } },
    });
    expect(await server.upload(person.probe, { as: 'oversight.commissioner' })).toMatchObject({
      status: 403,
      body: { error: { code: 'FORBIDDEN' } },
    });
    expect(await server.upload(Buffer.from('not an image at all'), { as: 'swp.requester' })).toMatchObject({
      status: 415,
      body: { error: { code: 'UNSUPPORTED_IMAGE' } },
    });
  });

  it('should refuse a file one byte over the limit with 413 IMAGE_TOO_LARGE', async () => {
    const over = Buffer.concat([person.probe, Buffer.alloc(LIMIT + 1 - person.probe.length)]);
    const before = await uploadRows();
    expect(await server.upload(over, { as: 'swp.requester' })).toMatchObject({
      status: 413,
      body: { error: { code: 'IMAGE_TOO_LARGE', maxBytes: LIMIT } },
    });
    expect(await uploadRows()).toBe(before);
  });

  it('should refuse a declared length over the limit before reading any of the body', async () => {
    const token = await server.token('swp.requester');
    const answer = await rawUpload(server.uploadsUrl, token, { declaredLength: 100 * LIMIT, totalBytes: 0 });
    expect(answer.status).toBe(413);
    expect(answer.sentBeforeAnswer).toBe(0);
  });

  it('should answer 413 while a streamed body over the limit is still being sent, without holding it', async () => {
    const token = await server.token('swp.requester');
    const total = 32 * LIMIT; // 64 MiB, sent in 64 KiB chunks without a declared length
    const rssBefore = process.memoryUsage().rss;
    const answer = await rawUpload(server.uploadsUrl, token, { totalBytes: total });
    const rssAfter = process.memoryUsage().rss;
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'IMAGE_TOO_LARGE' } });
    // answered soon after the limit, long before the rest was sent, and the connection closed
    expect(answer.sentBeforeAnswer).toBeGreaterThan(LIMIT);
    expect(answer.sentBeforeAnswer).toBeLessThan(total / 4);
    expect(answer.sentTotal).toBeLessThan(total);
    // nothing near the body's size was held (client and server share this process)
    expect(rssAfter - rssBefore).toBeLessThan(total / 2);
  }, 60_000);

  it('should take base64 under the same limit, and refuse it beyond', async () => {
    const inside = await server.gql(
      UpCreateSearch,
      { input: searchInput({ probeImageBase64: person.probe.toString('base64') }) },
      { as: 'swp.requester' },
    );
    expect(inside.errors).toBeUndefined();
    const over = Buffer.concat([person.probe, Buffer.alloc(LIMIT + 1 - person.probe.length)]);
    const refused = await server.gql(
      UpCreateSearch,
      { input: searchInput({ probeImageBase64: over.toString('base64') }) },
      { as: 'swp.requester' },
    );
    expect(codes(refused)).toEqual(['IMAGE_TOO_LARGE']);
    expect(refused.errors![0].extensions).toMatchObject({ maxBytes: LIMIT });
    // a body beyond the JSON limit derived from the image limit is refused by the body parser
    const huge = await server.gql(
      UpCreateSearch,
      { input: searchInput({ probeImageBase64: Buffer.alloc(2 * LIMIT).toString('base64') }) },
      { as: 'swp.requester' },
    );
    expect(huge.status).toBe(413);
    expect(codes(huge)).toEqual(['PAYLOAD_TOO_LARGE']);
    // exactly one image source
    const both = await server.gql(
      UpCreateSearch,
      {
        input: searchInput({
          probeImageBase64: person.probe.toString('base64'),
          probeUploadId: '00000000-0000-4000-8000-000000000000',
        }),
      },
      { as: 'swp.requester' },
    );
    expect(codes(both)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('image uploads without base64 (IMAGES_AS_BASE64=false)', () => {
  let server: TestServer;
  let person: DemoFace;

  beforeAll(async () => {
    server = await TestServer.start({ IMAGES_AS_BASE64: 'false' });
    person = (await demoFaces(server.twokey.faces))[0];
  }, 180_000);

  afterAll(() => server?.stop());

  it('should refuse a base64 image and a JSON body with room for one, and take the upload', async () => {
    const wf = new WorkflowDriver(server);
    const caseId = await wf.createCase();
    const input = {
      caseId,
      purpose: 'IDENTIFY_SUSPECT' as const,
      legalBasis: 'COMMON_LAW_POLICING' as const,
      justification: JUSTIFICATION,
      probeProvenance: PROVENANCE,
    };
    const small = await server.gql(
      UpCreateSearch,
      { input: { ...input, probeImageBase64: person.probe.toString('base64') } },
      { as: 'swp.requester' },
    );
    expect(codes(small)).toEqual(['BAD_USER_INPUT']);
    const large = await server.gql(
      UpCreateSearch,
      { input: { ...input, probeImageBase64: Buffer.alloc(3 * 1024 * 1024).toString('base64') } },
      { as: 'swp.requester' },
    );
    expect(large.status).toBe(413);
    const upload = await server.upload(person.probe, { as: 'swp.requester' });
    const created = await server.gql(
      UpCreateSearch,
      { input: { ...input, probeUploadId: upload.body.id } },
      { as: 'swp.requester' },
    );
    expect(created.errors).toBeUndefined();
  });
});

/**
 * A multipart upload over a raw socket, written chunk by chunk with backpressure until the server
 * answers (or everything is sent): how much had been written when the answer came.
 */
function rawUpload(
  url: string,
  token: string,
  options: { totalBytes: number; declaredLength?: number },
): Promise<{ status: number; body: string; sentBeforeAnswer: number; sentTotal: number }> {
  const boundary = 'twokey-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
  );
  const chunk = Buffer.alloc(64 * 1024, 0xab);
  chunk[0] = 0xff;
  chunk[1] = 0xd8;
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered: { status: number; sentBeforeAnswer: number } | null = null;
    const req = httpRequest(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        ...(options.declaredLength ? { 'content-length': String(options.declaredLength) } : {}),
      },
    });
    req.on('response', (res) => {
      answered = { status: res.statusCode ?? 0, sentBeforeAnswer: sent };
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ ...answered!, body, sentTotal: sent }));
    });
    // the server closing the connection while the body is still being written is what is expected
    req.on('error', (error) => (answered ? undefined : reject(error)));
    req.flushHeaders();
    const pump = () => {
      while (!answered && !req.destroyed && sent < options.totalBytes) {
        const part = sent === 0 ? Buffer.concat([head, chunk]) : chunk;
        sent += part.length;
        if (!req.write(part)) {
          req.once('drain', pump);
          return;
        }
      }
    };
    if (options.totalBytes > 0) pump();
  });
}
