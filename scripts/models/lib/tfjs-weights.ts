/**
 * Reads TF.js weight files (a weights manifest plus its .bin shards) without TensorFlow.
 *
 * Layout facts the converter relies on:
 * - weights are stored back to back in manifest order across the concatenated shards;
 * - a weight with `quantization: { dtype: 'uint8', scale, min }` takes one byte per value and
 *   means `q * scale + min` (TF.js computes it in double precision and stores float32);
 * - float32 / int32 weights are little-endian, four bytes per value.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { GraphBuilder } from './onnx-graph';

export interface TfWeightSpec {
  name: string;
  shape: number[];
  dtype: 'float32' | 'int32';
  quantization?: { dtype: string; scale?: number; min?: number };
}

export interface TfWeightGroup {
  paths: string[];
  weights: TfWeightSpec[];
}

export interface TfWeight {
  name: string;
  shape: number[];
  dtype: 'float32' | 'int32';
  /** present when stored as uint8 */
  quant?: { scale: number; min: number };
  /** bytes as stored: uint8 values when quantised, else little-endian 4-byte values */
  raw: Uint8Array;
}

export type TfWeightMap = Map<string, TfWeight>;

const size = (shape: number[]): number => shape.reduce((a, b) => a * b, 1);

export function readWeights(dir: string, groups: TfWeightGroup[]): { weights: TfWeightMap; files: string[] } {
  const weights: TfWeightMap = new Map();
  const files: string[] = [];
  for (const group of groups) {
    const buffer = Buffer.concat(group.paths.map((p) => readFileSync(join(dir, p))));
    files.push(...group.paths);
    let offset = 0;
    for (const spec of group.weights) {
      const n = size(spec.shape);
      const q = spec.quantization;
      if (q) {
        if (q.dtype !== 'uint8' || q.scale === undefined || q.min === undefined) {
          throw new Error(`${spec.name}: unsupported quantisation ${JSON.stringify(q)}`);
        }
        weights.set(spec.name, { name: spec.name, shape: spec.shape, dtype: spec.dtype, quant: { scale: q.scale, min: q.min }, raw: buffer.subarray(offset, offset + n) });
        offset += n;
      } else {
        if (spec.dtype !== 'float32' && spec.dtype !== 'int32') throw new Error(`${spec.name}: unsupported dtype ${spec.dtype}`);
        weights.set(spec.name, { name: spec.name, shape: spec.shape, dtype: spec.dtype, raw: buffer.subarray(offset, offset + n * 4) });
        offset += n * 4;
      }
    }
    if (offset !== buffer.length) throw new Error(`weights use ${offset} bytes but the shards hold ${buffer.length}`);
  }
  return { weights, files };
}

export function getWeight(map: TfWeightMap, name: string, rank?: number): TfWeight {
  const w = map.get(name);
  if (!w) throw new Error(`missing weight ${name}`);
  if (rank !== undefined && w.shape.length !== rank) throw new Error(`${name}: expected rank ${rank}, got ${w.shape}`);
  return w;
}

/** Values as TF.js sees them (dequantised in double precision, stored as float32). */
export function floatValues(w: TfWeight): Float32Array {
  const n = size(w.shape);
  const out = new Float32Array(n);
  if (w.quant) {
    const { scale, min } = w.quant;
    for (let i = 0; i < n; i += 1) out[i] = w.raw[i] * scale + min;
    return out;
  }
  const view = new DataView(w.raw.buffer, w.raw.byteOffset, w.raw.byteLength);
  for (let i = 0; i < n; i += 1) out[i] = w.dtype === 'int32' ? view.getInt32(i * 4, true) : view.getFloat32(i * 4, true);
  return out;
}

export function intValues(w: TfWeight): number[] {
  if (w.dtype !== 'int32' || w.quant) throw new Error(`${w.name} is not int32`);
  return Array.from(floatValues(w));
}

/** Transposes a row-major array of `elementBytes`-sized elements. */
export function transposeBytes(data: Uint8Array, shape: number[], perm: number[], elementBytes: number): { data: Uint8Array; shape: number[] } {
  const rank = shape.length;
  const outShape = perm.map((p) => shape[p]);
  const inStrides = new Array<number>(rank).fill(1);
  for (let i = rank - 2; i >= 0; i -= 1) inStrides[i] = inStrides[i + 1] * shape[i + 1];
  const n = size(shape);
  const out = new Uint8Array(n * elementBytes);
  const idx = new Array<number>(rank).fill(0);
  for (let o = 0; o < n; o += 1) {
    let src = 0;
    for (let d = 0; d < rank; d += 1) src += idx[d] * inStrides[perm[d]];
    out.set(data.subarray(src * elementBytes, (src + 1) * elementBytes), o * elementBytes);
    for (let d = rank - 1; d >= 0; d -= 1) {
      idx[d] += 1;
      if (idx[d] < outShape[d]) break;
      idx[d] = 0;
    }
  }
  return { data: out, shape: outShape };
}

/**
 * Adds a TF.js weight to the graph, optionally transposed (and reshaped afterwards), keeping
 * uint8 weights quantised in the file.
 */
export function addWeight(g: GraphBuilder, w: TfWeight, prefix: string, perm?: number[], reshape?: number[]): string {
  const elementBytes = w.quant ? 1 : 4;
  let { raw } = w;
  let shape = w.shape;
  if (perm) ({ data: raw, shape } = transposeBytes(w.raw, w.shape, perm, elementBytes));
  if (reshape) {
    if (size(reshape) !== size(shape)) throw new Error(`${w.name}: cannot reshape ${shape} to ${reshape}`);
    shape = reshape;
  }
  if (w.quant) return g.quantized(prefix, { data: raw, dims: shape, scale: w.quant.scale, min: w.quant.min });
  if (w.dtype !== 'float32') throw new Error(`${w.name}: int32 weight used as a float tensor`);
  const values = floatValues({ ...w, raw, shape });
  return g.constFloat(prefix, shape, values);
}

/** HWIO conv filter -> OIHW. */
export const HWIO_TO_OIHW = [3, 2, 0, 1];
/** Depthwise [H, W, C, M] -> [C*M, 1, H, W] (M = 1 here): transpose to [C, M, H, W]. */
export const HWCM_TO_CMHW = [2, 3, 0, 1];
