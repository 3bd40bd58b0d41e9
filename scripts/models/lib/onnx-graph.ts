/**
 * A small ONNX graph builder used by the model converter.
 *
 * It tracks the static shape of every float tensor so that TensorFlow's "SAME" padding can be
 * written as explicit (possibly bottom/right-asymmetric) pads, and it serialises through
 * onnx-proto's protobufjs code, whose output depends only on the order in which nodes and
 * initialisers were added: the same inputs always give the same bytes.
 */
import { onnx } from 'onnx-proto';

export type Shape = number[];

/** Opset 13: per-tensor DequantizeLinear on uint8, Pad with tensor inputs, Reshape with allowzero absent. */
export const OPSET = 13;
export const IR_VERSION = 7;

type AttrValue = number | number[] | string | { floats: number[] } | { float: number };

export interface QuantizedWeight {
  /** uint8 values, already in the layout the ONNX node expects */
  data: Uint8Array;
  dims: Shape;
  scale: number;
  min: number;
}

function attribute(name: string, value: AttrValue): onnx.IAttributeProto {
  const T = onnx.AttributeProto.AttributeType;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error(`attribute ${name}: use { float } for non-integers`);
    return { name, type: T.INT, i: value };
  }
  if (typeof value === 'string') return { name, type: T.STRING, s: Buffer.from(value, 'utf8') };
  if (Array.isArray(value)) return { name, type: T.INTS, ints: value };
  if ('floats' in value) return { name, type: T.FLOATS, floats: value.floats };
  return { name, type: T.FLOAT, f: value.float };
}

function float32Bytes(values: Float32Array): Uint8Array {
  // raw_data is little-endian; copy so the proto does not alias a larger buffer
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < values.length; i += 1) view.setFloat32(i * 4, values[i], true);
  return out;
}

function int64Bytes(values: number[]): Uint8Array {
  const out = new Uint8Array(values.length * 8);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setBigInt64(i * 8, BigInt(v), true));
  return out;
}

export class GraphBuilder {
  private readonly nodes: onnx.INodeProto[] = [];
  private readonly initializers: onnx.ITensorProto[] = [];
  private readonly inputs: onnx.IValueInfoProto[] = [];
  private readonly outputs: onnx.IValueInfoProto[] = [];
  private readonly shapes = new Map<string, Shape>();
  private readonly used = new Set<string>();
  private counter = 0;

  constructor(private readonly name: string) {}

  /** A fresh tensor name with a readable prefix. */
  fresh(prefix: string): string {
    let candidate = prefix;
    while (this.used.has(candidate)) {
      this.counter += 1;
      candidate = `${prefix}_${this.counter}`;
    }
    this.used.add(candidate);
    return candidate;
  }

  shape(tensor: string): Shape {
    const s = this.shapes.get(tensor);
    if (!s) throw new Error(`no static shape recorded for ${tensor}`);
    return s;
  }

  setShape(tensor: string, shape: Shape): void {
    this.shapes.set(tensor, shape);
  }

  input(name: string, shape: (number | string)[]): string {
    this.used.add(name);
    this.inputs.push({ name, type: this.tensorType(shape) });
    this.shapes.set(name, shape.map((d) => (typeof d === 'number' ? d : 1)));
    return name;
  }

  output(name: string, shape: (number | string)[]): void {
    this.outputs.push({ name, type: this.tensorType(shape) });
  }

