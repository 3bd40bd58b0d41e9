import type { FacePipeline } from '../../src/inference';
import { deriveDemoFaces, type DemoFace } from '../../src/demo/demo-faces';

export type { DemoFace };

let cache: Promise<DemoFace[]> | undefined;

/** The demo faces (src/demo/demo-faces.ts), derived once per test file. */
export function demoFaces(pipeline: FacePipeline): Promise<DemoFace[]> {
  cache ??= deriveDemoFaces(pipeline);
  return cache;
}
