/**
 * The committed models/ folder is exactly what the converter produces from the installed npm
 * packages, and its manifest holds the provenance the runtime and auditors rely on.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { buildAll } from '../../scripts/models/build';
import { computeModelVersion, loadManifest, ModelManifest } from '../../src/inference/manifest';

const MODELS = join(__dirname, '../../models');

describe('models build', () => {
  it('should rebuild byte-identical ONNX files and manifest (deterministic conversion)', () => {
    const { files } = buildAll();
    expect([...files.keys()].sort()).toEqual([
      'blazeface.onnx',
      'faceapi-landmarks68.onnx',
      'faceapi-recognition128.onnx',
      'manifest.json',
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
      expect(m.source.package).toMatch(/^@vladmandic\/(face-api|human)$/);
      expect(m.source.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(m.source.licence).toBe('MIT');
      expect(m.source.files.length).toBeGreaterThanOrEqual(2);
      for (const f of m.source.files) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(m.runtime.input.colourOrder).toBe('RGB');
      expect(m.runtime.outputs.length).toBe(1);
    }
    expect(manifest.pipeline.modelVersion).toBe(computeModelVersion(manifest));
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