  private tensorType(shape: (number | string)[]): onnx.ITypeProto {
    return {
      tensorType: {
        elemType: onnx.TensorProto.DataType.FLOAT,
        shape: { dim: shape.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
      },
    };
  }

  constFloat(prefix: string, dims: Shape, values: Float32Array | number[]): string {
    const name = this.fresh(prefix);
    const data = values instanceof Float32Array ? values : Float32Array.from(values);
    if (data.length !== dims.reduce((a, b) => a * b, 1)) throw new Error(`${name}: ${data.length} values for dims ${dims}`);
    this.initializers.push({ name, dims, dataType: onnx.TensorProto.DataType.FLOAT, rawData: float32Bytes(data) });
    this.shapes.set(name, dims);
    return name;
  }

  constInt64(prefix: string, values: number[]): string {
    const name = this.fresh(prefix);
    this.initializers.push({ name, dims: [values.length], dataType: onnx.TensorProto.DataType.INT64, rawData: int64Bytes(values) });
    return name;
  }

  /**
   * A TF.js uint8-quantised weight (value = q * scale + min) kept as uint8 in the file:
   * DequantizeLinear(q, scale, zero_point 0) then Add(min). The zero point is not used for `min`
   * because TF.js's `min / scale` is generally not an integer.
   */
  quantized(prefix: string, w: QuantizedWeight): string {
    const q = this.fresh(`${prefix}_q`);
    this.initializers.push({ name: q, dims: w.dims, dataType: onnx.TensorProto.DataType.UINT8, rawData: w.data });
    const scale = this.constFloat(`${prefix}_scale`, [], [w.scale]);
    const zero = this.fresh(`${prefix}_zero`);
    this.initializers.push({ name: zero, dims: [], dataType: onnx.TensorProto.DataType.UINT8, rawData: new Uint8Array([0]) });
    const min = this.constFloat(`${prefix}_min`, [], [w.min]);
    const deq = this.node('DequantizeLinear', [q, scale, zero], {}, `${prefix}_dq`);
    const out = this.node('Add', [deq, min], {}, prefix);
    this.shapes.set(out, w.dims);
    return out;
  }

  /** Adds a node; returns its (first) output name. */
  node(op: string, inputs: string[], attrs: Record<string, AttrValue> = {}, outPrefix?: string, outputs = 1): string {
    const outs: string[] = [];
    for (let i = 0; i < outputs; i += 1) outs.push(this.fresh(outPrefix ?? op.toLowerCase()));
    const attributes = Object.keys(attrs).sort().map((k) => attribute(k, attrs[k]));
    this.nodes.push({ opType: op, input: inputs, output: outs, name: outs[0], attribute: attributes });
    return outs[0];
  }

  /** Renames the producer's output so that it becomes the graph output `name`. */
  alias(tensor: string, name: string): void {
    const node = this.nodes.find((n) => n.output?.includes(tensor));
    if (!node || !node.output) throw new Error(`no node produces ${tensor}`);
    node.output = node.output.map((o) => (o === tensor ? name : o));
    for (const n of this.nodes) n.input = n.input?.map((i) => (i === tensor ? name : i));
    const s = this.shapes.get(tensor);
    if (s) this.shapes.set(name, s);
    this.used.add(name);
  }

  // ---- layers (NCHW) -------------------------------------------------------------------

  /**
   * Conv with TF padding semantics. `weight` is OIHW (or [C,1,H,W] for depthwise with group = C).
   */
  conv(x: string, weight: string, bias: string | null, opts: { kernel: [number, number]; stride: number; padding: 'SAME' | 'VALID'; group?: number; outChannels: number; prefix: string }): string {
    const [n, , h, w] = this.shape(x);
    const [kh, kw] = opts.kernel;
    const pads = tfPads(h, w, kh, kw, opts.stride, opts.padding);
    const inputs = bias ? [x, weight, bias] : [x, weight];
    const attrs: Record<string, AttrValue> = { kernel_shape: [kh, kw], strides: [opts.stride, opts.stride], pads: pads.pads, dilations: [1, 1] };
    if (opts.group && opts.group > 1) attrs.group = opts.group;
    const out = this.node('Conv', inputs, attrs, opts.prefix);
    this.shapes.set(out, [n, opts.outChannels, pads.outH, pads.outW]);
    return out;
  }

  pool(op: 'MaxPool' | 'AveragePool', x: string, kernel: number, stride: number, padding: 'SAME' | 'VALID', prefix: string): string {
    const [n, c, h, w] = this.shape(x);
    const pads = tfPads(h, w, kernel, kernel, stride, padding);
    if (op === 'AveragePool' && pads.pads.some((p) => p !== 0)) {
      throw new Error('AveragePool with SAME padding: TF excludes padding from the average; not needed by these models');
    }
    const out = this.node(op, [x], { kernel_shape: [kernel, kernel], strides: [stride, stride], pads: pads.pads }, prefix);
    this.shapes.set(out, [n, c, pads.outH, pads.outW]);
    return out;
  }

  unary(op: string, x: string, prefix?: string): string {
    const out = this.node(op, [x], {}, prefix);
    this.shapes.set(out, this.shape(x));
    return out;
  }

  binary(op: 'Add' | 'Sub' | 'Mul' | 'Div', a: string, b: string, prefix?: string): string {
    const out = this.node(op, [a, b], {}, prefix);
    const sa = this.shapes.get(a) ?? [];
    const sb = this.shapes.get(b) ?? [];
    this.shapes.set(out, broadcast(sa, sb));
    return out;
  }

  /** Zero padding of a 4-D tensor: begins and ends per axis. */
  pad(x: string, begins: number[], ends: number[], prefix: string): string {
    const pads = this.constInt64(`${prefix}_pads`, [...begins, ...ends]);
    const out = this.node('Pad', [x, pads], { mode: 'constant' }, prefix);
    this.shapes.set(out, this.shape(x).map((d, i) => d + begins[i] + ends[i]));
    return out;
  }

  transpose(x: string, perm: number[], prefix: string): string {
    const out = this.node('Transpose', [x], { perm }, prefix);
    const s = this.shape(x);
    this.shapes.set(out, perm.map((p) => s[p]));
    return out;
  }

  reshape(x: string, shape: number[], prefix: string): string {
    const target = this.constInt64(`${prefix}_shape`, shape);
    const out = this.node('Reshape', [x, target], {}, prefix);
    const total = this.shape(x).reduce((a, b) => a * b, 1);
    const known = shape.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
    this.shapes.set(out, shape.map((d) => (d === -1 ? total / known : d)));
    return out;
  }

  toModelProto(docString: string, metadata: Record<string, string>): onnx.ModelProto {
    return onnx.ModelProto.create({
      irVersion: IR_VERSION,
      opsetImport: [{ domain: '', version: OPSET }],
      producerName: 'twokey-models',
      producerVersion: '1',
      docString,
      graph: {
        name: this.name,
        node: this.nodes,
        initializer: this.initializers,
        input: this.inputs,
        output: this.outputs,
      },
      metadataProps: Object.keys(metadata).sort().map((key) => ({ key, value: metadata[key] })),
    });
  }

  serialise(docString: string, metadata: Record<string, string>): Buffer {
    const bytes = onnx.ModelProto.encode(this.toModelProto(docString, metadata)).finish();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
}

function broadcast(a: Shape, b: Shape): Shape {
  const n = Math.max(a.length, b.length);
  const out: Shape = [];
  for (let i = 0; i < n; i += 1) {
    const da = a[a.length - n + i] ?? 1;
    const db = b[b.length - n + i] ?? 1;
    out.push(Math.max(da, db));
  }
  return out;
}

/**
 * TensorFlow padding: VALID has none; SAME pads `total = max((ceil(in/s) - 1) * s + k - in, 0)`
 * with floor(total/2) before and the rest after (bottom/right gets the extra pixel).
 */
export function tfPads(h: number, w: number, kh: number, kw: number, stride: number, padding: 'SAME' | 'VALID'): { pads: number[]; outH: number; outW: number } {
  if (padding === 'VALID') {
    return { pads: [0, 0, 0, 0], outH: Math.floor((h - kh) / stride) + 1, outW: Math.floor((w - kw) / stride) + 1 };
  }
  const outH = Math.ceil(h / stride);
  const outW = Math.ceil(w / stride);
  const th = Math.max((outH - 1) * stride + kh - h, 0);
  const tw = Math.max((outW - 1) * stride + kw - w, 0);
  const top = Math.floor(th / 2);
  const left = Math.floor(tw / 2);
  return { pads: [top, left, th - top, tw - left], outH, outW };
}
