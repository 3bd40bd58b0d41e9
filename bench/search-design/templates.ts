/* Templates of the LFW development folder made by twokey's own ONNX pipeline with one face model
 * (default faceplugin-arcface-512), cached as <work>/templates-<model>.json. Never commit the output:
 * it is biometric data.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { listDataset, runPipeline } from '../../scripts/eval';

export interface RealTemplate {
  identity: string;
  role: 'gallery' | 'probe';
  template: number[] | null;
}

export async function realTemplates(
  facesDir: string,
  work: string,
  faceModel: string,
): Promise<{ modelVersion: string; rows: RealTemplate[] }> {
  const cache = join(work, `templates-${faceModel}.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8'));
  const entries = listDataset(facesDir);
  const result = await runPipeline(entries, { sessions: 2, faceModel });
  const modelVersion = result.versions.get(result.primary)!;
  const templates = result.templates.get(result.primary) as Array<Float32Array | null>;
  const rows = entries.map((e, i) => ({
    identity: e.identity,
    role: e.role,
    template: templates[i] ? Array.from(templates[i]!) : null,
  }));
  const out = { modelVersion, rows };
  writeFileSync(cache, JSON.stringify(out));
  return out;
}

if (require.main === module) {
  const [facesDir, work, model = 'faceplugin-arcface-512'] = process.argv.slice(2);
  realTemplates(facesDir, work, model)
    .then((r) =>
      console.log(`${r.modelVersion}: ${r.rows.filter((x) => x.template).length}/${r.rows.length} templates`),
    )
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
