/**
 * A minimal reader of TensorFlow Lite flatbuffer models (schema.fbs, format "TFL3"): enough of the
 * model, subgraph, tensor, buffer and operator tables, and of the options of the few operators the
 * converter supports, to read a float32 convolutional network. Everything else fails loudly.
 */

/** Builtin operator codes used by the converter (tensorflow/lite/schema/schema.fbs). */
export const TFLITE_OPS = {
  ADD: 0,
  CONV_2D: 3,
  DEPTHWISE_CONV_2D: 4,
  MUL: 18,
  RELU: 19,
  RESHAPE: 22,
  SUB: 41,
  ABS: 101,
} as const;

const OP_NAMES = new Map<number, string>(Object.entries(TFLITE_OPS).map(([k, v]) => [v, k]));

export const opName = (code: number): string => OP_NAMES.get(code) ?? `builtin ${code}`;

/** TensorType.FLOAT32 */
const FLOAT32 = 0;

export type Activation = 'NONE' | 'RELU';
export type TfPadding = 'SAME' | 'VALID';

export interface TfliteTensor {
  index: number;
  name: string;
  shape: number[];
  /** float32 data when the tensor is a constant; null for activations */
  data: Float32Array | null;
  /** int32 data of a constant int tensor (e.g. a reshape's shape) */
  ints: Int32Array | null;
}

export interface TfliteOperator {
  op: number;
  inputs: number[];
  outputs: number[];
  /** CONV_2D, DEPTHWISE_CONV_2D */
  conv?: { padding: TfPadding; strideW: number; strideH: number; dilationW: number; dilationH: number; depthMultiplier: number; activation: Activation };
  /** ADD, SUB, MUL */
  activation?: Activation;
  /** RESHAPE */
  newShape?: number[];
}

export interface TfliteModel {
  version: number;
  description: string;
  tensors: TfliteTensor[];
  inputs: number[];
  outputs: number[];
  operators: TfliteOperator[];
}

/** Flatbuffer table access: fields by vtable slot. */
class Table {
  constructor(
    private readonly buf: Buffer,
    readonly pos: number,
  ) {}

  private fieldOffset(slot: number): number {
    const vtable = this.pos - this.buf.readInt32LE(this.pos);
    const vtableSize = this.buf.readUInt16LE(vtable);
    const at = 4 + slot * 2;
    return at < vtableSize ? this.buf.readUInt16LE(vtable + at) : 0;
  }

  has(slot: number): boolean {
    return this.fieldOffset(slot) !== 0;
  }

  uint8(slot: number, fallback = 0): number {
    const o = this.fieldOffset(slot);
    return o ? this.buf.readUInt8(this.pos + o) : fallback;
  }

  int32(slot: number, fallback = 0): number {
    const o = this.fieldOffset(slot);
    return o ? this.buf.readInt32LE(this.pos + o) : fallback;
  }

  uint32(slot: number, fallback = 0): number {
    const o = this.fieldOffset(slot);
    return o ? this.buf.readUInt32LE(this.pos + o) : fallback;
  }

  private indirect(slot: number): number | null {
    const o = this.fieldOffset(slot);
    if (!o) return null;
    const at = this.pos + o;
    return at + this.buf.readUInt32LE(at);
  }

  table(slot: number): Table | null {
    const at = this.indirect(slot);
    return at === null ? null : new Table(this.buf, at);
  }

  string(slot: number): string {
    const at = this.indirect(slot);
    if (at === null) return '';
    const len = this.buf.readUInt32LE(at);
    return this.buf.toString('utf8', at + 4, at + 4 + len);
  }

  /** (start, length) of a vector field; elements follow the length word */
  vector(slot: number): { start: number; length: number } {
    const at = this.indirect(slot);
    if (at === null) return { start: 0, length: 0 };
    return { start: at + 4, length: this.buf.readUInt32LE(at) };
  }

  int32Vector(slot: number): number[] {
    const { start, length } = this.vector(slot);
    return Array.from({ length }, (_, i) => this.buf.readInt32LE(start + i * 4));
  }

  tableVector(slot: number): Table[] {
    const { start, length } = this.vector(slot);
    return Array.from({ length }, (_, i) => {
      const at = start + i * 4;
      return new Table(this.buf, at + this.buf.readUInt32LE(at));
    });
  }

  bytes(slot: number): Buffer {
    const { start, length } = this.vector(slot);
    return this.buf.subarray(start, start + length);
  }
}

