/**
 * Rewrites a small PyTorch-exported ONNX embedder (Conv, PRelu, Add, a final Reshape) into the
 * project's input contract: NHWC float 0–255 in the colour order we decode (RGB), any batch size,
 * opset 13. The model's own preprocessing is folded into the graph:
 *
 * - the channel swap (the network wants BGR) permutes the first Conv's input channels;
 * - its normalisation (x − mean) / std scales the first Conv's weights and moves into its bias;
 *   the Conv's zero padding (zero *after* normalisation) becomes padding with `mean` before it;
 * - the final Reshape to [1, D] becomes [−1, D];
 * - each PRelu becomes Relu and two 1 x 1 depthwise Convs with the same result (see `prelu`), which
 *   ONNX Runtime runs about 1.6x faster.
 *
 * Every node, weight and attribute is otherwise copied as it is (subnormal weights become zero, see
 * `floats`); anything unexpected fails loudly.
 */
import { onnx } from 'onnx-proto';

import { GraphBuilder } from './onnx-graph';

const SUPPORTED = new Set(['Conv', 'PRelu', 'Add', 'Reshape']);

export interface RewriteOptions {
  name: string;
  /** channel order the network expects */
  channelOrder: 'RGB' | 'BGR';
  /** the network's input is (x − mean) / std with x in 0–255 */
  mean: number;
  std: number;
  size: number;
  inputName: string;
  outputName: string;
}

export interface RewriteResult {
  graph: GraphBuilder;
  dimension: number;
  /** facts read from the source file, for the manifest */
  source: { irVersion: number; opset: number; producer: string; nodes: number; inputShape: number[] };
}

const FLOAT32_MIN_NORMAL = 1.1754943508222875e-38;

/**
 * Float weights, with subnormal values (|w| < 1.2e-38) set to zero: the CPU handles each operation
 * on one in a slow microcode path, which made this net's convolutions about ten times slower, and
 * their contribution is far below float32 precision of any sum they enter.
 */
function floats(t: onnx.ITensorProto): Float32Array {
  if (t.dataType !== onnx.TensorProto.DataType.FLOAT) throw new Error(`${t.name}: expected float32`);
  let values: Float32Array;
  if (t.rawData && t.rawData.length) {
    const raw = t.rawData;
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    values = Float32Array.from({ length: raw.byteLength / 4 }, (_, i) => view.getFloat32(i * 4, true));
  } else values = Float32Array.from(t.floatData ?? []);
  for (let i = 0; i < values.length; i += 1) if (Math.abs(values[i]) < FLOAT32_MIN_NORMAL) values[i] = 0;
  return values;
}

function int64s(t: onnx.ITensorProto): number[] {
  if (t.dataType !== onnx.TensorProto.DataType.INT64) throw new Error(`${t.name}: expected int64`);
  if (t.rawData && t.rawData.length) {
    const raw = t.rawData;
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    return Array.from({ length: raw.byteLength / 8 }, (_, i) => Number(view.getBigInt64(i * 8, true)));
  }
  return (t.int64Data ?? []).map((v) => Number(v));
}

const dimsOf = (t: onnx.ITensorProto): number[] => (t.dims ?? []).map((d) => Number(d));

type Attr = number | number[];

function attrs(node: onnx.INodeProto): Record<string, Attr> {
  const out: Record<string, Attr> = {};
  for (const a of node.attribute ?? []) {
    const name = a.name as string;
    if (a.type === onnx.AttributeProto.AttributeType.INTS) out[name] = (a.ints ?? []).map((v) => Number(v));
    else if (a.type === onnx.AttributeProto.AttributeType.INT) out[name] = Number(a.i);
    else throw new Error(`${node.opType} ${node.name}: attribute ${name} of type ${a.type} not supported`);
  }
  return out;
}

