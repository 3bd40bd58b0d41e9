/* Templates of the LFW development folder made by twokey's own ONNX pipeline with one face model (by
 * default the manifest's default), cached as <work>/templates-<model>.json. The model's version and
 * dimension come from the models manifest; a cache made with another version is made again. Never
 * commit the output: it is biometric data.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { listDataset, runPipeline } from '../../scripts/eval';
import { defaultModelsDir, listFaceModels, type FaceModelListing } from '../../src/inference';

export interface RealTemplate {
  identity: string;
  /** the image, relative to the faces folder */
  file: string;
  role: 'gallery' | 'probe';
  template: number[] | null;
}

export interface RealTemplates {
  faceModel: string;
  modelVersion: string;
  dimension: number;
  rows: RealTemplate[];
}

/** A face model of the repository's models manifest (its default unless named): name, version, dimension. */
export function faceModel(name?: string): FaceModelListing {
  const { defaultFaceModel, models } = listFaceModels(defaultModelsDir());
  const wanted = name ?? defaultFaceModel;
  const found = models.find((m) => m.faceModel === wanted);
  if (!found)
    throw new Error(
      `no face model ${wanted} in the models manifest (${models.map((m) => m.faceModel).join(', ')})`,
    );
  return found;
}

export async function realTemplates(facesDir: string, work: string, name?: string): Promise<RealTemplates> {
  const model = faceModel(name);
  const cache = join(work, `templates-${model.faceModel}.json`);
  if (existsSync(cache)) {
    const cached = JSON.parse(readFileSync(cache, 'utf8')) as RealTemplates;
    if (cached.modelVersion === model.modelVersion && cached.rows.every((r) => typeof r.file === 'string'))
      return cached;
  }
  const entries = listDataset(facesDir);
  const result = await runPipeline(entries, { sessions: 2, faceModel: model.faceModel });
  const version = result.versions.get(result.primary);
  if (version !== model.modelVersion)
    throw new Error(`the pipeline made ${version}, the models manifest names ${model.modelVersion}`);
  const templates = result.templates.get(result.primary) as Array<Float32Array | null>;
  const rows = entries.map((e, i) => ({
    identity: e.identity,
    file: relative(facesDir, e.file),
    role: e.role,
    template: templates[i] ? Array.from(templates[i]!) : null,
  }));
  if (rows.some((r) => r.template && r.template.length !== model.dimension))
    throw new Error(`${model.modelVersion} made templates that are not ${model.dimension}-d`);
  const out = {
    faceModel: model.faceModel,
    modelVersion: model.modelVersion,
    dimension: model.dimension,
    rows,
  };
  writeFileSync(cache, JSON.stringify(out));
  return out;
}

if (require.main === module) {
  const [facesDir, work, model] = process.argv.slice(2);
  realTemplates(facesDir, work, model)
    .then((r) =>
      console.log(`${r.modelVersion}: ${r.rows.filter((x) => x.template).length}/${r.rows.length} templates`),
    )
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
