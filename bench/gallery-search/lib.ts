/* Shared helpers for the gallery-search research scripts (rough research code, not production). */
import * as fs from 'fs';
import * as path from 'path';
import { Client } from 'pg';

export const DIM = 128;

// ---------------------------------------------------------------- arguments
export function args(argv = process.argv.slice(2)): { pos: string[]; opt: Record<string, string> } {
  const pos: string[] = [];
  const opt: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split('=', 2);
      if (v !== undefined) opt[k] = v;
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) opt[k] = argv[++i];
      else opt[k] = 'true';
    } else pos.push(a);
  }
  return { pos, opt };
}

// ---------------------------------------------------------------- seeded randomness
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export function gaussian(rand: () => number): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let u = 0;
    while (u === 0) u = rand();
    const v = rand();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}

// ---------------------------------------------------------------- vectors
export function normalise(v: Float32Array | Float64Array): Float32Array {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  const n = Math.sqrt(s) || 1;
  const out = new Float32Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v[i] / n;
  return out;
}
export function dot(a: ArrayLike<number>, b: ArrayLike<number>, ao = 0, bo = 0, d = DIM): number {
  let s = 0;
  for (let i = 0; i < d; i++) s += a[ao + i] * b[bo + i];
  return s;
}
/** Centred template: L2-normalise(v - mean). `v` and `mean` are in the original (unit) space. */
export function centre(v: ArrayLike<number>, mean: ArrayLike<number>, off = 0): Float32Array {
  const c = new Float64Array(DIM);
  for (let i = 0; i < DIM; i++) c[i] = v[off + i] - mean[i];
  return normalise(c);
}
export function vecLiteral(v: ArrayLike<number>): string {
  return '[' + Array.from(v as ArrayLike<number>, (x) => (+x).toPrecision(8)).join(',') + ']';
}
/** Cholesky factor L (row-major, lower) of a symmetric positive (semi)definite matrix, with jitter. */
export function cholesky(a: Float64Array, n: number, jitter = 1e-9): Float64Array {
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j] + (i === j ? jitter : 0);
      for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
      if (i === j) L[i * n + i] = Math.sqrt(Math.max(s, 1e-300));
      else L[i * n + j] = s / L[j * n + j];
    }
  }
  return L;
}
/** A multivariate Gaussian fitted to vectors: mean, covariance and its lower Cholesky factor. */
export interface FittedGaussian {
  mu: Float64Array;
  cov: Float64Array;
  L: Float64Array;
}
export function fitGaussian(vs: ArrayLike<number>[]): FittedGaussian {
  const mu = new Float64Array(DIM);
  for (const v of vs) for (let i = 0; i < DIM; i++) mu[i] += v[i] / vs.length;
  const cov = new Float64Array(DIM * DIM);
  for (const v of vs)
    for (let i = 0; i < DIM; i++) {
      const di = v[i] - mu[i];
      for (let j = 0; j <= i; j++) cov[i * DIM + j] += (di * (v[j] - mu[j])) / (vs.length - 1);
    }
  for (let i = 0; i < DIM; i++) for (let j = 0; j < i; j++) cov[j * DIM + i] = cov[i * DIM + j];
  return { mu, cov, L: cholesky(cov, DIM) };
}
/** One draw from the fitted Gaussian, L2-normalised like a template. */
export function drawUnit(g: FittedGaussian, gauss: () => number): Float32Array {
  const z = new Float64Array(DIM);
  const x = new Float64Array(DIM);
  for (let i = 0; i < DIM; i++) z[i] = gauss();
  for (let i = 0; i < DIM; i++) {
    let s = g.mu[i];
    for (let k = 0; k <= i; k++) s += g.L[i * DIM + k] * z[k];
    x[i] = s;
  }
  return normalise(x);
}
/** Eigen-decomposition of a symmetric n x n matrix (cyclic Jacobi); eigenvalues descending,
 * eigenvectors as rows. */
export function symEig(a0: Float64Array, n: number): { values: number[]; vectors: number[][] } {
  const a = Float64Array.from(a0);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q] ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p];
          const akq = a[k * n + q];
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k];
          const aqk = a[q * n + k];
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p];
          const vkq = v[k * n + q];
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => a[y * n + y] - a[x * n + x]);
  return {
    values: order.map((i) => a[i * n + i]),
    vectors: order.map((i) => Array.from({ length: n }, (_, k) => v[k * n + i])),
  };
}
export function meanStd(xs: ArrayLike<number>): { mean: number; std: number } {
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < xs.length; i++) {
    s += xs[i];
    s2 += xs[i] * xs[i];
  }
  const mean = s / xs.length;
  return { mean, std: Math.sqrt(Math.max(0, s2 / xs.length - mean * mean)) };
}
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const idx = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[idx];
}

