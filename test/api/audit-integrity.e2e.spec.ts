import { loadConfig } from '../../src/config/config';
import { Database } from '../../src/db';
import { servingRoleProblems } from '../../src/db/database-roles';
import { AuditEvent } from '../../src/entities';
import { bootstrap } from '../../src/server/bootstrap';
import { AuditService } from '../../src/services/audit.service';
import { graphql } from '../gql';
import type { VerifyAgainstAnchorsQuery } from '../gql/graphql';
import { testLogger, usingPostgres } from '../support/test-database';
import { TestServer } from '../support/test-server';

const VerifyAgainstAnchors = graphql(`
  query VerifyAgainstAnchors($exportedHead: ExportedChainHeadInput) {
    verifyAuditChain(exportedHead: $exportedHead) {
      ok
      checked
      lastSeq
      headHash
      firstBroken {
        seq
        reason
      }
      anchorsChecked
      latestAnchor {
        seq
        hash
        anchoredAt
      }
      missingTail {
        source
        seq
        expectedHash
        foundHash
        reason
        anchoredAt
      }
    }
  }
`);

const ExportHeadForAnchors = graphql(`
  mutation ExportHeadForAnchors {
    exportAuditChainHead {
      seq
      hash
    }
  }
`);

const CreateCaseForAnchors = graphql(`
  mutation CreateCaseForAnchors($input: CreateCaseInput!) {
    createCase(input: $input) {
      id
    }
  }
`);

const pgOnly = usingPostgres() ? it : it.skip;
type Verification = VerifyAgainstAnchorsQuery['verifyAuditChain'];

/**
 * The attacks of issue 11 item 4. On PostgreSQL the service runs as the application role (member
 * of twokey_app), migrations as the owner: the service's own connection is what an attacker who
 * took over the service holds. Deleting the tail or truncating is then only open to the owner or a
 * superuser, and the anchors (and a head kept outside the database) make it visible.
 */
