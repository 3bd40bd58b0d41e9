/**
 * Converts the TF.js face models shipped in npm packages into ONNX files in `models/`, plus
 * `models/manifest.json` recording provenance and the input/output contract of each model.
 *
 *   npm run models:build            write models/*.onnx and models/manifest.json
 *   npm run models:check            rebuild in memory; exit 1 if any byte differs from models/
 *
 * The output is deterministic (same package versions -> same bytes), so the ONNX files are
 * committed and CI runs the check.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { computeModelVersion, EmbedderRuntime, LandmarkCropSpec, MANIFEST_FORMAT, ModelEntry, ModelManifest, PREPROCESSING_REVISION } from '../../src/inference/manifest';
import { DEFAULT_FACE_MODEL, FACE_MODELS, MODEL_SPECS, ModelSpec, registrySource, sha256, SourcePackage, sourcePackage } from './lib/sources';

function resolveSource(spec: ModelSpec): SourcePackage {
  return 'installed' in spec.source ? sourcePackage(spec.source.installed) : registrySource(spec.source.registry, spec.source.file);
}

/** How the landmark net's input square is cut around the detector box (chosen by measurement; see models/README.md). */
export const LANDMARK_CROP: LandmarkCropSpec = { scale: 1.0, shiftY: 0 };

export interface BuildOutput {
  files: Map<string, Buffer>;
  manifest: ModelManifest;
}

export function buildAll(): BuildOutput {
  const files = new Map<string, Buffer>();
  const models: ModelEntry[] = [];
  for (const spec of MODEL_SPECS) {
    const pkg = resolveSource(spec);
    const built = spec.build(pkg);
    const sourceFiles = built.files.map((path) => ({ path, sha256: sha256(pkg.read(path)) }));
    const metadata = {
      source_package: `${pkg.name}@${pkg.version}`,
      source_licence: pkg.licence,
      source_files: sourceFiles.map((f) => `${f.path} sha256:${f.sha256}`).join('; '),
      upstream: spec.upstream,
    };
    const bytes = built.graph.serialise(`${spec.id}: converted from ${pkg.name}@${pkg.version} by twokey scripts/models/build.ts`, metadata);
    files.set(spec.file, bytes);
    models.push({
      id: spec.id,
      role: spec.role,
      file: spec.file,
      sha256: sha256(bytes),
      bytes: bytes.length,
      source: { package: pkg.name, version: pkg.version, licence: pkg.licence, upstream: spec.upstream, ...(pkg.integrity ? { integrity: pkg.integrity } : {}), files: sourceFiles },
      ...(spec.provenance ? { provenance: spec.provenance } : {}),
      runtime: spec.runtime as unknown as ModelEntry['runtime'],
    });
  }
  const pipeline = { preprocessingRevision: PREPROCESSING_REVISION, detector: 'blazeface', landmarker: 'faceapi-landmarks68', landmarkCrop: LANDMARK_CROP };
  const dimensionOf = (id: string): number => (models.find((m) => m.id === id)?.runtime as EmbedderRuntime).dimension;
  const embedders = FACE_MODELS.map((config) => {
    const dimension = config.parts.reduce((sum, p) => sum + dimensionOf(p.model), 0);
    return { ...config, dimension, modelVersion: computeModelVersion({ models, pipeline }, config) };
  });
  const manifest: ModelManifest = {
    format: MANIFEST_FORMAT,
    generator: 'scripts/models/build.ts',
    models,
    pipeline: { ...pipeline, embedders, defaultEmbedder: DEFAULT_FACE_MODEL },
  };
  files.set('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
  return { files, manifest };
}

function main(): void {
  const check = process.argv.includes('--check');
  const outIndex = process.argv.indexOf('--out');
  const outDir = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : resolve(__dirname, '../../models');
  const { files, manifest } = buildAll();
  if (check) {
    const problems: string[] = [];
    for (const [name, bytes] of files) {
      const path = join(outDir, name);
      if (!existsSync(path)) problems.push(`${name}: missing`);
      else if (!readFileSync(path).equals(bytes)) problems.push(`${name}: differs from a fresh build (sha256 ${sha256(readFileSync(path))} vs ${sha256(bytes)})`);
    }
    if (problems.length) {
      process.stderr.write(`models:check failed:\n  ${problems.join('\n  ')}\nRun npm run models:build and commit the result.\n`);
      process.exit(1);
    }
    process.stdout.write(`models:check ok: ${files.size} files identical (${manifest.pipeline.embedders.map((e) => e.modelVersion).join(', ')})\n`);
    return;
  }
  mkdirSync(outDir, { recursive: true });
  for (const [name, bytes] of files) writeFileSync(join(outDir, name), bytes);
  for (const m of manifest.models) process.stdout.write(`${m.file}  ${m.bytes} bytes  sha256 ${m.sha256}\n`);
  for (const e of manifest.pipeline.embedders) process.stdout.write(`${e.name}: modelVersion ${e.modelVersion}${e.name === manifest.pipeline.defaultEmbedder ? ' (default)' : ''}\n`);
}

if (require.main === module) main();
