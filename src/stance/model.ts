/**
 * The stance model at run time: loads the shipped weights, prepares bodies (at build time) and
 * scores a headline/sentence against a prepared body in a few microseconds.
 *
 * Network: one hidden ReLU layer over [headline TF vector, body TF vector, dense features] and a
 * softmax over the four FNC-1 stances. The first layer is linear, so the body's share of it is
 * computed once in prepareBody and the headline's share once per headline (cached); a pair adds
 * only the interaction features. Pure: no Node or browser APIs.
 */
import * as z from 'zod/mini';
import { decodeBase64, encodeBase64 } from '../encoding/base64.ts';
import {
  BODY_FEATURES,
  bodyFeatures,
  HEAD_FEATURES,
  headFeatures,
  IDF_SIZE,
  INTERACTION_FEATURES,
  interactionFeatures,
  N_BODY,
  N_DENSE,
  N_HEAD,
  N_INTERACTION,
  type BodyIndex,
  type FeatureSpace,
  type HeadFeatures,
} from './features.ts';
import { hash32 } from './text.ts';

export const STANCES = ['agree', 'disagree', 'discuss', 'unrelated'] as const;
export type Stance = (typeof STANCES)[number];

export const MODEL_FORMAT = 'second-source-stance';
export const MODEL_VERSION = 1;

/** Body-side precomputation: JSON-serialisable, made by prepareBody of the same model. */
export interface PreparedBody extends BodyIndex {
  /** Id of the model that prepared it (predict refuses a body from another model). */
  m: string;
  /** The body's share of the hidden layer's pre-activation. */
  h: number[];
}

export interface StanceModel {
  /** Fingerprint of the weights. */
  readonly id: string;
  prepareBody(text: string): PreparedBody;
  /** Probabilities of the four stances, summing to 1. */
  predict(headline: string, body: PreparedBody): Record<Stance, number>;
}

/** Float weights, as training makes them and inference uses them. */
export interface NetworkWeights {
  hidden: number;
  vocab: string[];
  /** IDF per hash bucket (IDF_SIZE). */
  idf: Float32Array;
  /** vocab.length × hidden, row-major by term. */
  headRows: Float32Array;
  bodyRows: Float32Array;
  /** N_DENSE × hidden, row-major by feature. */
  denseRows: Float32Array;
  mean: Float32Array;
  std: Float32Array;
  b1: Float32Array;
  /** hidden × 4, row-major by hidden unit. */
  w2: Float32Array;
  b2: Float32Array;
}

/** Bytes in base64 (the shipped JSON), or as they are (the extension's packaged model, packed-model.ts). */
const Bytes = z.union([z.string(), z.instanceof(Uint8Array)]);
/** What Bytes holds, as bytes: a base64 string is decoded. */
const bytesOf = (b: string | Uint8Array): Uint8Array => (typeof b === 'string' ? decodeBase64(b) : b);

const QuantSchema = z.object({
  /** int8 per weight. */
  q: Bytes,
  /** float32 scale per row. */
  scale: Bytes,
});

// Arrays of plain values are checked by one loop each, not element by element
// through the schema: the 3,000-word vocabulary and ~2,000 weights took the
// schema ~7–13 ms (Node, first use), paid by the first look-up that asks the
// model. The same arrays are accepted and refused.
const strings = () => z.custom<string[]>((v) => Array.isArray(v) && v.every((x) => typeof x === 'string'), 'expected an array of strings');
const numbers = () => z.custom<number[]>((v) => Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x)), 'expected an array of finite numbers');

export const StanceModelJsonSchema = z.object({
  format: z.literal(MODEL_FORMAT, `must be "${MODEL_FORMAT}"`),
  version: z.literal(MODEL_VERSION, `must be ${MODEL_VERSION}`),
  id: z.string().check(z.minLength(1)),
  labels: strings(),
  hidden: z.number().check(z.int(), z.gte(1), z.lte(1024)),
  vocab: strings().check(z.minLength(1, 'must not be empty')),
  idf: z.object({ max: z.number().check(z.gt(0)), q: Bytes }),
  headRows: QuantSchema,
  bodyRows: QuantSchema,
  dense: z.object({
    names: strings(),
    mean: numbers(),
    std: numbers(),
    w: numbers(),
  }),
  b1: numbers(),
  w2: numbers(),
  b2: numbers(),
  meta: z.optional(z.record(z.string(), z.unknown())),
});
export type StanceModelJson = z.infer<typeof StanceModelJsonSchema>;

export class StanceModelError extends Error {
  constructor(message: string) {
    super(`stance model: ${message}`);
    this.name = 'StanceModelError';
  }
}

