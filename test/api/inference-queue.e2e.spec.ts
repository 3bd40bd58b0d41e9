import { demoFaces } from '../support/faces';
import { codes, TestServer } from '../support/test-server';

/**
 * A burst of probes against a service with one face pipeline and room for one waiting job: the
 * excess is answered 503 UNAVAILABLE (retryable, with Retry-After) at once instead of queueing
 * without limit; everything else succeeds; afterwards the service answers normally.
 */
const ENROL = `mutation Enrol($input: EnrolCustodyImageInput!) { enrolCustodyImage(input: $input) { duplicate image { id } } }`;

describe('inference queue bound (over GraphQL)', () => {
  let server: TestServer;
  let images: Buffer[];

  beforeAll(async () => {
    server = await TestServer.start({ INFERENCE_SESSIONS: '1', INFERENCE_MAX_QUEUE: '1' });
    images = (await demoFaces(server.twokey.faces)).slice(0, 16).map((f) => f.enrol);
  });
  afterAll(() => server?.stop());

  const enrol = async (image: Buffer, n: number) => {
    const token = await server.token('swp.gallery');
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: ENROL,
        variables: {
          input: {
            personReference: `Q/${n}`,
            custodyReference: `CU/Q/${n}`,
            capturedAt: '2025-01-01T00:00:00.000Z',
            retentionClass: 'CONVICTED',
            under18AtCapture: false,
            imageBase64: image.toString('base64'),
          },
        },
      }),
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
    };
    return { status: response.status, retryAfter: response.headers.get('retry-after'), ...body };
  };

  it('should answer the excess of a burst with 503 UNAVAILABLE and the rest normally, then recover', async () => {
    const burst = await Promise.all(images.map((image, i) => enrol(image, i)));
    const refused = burst.filter((r) => r.errors);
    const served = burst.filter((r) => !r.errors);
    expect(refused.length).toBeGreaterThan(0);
    expect(served.length).toBeGreaterThan(0);
    for (const r of refused) {
      expect(r.status).toBe(503);
      expect(r.retryAfter).toMatch(/^\d+$/);
      expect(codes(r as never)).toEqual(['UNAVAILABLE']);
      expect(r.errors![0].extensions).toMatchObject({ code: 'UNAVAILABLE', retryable: true });
    }
    for (const r of served) expect(r.status).toBe(200);
    // what was refused was not stored; what was served was
    const [{ n }] = await server.db.dataSource.query(
      `SELECT count(*)::int AS n FROM custody_image WHERE custody_reference LIKE 'CU/Q/%'`,
    );
    expect(n).toBe(served.length);

    // the queue drained: the refused ones now go through, one after another
    for (const [i, image] of images.entries()) {
      if (!burst[i].errors) continue;
      const retry = await enrol(image, i);
      expect([retry.status, retry.errors]).toEqual([200, undefined]);
    }
    const [{ all }] = await server.db.dataSource.query(
      `SELECT count(*)::int AS all FROM custody_image WHERE custody_reference LIKE 'CU/Q/%'`,
    );
    expect(all).toBe(images.length);
  });
});
