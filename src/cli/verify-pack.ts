import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config';
import { Database } from '../db';
import { createLogger } from '../logging/logger';
import { verifyDisclosurePdf } from '../services';

const USAGE = `usage: npm run verify-pack -- [--json] <pack.pdf> [more.pdf ...]

Checks PDF disclosure packs (GET /exports/disclosure-pack.pdf) against the audit log: reads the pack
reference and content hash from each file's metadata, finds the audit event that recorded its
generation, and compares the file's sha256 and the content hash with those recorded; then
re-verifies the hash chain from the first event the pack lists up to its generation, the chain
head the pack names, and the request's audit events up to that head.

Prints OK or TAMPERED (with the reason) per file; exits 0 when every file verifies, 1 when one
does not, 2 on a usage error. Reads only. Uses DATABASE_URL, or the embedded database (stop the
service first: it has one connection).`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length === 0) {
    process.stderr.write(`name at least one PDF pack\n\n${USAGE}\n`);
    process.exit(2);
  }
  const files = await Promise.all(positionals.map(async (path) => ({ path, bytes: await readFile(path) })));
  const config = loadConfig(process.env, 'tool');
  const db = await Database.open(config.database, createLogger('warn'));
  let failed = 0;
  try {
    for (const { path, bytes } of files) {
      const result = await verifyDisclosurePdf(db.manager, bytes);
      if (!result.ok) failed += 1;
      if (values.json) process.stdout.write(`${JSON.stringify({ file: path, ...result })}\n`);
      else
        process.stdout.write(
          result.ok
            ? `OK ${path}: ${result.message}\n`
            : `TAMPERED ${path}: ${result.failure}: ${result.message}\n`,
        );
    }
  } finally {
    await db.close();
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  process.stderr.write(`verify-pack failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
