/**
 * Rebuilds two of @vladmandic/face-api's hand-written TF.js networks as ONNX graphs, following
 * the package's own forward code (src/faceRecognitionNet, src/faceFeatureExtractor,
 * src/faceLandmarkNet) op for op, including the order of additions.
 *
 * Both graphs take `image`: float32 [N, H, W, 3], RGB, 0–255 (NHWC, as decoded), and do
 * face-api's normalisation `(x - [122.782, 117.001, 104.298]) / 255` inside the graph.
 */
import { GraphBuilder } from './onnx-graph';
import { addWeight, getWeight, HWCM_TO_CMHW, HWIO_TO_OIHW, TfWeightMap } from './tfjs-weights';

const MEAN_RGB = [122.782, 117.001, 104.298];

function normalisedInput(g: GraphBuilder, size: number): string {
  const image = g.input('image', ['N', size, size, 3]);
  const nchw = g.transpose(image, [0, 3, 1, 2], 'nchw');
  const mean = g.constFloat('mean_rgb', [1, 3, 1, 1], MEAN_RGB);
  const centred = g.binary('Sub', nchw, mean, 'centred');
  const d255 = g.constFloat('c255', [], [255]);
  return g.binary('Div', centred, d255, 'normalised');
}

// ---- face recognition net (ResNet-34-like, 150 px, 128-d) -------------------------------

interface ConvLayer { prefix: string; stride: 1 | 2; padding: 'SAME' | 'VALID'; relu: boolean }

