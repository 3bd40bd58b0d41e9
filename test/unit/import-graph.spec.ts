import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * The shape of src/'s imports, read from the files themselves (the lint rules check the direction
 * between folders; these check what they cannot see).
 */

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Relative imports and re-exports of one file, type-only ones included, resolved to files. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(
      /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'|(?:^|\n)\s*import\s+'(\.[^']+)'/g,
    ),
  ].map((m) => m[1] ?? m[2]);
  return specifiers.flatMap((spec) => {
    const base = join(dirname(file), spec);
    const found = [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
    return found ? [found] : [];
  });
}

/** Groups of files that import each other, directly or through others (Tarjan's strongly connected components). */
function importCycles(files: string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(relative(ROOT, w));
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return cycles.sort((a, b) => a[0].localeCompare(b[0]));
}

describe('src imports', () => {
  it('should have no import cycle', () => {
    expect(importCycles(sourceFiles(SRC))).toEqual([]);
  });

  it('should register no GraphQL enum in src/entities (the schema layer does, in src/schema/enums.ts)', () => {
    const registering = sourceFiles(join(SRC, 'entities')).filter((f) =>
      /\bregisterEnumType\b/.test(readFileSync(f, 'utf8')),
    );
    expect(registering.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