// ---------------------------------------------------------------- dataset on disk
/** Written by dataset.ts: rows.f32 (n x 128 float32, unit vectors), forces.u8, meta.json. */
export interface Meta {
  n: number;
  dim: number;
  seed: number;
  source: string;
  /** gallery mean of the stored (unit) vectors, used for the centred column */
  mean: number[];
  /** PCA of the real templates (unit vectors): mean, eigenvalues, top components (rows) */
  pca?: { mean: number[]; values: number[]; components: number[][] };
  real: { row: number; identity: string; file: string }[];
  probes: { identity: string; file: string; mateRow: number; v: number[] }[];
  stats: Record<string, unknown>;
}
export function readDataset(dir: string): { meta: Meta; rows: Float32Array; forces: Uint8Array } {
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'meta.json'), 'utf8')) as Meta;
  const buf = fs.readFileSync(path.join(dir, 'rows.f32'));
  const rows = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
  const forces = new Uint8Array(fs.readFileSync(path.join(dir, 'forces.u8')));
  return { meta, rows, forces };
}

// ---------------------------------------------------------------- database
export async function connect(url: string): Promise<Client> {
  const c = new Client({ connectionString: url });
  await c.connect();
  return c;
}
/** The parts of node-postgres' internal Connection that a COPY submittable uses. */
interface PgConnection {
  query(sql: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  stream: NodeJS.WritableStream & { writableNeedDrain: boolean };
}
/** Minimal COPY FROM STDIN submittable for node-postgres (pg-copy-streams is not a dependency). */
export function copyFrom(client: Client, sql: string, chunks: () => Generator<Buffer>): Promise<void> {
  return new Promise((resolve, reject) => {
    let error: unknown = null;
    const submittable = {
      submit(connection: PgConnection) {
        connection.query(sql);
      },
      async handleCopyInResponse(connection: PgConnection) {
        for (const chunk of chunks()) {
          connection.sendCopyFromChunk(chunk);
          if (connection.stream.writableNeedDrain)
            await new Promise((r) => connection.stream.once('drain', r));
        }
        connection.endCopyFrom();
      },
      handleCommandComplete() {},
      handleRowDescription() {},
      handleDataRow() {},
      handleEmptyQuery() {},
      handleCopyData() {},
      handleError(err: unknown) {
        error = err;
      },
      handleReadyForQuery() {
        if (error) reject(error);
        else resolve();
      },
    };
    (client as unknown as { query(s: object): void }).query(submittable);
  });
}
/** Binary COPY encoders. */
export class BinaryCopyWriter {
  private parts: Buffer[] = [];
  private size = 0;
  static header(): Buffer {
    const b = Buffer.alloc(19);
    Buffer.from('PGCOPY\n\xff\r\n\0', 'binary').copy(b, 0);
    b.writeInt32BE(0, 11);
    b.writeInt32BE(0, 15);
    return b;
  }
  static trailer(): Buffer {
    const b = Buffer.alloc(2);
    b.writeInt16BE(-1, 0);
    return b;
  }
  push(b: Buffer) {
    this.parts.push(b);
    this.size += b.length;
  }
  get bytes() {
    return this.size;
  }
  take(): Buffer {
    const b = Buffer.concat(this.parts);
    this.parts = [];
    this.size = 0;
    return b;
  }
  fieldCount(n: number) {
    const b = Buffer.alloc(2);
    b.writeInt16BE(n, 0);
    this.push(b);
  }
  int4(v: number) {
    const b = Buffer.alloc(8);
    b.writeInt32BE(4, 0);
    b.writeInt32BE(v, 4);
    this.push(b);
  }
  int2(v: number) {
    const b = Buffer.alloc(6);
    b.writeInt32BE(2, 0);
    b.writeInt16BE(v, 4);
    this.push(b);
  }
  nul() {
    const b = Buffer.alloc(4);
    b.writeInt32BE(-1, 0);
    this.push(b);
  }
  text(s: string | null) {
    if (s === null) return this.nul();
    const t = Buffer.from(s, 'utf8');
    const b = Buffer.alloc(4);
    b.writeInt32BE(t.length, 0);
    this.push(b);
    this.push(t);
  }
  /** pgvector `vector` binary format: int16 dim, int16 unused, float4[dim] (big-endian). */
  vector(v: ArrayLike<number>, off = 0, d = DIM) {
    const b = Buffer.alloc(4 + 4 + 4 * d);
    b.writeInt32BE(4 + 4 * d, 0);
    b.writeInt16BE(d, 4);
    b.writeInt16BE(0, 6);
    for (let i = 0; i < d; i++) b.writeFloatBE(v[off + i], 8 + 4 * i);
    this.push(b);
  }
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, value };
}
