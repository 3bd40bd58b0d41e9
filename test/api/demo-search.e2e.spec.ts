import { createHash } from 'node:crypto';
import { DEMO_OFFICERS } from '../../src/db/demo-data';
import { seedDemoGallery } from '../../src/demo/demo-gallery';
import { AuditEvent, CustodyImage, Role } from '../../src/entities';
import { runDemoSearch } from '../../scripts/demo-search';
import { demoFaces } from '../support/faces';
import { testLogger } from '../support/test-database';
import { TestServer } from '../support/test-server';

/**
 * Issue 14: a new user's first start enrols a demo gallery, and `npm run demo:search` runs one
 * whole search against it through the API. The service here seeds as the embedded default does
 * (SEED_DEMO_DATA), and the script's driver runs against it over HTTP.
 */
describe('demo gallery and demo search', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await TestServer.start({ SEED_DEMO_DATA: 'true' });
  }, 180_000); // enrols the demo gallery: seconds on a loaded machine
  afterAll(() => server?.stop());

  const swpId = async () =>
    (await server.db.dataSource.query(`SELECT id FROM force WHERE code = 'SWP'`))[0].id as string;

  it('should give each demo force every force role (two admins, two certified reviewers), and oversight of both', () => {
    const forceRoles = [Role.REQUESTER, Role.AUTHORISER, Role.SUPERVISOR, Role.GALLERY_MANAGER];
    for (const force of ['SWP', 'GWP'] as const) {
      const theirs = DEMO_OFFICERS.filter((o) => o.force === force);
      for (const role of forceRoles)
        expect([force, theirs.some((o) => o.roles.includes(role))]).toEqual([force, true]);
      expect(theirs.filter((o) => o.roles.includes(Role.REVIEWER) && o.certified)).toHaveLength(2);
      expect(theirs.filter((o) => o.roles.includes(Role.ADMIN))).toHaveLength(2);
      expect(DEMO_OFFICERS.some((o) => o.oversees?.includes(force))).toBe(true);
    }
    // nobody holds two roles of one search, so the two-person rules can be kept by demo officers alone
    expect(DEMO_OFFICERS.every((o) => o.roles.length === 1)).toBe(true);
  });

  it("should enrol every demo person in SWP's gallery once, through the gallery service as swp.gallery", async () => {
    const people = await demoFaces(server.twokey.faces);
    const forceId = await swpId();
    const images = await server.db.manager.find(CustodyImage, { where: { forceId } });
    const [marker] = await server.db.manager.find(AuditEvent, { where: { action: 'DEMO_GALLERY_SEEDED' } });
    expect(marker.details).toMatchObject({ enrolled: images.length });
    expect(images.length + (marker.details as { skipped: number }).skipped).toBe(people.length);
    expect(images.length).toBeGreaterThanOrEqual(10);
    // the stored photos are the derived custody crops, each with its template and enrolment event
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(new Set(people.map((p) => sha(p.enrol)))).toEqual(
      new Set([...images.map((i) => i.imageSha256), ...people.map((p) => sha(p.enrol))]),
    );
    const [{ templates }] = await server.db.dataSource.query(
      'SELECT count(*)::int AS templates FROM face_template WHERE force_id = $1',
      [forceId],
    );
    expect(templates).toBe(images.length);
    const [{ officer }] = await server.db.dataSource.query(
      `SELECT id AS officer FROM officer WHERE subject = 'swp.gallery'`,
    );
    expect(
      await server.db.manager.count(AuditEvent, {
        where: { action: 'CUSTODY_IMAGE_ENROLLED', actorOfficerId: officer, forceId },
      }),
    ).toBe(images.length);

    // once: a second start (or a second call) enrols nothing more
    expect(
      await seedDemoGallery(server.db, server.twokey.services, server.twokey.faces, testLogger),
    ).toBeNull();
    expect(await server.db.manager.count(CustodyImage, { where: { forceId } })).toBe(images.length);
    expect(await server.db.manager.count(AuditEvent, { where: { action: 'DEMO_GALLERY_SEEDED' } })).toBe(1);
  });

  it('should run the demo search end to end through the API: cross-force, authorised, reviewed twice, CONFIRMED on the probe’s own custody photo', async () => {
    const [person] = await demoFaces(server.twokey.faces);
    const lines: string[] = [];
    const result = await runDemoSearch({
      url: server.url,
      token: (subject) => server.token(subject),
      person,
      print: (line) => lines.push(line),
    });
    expect(result).toMatchObject({ outcomeStatus: 'CONFIRMED', outcome: 'POSSIBLE_MATCH', status: 'CLOSED' });
    expect(result.matchedRank).not.toBeNull();
    expect(result.disclosureReference).toBeTruthy();
    // every step printed, in order
    expect(lines.map((l) => Number(l.slice(0, 2)))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(lines[1]).toContain('CROSS_FORCE');

    // what the database holds: a GWP request over both galleries, confirmed on the person's custody photo
    const [request] = await server.db.dataSource.query(
      `SELECT r.status, f.code, r.outcome AS result, ci.image_sha256 AS sha
         FROM search_request r JOIN force f ON f.id = r.force_id
         JOIN search_candidate c ON c.id = r.outcome_candidate_id
         JOIN custody_image ci ON ci.id = c.image_id
        WHERE r.id = $1`,
      [result.requestId],
    );
    expect(request).toEqual({
      status: 'CLOSED',
      code: 'GWP',
      result: 'POSSIBLE_MATCH',
      sha: createHash('sha256').update(person.enrol).digest('hex'),
    });
  });
});
