import * as ort from 'onnxruntime-node';

export interface SessionSettings {
  intraOpThreads: number;
}

/**
 * CPU session options shared by every stage.
 * - spinning off: the cores are shared with the API and the database;
 * - `disable_quant_qdq`: lets constant folding turn the uint8 weights (DequantizeLinear + Add)
 *   into float32 once at load instead of on every run (2-5x faster for the face-api nets).
 * - `set_denormal_as_zero`: the faceplugin embedder's activations run into denormal floats, which
 *   made its convolutions ~14x slower (98 ms against 7 ms per face); the values flushed are below
 *   1.2e-38 and do not change a template measurably.
 */
export function sessionOptions(settings: SessionSettings): ort.InferenceSession.SessionOptions {
  return {
    executionProviders: ['cpu'],
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
    intraOpNumThreads: settings.intraOpThreads,
    interOpNumThreads: 1,
    enableCpuMemArena: true,
    enableMemPattern: true,
    logSeverityLevel: 3,
    extra: {
      session: {
        'intra_op.allow_spinning': '0',
        'inter_op.allow_spinning': '0',
        disable_quant_qdq: '1',
        set_denormal_as_zero: '1',
      },
    },
  };
}

export async function createSession(model: Buffer, settings: SessionSettings): Promise<ort.InferenceSession> {
  return ort.InferenceSession.create(model, sessionOptions(settings));
}

/** Runs a single-input, single-output model. */
export async function runSingle(
  session: ort.InferenceSession,
  inputName: string,
  outputName: string,
  data: Float32Array,
  dims: number[],
): Promise<Float32Array> {
  const result = await session.run({ [inputName]: new ort.Tensor('float32', data, dims) });
  const out = result[outputName];
  if (!out || out.type !== 'float32') throw new Error(`model output ${outputName} missing or not float32`);
  return out.data as Float32Array;
}