describe(`${AuditService.name} anchors and the database roles`, () => {
  let server: TestServer;
  let seq = 0;

  const verify = async (exportedHead?: { seq: number; hash: string }): Promise<Verification> => {
    const response = await server.gql(
      VerifyAgainstAnchors,
      { exportedHead },
      { as: 'oversight.commissioner' },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.verifyAuditChain;
  };
  const createCases = async (n: number) => {
    for (let i = 0; i < n; i += 1) {
      const created = await server.gql(
        CreateCaseForAnchors,
        { input: { crimeReference: `ANC/${(seq += 1)}/26`, offenceCategory: 'BURGLARY' } },
        { as: 'swp.requester' },
      );
      expect(created.errors).toBeUndefined();
    }
  };
  const head = async () => (await server.db.manager.find(AuditEvent, { order: { seq: 'DESC' }, take: 1 }))[0];
  /** What an owner or superuser can still do: switch the audit triggers off, and change the log. */
  const tamper = (...statements: string[]) =>
    server.asOwner(async (manager) => {
      await manager.query('ALTER TABLE audit_event DISABLE TRIGGER USER');
      await manager.query('ALTER TABLE audit_anchor DISABLE TRIGGER USER');
      for (const sql of statements) await manager.query(sql);
      await manager.query('ALTER TABLE audit_event ENABLE TRIGGER USER');
      await manager.query('ALTER TABLE audit_anchor ENABLE TRIGGER USER');
    });

  describe('the application role (PostgreSQL)', () => {
    beforeAll(async () => {
      server = await TestServer.start();
      await createCases(3);
    });
    afterAll(() => server.stop());

    pgOnly.each([
      [
        'disable the append-only trigger',
        'ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only',
        /must be owner/,
      ],
      ['disable every trigger', 'ALTER TABLE audit_event DISABLE TRIGGER ALL', /must be owner/],
      ['edit an event', `UPDATE audit_event SET reason = 'edited' WHERE seq = 1`, /permission denied/],
      ['delete the tail', `DELETE FROM audit_event WHERE seq > 1`, /permission denied/],
      ['truncate the log', 'TRUNCATE audit_event', /permission denied/],
      ['drop the log', 'DROP TABLE audit_event', /must be owner/],
      [
        'write an anchor of its own',
        `INSERT INTO audit_anchor (seq, hash) VALUES (1, repeat('0', 64))`,
        /permission denied/,
      ],
      ['delete the anchors', 'DELETE FROM audit_anchor', /permission denied/],
      ['truncate the anchors', 'TRUNCATE audit_anchor', /permission denied/],
      [
        'replace the anchoring function',
        `CREATE OR REPLACE FUNCTION audit_anchor_head() RETURNS TABLE (seq bigint, hash text, anchored_at timestamptz, created boolean) LANGUAGE sql AS 'SELECT 1::bigint, ''x'', now(), true'`,
        /must be owner|permission denied/,
      ],
      [
        'switch off the triggers for its session',
        `SET session_replication_role = replica`,
        /permission denied/,
      ],
    ])('should be refused by PostgreSQL when the service role tries to %s', async (_what, sql, refusal) => {
      const before = await server.db.manager.count(AuditEvent);
      await expect(server.db.dataSource.query(sql)).rejects.toThrow(refusal);
      expect(await server.db.manager.count(AuditEvent)).toBe(before);
      expect((await verify()).ok).toBe(true);
    });

    pgOnly('should let the service role anchor only the head the log really has', async () => {
      const [anchor] = await server.db.dataSource.query('SELECT seq, hash, created FROM audit_anchor_head()');
      const current = await head();
      expect({ seq: Number(anchor.seq), hash: anchor.hash }).toEqual({
        seq: current.seq,
        hash: current.hash,
      });
      expect(await servingRoleProblems(server.db)).toEqual([]);
    });

    pgOnly('should refuse to start in production as a role that could rewrite the audit log', async () => {
      const ownerUrl = server.config.database.kind === 'postgres' ? server.config.database.migrationUrl! : '';
      const owner = await Database.open({ kind: 'postgres', url: ownerUrl, poolSize: 1 }, testLogger);
      try {
        expect(await servingRoleProblems(owner)).toEqual([
          expect.stringMatching(/owns audit_event/),
          expect.stringMatching(/may UPDATE, DELETE or TRUNCATE audit_event/),
          expect.stringMatching(/may write audit_anchor/),
          expect.stringMatching(/may create objects/),
        ]);
      } finally {
        await owner.close();
      }
      const config = loadConfig({
        NODE_ENV: 'production',
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        DATABASE_URL: ownerUrl,
        AUTH_PUBLIC_KEY: server.config.auth.publicKeyPem!,
      });
      await expect(bootstrap(config, testLogger)).rejects.toThrow(/can rewrite the audit log/);
    });
  });

  describe('a deleted tail', () => {
    beforeAll(async () => {
      server = await TestServer.start({ AUDIT_ANCHOR_INTERVAL_MS: '1000' });
      await createCases(4);
    });
    afterAll(() => server.stop());

    it('should anchor the head periodically, and verify against the anchors', async () => {
      const current = await head();
      let result = await verify();
      for (let i = 0; i < 40 && (result.latestAnchor?.seq ?? 0) < current.seq; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        result = await verify();
      }
      expect(result).toMatchObject({
        ok: true,
        firstBroken: null,
        missingTail: null,
        latestAnchor: { seq: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      });
      expect(result.latestAnchor!.seq).toBeGreaterThanOrEqual(current.seq);
      expect(result.anchorsChecked).toBeGreaterThan(0);
    });

    it('should report the tail an owner deleted, which the hash chain alone cannot show', async () => {
      const exported = (await server.gql(ExportHeadForAnchors, {}, { as: 'oversight.commissioner' })).data!
        .exportAuditChainHead;
      const anchors: Array<{ seq: string; hash: string }> = await server.db.dataSource.query(
        'SELECT seq, hash FROM audit_anchor ORDER BY seq',
      );
      expect(anchors.map((a) => Number(a.seq))).toContain(exported.seq);
      const cut = exported.seq - 3;
      const firstAnchoredGone = anchors
        .map((a) => Number(a.seq))
        .filter((s) => s > cut)
        .sort((a, b) => a - b)[0];
      await tamper(`DELETE FROM audit_event WHERE seq > ${cut}`);

      const result = await verify();
      // the chain that is left still fits together: only the anchors show what is gone
      expect(result.firstBroken).toBeNull();
      expect(result.lastSeq).toBe(cut);
      expect(result).toMatchObject({
        ok: false,
        missingTail: { source: 'ANCHOR', seq: firstAnchoredGone, reason: 'MISSING', foundHash: null },
      });
      expect(result.missingTail!.expectedHash).toBe(
        anchors.find((a) => Number(a.seq) === firstAnchoredGone)!.hash,
      );

      // the log grows again over the gap: the anchored positions now hold other events
      await createCases(3);
      const again = await verify();
      expect(again).toMatchObject({
        ok: false,
        firstBroken: null,
        missingTail: { source: 'ANCHOR', seq: firstAnchoredGone, reason: 'HASH_DIFFERS' },
      });
    });

    it('should report the tail against an exported head when the anchors were deleted too', async () => {
      const exported = (await server.gql(ExportHeadForAnchors, {}, { as: 'oversight.commissioner' })).data!
        .exportAuditChainHead;
      await tamper(`DELETE FROM audit_event WHERE seq > ${exported.seq - 2}`, 'DELETE FROM audit_anchor');
      const withoutHead = await verify();
      expect(withoutHead).toMatchObject({ ok: true, missingTail: null }); // nothing left inside the database to tell
      const withHead = await verify({ seq: exported.seq, hash: exported.hash });
      expect(withHead).toMatchObject({
        ok: false,
        firstBroken: null,
        missingTail: {
          source: 'EXPORTED_HEAD',
          seq: exported.seq,
          expectedHash: exported.hash,
          anchoredAt: null,
        },
      });
      expect(['MISSING', 'HASH_DIFFERS']).toContain(withHead.missingTail!.reason);
    });

    it('should refuse an exported head that is not a position and a hash', async () => {
      const response = await server.gql(
        VerifyAgainstAnchors,
        { exportedHead: { seq: 0, hash: 'not-a-hash' } },
        { as: 'oversight.commissioner' },
      );
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('a truncated log', () => {
    beforeAll(async () => {
      server = await TestServer.start();
      await createCases(2);
    });
    afterAll(() => server.stop());

    it('should report every event missing from the first anchor on', async () => {
      const exported = (await server.gql(ExportHeadForAnchors, {}, { as: 'oversight.commissioner' })).data!
        .exportAuditChainHead;
      const [first] = await server.db.dataSource.query('SELECT min(seq)::int AS seq FROM audit_anchor');
      await tamper('TRUNCATE audit_event');
      expect(await server.db.manager.count(AuditEvent)).toBe(0);
      const result = await verify({ seq: exported.seq, hash: exported.hash });
      expect(result).toMatchObject({
        ok: false,
        firstBroken: null,
        missingTail: { source: 'ANCHOR', seq: first.seq, reason: 'MISSING' },
      });
    });
  });
});
