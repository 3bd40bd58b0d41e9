/**
 * Converts a TF.js graph model (model.json + shards) of the small convolutional kind used by
 * BlazeFace into ONNX. TF graphs are NHWC; the ONNX graph is NCHW throughout, with a
 * transpose back to NHWC wherever TF's own memory order matters (Reshape, graph outputs).
 *
 * Supported ops: Placeholder, Const, _FusedConv2D (BiasAdd [+ Relu]), Conv2D,
 * DepthwiseConv2dNative, AddV2/Add, Relu, MaxPool, Pad, Reshape, Identity.
 * Anything else fails loudly rather than converting wrongly.
 */
import { GraphBuilder } from './onnx-graph';
import { addWeight, getWeight, HWCM_TO_CMHW, HWIO_TO_OIHW, intValues, readWeights, TfWeightGroup, TfWeightMap } from './tfjs-weights';

interface TfAttr { s?: string; i?: string; f?: number; b?: boolean; list?: { s?: string[]; i?: string[] }; shape?: { dim?: { size: string }[] }; type?: string }
export interface TfNode { name: string; op: string; input?: string[]; attr?: Record<string, TfAttr> }
export interface TfGraphModel {
  format: string;
  modelTopology: { node: TfNode[] };
  weightsManifest: TfWeightGroup[];
  userDefinedMetadata?: { signature?: { inputs?: Record<string, unknown>; outputs?: Record<string, unknown> } };
}

const decode = (b64: string | undefined): string => (b64 ? Buffer.from(b64, 'base64').toString('utf8') : '');
const ints = (a: TfAttr | undefined): number[] => (a?.list?.i ?? []).map((v) => Number(v));
const strs = (a: TfAttr | undefined): string[] => (a?.list?.s ?? []).map(decode);

/** A tensor in the ONNX graph: either NCHW activation (rank 4) or a generic tensor in TF order. */
interface Value { name: string; layout: 'NCHW' | 'TF' }

export interface GraphConversion {
  graph: GraphBuilder;
  /** TF output node name -> ONNX tensor name (TF layout) */
  outputs: Map<string, string>;
}

