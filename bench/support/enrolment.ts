import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { Client } from 'pg';

import { listDataset } from '../../scripts/eval';
import { Database } from '../../src/db';
import { createLogger } from '../../src/logging/logger';
import type { GalleryService } from '../../src/services/gallery.service';
import { runBulkEnrolment, type BulkEnrolmentReport } from '../../src/services/bulk-enrolment.service';

/**
 * A fresh scratch database: `name` dropped and created again on the PostgreSQL server of
 * DATABASE_URL, else an embedded PGlite in memory.
 */
export async function openScratchDatabase(name: string): Promise<Database> {
  const logger = createLogger('warn');
  const url = process.env.DATABASE_URL;
  if (!url) return Database.open({ kind: 'pglite', dataDir: 'memory://' }, logger);
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return Database.open({ kind: 'postgres', url: target.toString(), poolSize: 4 }, logger);
}

/**
 * Enrols a folder-per-identity face set in SWP through the bulk enrolment path (as its gallery
 * manager, one custody record per image, the person reference per folder); returns how many
 * images the folder held and the enrolment's report.
 */
export async function enrolFaceFolder(
  db: Database,
  gallery: GalleryService,
  facesDir: string,
  concurrency: number,
): Promise<{ images: number; report: BulkEnrolmentReport }> {
  const work = mkdtempSync(join(tmpdir(), 'twokey-enrol-'));
  const manifest = join(work, 'manifest.csv');
  const entries = listDataset(facesDir);
  writeFileSync(
    manifest,
    [
      'file,person_reference,custody_reference,captured_at,retention_class,under18_at_capture,self_defined_ethnicity,sex,age_band',
    ]
      .concat(
        entries.map(
          (e, i) => `${relative(facesDir, e.file)},BENCH/${e.identity},CU/${i},2024-01-01,CONVICTED,false,,,`,
        ),
      )
      .join('\n'),
  );
  try {
    const report = await runBulkEnrolment(db, gallery, {
      forceCode: 'SWP',
      officerSubject: 'swp.gallery',
      manifestPath: manifest,
      imagesDir: facesDir,
      concurrency,
    });
    return { images: entries.length, report };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
