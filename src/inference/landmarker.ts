/**
 * Landmark strategies: 68 points (iBUG 300-W order) for a detected face.
 */
import type * as ort from 'onnxruntime-node';

import type { RawDetection } from './detector';
import { Affine, ImagePyramid, toModelInput } from './image-ops';
import type { LandmarkCropSpec, LandmarkerRuntime, LoadedModel } from './manifest';
import { runSingle } from './session';

export interface Landmarker {
  landmarks(image: ImagePyramid, face: RawDetection): Promise<Array<[number, number]>>;
}

/** The square image region the landmark net sees for a detector box. */
export function landmarkCrop(
  face: RawDetection,
  crop: LandmarkCropSpec,
): { x: number; y: number; side: number } {
  const { region } = face;
  const side = crop.scale * Math.max(region.width, region.height);
  const cx = region.x + region.width / 2;
  const cy = region.y + region.height / 2 + crop.shiftY * region.height;
  return { x: cx - side / 2, y: cy - side / 2, side };
}

/** face-api's 68-point net: a square crop around the detector box, 112 px, outputs in [0, 1]. */
export class FaceApiLandmarker implements Landmarker {
  private readonly size: number;

  constructor(
    private readonly session: ort.InferenceSession,
    private readonly model: LoadedModel<LandmarkerRuntime>,
    private readonly crop: LandmarkCropSpec,
  ) {
    this.size = Number(model.entry.runtime.input.shape[1]);
  }

  async landmarks(image: ImagePyramid, face: RawDetection): Promise<Array<[number, number]>> {
    const { size } = this;
    const { x, y, side } = landmarkCrop(face, this.crop);
    const s = side / size;
    const m: Affine = [s, 0, x, 0, s, y];
    const rt = this.model.entry.runtime;
    const pixels = image.sample(m, size, size, s);
    const out = await runSingle(
      this.session,
      rt.input.name,
      rt.outputs[0].name,
      toModelInput(pixels, size, rt.input),
      [1, size, size, 3],
    );
    const points: Array<[number, number]> = [];
    for (let i = 0; i < 68; i += 1) points.push([x + out[2 * i] * side, y + out[2 * i + 1] * side]);
    return points;
  }
}