function activation(code: number, where: string): Activation {
  if (code === 0) return 'NONE';
  if (code === 1) return 'RELU';
  throw new Error(`${where}: fused activation ${code} not supported`);
}

function padding(code: number, where: string): TfPadding {
  if (code === 0) return 'SAME';
  if (code === 1) return 'VALID';
  throw new Error(`${where}: padding ${code} not supported`);
}

/** Copies little-endian bytes into an aligned typed array. */
function float32s(bytes: Buffer): Float32Array {
  const out = new Float32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i += 1) out[i] = bytes.readFloatLE(i * 4);
  return out;
}

function int32s(bytes: Buffer): Int32Array {
  const out = new Int32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i += 1) out[i] = bytes.readInt32LE(i * 4);
  return out;
}

export function readTflite(buf: Buffer): TfliteModel {
  if (buf.toString('ascii', 4, 8) !== 'TFL3') throw new Error('not a TFLite flatbuffer (identifier TFL3 missing)');
  const model = new Table(buf, buf.readUInt32LE(0));
  const version = model.uint32(0);
  const opcodes = model.tableVector(1).map((c) => {
    // builtin_code (slot 3) superseded the byte-sized deprecated_builtin_code (slot 0)
    const code = Math.max(c.int32(3, 0), c.uint8(0, 0));
    if (c.string(1)) throw new Error(`custom operator ${c.string(1)} not supported`);
    return code;
  });
  const subgraphs = model.tableVector(2);
  if (subgraphs.length !== 1) throw new Error(`expected one subgraph, found ${subgraphs.length}`);
  const buffers = model.tableVector(4).map((b) => {
    if (b.has(1) || b.has(2)) throw new Error('buffers stored outside the flatbuffer are not supported');
    return b.bytes(0);
  });
  const sg = subgraphs[0];
  const tensors: TfliteTensor[] = sg.tableVector(0).map((t, index) => {
    const name = t.string(3);
    const type = t.uint8(1, 0);
    const data = buffers[t.uint32(2)] ?? Buffer.alloc(0);
    if (type === FLOAT32) {
      // float tensors may carry recorded min/max ranges (TOCO); they do not change the values
      return { index, name, shape: t.int32Vector(0), data: data.length ? float32s(data) : null, ints: null };
    }
    if (type === 2 /* INT32 */) return { index, name, shape: t.int32Vector(0), data: null, ints: data.length ? int32s(data) : null };
    throw new Error(`${name}: tensor type ${type} not supported`);
  });
  const operators: TfliteOperator[] = sg.tableVector(3).map((o, i) => {
    const op = opcodes[o.uint32(0)];
    const where = `operator ${i} (${opName(op)})`;
    const options = o.table(4);
    const entry: TfliteOperator = { op, inputs: o.int32Vector(1), outputs: o.int32Vector(2) };
    switch (op) {
      case TFLITE_OPS.CONV_2D:
        if (!options) throw new Error(`${where}: options missing`);
        entry.conv = {
          padding: padding(options.uint8(0), where),
          strideW: options.int32(1),
          strideH: options.int32(2),
          activation: activation(options.uint8(3), where),
          dilationW: options.int32(4, 1),
          dilationH: options.int32(5, 1),
          depthMultiplier: 1,
        };
        break;
      case TFLITE_OPS.DEPTHWISE_CONV_2D:
        if (!options) throw new Error(`${where}: options missing`);
        entry.conv = {
          padding: padding(options.uint8(0), where),
          strideW: options.int32(1),
          strideH: options.int32(2),
          depthMultiplier: options.int32(3, 1),
          activation: activation(options.uint8(4), where),
          dilationW: options.int32(5, 1),
          dilationH: options.int32(6, 1),
        };
        break;
      case TFLITE_OPS.ADD:
      case TFLITE_OPS.SUB:
      case TFLITE_OPS.MUL:
        entry.activation = activation(options ? options.uint8(0) : 0, where);
        break;
      case TFLITE_OPS.RESHAPE:
        if (options) entry.newShape = options.int32Vector(0);
        break;
      case TFLITE_OPS.RELU:
      case TFLITE_OPS.ABS:
        break;
      default:
        throw new Error(`${where}: operator not supported by this reader`);
    }
    return entry;
  });
  return { version, description: model.string(3), tensors, inputs: sg.int32Vector(1), outputs: sg.int32Vector(2), operators };
}
