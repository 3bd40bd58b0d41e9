import 'reflect-metadata';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from '../src/schema/build-schema';

/**
 * Writes the code-first schema to src/schema/schema.graphql (committed, reviewed in diffs, fed to
 * codegen). With --check, fails when the committed file differs from what the code produces.
 */
async function main() {
  const target = join(__dirname, '..', 'src', 'schema', 'schema.graphql');
  const sdl = `# Generated from the type-graphql resolvers by \`npm run schema:emit\`; do not edit.\n\n${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
  if (process.argv.includes('--check')) {
    if (!existsSync(target) || readFileSync(target, 'utf8') !== sdl) {
      process.stderr.write(
        'src/schema/schema.graphql is out of date: run `npm run schema:emit` and commit it\n',
      );
      process.exit(1);
    }
    process.stdout.write('schema.graphql is up to date\n');
    return;
  }
  writeFileSync(target, sdl);
  process.stdout.write(`wrote ${target}\n`);
}

void main();