function round(x: number, digits = 6): number {
  return x === 0 ? 0 : Number(x.toPrecision(digits));
}

function quantiseRows(w: Float32Array, rows: number, cols: number): { q: string; scale: string } {
  const q = new Int8Array(rows * cols);
  const scale = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let c = 0; c < cols; c++) max = Math.max(max, Math.abs(w[r * cols + c]!));
    const s = max / 127 || 1;
    scale[r] = s;
    for (let c = 0; c < cols; c++) q[r * cols + c] = Math.round(w[r * cols + c]! / s);
  }
  return { q: encodeBase64(new Uint8Array(q.buffer)), scale: encodeBase64(new Uint8Array(scale.buffer)) };
}

/**
 * The int8 rows checked now and turned into floats as they are first used: a
 * look-up reads the rows of the few words it meets, and turning all 2 × 3,000
 * × 64 weights was ~4 ms of the worker's first look-up. Each row holds the
 * same floats as when every row was turned at once.
 */
function lazyRows(part: { q: string | Uint8Array; scale: string | Uint8Array }, rows: number, cols: number, what: string): { out: Float32Array; ensure: (row: number) => void } {
  let qBytes: Uint8Array;
  let sBytes: Uint8Array;
  try {
    qBytes = bytesOf(part.q);
    sBytes = bytesOf(part.scale);
  } catch (e) {
    throw new StanceModelError(`${what}: ${(e as Error).message}`);
  }
  if (qBytes.length !== rows * cols) {
    throw new StanceModelError(`${what}.q holds ${qBytes.length} weights, expected ${rows} × ${cols} = ${rows * cols}`);
  }
  if (sBytes.length !== rows * 4) throw new StanceModelError(`${what}.scale holds ${sBytes.length / 4} scales, expected ${rows}`);
  const q = new Int8Array(qBytes.buffer, qBytes.byteOffset, qBytes.length);
  const scale = new Float32Array(sBytes.slice().buffer);
  for (let r = 0; r < rows; r++) if (!Number.isFinite(scale[r]!)) throw new StanceModelError(`${what}.scale[${r}] is not finite`);
  const out = new Float32Array(rows * cols);
  const done = new Uint8Array(rows);
  return {
    out,
    ensure(r) {
      if (done[r]) return;
      done[r] = 1;
      const s = scale[r]!;
      for (let c = 0; c < cols; c++) out[r * cols + c] = q[r * cols + c]! * s;
    },
  };
}

/** Every row turned into floats at once (what the model held before rows were turned as used). */
export function dequantiseRows(part: { q: string | Uint8Array; scale: string | Uint8Array }, rows: number, cols: number, what: string): Float32Array {
  let qBytes: Uint8Array;
  let sBytes: Uint8Array;
  try {
    qBytes = bytesOf(part.q);
    sBytes = bytesOf(part.scale);
  } catch (e) {
    throw new StanceModelError(`${what}: ${(e as Error).message}`);
  }
  if (qBytes.length !== rows * cols) {
    throw new StanceModelError(`${what}.q holds ${qBytes.length} weights, expected ${rows} × ${cols} = ${rows * cols}`);
  }
  if (sBytes.length !== rows * 4) throw new StanceModelError(`${what}.scale holds ${sBytes.length / 4} scales, expected ${rows}`);
  const q = new Int8Array(qBytes.buffer, qBytes.byteOffset, qBytes.length);
  const scale = new Float32Array(sBytes.slice().buffer);
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const s = scale[r]!;
    if (!Number.isFinite(s)) throw new StanceModelError(`${what}.scale[${r}] is not finite`);
    for (let c = 0; c < cols; c++) out[r * cols + c] = q[r * cols + c]! * s;
  }
  return out;
}

/** Turns float weights into the shipped JSON: int8 rows for the big matrices, rounded floats elsewhere. */
export function serialiseModel(w: NetworkWeights, meta: Record<string, unknown> = {}): StanceModelJson {
  const H = w.hidden;
  const V = w.vocab.length;
  let idfMax = 0;
  for (const v of w.idf) idfMax = Math.max(idfMax, v);
  idfMax = round(idfMax || 1);
  const idfQ = new Uint8Array(IDF_SIZE);
  for (let i = 0; i < IDF_SIZE; i++) idfQ[i] = Math.max(0, Math.min(255, Math.round((w.idf[i]! / idfMax) * 255)));
  const headRows = quantiseRows(w.headRows, V, H);
  const bodyRows = quantiseRows(w.bodyRows, V, H);
  const body = {
    labels: [...STANCES],
    hidden: H,
    vocab: w.vocab,
    idf: { max: idfMax, q: encodeBase64(idfQ) },
    headRows,
    bodyRows,
    dense: {
      names: [...INTERACTION_FEATURES, ...HEAD_FEATURES, ...BODY_FEATURES],
      mean: [...w.mean].map((x) => round(x)),
      std: [...w.std].map((x) => round(x)),
      w: [...w.denseRows].map((x) => round(x)),
    },
    b1: [...w.b1].map((x) => round(x)),
    w2: [...w.w2].map((x) => round(x)),
    b2: [...w.b2].map((x) => round(x)),
  };
  const id = hash32(JSON.stringify(body)).toString(16).padStart(8, '0');
  return { format: MODEL_FORMAT, version: MODEL_VERSION, id, ...body, meta };
}

function describeIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string; code?: string }[] }): string {
  return error.issues
    .slice(0, 5)
    .map((i) => {
      const where = i.path.length ? i.path.map(String).join('.') : '(root)';
      const msg = i.message && i.message !== 'Invalid input' ? i.message : `invalid (${i.code ?? 'unknown'})`;
      return `${where}: ${msg}`;
    })
    .join('; ');
}

function expectLength(arr: readonly number[], n: number, what: string): void {
  if (arr.length !== n) throw new StanceModelError(`${what} has ${arr.length} values, expected ${n}`);
  for (let i = 0; i < arr.length; i++) {
    if (!Number.isFinite(arr[i]!)) throw new StanceModelError(`${what}[${i}] is not a finite number`);
  }
}

/** Validates the JSON and builds the model. Throws StanceModelError with the field and the reason. */
export function loadStanceModel(json: unknown): StanceModel {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new StanceModelError(`expected a JSON object, got ${json === null ? 'null' : Array.isArray(json) ? 'an array' : typeof json}`);
  }
  const parsed = StanceModelJsonSchema.safeParse(json);
  if (!parsed.success) throw new StanceModelError(`invalid model file: ${describeIssues(parsed.error)}`);
  const m = parsed.data;
  const H = m.hidden;
  const V = m.vocab.length;
  if (m.labels.join(',') !== STANCES.join(',')) {
    throw new StanceModelError(`labels must be ${STANCES.join(', ')}, got ${m.labels.join(', ')}`);
  }
  const names = [...INTERACTION_FEATURES, ...HEAD_FEATURES, ...BODY_FEATURES];
  if (m.dense.names.join(',') !== names.join(',')) {
    throw new StanceModelError('dense.names do not match the features of this code (the model was trained by another version)');
  }
  expectLength(m.dense.mean, N_DENSE, 'dense.mean');
  expectLength(m.dense.std, N_DENSE, 'dense.std');
  expectLength(m.dense.w, N_DENSE * H, 'dense.w');
  expectLength(m.b1, H, 'b1');
  expectLength(m.w2, H * STANCES.length, 'w2');
  expectLength(m.b2, STANCES.length, 'b2');
  let idfBytes: Uint8Array;
  try {
    idfBytes = bytesOf(m.idf.q);
  } catch (e) {
    throw new StanceModelError(`idf.q: ${(e as Error).message}`);
  }
  if (idfBytes.length !== IDF_SIZE) throw new StanceModelError(`idf.q holds ${idfBytes.length} values, expected ${IDF_SIZE}`);
  const idf = new Float32Array(IDF_SIZE);
  for (let i = 0; i < IDF_SIZE; i++) idf[i] = (idfBytes[i]! / 255) * m.idf.max;
  const headRows = lazyRows(m.headRows, V, H, 'headRows');
  const bodyRows = lazyRows(m.bodyRows, V, H, 'bodyRows');
  const weights: NetworkWeights = {
    hidden: H,
    vocab: m.vocab,
    idf,
    headRows: headRows.out,
    bodyRows: bodyRows.out,
    denseRows: Float32Array.from(m.dense.w),
    mean: Float32Array.from(m.dense.mean),
    std: Float32Array.from(m.dense.std),
    b1: Float32Array.from(m.b1),
    w2: Float32Array.from(m.w2),
    b2: Float32Array.from(m.b2),
  };
  return new MlpStanceModel(weights, m.id, { head: headRows.ensure, body: bodyRows.ensure });
}

const HEAD_CACHE_SIZE = 512;

interface CachedHead {
  text: string;
  features: HeadFeatures;
  /** b1 + the headline's share of the hidden pre-activation. */
  hidden: Float64Array;
}

export class MlpStanceModel implements StanceModel {
  readonly space: FeatureSpace;
  private readonly H: number;
  /** Analysed headlines: the matcher scores one page sentence against many bodies, and back. */
  private readonly cache = new Map<string, CachedHead>();
  private readonly inter = new Float64Array(N_INTERACTION);
  private readonly z: Float64Array;

