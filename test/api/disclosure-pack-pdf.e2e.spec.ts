import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { AuditEvent, ModelCalibration } from '../../src/entities';
import { verifyDisclosurePdf } from '../../src/services';
import { readPackInfo } from '../../src/services/workflow/disclosure-seal';
import { usingPostgres } from '../support/test-database';
import { OversightFixture } from '../support/oversight-fixture';
import { shownText } from '../support/pdf-text';
import { TestServer } from '../support/test-server';

/**
 * Issue 16 item 6: the disclosure pack as a PDF document. It is downloaded over HTTP as a
 * supervisor (with the face images) and as oversight (without), verified against the audit log,
 * then tampered with: a flipped byte, an edited visible figure, stripped metadata, a changed
 * audit event. Each tampered copy must fail with its reason.
 */

const pgOnly = usingPostgres() ? it : it.skip;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** The same PDF with the first occurrence of `from` (as pdfkit writes visible text) replaced by `to`, same length. */
function editShown(pdf: Buffer, from: string, to: string): Buffer {
  const hex = (s: string) => Buffer.from(s, 'latin1').toString('hex');
  const text = pdf.toString('latin1');
  const at = text.indexOf(hex(from));
  expect(at).toBeGreaterThan(0);
  expect(to).toHaveLength(from.length);
  return Buffer.from(text.slice(0, at) + hex(to) + text.slice(at + hex(from).length), 'latin1');
}

