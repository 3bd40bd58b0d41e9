import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphQLObjectType } from 'graphql';
import { buildAppSchema } from '../src/schema/build-schema';
import { POLICY_MATRIX, renderPolicyDoc } from '../test/policy-matrix';

/**
 * Writes docs/policy.md from the policy matrix (test/policy-matrix.ts), the table that
 * test/api/policy-matrix.e2e.spec.ts asserts cell by cell over the API, and lists the schema's
 * operations the matrix does not cover. With --check, fails when the committed file differs.
 */
async function main() {
  const target = join(__dirname, '..', 'docs', 'policy.md');
  const schema = await buildAppSchema();
  const fields = (type: GraphQLObjectType | null | undefined) => Object.keys(type?.getFields() ?? {});
  const operations = [
    ...fields(schema.getQueryType()),
    ...fields(schema.getMutationType()),
    ...fields(schema.getSubscriptionType()).map((n) => `${n} (subscription)`),
  ];
  const covered = new Set(POLICY_MATRIX.map((r) => r.operation.split('.')[0]));
  const doc = renderPolicyDoc(operations.filter((o) => !covered.has(o)).sort());
  if (process.argv.includes('--check')) {
    if (!existsSync(target) || readFileSync(target, 'utf8') !== doc) {
      process.stderr.write('docs/policy.md is out of date: run `npm run policy:doc` and commit it\n');
      process.exit(1);
    }
    process.stdout.write('docs/policy.md is up to date\n');
    return;
  }
  writeFileSync(target, doc);
  process.stdout.write(`wrote ${target}\n`);
}

void main();