  constructor(
    readonly weights: NetworkWeights,
    readonly id: string,
    /** For rows filled as first used (a loaded model): fills a row before it is read. */
    private readonly rows?: { head(row: number): void; body(row: number): void },
  ) {
    const vocab = new Map<string, number>();
    weights.vocab.forEach((t, i) => vocab.set(t, i));
    this.space = { idf: weights.idf, vocab };
    this.H = weights.hidden;
    this.z = new Float64Array(this.H);
  }

  prepareBody(text: string): PreparedBody {
    const f = bodyFeatures(this.space, text);
    const { H, weights: w } = this;
    const h = new Float64Array(H);
    for (let k = 0; k < f.sparse.idx.length; k++) {
      this.rows?.body(f.sparse.idx[k]!);
      const row = f.sparse.idx[k]! * H;
      const v = f.sparse.val[k]!;
      for (let c = 0; c < H; c++) h[c]! += v * w.bodyRows[row + c]!;
    }
    const off = N_INTERACTION + N_HEAD;
    for (let k = 0; k < N_BODY; k++) {
      const x = (f.dense[k]! - w.mean[off + k]!) / w.std[off + k]!;
      const row = (off + k) * H;
      for (let c = 0; c < H; c++) h[c]! += x * w.denseRows[row + c]!;
    }
    const r5 = (x: number) => Math.round(x * 1e5) / 1e5;
    return {
      m: this.id,
      h: Array.from(h, r5),
      ...f.index,
      uw: f.index.uw.map(r5),
      bw: f.index.bw.map(r5),
    };
  }

  private head(text: string): CachedHead {
    const hit = this.cache.get(text);
    if (hit) return hit;
    const { H, weights: w } = this;
    const features = headFeatures(this.space, text);
    const hidden = Float64Array.from(w.b1);
    for (let k = 0; k < features.sparse.idx.length; k++) {
      this.rows?.head(features.sparse.idx[k]!);
      const row = features.sparse.idx[k]! * H;
      const v = features.sparse.val[k]!;
      for (let c = 0; c < H; c++) hidden[c]! += v * w.headRows[row + c]!;
    }
    for (let k = 0; k < N_HEAD; k++) {
      const j = N_INTERACTION + k;
      const x = (features.dense[k]! - w.mean[j]!) / w.std[j]!;
      const row = j * H;
      for (let c = 0; c < H; c++) hidden[c]! += x * w.denseRows[row + c]!;
    }
    const entry = { text, features, hidden };
    if (this.cache.size >= HEAD_CACHE_SIZE) this.cache.clear();
    this.cache.set(text, entry);
    return entry;
  }

  /** Raw logits; exposed for evaluation. */
  logits(headline: string, body: PreparedBody): [number, number, number, number] {
    if (body.m !== this.id) {
      throw new StanceModelError(`the body was prepared by model ${body.m}, not ${this.id}: prepare it again`);
    }
    const { H, weights: w, z, inter } = this;
    const head = this.head(headline);
    interactionFeatures(head.features, body, inter);
    for (let c = 0; c < H; c++) z[c] = head.hidden[c]! + body.h[c]!;
    for (let k = 0; k < N_INTERACTION; k++) {
      const x = (inter[k]! - w.mean[k]!) / w.std[k]!;
      if (x === 0) continue;
      const row = k * H;
      for (let c = 0; c < H; c++) z[c]! += x * w.denseRows[row + c]!;
    }
    let l0 = w.b2[0]!;
    let l1 = w.b2[1]!;
    let l2 = w.b2[2]!;
    let l3 = w.b2[3]!;
    for (let c = 0; c < H; c++) {
      const a = z[c]!;
      if (a <= 0) continue;
      const r = c * 4;
      l0 += a * w.w2[r]!;
      l1 += a * w.w2[r + 1]!;
      l2 += a * w.w2[r + 2]!;
      l3 += a * w.w2[r + 3]!;
    }
    return [l0, l1, l2, l3];
  }

  predict(headline: string, body: PreparedBody): Record<Stance, number> {
    const l = this.logits(headline, body);
    const max = Math.max(l[0], l[1], l[2], l[3]);
    const e0 = Math.exp(l[0] - max);
    const e1 = Math.exp(l[1] - max);
    const e2 = Math.exp(l[2] - max);
    const e3 = Math.exp(l[3] - max);
    const s = e0 + e1 + e2 + e3;
    return { agree: e0 / s, disagree: e1 / s, discuss: e2 / s, unrelated: e3 / s };
  }
}

/** The most probable stance. */
export function topStance(p: Record<Stance, number>): Stance {
  let best: Stance = 'unrelated';
  for (const s of STANCES) if (p[s] > p[best]) best = s;
  return best;
}