describe('Disclosure pack as a PDF (GET /exports/disclosure-pack.pdf)', () => {
  let server: TestServer;
  let fx: OversightFixture;
  let closed: { id: string };
  let open: { id: string };
  let probePng: Buffer;

  const download = async (searchRequestId: string | Record<string, string>, as: string) => {
    const url = new URL('/exports/disclosure-pack.pdf', server.url);
    const query = typeof searchRequestId === 'string' ? { searchRequestId } : searchRequestId;
    for (const [k, v] of Object.entries(query)) url.searchParams.append(k, v);
    const response = await fetch(url, { headers: { authorization: `Bearer ${await server.token(as)}` } });
    const bytes = Buffer.from(await response.arrayBuffer());
    return { response, bytes };
  };

  beforeAll(async () => {
    server = await TestServer.start();
    fx = await OversightFixture.create(server);
    await fx.person('A', 'SWP');
    await fx.person('B', 'SWP');
    closed = await fx.request({
      force: 'SWP',
      submittedAt: '2025-10-20T10:00:00Z',
      status: 'CLOSED',
      candidates: ['A', 'B'],
      reviews: { first: { A: 'POSSIBLE_MATCH' }, second: { A: 'POSSIBLE_MATCH' } },
      outcome: { result: 'POSSIBLE_MATCH', basis: 'REVIEWERS_AGREED', candidate: 'A', afterSeconds: 3600 },
      lead: 'CORROBORATED',
      actions: [{ type: 'IDENTIFICATION_PROCEDURE', afterSeconds: 600 }],
    });
    open = await fx.request({ force: 'SWP', submittedAt: '2025-10-21T10:00:00Z', status: 'FIRST_REVIEW' });
    // real (synthetic, not a face) pictures for the probe and one candidate; B keeps its marker bytes
    probePng = await sharp({
      create: { width: 80, height: 96, channels: 3, background: { r: 120, g: 90, b: 60 } },
    })
      .png()
      .toBuffer();
    const candidateJpeg = await sharp({
      create: { width: 90, height: 110, channels: 3, background: { r: 40, g: 80, b: 160 } },
    })
      .jpeg()
      .toBuffer();
    await server.db.manager.query(
      'UPDATE search_probe SET bytes = $2, mime_type = $3 WHERE request_id = $1',
      [closed.id, probePng, 'image/png'],
    );
    await server.db.manager.query('UPDATE custody_image_blob SET bytes = $2 WHERE image_id = $1', [
      fx.people.get('A')!.imageId,
      candidateJpeg,
    ]);
    // the snapshot a search takes names the calibration its threshold was read against
    const calibration = await server.db.manager.findOne(ModelCalibration, { where: {} });
    if (calibration)
      await server.db.manager.query('UPDATE search_request SET policy_snapshot = $2::jsonb WHERE id = $1', [
        closed.id,
        JSON.stringify({
          forceIds: [fx.forces.SWP],
          forceCodes: ['SWP'],
          sharingAgreementIds: [],
          modelVersion: calibration.modelVersion,
          threshold: 0.6,
          thresholdFloor: 0.5,
          thresholdFloorFalseMatchRate: 0.001,
          calibrationId: calibration.id,
          thresholdFalseMatchRate: 0.0001,
          k: 20,
          includeUnder18: false,
          excludedRetentionClasses: [],
          excludedStatuses: ['DELETED'],
          eligibleCount: 2,
          takenAt: '2025-10-20T10:01:00Z',
        }),
      ]);
    // an event in the request's trail before the PDF (the GraphQL pack's export)
    const gql = await server.gql(
      `query($id: ID!) { disclosurePack(id: $id) { reference } }`,
      { id: closed.id },
      { as: 'swp.supervisor' },
    );
    expect(gql.errors).toBeUndefined();
  });
  afterAll(() => server.stop());

  describe('as a supervisor of the force', () => {
    let pdf: Buffer;
    let headers: Headers;

    beforeAll(async () => {
      const { response, bytes } = await download(closed.id, 'swp.supervisor');
      expect(response.status).toBe(200);
      pdf = bytes;
      headers = response.headers;
    });

    it('should send a PDF whose sha256 and content hash the generation event records, with the chain head before it', async () => {
      expect(headers.get('content-type')).toBe('application/pdf');
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(headers.get('x-disclosure-pack-sha256')).toBe(sha256(pdf));
      const reference = headers.get('x-disclosure-pack-reference')!;
      const event = await server.db.manager
        .createQueryBuilder(AuditEvent, 'e')
        .where(`e.details ->> 'packReference' = :reference`, { reference })
        .getOneOrFail();
      expect(event).toMatchObject({
        action: 'DISCLOSURE_PACK_EXPORTED',
        subjectId: closed.id,
        actorOfficerId: fx.officers['swp.supervisor'],
        details: expect.objectContaining({
          format: 'pdf',
          searchRequestId: closed.id,
          fileSha256: sha256(pdf),
          contentSha256: headers.get('x-disclosure-pack-content-sha256'),
          faceImages: true,
        }),
      });
      const head = await server.db.manager.findOneByOrFail(AuditEvent, {
        seq: event.details.chainHeadSeq as number,
      });
      expect(head.hash).toBe(event.details.chainHeadHash);
      expect(Number(event.seq)).toBeGreaterThan(Number(head.seq));
      expect(readPackInfo(pdf)).toEqual({
        reference,
        requestId: closed.id,
        contentSha256: headers.get('x-disclosure-pack-content-sha256'),
      });
    });

    it('should show every section, the seal, the candidates, the decisions and the audit events with their chain positions', async () => {
      const text = shownText(pdf);
      const content = headers.get('x-disclosure-pack-content-sha256')!;
      for (const heading of [
        'Integrity',
        'Where the probe image came from (provenance)',
        'Enhancement of the probe',
        'Model, calibration and threshold',
        'Governance versions in force',
        'Every candidate shown',
        "Reviews: each reviewer's decisions and reasons",
        'The lead after the match',
        'Audit events of the request, with their chain positions',
      ])
        expect(text).toContain(heading);
      expect(text).toContain(`Content SHA-256: ${content}`);
      expect(text).toMatch(/Audit chain head at generation: position \d+, hash\s+[0-9a-f]{64}/);
      expect(text).toContain('Threshold as false match rate: at most 1 in 10,000 false matches');
      // sections with nothing to show say so, not left out
      expect(text).toMatch(/Enhancement of the probe\nNone: the search ran on the probe as received\./);
      expect(text).toMatch(
        /Governance versions in force\nNot recorded: searched before the governance register\./,
      );
      expect(text).toContain('CU/A');
      expect(text).toContain('CU/B');
      expect(text).toContain('POSSIBLE_MATCH');
      const trail = await server.db.manager
        .createQueryBuilder(AuditEvent, 'e')
        .where(`e.subject_id = :id OR e.details ->> 'searchRequestId' = :id`, { id: closed.id })
        .orderBy('e.seq', 'ASC')
        .getMany();
      const listed = trail.filter((e) => e.action === 'DISCLOSURE_PACK_EXPORTED' && !e.details.packReference);
      expect(listed).toHaveLength(1);
      expect(text).toContain(String(listed[0].seq));
      expect(text.replace(/\n/g, '')).toContain(listed[0].hash);
    });

    it('should embed the probe and the candidate photograph the holder may see, and say which could not be shown', () => {
      const raw = pdf.toString('latin1');
      expect(raw.match(/\/Subtype \/Image/g)?.length).toBe(2);
      expect(shownText(pdf).replace(/\n/g, ' ')).toContain('stored bytes are not a readable image');
    });

    it('should verify against the audit log', async () => {
      const result = await verifyDisclosurePdf(server.db.manager, pdf);
      expect(result).toMatchObject({ ok: true, failure: null, requestId: closed.id });
      expect(result.checkedEvents).toBeGreaterThan(0);
    });

    it('should not verify with one byte flipped', async () => {
      const copy = Buffer.from(pdf);
      const at = Math.floor(copy.length / 2);
      copy[at] ^= 0x01;
      expect(await verifyDisclosurePdf(server.db.manager, copy)).toMatchObject({
        ok: false,
        failure: 'FILE_CHANGED',
      });
    });

    it("should not verify with a visible field edited (the first candidate's score)", async () => {
      expect(shownText(pdf)).toContain('0.9000');
      const edited = editShown(pdf, '0.9000', '0.9900');
      expect(shownText(edited)).toContain('0.9900');
      expect(await verifyDisclosurePdf(server.db.manager, edited)).toMatchObject({
        ok: false,
        failure: 'FILE_CHANGED',
      });
    });

    it('should not verify a copy passed off as another pack, or one without its metadata', async () => {
      const other = await download(closed.id, 'swp.supervisor');
      const info = readPackInfo(pdf)!;
      const swapped = Buffer.from(
        pdf.toString('latin1').replaceAll(info.reference, readPackInfo(other.bytes)!.reference),
        'latin1',
      );
      expect(await verifyDisclosurePdf(server.db.manager, swapped)).toMatchObject({
        ok: false,
        failure: 'FILE_CHANGED',
      });
      const stripped = Buffer.from(
        pdf.toString('latin1').replace(/TwokeyPackReference/g, 'XwokeyPackReference'),
        'latin1',
      );
      expect(await verifyDisclosurePdf(server.db.manager, stripped)).toMatchObject({
        ok: false,
        failure: 'NOT_A_PACK',
      });
      const unknown = Buffer.from(
        pdf.toString('latin1').replaceAll(info.reference, '00000000-0000-4000-8000-000000000000'),
        'latin1',
      );
      expect(await verifyDisclosurePdf(server.db.manager, unknown)).toMatchObject({
        ok: false,
        failure: 'UNKNOWN_PACK',
      });
    });

    pgOnly(
      'should report OK and TAMPERED from `npm run verify-pack`, with its exit code',
      async () => {
        const dir = await mkdtemp(join(tmpdir(), 'twokey-pack-'));
        try {
          const good = join(dir, 'good.pdf');
          const bad = join(dir, 'bad.pdf');
          await writeFile(good, pdf);
          await writeFile(bad, editShown(pdf, '0.9000', '0.9900'));
          const run = (...files: string[]) =>
            promisify(execFile)(
              process.execPath,
              ['-r', 'ts-node/register/transpile-only', 'src/cli/verify-pack.ts', ...files],
              { env: { ...process.env, DATABASE_URL: (server.config.database as { url: string }).url } },
            ).then(
              ({ stdout }) => ({ code: 0, stdout }),
              (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
            );
          const ok = await run(good);
          expect(ok).toEqual({ code: 0, stdout: expect.stringMatching(/^OK .*good\.pdf: pack /) });
          const tampered = await run(good, bad);
          expect(tampered.code).toBe(1);
          expect(tampered.stdout).toMatch(/TAMPERED .*bad\.pdf: FILE_CHANGED/);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
      60_000,
    );
  });

  describe('against the audit log', () => {
    /** What an owner or superuser can still do: switch the audit triggers off, and change the log. */
    const tamper = (sql: string, parameters: unknown[]) =>
      server.asOwner(async (manager) => {
        await manager.query('ALTER TABLE audit_event DISABLE TRIGGER USER');
        await manager.query(sql, parameters);
        await manager.query('ALTER TABLE audit_event ENABLE TRIGGER USER');
      });

    it('should not verify once an audit event the pack lists was changed in the log', async () => {
      const { bytes } = await download(closed.id, 'swp.supervisor');
      expect((await verifyDisclosurePdf(server.db.manager, bytes)).ok).toBe(true);
      const listed = await server.db.manager
        .createQueryBuilder(AuditEvent, 'e')
        .where(`e.details ->> 'searchRequestId' = :id AND e.action = 'DISCLOSURE_PACK_EXPORTED'`, {
          id: closed.id,
        })
        .orderBy('e.seq', 'ASC')
        .getOneOrFail();
      await tamper(`UPDATE audit_event SET reason = 'rewritten' WHERE seq = $1`, [listed.seq]);
      try {
        expect(await verifyDisclosurePdf(server.db.manager, bytes)).toMatchObject({
          ok: false,
          failure: 'CHAIN_BROKEN',
          message: expect.stringContaining(`position ${listed.seq}`),
        });
      } finally {
        await tamper(`UPDATE audit_event SET reason = $2 WHERE seq = $1`, [listed.seq, listed.reason]);
      }
      expect((await verifyDisclosurePdf(server.db.manager, bytes)).ok).toBe(true);
    });
  });

  describe('as oversight', () => {
    it('should send the pack without face images, and it verifies', async () => {
      const { response, bytes } = await download(closed.id, 'oversight.commissioner');
      expect(response.status).toBe(200);
      const raw = bytes.toString('latin1');
      expect(raw).not.toMatch(/\/Subtype \/Image/);
      for (const marker of fx.imageMarkers) expect(bytes.includes(marker)).toBe(false);
      expect(bytes.includes(probePng)).toBe(false);
      const text = shownText(bytes);
      expect(text).toContain('The probe image is withheld from this copy of the pack.');
      expect(text).toContain('Face images are withheld from this copy of the pack.');
      expect(text).toContain('CU/A');
      const event = await server.db.manager
        .createQueryBuilder(AuditEvent, 'e')
        .where(`e.details ->> 'packReference' = :reference`, {
          reference: response.headers.get('x-disclosure-pack-reference'),
        })
        .getOneOrFail();
      expect(event.details.faceImages).toBe(false);
      expect(await verifyDisclosurePdf(server.db.manager, bytes)).toMatchObject({ ok: true });
    });
  });

  describe('refusals', () => {
    it('should refuse roles without the export rule, as the GraphQL pack does, and audit the denial', async () => {
      const before = await server.db.manager.countBy(AuditEvent, { action: 'ACCESS_DENIED' });
      const requester = await download(closed.id, 'swp.requester');
      expect([403, 404]).toContain(requester.response.status);
      expect(JSON.parse(requester.bytes.toString()).error.code).toMatch(/FORBIDDEN|NOT_FOUND/);
      const otherForce = await download(closed.id, 'gwp.supervisor');
      expect(otherForce.response.status).toBe(404);
      expect(await server.db.manager.countBy(AuditEvent, { action: 'ACCESS_DENIED' })).toBe(before + 2);
    });

    it('should refuse a request that is not closed, an unknown id and an unknown parameter', async () => {
      const notClosed = await download(open.id, 'swp.supervisor');
      expect(notClosed.response.status).toBe(400);
      expect(JSON.parse(notClosed.bytes.toString()).error.code).toBe('INVALID_STATE');
      const unknown = await download('6f0e0a3e-0000-4000-8000-000000000000', 'swp.supervisor');
      expect(unknown.response.status).toBe(404);
      const misspelt = await download({ searchRequestId: closed.id, format: 'html' }, 'swp.supervisor');
      expect(misspelt.response.status).toBe(400);
      expect(JSON.parse(misspelt.bytes.toString()).error.code).toBe('BAD_USER_INPUT');
      const anonymous = await fetch(
        new URL(`/exports/disclosure-pack.pdf?searchRequestId=${closed.id}`, server.url),
      );
      expect(anonymous.status).toBe(401);
    });
  });
});