/**
 * PRelu(y) with per-channel slopes s, as Relu(y) + DepthwiseConv1x1(Relu(DepthwiseConv1x1(y; −1)); −s).
 * ONNX Runtime's NCHWc layout optimiser cannot keep a PRelu in its blocked layout, so every PRelu
 * cost a reorder in and out as well as its own slow kernel (together more than the Convs); Relu,
 * depthwise Convs and an Add it keeps blocked, fusing the inner Relu and the Add into the Convs.
 * The result is exactly PRelu's: for y > 0 it is y + (−s · 0), for y < 0 it is 0 + (−s) · (−y),
 * one rounded product, as in s · y; the slopes range from −1.35 to 1.23, so max(y, s · y) would not do.
 */
function prelu(g: GraphBuilder, y: string, slope: onnx.ITensorProto, prefix: string): string {
  const s = floats(slope);
  const dims = dimsOf(slope);
  if (dims.length !== 3 || dims[1] !== 1 || dims[2] !== 1 || dims[0] !== s.length) {
    throw new Error(`PRelu slope ${slope.name}: expected per-channel [C, 1, 1], got [${dims}]`);
  }
  const c = s.length;
  const depthwise = { group: c, kernel_shape: [1, 1], strides: [1, 1], pads: [0, 0, 0, 0], dilations: [1, 1] };
  const minusOne = g.constFloat(`${prefix}_minus_one`, [c, 1, 1, 1], new Float32Array(c).fill(-1));
  const minusSlope = g.constFloat(`${prefix}_minus_slope`, [c, 1, 1, 1], s.map((v) => -v));
  const positive = g.node('Relu', [y], {}, `${prefix}_pos`);
  const negated = g.node('Conv', [y, minusOne], depthwise, `${prefix}_negated`);
  const negative = g.node('Relu', [negated], {}, `${prefix}_neg`);
  const scaled = g.node('Conv', [negative, minusSlope], depthwise, `${prefix}_scaled`);
  return g.node('Add', [scaled, positive], {}, prefix);
}