export function convertGraphModel(model: TfGraphModel, dir: string, opts: { name: string; inputPreprocess: (g: GraphBuilder, nhwc: string) => string; inputShape: number[] }): GraphConversion {
  if (model.format !== 'graph-model') throw new Error(`expected a TF.js graph-model, got ${model.format}`);
  const { weights } = readWeights(dir, model.weightsManifest);
  const g = new GraphBuilder(opts.name);
  const values = new Map<string, Value>();
  const constNames = new Set<string>();
  const nodes = model.modelTopology.node;
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const consumers = new Map<string, number>();
  for (const n of nodes) for (const i of n.input ?? []) consumers.set(stripPort(i), (consumers.get(stripPort(i)) ?? 0) + 1);

  const value = (ref: string): Value => {
    const v = values.get(stripPort(ref));
    if (!v) throw new Error(`input ${ref} not converted yet (graph not in topological order?)`);
    return v;
  };
  const constWeight = (ref: string): TfWeightMap extends Map<string, infer W> ? W : never => getWeight(weights, stripPort(ref));
  const toNchw = (v: Value, prefix: string): string => {
    if (v.layout === 'NCHW') return v.name;
    throw new Error(`${prefix}: expected an NCHW activation`);
  };

  for (const node of topological(nodes, byName)) {
    const tag = node.name.replace(/^StatefulPartitionedCall\/(functional_\d+\/)?/, '').replace(/\//g, '_');
    const inputs = node.input ?? [];
    switch (node.op) {
      case 'Const':
        constNames.add(node.name);
        break;
      case 'Placeholder': {
        const nhwc = g.input('image', opts.inputShape);
        const pre = opts.inputPreprocess(g, nhwc);
        values.set(node.name, { name: g.transpose(pre, [0, 3, 1, 2], 'nchw'), layout: 'NCHW' });
        break;
      }
      case '_FusedConv2D':
      case 'Conv2D': {
        const x = toNchw(value(inputs[0]), tag);
        const filter = constWeight(inputs[1]);
        const [kh, kw, , cout] = filter.shape;
        const fused = strs(node.attr?.fused_ops);
        if (node.op === '_FusedConv2D' && (fused[0] !== 'BiasAdd' || fused.length > 2 || (fused.length === 2 && fused[1] !== 'Relu'))) {
          throw new Error(`${node.name}: unsupported fused ops ${fused}`);
        }
        const strides = ints(node.attr?.strides);
        checkNhwc(node, strides);
        const w = addWeight(g, filter, `${tag}_w`, HWIO_TO_OIHW);
        const b = node.op === '_FusedConv2D' ? addWeight(g, constWeight(inputs[2]), `${tag}_b`) : null;
        let out = g.conv(x, w, b, { kernel: [kh, kw], stride: strides[1], padding: padding(node), outChannels: cout, prefix: tag });
        if (fused[1] === 'Relu') out = g.unary('Relu', out, `${tag}_relu`);
        values.set(node.name, { name: out, layout: 'NCHW' });
        break;
      }
      case 'DepthwiseConv2dNative': {
        const x = toNchw(value(inputs[0]), tag);
        const filter = constWeight(inputs[1]);
        const [kh, kw, c, m] = filter.shape;
        if (m !== 1) throw new Error(`${node.name}: channel multiplier ${m} not supported`);
        const strides = ints(node.attr?.strides);
        checkNhwc(node, strides);
        const w = addWeight(g, filter, `${tag}_w`, HWCM_TO_CMHW, [c, 1, kh, kw]);
        const out = g.conv(x, w, null, { kernel: [kh, kw], stride: strides[1], padding: padding(node), group: c, outChannels: c, prefix: tag });
        values.set(node.name, { name: out, layout: 'NCHW' });
        break;
      }
      case 'AddV2':
      case 'Add': {
        const a = value(inputs[0]);
        const b = value(inputs[1]);
        if (a.layout !== b.layout) throw new Error(`${node.name}: mixed layouts`);
        values.set(node.name, { name: g.binary('Add', a.name, b.name, tag), layout: a.layout });
        break;
      }
      case 'Relu': {
        const a = value(inputs[0]);
        values.set(node.name, { name: g.unary('Relu', a.name, tag), layout: a.layout });
        break;
      }
      case 'MaxPool': {
        const x = toNchw(value(inputs[0]), tag);
        const k = ints(node.attr?.ksize);
        const s = ints(node.attr?.strides);
        checkNhwc(node, s);
        if (k[1] !== k[2] || s[1] !== s[2]) throw new Error(`${node.name}: non-square pooling`);
        values.set(node.name, { name: g.pool('MaxPool', x, k[1], s[1], padding(node), tag), layout: 'NCHW' });
        break;
      }
      case 'Pad': {
        const x = toNchw(value(inputs[0]), tag);
        const p = intValues(constWeight(inputs[1])); // [[n0,n1],[h0,h1],[w0,w1],[c0,c1]] in NHWC
        const nhwcToNchw = [0, 3, 1, 2];
        const begins = nhwcToNchw.map((axis) => p[axis * 2]);
        const ends = nhwcToNchw.map((axis) => p[axis * 2 + 1]);
        values.set(node.name, { name: g.pad(x, begins, ends, tag), layout: 'NCHW' });
        break;
      }
      case 'Reshape': {
        const v = value(inputs[0]);
        // TF reshapes NHWC memory: go back to NHWC before reshaping
        const src = v.layout === 'NCHW' ? g.transpose(v.name, [0, 2, 3, 1], `${tag}_nhwc`) : v.name;
        const shape = intValues(constWeight(inputs[1]));
        values.set(node.name, { name: g.reshape(src, shape, tag), layout: 'TF' });
        break;
      }
      case 'Identity':
        values.set(node.name, value(inputs[0]));
        break;
      default:
        throw new Error(`${node.name}: op ${node.op} not supported by this converter`);
    }
  }

  const outputs = new Map<string, string>();
  for (const n of nodes) {
    if (n.op === 'Const' || consumers.has(n.name)) continue;
    const v = values.get(n.name);
    if (!v) continue;
    const name = v.layout === 'NCHW' ? g.transpose(v.name, [0, 2, 3, 1], `${n.name}_nhwc`) : v.name;
    outputs.set(n.name, name);
  }
  void constNames;
  return { graph: g, outputs };
}

function stripPort(ref: string): string {
  return ref.replace(/^\^/, '').replace(/:\d+$/, '');
}

function padding(node: TfNode): 'SAME' | 'VALID' {
  const p = decode(node.attr?.padding?.s);
  if (p !== 'SAME' && p !== 'VALID') throw new Error(`${node.name}: padding ${p} not supported`);
  return p;
}

function checkNhwc(node: TfNode, strides: number[]): void {
  const fmt = decode(node.attr?.data_format?.s) || 'NHWC';
  if (fmt !== 'NHWC') throw new Error(`${node.name}: data format ${fmt} not supported`);
  const dil = ints(node.attr?.dilations);
  if (dil.some((d) => d !== 1)) throw new Error(`${node.name}: dilation not supported`);
  if (strides.length !== 4 || strides[1] !== strides[2]) throw new Error(`${node.name}: strides ${strides} not supported`);
}

/** Nodes in an order where every input comes first (TF.js files are usually already ordered). */
function topological(nodes: TfNode[], byName: Map<string, TfNode>): TfNode[] {
  const done = new Set<string>();
  const order: TfNode[] = [];
  const visit = (n: TfNode, stack: Set<string>): void => {
    if (done.has(n.name)) return;
    if (stack.has(n.name)) throw new Error(`cycle at ${n.name}`);
    stack.add(n.name);
    for (const i of n.input ?? []) {
      const dep = byName.get(stripPort(i));
      if (dep) visit(dep, stack);
    }
    stack.delete(n.name);
    done.add(n.name);
    order.push(n);
  };
  for (const n of nodes) visit(n, new Set());
  return order;
}