function recognitionConvLayer(g: GraphBuilder, w: TfWeightMap, x: string, layer: ConvLayer): string {
  const filters = getWeight(w, `${layer.prefix}/conv/filters`, 4);
  const [kh, kw, , cout] = filters.shape;
  const tag = layer.prefix.replace(/\//g, '_');
  const weight = addWeight(g, filters, `${tag}_w`, HWIO_TO_OIHW);
  const bias = addWeight(g, getWeight(w, `${layer.prefix}/conv/bias`, 1), `${tag}_b`);
  let out = g.conv(x, weight, bias, { kernel: [kh, kw], stride: layer.stride, padding: layer.padding, outChannels: cout, prefix: `${tag}_conv` });
  // scale layer: x * weights + biases, per channel
  const sw = addWeight(g, getWeight(w, `${layer.prefix}/scale/weights`, 1), `${tag}_sw`, undefined, [1, cout, 1, 1]);
  const sb = addWeight(g, getWeight(w, `${layer.prefix}/scale/biases`, 1), `${tag}_sb`, undefined, [1, cout, 1, 1]);
  out = g.binary('Mul', out, sw, `${tag}_mul`);
  out = g.binary('Add', out, sb, `${tag}_scaled`);
  return layer.relu ? g.unary('Relu', out, `${tag}_relu`) : out;
}

function residual(g: GraphBuilder, w: TfWeightMap, x: string, prefix: string): string {
  let out = recognitionConvLayer(g, w, x, { prefix: `${prefix}/conv1`, stride: 1, padding: 'SAME', relu: true });
  out = recognitionConvLayer(g, w, out, { prefix: `${prefix}/conv2`, stride: 1, padding: 'SAME', relu: false });
  out = g.binary('Add', out, x, `${prefix}_add`);
  return g.unary('Relu', out, `${prefix}_out`);
}

function residualDown(g: GraphBuilder, w: TfWeightMap, x: string, prefix: string): string {
  let out = recognitionConvLayer(g, w, x, { prefix: `${prefix}/conv1`, stride: 2, padding: 'VALID', relu: true });
  out = recognitionConvLayer(g, w, out, { prefix: `${prefix}/conv2`, stride: 1, padding: 'SAME', relu: false });
  let pooled = g.pool('AveragePool', x, 2, 2, 'VALID', `${prefix}_avgpool`);
  const [, pc, ph, pw] = g.shape(pooled);
  const [, oc, oh, ow] = g.shape(out);
  if (ph !== oh || pw !== ow) {
    // face-api concatenates one row of zeros at the bottom and one column at the right
    if (ph - oh !== 1 || pw - ow !== 1) throw new Error(`${prefix}: unexpected shape mismatch`);
    out = g.pad(out, [0, 0, 0, 0], [0, 0, 1, 1], `${prefix}_padhw`);
  }
  if (pc !== oc) {
    // face-api concatenates zeros of the pooled tensor's own shape along channels
    if (oc !== 2 * pc) throw new Error(`${prefix}: unexpected channel mismatch`);
    pooled = g.pad(pooled, [0, 0, 0, 0], [0, pc, 0, 0], `${prefix}_padc`);
  }
  out = g.binary('Add', pooled, out, `${prefix}_add`);
  return g.unary('Relu', out, `${prefix}_out`);
}

export function buildRecognitionNet(w: TfWeightMap): GraphBuilder {
  const g = new GraphBuilder('faceapi_recognition_128');
  const x = normalisedInput(g, 150);
  let out = recognitionConvLayer(g, w, x, { prefix: 'conv32_down', stride: 2, padding: 'VALID', relu: true });
  out = g.pool('MaxPool', out, 3, 2, 'VALID', 'maxpool');
  for (const p of ['conv32_1', 'conv32_2', 'conv32_3']) out = residual(g, w, out, p);
  out = residualDown(g, w, out, 'conv64_down');
  for (const p of ['conv64_1', 'conv64_2', 'conv64_3']) out = residual(g, w, out, p);
  out = residualDown(g, w, out, 'conv128_down');
  for (const p of ['conv128_1', 'conv128_2']) out = residual(g, w, out, p);
  out = residualDown(g, w, out, 'conv256_down');
  for (const p of ['conv256_1', 'conv256_2']) out = residual(g, w, out, p);
  out = residualDown(g, w, out, 'conv256_down_out');
  const pooled = g.node('ReduceMean', [out], { axes: [2, 3], keepdims: 0 }, 'global_avg');
  const fc = addWeight(g, getWeight(w, 'fc', 2), 'fc_w');
  const descriptor = g.node('MatMul', [pooled, fc], {}, 'descriptor_raw');
  g.alias(descriptor, 'descriptor');
  g.output('descriptor', ['N', 128]);
  return g;
}

// ---- 68-point landmark net (dense blocks of separable convs, 112 px) --------------------

function separableConv(g: GraphBuilder, w: TfWeightMap, x: string, prefix: string, stride: 1 | 2): string {
  const tag = prefix.replace(/\//g, '_');
  const dw = getWeight(w, `${prefix}/depthwise_filter`, 4);
  const pw = getWeight(w, `${prefix}/pointwise_filter`, 4);
  const [kh, kw, c] = dw.shape;
  const cout = pw.shape[3];
  const dwW = addWeight(g, dw, `${tag}_dw`, HWCM_TO_CMHW, [c, 1, kh, kw]);
  const pwW = addWeight(g, pw, `${tag}_pw`, HWIO_TO_OIHW);
  const bias = addWeight(g, getWeight(w, `${prefix}/bias`, 1), `${tag}_b`);
  const depthwise = g.conv(x, dwW, null, { kernel: [kh, kw], stride, padding: 'SAME', group: c, outChannels: c, prefix: `${tag}_depthwise` });
  return g.conv(depthwise, pwW, bias, { kernel: [1, 1], stride: 1, padding: 'VALID', outChannels: cout, prefix: `${tag}_pointwise` });
}

function denseBlock4(g: GraphBuilder, w: TfWeightMap, x: string, prefix: string, isFirstLayer: boolean): string {
  let out1: string;
  if (isFirstLayer) {
    const filters = getWeight(w, `${prefix}/conv0/filters`, 4);
    const [kh, kw, , cout] = filters.shape;
    const weight = addWeight(g, filters, `${prefix}_conv0_w`, HWIO_TO_OIHW);
    const bias = addWeight(g, getWeight(w, `${prefix}/conv0/bias`, 1), `${prefix}_conv0_b`);
    out1 = g.conv(x, weight, bias, { kernel: [kh, kw], stride: 2, padding: 'SAME', outChannels: cout, prefix: `${prefix}_conv0` });
  } else {
    out1 = separableConv(g, w, x, `${prefix}/conv0`, 2);
  }
  out1 = g.unary('Relu', out1, `${prefix}_out1`);
  const out2 = separableConv(g, w, out1, `${prefix}/conv1`, 1);
  const in3 = g.unary('Relu', g.binary('Add', out1, out2), `${prefix}_in3`);
  const out3 = separableConv(g, w, in3, `${prefix}/conv2`, 1);
  const in4 = g.unary('Relu', g.binary('Add', out1, g.binary('Add', out2, out3)), `${prefix}_in4`);
  const out4 = separableConv(g, w, in4, `${prefix}/conv3`, 1);
  const sum = g.binary('Add', out1, g.binary('Add', out2, g.binary('Add', out3, out4)));
  return g.unary('Relu', sum, `${prefix}_out`);
}

export function buildLandmarkNet(w: TfWeightMap): GraphBuilder {
  const g = new GraphBuilder('faceapi_landmarks_68');
  const x = normalisedInput(g, 112);
  let out = denseBlock4(g, w, x, 'dense0', true);
  out = denseBlock4(g, w, out, 'dense1', false);
  out = denseBlock4(g, w, out, 'dense2', false);
  out = denseBlock4(g, w, out, 'dense3', false);
  out = g.pool('AveragePool', out, 7, 2, 'VALID', 'avgpool');
  const flat = g.node('Flatten', [out], { axis: 1 }, 'flat');
  const fcW = addWeight(g, getWeight(w, 'fc/weights', 2), 'fc_w');
  const fcB = addWeight(g, getWeight(w, 'fc/bias', 1), 'fc_b');
  const mm = g.node('MatMul', [flat, fcW], {}, 'fc_mm');
  const landmarks = g.node('Add', [mm, fcB], {}, 'landmarks_raw');
  g.alias(landmarks, 'landmarks');
  g.output('landmarks', ['N', 136]);
  return g;
}