export function rewritePytorchEmbedder(bytes: Buffer, opts: RewriteOptions): RewriteResult {
  const model = onnx.ModelProto.decode(bytes);
  const src = model.graph;
  if (!src?.node || !src.input || !src.output || !src.initializer) throw new Error('ONNX model without a graph');
  const inits = new Map(src.initializer.map((t) => [t.name as string, t]));
  const graphInputs = src.input.filter((i) => !inits.has(i.name as string));
  if (graphInputs.length !== 1 || src.output.length !== 1) throw new Error('expected one input and one output');
  const inputName = graphInputs[0].name as string;
  const inputShape = (graphInputs[0].type?.tensorType?.shape?.dim ?? []).map((d) => Number(d.dimValue));
  if (inputShape.join() !== [1, 3, opts.size, opts.size].join()) throw new Error(`unexpected input shape ${inputShape}`);
  for (const n of src.node) if (!SUPPORTED.has(n.opType as string)) throw new Error(`op ${n.opType} not supported by this rewrite`);

  const first = src.node[0];
  const consumers = src.node.filter((n) => n.input?.includes(inputName));
  if (first.opType !== 'Conv' || consumers.length !== 1 || consumers[0] !== first) throw new Error('the input must feed exactly one Conv, the first node');
  const firstAttrs = attrs(first);
  if ((firstAttrs.group ?? 1) !== 1) throw new Error('first Conv must not be grouped');

  const g = new GraphBuilder(opts.name);
  const image = g.input(opts.inputName, ['N', opts.size, opts.size, 3]);
  const nchw = g.transpose(image, [0, 3, 1, 2], 'nchw');
  const names = new Map<string, string>([[inputName, nchw]]);
  const ref = (name: string): string => {
    const v = names.get(name);
    if (v) return v;
    const t = inits.get(name);
    if (!t) throw new Error(`tensor ${name} used before it is produced`);
    const added = t.dataType === onnx.TensorProto.DataType.INT64 ? g.constInt64(`w${name}`, int64s(t)) : g.constFloat(`w${name}`, dimsOf(t), floats(t));
    names.set(name, added);
    return added;
  };

  let dimension = 0;
  for (const node of src.node) {
    const inputs = node.input as string[];
    const a = attrs(node);
    let out: string;
    if (node === first) {
      const weight = inits.get(inputs[1]);
      const bias = inits.get(inputs[2]);
      if (!weight || !bias) throw new Error('first Conv needs constant weight and bias');
      const [o, c, kh, kw] = dimsOf(weight);
      if (c !== 3) throw new Error('first Conv must take 3 channels');
      const w = floats(weight);
      const b = floats(bias);
      const folded = new Float32Array(w.length);
      const foldedBias = new Float32Array(o);
      // our channel k feeds the network's channel k (RGB) or 2 − k (BGR)
      const from = (k: number): number => (opts.channelOrder === 'BGR' ? 2 - k : k);
      for (let oi = 0; oi < o; oi += 1) {
        let shift = 0;
        for (let k = 0; k < 3; k += 1) {
          for (let i = 0; i < kh * kw; i += 1) {
            const v = w[(oi * 3 + from(k)) * kh * kw + i];
            folded[(oi * 3 + k) * kh * kw + i] = v / opts.std;
            shift += (v * opts.mean) / opts.std;
          }
        }
        foldedBias[oi] = b[oi] - shift;
      }
      const pads = (a.pads as number[] | undefined) ?? [0, 0, 0, 0];
      let x = nchw;
      if (pads.some((p) => p !== 0)) {
        const padSpec = g.constInt64('input_pads', [0, 0, pads[0], pads[1], 0, 0, pads[2], pads[3]]);
        const padValue = g.constFloat('input_pad_value', [], [opts.mean]);
        x = g.node('Pad', [nchw, padSpec, padValue], { mode: 'constant' }, 'input_padded');
      }
      const wName = g.constFloat('first_conv_weight', [o, 3, kh, kw], folded);
      const bName = g.constFloat('first_conv_bias', [o], foldedBias);
      out = g.node('Conv', [x, wName, bName], { ...a, pads: [0, 0, 0, 0] }, `t${node.output?.[0]}`);
    } else if (node.opType === 'Reshape') {
      const shape = int64s(inits.get(inputs[1]) ?? ({} as onnx.ITensorProto));
      if (shape.length !== 2 || shape[0] !== 1) throw new Error(`final Reshape to ${shape} not supported`);
      // [1, -1] after a 1 x 1 Conv: the width is that Conv's output channels
      const producer = src.node.find((n) => n.output?.includes(inputs[0]));
      const producerWeight = producer?.opType === 'Conv' ? inits.get((producer.input as string[])[1]) : undefined;
      dimension = shape[1] > 0 ? shape[1] : producerWeight ? dimsOf(producerWeight)[0] : 0;
      if (!dimension) throw new Error('cannot tell the width of the final Reshape');
      out = g.node('Reshape', [ref(inputs[0]), g.constInt64('embedding_shape', [-1, dimension])], {}, 'embedding_raw');
    } else if (node.opType === 'PRelu') {
      const slope = inits.get(inputs[1]);
      if (!slope) throw new Error(`PRelu ${node.name}: the slope must be a constant`);
      out = prelu(g, ref(inputs[0]), slope, `t${node.output?.[0]}`);
    } else {
      out = g.node(node.opType as string, inputs.map(ref), a, `t${node.output?.[0]}`);
    }
    names.set((node.output as string[])[0], out);
  }
  const last = names.get(src.output[0].name as string);
  if (!last || !dimension) throw new Error('the graph output must come from the final Reshape');
  g.alias(last, opts.outputName);
  g.output(opts.outputName, ['N', dimension]);
  return {
    graph: g,
    dimension,
    source: {
      irVersion: Number(model.irVersion),
      opset: Number(model.opsetImport?.find((o) => !o.domain)?.version ?? 0),
      producer: `${model.producerName} ${model.producerVersion}`,
      nodes: src.node.length,
      inputShape,
    },
  };
}

/** Distinct source file names in the nodes' doc strings (PyTorch records its trace there). */
export function traceSourceFiles(bytes: Buffer, pattern: RegExp): string[] {
  const model = onnx.ModelProto.decode(bytes);
  const found = new Set<string>();
  for (const n of model.graph?.node ?? []) for (const m of (n.docString ?? '').matchAll(pattern)) found.add(m[0]);
  return [...found].sort();
}
