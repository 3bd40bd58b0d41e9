/**
 * Converts a float32 TFLite convolutional network (see tflite.ts for the ops read) to ONNX.
 * TFLite is NHWC; the ONNX graph is NCHW throughout, with the input transposed once and the data
 * put back in NHWC order before the final Reshape. Batch size becomes dynamic.
 *
 * - CONV_2D filters OHWI → OIHW; DEPTHWISE_CONV_2D [1, H, W, C] → [C, 1, H, W] with group C;
 *   TF "SAME" padding as explicit pads (onnx-graph.ts); fused RELU as a Relu node.
 * - ADD / SUB / MUL of an activation and a per-channel constant: the constant becomes [C, 1, 1].
 * - RELU, ABS: element-wise, layout-free. (TOCO writes PReLU as relu(x) + a·(x − |x|); it is
 *   converted op for op, exactly as the file states it.)
 */
import { GraphBuilder } from './onnx-graph';
import { opName, TFLITE_OPS, TfliteModel, TfliteTensor } from './tflite';

export interface TfliteConversionOptions {
  name: string;
  inputName: string;
  outputName: string;
  /** the network's input is (x − mean) / std with x in 0–255; written at the start of the graph */
  mean: number;
  std: number;
}

function transposeOhwiToOihw(data: Float32Array, [o, h, w, i]: number[]): Float32Array {
  const out = new Float32Array(data.length);
  for (let a = 0; a < o; a += 1)
    for (let y = 0; y < h; y += 1)
      for (let x = 0; x < w; x += 1) for (let c = 0; c < i; c += 1) out[((a * i + c) * h + y) * w + x] = data[((a * h + y) * w + x) * i + c];
  return out;
}

export function convertTflite(model: TfliteModel, opts: TfliteConversionOptions): { graph: GraphBuilder; dimension: number } {
  if (model.inputs.length !== 1 || model.outputs.length !== 1) throw new Error('expected one input and one output');
  const input = model.tensors[model.inputs[0]];
  const [batch, h, w, c] = input.shape;
  if (input.shape.length !== 4 || c !== 3) throw new Error(`unexpected input shape ${input.shape}`);
  const g = new GraphBuilder(opts.name);
  const image = g.input(opts.inputName, ['N', h, w, c]);
  const normalised = g.binary('Div', g.binary('Sub', image, g.constFloat('input_mean', [], [opts.mean])), g.constFloat('input_std', [], [opts.std]), 'normalised');
  const values = new Map<number, string>([[input.index, g.transpose(normalised, [0, 3, 1, 2], 'nchw')]]);
  const tag = (t: TfliteTensor): string => t.name.replace(/^MobileFaceNet\/(MobileFaceNet\/)?/, '').replace(/[^A-Za-z0-9_]+/g, '_');

  const activation = (t: number): string => {
    const v = values.get(t);
    if (!v) throw new Error(`tensor ${model.tensors[t].name} used before it is produced`);
    return v;
  };
  const constant = (t: TfliteTensor): Float32Array => {
    if (!t.data) throw new Error(`${t.name}: expected a constant`);
    return t.data;
  };
  /** an operand of a binary op: an activation, or a per-channel constant broadcast over NCHW */
  const operand = (t: number, channels: number, prefix: string): string => {
    const tensor = model.tensors[t];
    if (!tensor.data) return activation(t);
    if (tensor.data.length === 1) return g.constFloat(prefix, [], tensor.data);
    if (tensor.shape.length !== 1 || tensor.shape[0] !== channels) throw new Error(`${tensor.name}: constant of shape ${tensor.shape} not supported`);
    return g.constFloat(prefix, [channels, 1, 1], tensor.data);
  };

  let dimension = 0;
  for (const [index, op] of model.operators.entries()) {
    const out = model.tensors[op.outputs[0]];
    const name = tag(out);
    const where = `operator ${index} (${opName(op.op)}, ${out.name})`;
    let result: string;
    switch (op.op) {
      case TFLITE_OPS.CONV_2D:
      case TFLITE_OPS.DEPTHWISE_CONV_2D: {
        const conv = op.conv;
        if (!conv || conv.strideW !== conv.strideH || conv.dilationW !== 1 || conv.dilationH !== 1) throw new Error(`${where}: strides/dilation not supported`);
        const filter = model.tensors[op.inputs[1]];
        const bias = op.inputs[2] >= 0 ? model.tensors[op.inputs[2]] : null;
        const x = activation(op.inputs[0]);
        let weight: string;
        let group = 1;
        let outChannels: number;
        const [fo, fh, fw, fi] = filter.shape;
        if (op.op === TFLITE_OPS.CONV_2D) {
          outChannels = fo;
          weight = g.constFloat(`${name}_w`, [fo, fi, fh, fw], transposeOhwiToOihw(constant(filter), filter.shape));
        } else {
          if (fo !== 1 || conv.depthMultiplier !== 1) throw new Error(`${where}: depth multiplier not supported`);
          outChannels = fi;
          group = fi;
          // [1, H, W, C] -> [C, 1, H, W]
          weight = g.constFloat(`${name}_w`, [fi, 1, fh, fw], transposeOhwiToOihw(constant(filter), [1, fh, fw, fi]));
        }
        const b = bias ? g.constFloat(`${name}_b`, [outChannels], constant(bias)) : null;
        result = g.conv(x, weight, b, { kernel: [fh, fw], stride: conv.strideH, padding: conv.padding, group, outChannels, prefix: name });
        if (conv.activation === 'RELU') result = g.unary('Relu', result, `${name}_relu`);
        break;
      }
      case TFLITE_OPS.ADD:
      case TFLITE_OPS.SUB:
      case TFLITE_OPS.MUL: {
        const channels = out.shape[3];
        const opType = op.op === TFLITE_OPS.ADD ? 'Add' : op.op === TFLITE_OPS.SUB ? 'Sub' : 'Mul';
        result = g.binary(opType, operand(op.inputs[0], channels, `${name}_a`), operand(op.inputs[1], channels, `${name}_b`), name);
        if (op.activation === 'RELU') result = g.unary('Relu', result, `${name}_relu`);
        break;
      }
      case TFLITE_OPS.RELU:
        result = g.unary('Relu', activation(op.inputs[0]), name);
        break;
      case TFLITE_OPS.ABS:
        result = g.unary('Abs', activation(op.inputs[0]), name);
        break;
      case TFLITE_OPS.RESHAPE: {
        if (op.outputs[0] !== model.outputs[0]) throw new Error(`${where}: only a final reshape is supported`);
        const shape = op.newShape ?? Array.from(model.tensors[op.inputs[1]].ints ?? []);
        if (shape.length !== 2 || shape[0] !== batch) throw new Error(`${where}: reshape to ${shape} not supported`);
        dimension = shape[1];
        // TFLite reshapes NHWC memory
        const nhwc = g.transpose(activation(op.inputs[0]), [0, 2, 3, 1], `${name}_nhwc`);
        result = g.reshape(nhwc, [-1, dimension], name);
        break;
      }
      default:
        throw new Error(`${where}: not supported`);
    }
    values.set(op.outputs[0], result);
  }
  const last = values.get(model.outputs[0]);
  if (!last || !dimension) throw new Error('the model output must come from a final reshape');
  g.alias(last, opts.outputName);
  g.output(opts.outputName, ['N', dimension]);
  return { graph: g, dimension };
}
