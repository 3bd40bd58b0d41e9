import { randomUUID } from 'node:crypto';
import { Database } from '../../src/db';
import {
  FaceSearchRepository,
  GallerySearch,
  SEARCH_TUNING,
  SearchTuning,
} from '../../src/db/face-search.repository';
import { RetentionClass } from '../../src/entities';
import { openTestDatabase } from '../support/test-database';

const DIM = 128;
const MODEL = 'test-model@1';

/** Deterministic unit vectors with some shared structure, like real templates. */
function unitVector(seed: number, base?: Float32Array, spread = 1, dim = base?.length ?? DIM): Float32Array {
  let s = seed >>> 0;
  const v = new Float32Array(dim);
  let norm = 0;
  for (let i = 0; i < dim; i += 1) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    v[i] = (base ? base[i] : 0) + spread * (s / 2 ** 32 - 0.5);
    norm += v[i] * v[i];
  }
  for (let i = 0; i < dim; i += 1) v[i] /= Math.sqrt(norm);
  return v;
}

describe('FaceSearchRepository', () => {
  let handle: Awaited<ReturnType<typeof openTestDatabase>>;
  let db: Database;
  const forces: string[] = [];
  const probe = unitVector(424242);
  const mean = unitVector(1);
  let mateId: string;
  let spaceId: number;
  const indexOf = (forceId: string, space = spaceId) => `face_search_${space}_${forceId.replaceAll('-', '')}`;

  async function addTemplate(
    forceId: string,
    embedding: Float32Array,
    extra: {
      modelVersion?: string;
      retentionClass?: RetentionClass;
      under18?: boolean;
      searchable?: boolean;
    } = {},
  ) {
    return db.transaction(async ({ manager }) => {
      const [subject] = await manager.query(
        `INSERT INTO custody_subject (force_id, person_reference) VALUES ($1, $2) RETURNING id`,
        [forceId, randomUUID()],
      );
      const [image] = await manager.query(
        `INSERT INTO custody_image (force_id, subject_id, custody_reference, captured_at, retention_class, under18_at_capture, review_due_at)
         VALUES ($1, $2, 'C1', now(), $3, $4, now()) RETURNING id`,
        [forceId, subject.id, extra.retentionClass ?? RetentionClass.CONVICTED, extra.under18 ?? false],
      );
      await FaceSearchRepository.insertTemplate(manager, {
        imageId: image.id,
        forceId,
        modelVersion: extra.modelVersion ?? MODEL,
        embedding,
        retentionClass: extra.retentionClass ?? RetentionClass.CONVICTED,
        under18AtCapture: extra.under18 ?? false,
        quality: {},
        box: { x: 0, y: 0, width: 1, height: 1 },
        landmarks: [],
      });
      if (extra.searchable === false) await FaceSearchRepository.setSearchable(manager, [image.id], false);
      return image.id as string;
    });
  }

  const request = (overrides: Partial<GallerySearch> = {}): GallerySearch => ({
    probe,
    modelVersion: MODEL,
    forceIds: forces,
    includeUnder18: false,
    excludedRetentionClasses: [],
    threshold: -1,
    k: 20,
    ...overrides,
  });
  const searchWith = (overrides: Partial<GallerySearch> = {}, tuning: SearchTuning = {}) =>
    db.transaction(({ manager }) => FaceSearchRepository.search(manager, request(overrides), tuning));
  const search = async (overrides: Partial<GallerySearch> = {}) => (await searchWith(overrides)).candidates;
  const explain = (overrides: Partial<GallerySearch>) =>
    db.transaction(({ manager }) => FaceSearchRepository.explainShortlist(manager, request(overrides)));

  beforeAll(async () => {
    handle = await openTestDatabase();
    db = handle.db;
    // a model version's template space comes with a migration: the owner role registers it
    spaceId = await handle.asOwner((manager) =>
      FaceSearchRepository.registerTemplateSpace(manager, MODEL, DIM, 'test distribution'),
    );
    for (let f = 0; f < 5; f += 1) {
      const [row] = await db.dataSource.query(`INSERT INTO force (code, name) VALUES ($1, $1) RETURNING id`, [
        `F${f}`,
      ]);
      forces.push(row.id);
    }
    // 750 structured distractors spread over five forces (150 each), and the probe's mate in force 0.
    const values: string[] = [];
    for (let i = 0; i < 750; i += 1) values.push(String(i));
    for (const i of values.map(Number)) await addTemplate(forces[i % 5], unitVector(1000 + i, mean, 0.8));
    mateId = await addTemplate(forces[0], unitVector(7, probe, 0.15));
  });
  afterAll(() => handle.close());

  describe('search', () => {
    it('should rank the mate first with scores in descending order', async () => {
      const result = await search();
      expect(result).toHaveLength(20);
      expect(result[0]).toMatchObject({ rank: 1, imageId: mateId, forceId: forces[0] });
      for (let i = 1; i < result.length; i += 1)
        expect(result[i].score).toBeLessThanOrEqual(result[i - 1].score);
    });

    it('should still return K rows when a filter removes most of the gallery', async () => {
      const result = await search({ forceIds: [forces[3]], k: 50 });
      expect(result).toHaveLength(50);
      expect(new Set(result.map((r) => r.forceId))).toEqual(new Set([forces[3]]));
    });

    it('should shortlist K through the halfvec index and score on the full-precision cosine', async () => {
      const indexed = await searchWith({ forceIds: [forces[0]] });
      const exact = await searchWith({ forceIds: [forces[0]] }, { method: 'exact' });
      expect(indexed.method).toEqual({ kind: 'HNSW', shortlist: 20, efSearch: SEARCH_TUNING.efSearch });
      expect(exact.method).toEqual({ kind: 'EXACT_SCAN', reason: 'REQUESTED' });
      expect(indexed.candidates[0]).toEqual(exact.candidates[0]); // the mate, with the same score
      expect(indexed.candidates[0].imageId).toBe(mateId);
      const exactScores = new Map(exact.candidates.map((c) => [c.imageId, c.score]));
      const shared = indexed.candidates.filter((c) => exactScores.has(c.imageId));
      expect(shared.length).toBeGreaterThan(10);
      for (const c of shared) expect(c.score).toBeCloseTo(exactScores.get(c.imageId)!, 6);
    });

    it("should give exactly the exact scan's list when the shortlist covers the eligible gallery", async () => {
      const whole = await searchWith({ forceIds: [forces[2]] }, { shortlist: 150 });
      const exact = await searchWith({ forceIds: [forces[2]] }, { method: 'exact' });
      expect(whole.method.kind).toBe('HNSW');
      expect(whole.candidates).toEqual(exact.candidates);
    });

    it('should answer with the exact scan when filters leave the index scan short of eligible rows', async () => {
      // far from the probe: around mean - (probe - mean)
      const far = (seed: number) =>
        unitVector(
          seed,
          mean.map((m, i) => 2 * m - probe[i]),
          0.05,
        );
      // nine, far from the probe: a starved HNSW scan (ef_search 1, one tuple) rarely reaches all of
      // them, though pgvector's graph is random and its tuple budget approximate
      const rare = [];
      for (const seed of [21, 22, 23, 24, 25, 26, 27, 28, 29])
        rare.push(
          await addTemplate(forces[4], far(seed), { retentionClass: RetentionClass.CHARGED_PENDING }),
        );
      const onlyRare = {
        forceIds: [forces[4]],
        k: 9,
        excludedRetentionClasses: [
          RetentionClass.CONVICTED,
          RetentionClass.NOT_CHARGED,
          RetentionClass.NO_FURTHER_ACTION,
        ],
      };
      const starve = () => searchWith(onlyRare, { shortlist: 10, efSearch: 1, maxScanTuples: 1 });
      let starved = await starve();
      // each rebuild draws a new graph: on the odd one a starved scan still reaches all nine
      for (let rebuild = 0; rebuild < 4 && starved.method.kind === 'HNSW'; rebuild += 1) {
        await handle.asOwner((manager) => manager.query(`REINDEX INDEX ${indexOf(forces[4])}`));
        starved = await starve();
      }
      expect(starved.method).toEqual({ kind: 'EXACT_SCAN', reason: 'SHORTLIST_INCOMPLETE' });
      expect(starved.candidates.map((c) => c.imageId).sort()).toEqual([...rare].sort());
      // with the default tuning too, whichever path answers
      const found = await searchWith(onlyRare);
      expect(found.candidates.map((c) => c.imageId).sort()).toEqual([...rare].sort());
    });

    it('should search one force through its partial index and many forces through the global one', async () => {
      expect(await explain({ forceIds: [forces[1]] })).toContain(`Index Scan using ${indexOf(forces[1])}`);
      const two = await explain({ forceIds: [forces[1], forces[3]] });
      expect(two).toContain(`Index Scan using ${indexOf(forces[1])}`);
      expect(two).toContain(`Index Scan using ${indexOf(forces[3])}`);
      expect(await explain({ forceIds: forces })).toContain(`Index Scan using face_search_${spaceId}_all`);
    });

    it('should fall back to the exact scan for a model version without a template space', async () => {
      const other = await searchWith({ modelVersion: 'unregistered-model@9' });
      expect(other).toEqual({ candidates: [], method: { kind: 'EXACT_SCAN', reason: 'NO_TEMPLATE_SPACE' } });
    });

    it('should cut the list at the threshold', async () => {
      const result = await search({ threshold: 0.9 });
      expect(result.map((r) => r.imageId)).toEqual([mateId]);
    });

    it('should never return an ineligible record, however close it is', async () => {
      const near = (seed: number) => unitVector(seed, probe, 0.05);
      const ineligible = [
        await addTemplate(forces[0], near(11), { searchable: false }), // pending deletion
        await addTemplate(forces[0], near(12), { modelVersion: 'other-model@2' }),
        await addTemplate(forces[0], near(13), { under18: true }),
        await addTemplate(forces[0], near(14), { retentionClass: RetentionClass.NO_FURTHER_ACTION }),
      ];
      const outsider = (
        await db.dataSource.query(`INSERT INTO force (code, name) VALUES ('OUT', 'Outside') RETURNING id`)
      )[0].id;
      // a new force gets its own partial index at once
      expect(
        await db.dataSource.query(`SELECT 1 FROM pg_indexes WHERE indexname = $1`, [indexOf(outsider)]),
      ).toHaveLength(1);
      ineligible.push(await addTemplate(outsider, near(15)));
      const result = await search({
        excludedRetentionClasses: [RetentionClass.NOT_CHARGED, RetentionClass.NO_FURTHER_ACTION],
        k: 200,
      });
      expect(result[0].imageId).toBe(mateId);
      expect(result.map((r) => r.imageId)).toEqual(expect.not.arrayContaining(ineligible));
      // the same records are found once the policy allows them
      const authorised = await search({ includeUnder18: true, k: 5 });
      expect(authorised.map((r) => r.imageId)).toContain(ineligible[2]);
    });

    it('should refuse K outside 1..200', async () => {
      await expect(search({ k: 0 })).rejects.toThrow(RangeError);
      await expect(search({ k: 201 })).rejects.toThrow(RangeError);
    });
  });

  describe('template length per model version', () => {
    const WIDE = 'test-model-512@1';
    const wideMean = unitVector(3, undefined, 1, 512);
    const wideProbe = unitVector(99, undefined, 1, 512);
    let wideSpace: number;
    let wideMate: string;

    beforeAll(async () => {
      wideSpace = await handle.asOwner((manager) =>
        FaceSearchRepository.registerTemplateSpace(manager, WIDE, 512, 'test distribution, 512-d'),
      );
      for (let i = 0; i < 60; i += 1)
        await addTemplate(forces[i % 2], unitVector(5000 + i, wideMean, 0.8), { modelVersion: WIDE });
      wideMate = await addTemplate(forces[1], unitVector(8, wideProbe, 0.15), { modelVersion: WIDE });
    });

    it("should search a 512-d model version through its own index, beside the 128-d one's", async () => {
      const wide = { probe: wideProbe, modelVersion: WIDE, forceIds: [forces[1]] };
      const result = await searchWith(wide);
      expect(result.method).toMatchObject({ kind: 'HNSW' });
      expect(result.candidates[0].imageId).toBe(wideMate);
      expect(await explain(wide)).toContain(`Index Scan using ${indexOf(forces[1], wideSpace)}`);
      // the 128-d model version still searches through its own indexes
      expect(await explain({ forceIds: [forces[1]] })).toContain(`Index Scan using ${indexOf(forces[1])}`);
    });

    it("should refuse a template whose length is not its model version's", async () => {
      await expect(addTemplate(forces[0], unitVector(9), { modelVersion: WIDE })).rejects.toThrow(
        /has 128 dimensions, not 512/,
      );
      await expect(
        searchWith({ probe: unitVector(10), modelVersion: WIDE, forceIds: [forces[0]] }),
      ).rejects.toThrow(/probe has 128 values, model version test-model-512@1 makes 512/);
    });
  });

  describe('eligibleCount', () => {
    it('should count only what a search with the same policy would consider', async () => {
      const count = await db.transaction(({ manager }) =>
        FaceSearchRepository.eligibleCount(manager, {
          modelVersion: MODEL,
          forceIds: [forces[1]],
          includeUnder18: false,
          excludedRetentionClasses: [],
        }),
      );
      expect(count).toBe(150);
    });
  });

  describe('eligibleCount', () => {
    const counted = (g: Partial<GallerySearch>) =>
      db.transaction(({ manager }) => FaceSearchRepository.eligibleCount(manager, request(g)));
    /** The count as a scan of the templates would give it. */
    const scanned = async (g: Partial<GallerySearch>) => {
      const r = request(g);
      const [row] = await db.dataSource.query(
        `SELECT count(*)::int AS n FROM face_template WHERE model_version = $1 AND force_id = ANY($2::uuid[]) AND searchable AND NOT (retention_class = ANY($3::text[])) AND (${r.includeUnder18 ? 'TRUE' : 'NOT under18_at_capture'})`,
        [r.modelVersion, r.forceIds, r.excludedRetentionClasses],
      );
      return row.n as number;
    };
    const policies: Array<Partial<GallerySearch>> = [
      {},
      { forceIds: [forces[0]] },
      { forceIds: [forces[2], forces[4]] },
      { includeUnder18: true },
      { excludedRetentionClasses: [RetentionClass.NOT_CHARGED, RetentionClass.NO_FURTHER_ACTION] },
      { modelVersion: 'test-model@0' },
    ];
    const agrees = async () => {
      for (const g of policies) expect([g, await counted(g)]).toEqual([g, await scanned(g)]);
    };

    it('should count as a scan would, through enrolment, pending deletion, restoring and deletion', async () => {
      await agrees();
      const added = [
        await addTemplate(forces[2], unitVector(91), { under18: true }),
        await addTemplate(forces[2], unitVector(92), { retentionClass: RetentionClass.NOT_CHARGED }),
        await addTemplate(forces[4], unitVector(93), { searchable: false }),
        await addTemplate(forces[4], unitVector(94), { modelVersion: 'test-model@0' }),
      ];
      const before = await counted({ forceIds: [forces[2]], includeUnder18: true });
      await agrees();
      await db.transaction(({ manager }) =>
        FaceSearchRepository.setSearchable(manager, added.slice(0, 2), false),
      );
      expect(await counted({ forceIds: [forces[2]], includeUnder18: true })).toBe(before - 2);
      await agrees();
      await db.transaction(({ manager }) => FaceSearchRepository.setSearchable(manager, added, true));
      await agrees();
      await db.transaction(({ manager }) => FaceSearchRepository.deleteForImages(manager, added));
      await agrees();
      // a rolled-back write leaves the counts as they were
      await expect(
        db.transaction(async ({ manager }) => {
          await FaceSearchRepository.setSearchable(manager, [mateId], false);
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      await agrees();
    });
  });
});
