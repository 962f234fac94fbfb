/**
 * Training of the stance model, in plain TypeScript: builds the IDF table and the vocabulary
 * from the training texts, extracts the features, and fits a one-hidden-layer MLP with Adam
 * (lazy updates for the sparse rows) on a class-weighted cross-entropy. Deterministic for a
 * given seed and input order. Pure: the caller reads the files.
 */
import {
  bodyFeatures,
  documentFrequencies,
  headFeatures,
  IDF_SIZE,
  MAX_SENTENCES,
  N_BODY,
  N_DENSE,
  N_HEAD,
  N_INTERACTION,
  interactionFeatures,
  type BodyFeatures,
  type FeatureSpace,
  type HeadFeatures,
} from './features.ts';
import { STANCES, type NetworkWeights, type Stance } from './model.ts';
import { Rng } from './random.ts';
import { CUE_NEG, CUE_REFUTE, sentences } from './text.ts';

export interface Pair {
  headline: string;
  bodyId: string;
  stance: Stance;
}

export interface TrainOptions {
  seed: number;
  hidden: number;
  epochs: number;
  batch: number;
  lr: number;
  /** Learning rate of the row-wise Adagrad on the sparse first-layer rows. */
  sparseLr: number;
  /** Decoupled weight decay on the first-layer rows. */
  weightDecay: number;
  /** Dropout on the hidden layer. */
  dropout: number;
  vocabSize: number;
  minDf: number;
  /** Loss weight per class. */
  classWeights: Record<Stance, number>;
  /** Add (headline, one or two body sentences) examples so short bodies are seen in training. */
  snippets: boolean;
  /** Loss weight of a snippet example. */
  snippetWeight: number;
  /** Share of unrelated pairs that also get a snippet example. */
  snippetUnrelatedShare: number;
  log?: (message: string) => void;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  seed: 20170601,
  hidden: 64,
  epochs: 6,
  batch: 128,
  lr: 0.002,
  sparseLr: 0.01,
  weightDecay: 1e-4,
  dropout: 0.2,
  vocabSize: 3000,
  minDf: 2,
  classWeights: { agree: 1.5, disagree: 6, discuss: 1, unrelated: 1 },
  snippets: true,
  snippetWeight: 0.5,
  snippetUnrelatedShare: 0.25,
};

/** Builds the IDF table and the vocabulary from the training texts. */
export function buildFeatureSpace(texts: string[], vocabSize: number, minDf: number): { space: FeatureSpace; vocab: string[] } {
  const { docs, bucketDf, termDf } = documentFrequencies(texts);
  const idf = new Float32Array(IDF_SIZE);
  for (let i = 0; i < IDF_SIZE; i++) idf[i] = Math.log((1 + docs) / (1 + bucketDf[i]!)) + 1;
  // Put the IDF on the grid the shipped file stores (uint8 × max), so training sees what inference will.
  let max = 0;
  for (const v of idf) max = Math.max(max, v);
  max = Number(max.toPrecision(6));
  for (let i = 0; i < IDF_SIZE; i++) idf[i] = (Math.max(0, Math.min(255, Math.round((idf[i]! / max) * 255))) / 255) * max;
  const vocab = [...termDf.entries()]
    .filter(([, df]) => df >= minDf)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, vocabSize)
    .map(([t]) => t);
  const map = new Map<string, number>();
  vocab.forEach((t, i) => map.set(t, i));
  return { space: { idf, vocab: map }, vocab };
}

/** Per-sentence IDF mass of the headline's words (first MAX_SENTENCES sentences). */
function sentenceMatches(head: HeadFeatures, body: BodyFeatures): number[] {
  const n = Math.min(body.index.sc.length, MAX_SENTENCES);
  const acc = new Array<number>(n).fill(0);
  const pos = new Map<number, number>();
  body.index.u.forEach((h, j) => pos.set(h, j));
  for (let k = 0; k < head.u.length; k++) {
    const j = pos.get(head.u[k]!);
    if (j === undefined) continue;
    let m = body.index.um[j]!;
    for (let s = 0; m !== 0 && s < n; s++, m >>>= 1) if (m & 1) acc[s]! += head.uIdf[k]!;
  }
  return acc;
}

/** The short body a snippet example uses: the sentence that best matches the headline (and maybe the next). */
function snippetText(
  rng: Rng,
  label: Stance,
  head: HeadFeatures,
  body: BodyFeatures,
  sents: string[],
): string | undefined {
  const n = Math.min(sents.length, MAX_SENTENCES);
  if (n === 0) return undefined;
  let s: number;
  if (label === 'unrelated') s = rng.int(n);
  else {
    const acc = sentenceMatches(head, body);
    let best = 0;
    for (let i = 1; i < n; i++) if (acc[i]! > acc[best]!) best = i;
    s = best;
    if (label === 'disagree') {
      // Prefer a well-matching sentence that carries the denial itself.
      let bestCue = -1;
      for (let i = 0; i < n; i++) {
        if (body.index.sc[i]! & (CUE_REFUTE | CUE_NEG) && acc[i]! >= 0.5 * acc[best]! && (bestCue < 0 || acc[i]! > acc[bestCue]!)) bestCue = i;
      }
      if (bestCue >= 0) s = bestCue;
    }
    if (acc[s]! <= 0) return undefined;
  }
  let text = sents[s]!;
  if (s + 1 < sents.length && rng.next() < 0.5) text += ' ' + sents[s + 1]!;
  return text;
}

export interface TrainingSet {
  space: FeatureSpace;
  vocab: string[];
  heads: HeadFeatures[];
  bodies: BodyFeatures[];
  headOf: Int32Array;
  bodyOf: Int32Array;
  label: Uint8Array;
  weight: Float32Array;
  /** n × N_INTERACTION raw interaction features. */
  inter: Float32Array;
  n: number;
}

export function buildTrainingSet(bodies: ReadonlyMap<string, string>, pairs: readonly Pair[], opts: TrainOptions): TrainingSet {
  const log = opts.log ?? (() => {});
  const rng = new Rng(opts.seed ^ 0x5eed);
  const headIds = new Map<string, number>();
  const bodyIds = new Map<string, number>();
  const headTexts: string[] = [];
  const bodyTexts: string[] = [];
  for (const p of pairs) {
    if (!headIds.has(p.headline)) {
      headIds.set(p.headline, headTexts.length);
      headTexts.push(p.headline);
    }
    if (!bodyIds.has(p.bodyId)) {
      const text = bodies.get(p.bodyId);
      if (text === undefined) throw new Error(`no body with Body ID ${p.bodyId}`);
      bodyIds.set(p.bodyId, bodyTexts.length);
      bodyTexts.push(text);
    }
  }
  const { space, vocab } = buildFeatureSpace([...headTexts, ...bodyTexts], opts.vocabSize, opts.minDf);
  log(`vocabulary: ${vocab.length} terms from ${headTexts.length} headlines and ${bodyTexts.length} bodies`);
  const heads = headTexts.map((t) => headFeatures(space, t));
  const bodyF = bodyTexts.map((t) => bodyFeatures(space, t));
  const bodySents = bodyTexts.map((t) => sentences(t));

  const headOf: number[] = [];
  const bodyOf: number[] = [];
  const label: number[] = [];
  const weight: number[] = [];
  const snippetIds = new Map<string, number>();
  for (const p of pairs) {
    const h = headIds.get(p.headline)!;
    const b = bodyIds.get(p.bodyId)!;
    headOf.push(h);
    bodyOf.push(b);
    label.push(STANCES.indexOf(p.stance));
    weight.push(opts.classWeights[p.stance]);
    if (!opts.snippets) continue;
    if (p.stance === 'unrelated' && rng.next() >= opts.snippetUnrelatedShare) continue;
    const text = snippetText(rng, p.stance, heads[h]!, bodyF[b]!, bodySents[b]!);
    if (text === undefined) continue;
    let sb = snippetIds.get(text);
    if (sb === undefined) {
      sb = bodyF.length;
      snippetIds.set(text, sb);
      bodyF.push(bodyFeatures(space, text));
    }
    headOf.push(h);
    bodyOf.push(sb);
    label.push(STANCES.indexOf(p.stance));
    weight.push(opts.classWeights[p.stance] * opts.snippetWeight);
  }
  const n = headOf.length;
  log(`examples: ${pairs.length} pairs + ${n - pairs.length} snippet examples`);
  const inter = new Float32Array(n * N_INTERACTION);
  const tmp = new Float64Array(N_INTERACTION);
  for (let i = 0; i < n; i++) {
    interactionFeatures(heads[headOf[i]!]!, bodyF[bodyOf[i]!]!.index, tmp);
    inter.set(tmp, i * N_INTERACTION);
  }
  return {
    space,
    vocab,
    heads,
    bodies: bodyF,
    headOf: Int32Array.from(headOf),
    bodyOf: Int32Array.from(bodyOf),
    label: Uint8Array.from(label),
    weight: Float32Array.from(weight),
    inter,
    n,
  };
}

/** Fills out (N_DENSE) with the example's raw dense features. */
function denseOf(ts: TrainingSet, i: number, out: Float64Array): void {
  for (let k = 0; k < N_INTERACTION; k++) out[k] = ts.inter[i * N_INTERACTION + k]!;
  const hd = ts.heads[ts.headOf[i]!]!.dense;
  for (let k = 0; k < N_HEAD; k++) out[N_INTERACTION + k] = hd[k]!;
  const bd = ts.bodies[ts.bodyOf[i]!]!.dense;
  for (let k = 0; k < N_BODY; k++) out[N_INTERACTION + N_HEAD + k] = bd[k]!;
}

/**
 * Row-wise Adagrad for a sparse first-layer row: one accumulated squared-gradient per row
 * (not per weight), so a rare term still learns fast while the update stays cheap.
 */
function adagradRow(w: Float32Array, g: Float32Array, acc: Float32Array, r: number, n: number, lr: number, scale: number, keep: number): void {
  const from = r * n;
  const end = from + n;
  let sq = 0;
  for (let i = from; i < end; i++) {
    const gi = g[i]! * scale;
    sq += gi * gi;
  }
  acc[r] = acc[r]! + sq / n;
  const step = (lr * scale) / (Math.sqrt(acc[r]!) + 1e-6);
  for (let i = from; i < end; i++) {
    w[i] = w[i]! * keep - step * g[i]!;
    g[i] = 0;
  }
}

class Adam {
  readonly m: Float32Array;
  readonly v: Float32Array;
  constructor(size: number) {
    this.m = new Float32Array(size);
    this.v = new Float32Array(size);
  }
  /** Updates w[from..to) with g[from..to) and clears the gradient there. */
  step(w: Float32Array, g: Float32Array, from: number, to: number, lr: number, t: number, decay: number): void {
    const b1 = 0.9;
    const b2 = 0.999;
    const c1 = 1 - Math.pow(b1, t);
    const c2 = 1 - Math.pow(b2, t);
    const { m, v } = this;
    for (let i = from; i < to; i++) {
      const gi = g[i]!;
      const mi = (m[i] = b1 * m[i]! + (1 - b1) * gi);
      const vi = (v[i] = b2 * v[i]! + (1 - b2) * gi * gi);
      w[i] = w[i]! - lr * ((mi / c1) / (Math.sqrt(vi / c2) + 1e-8) + decay * w[i]!);
      g[i] = 0;
    }
  }
}

export function trainOnSet(ts: TrainingSet, opts: TrainOptions): NetworkWeights {
  const log = opts.log ?? (() => {});
  const rng = new Rng(opts.seed);
  const H = opts.hidden;
  const V = ts.vocab.length;
  const K = STANCES.length;

  // Standardisation of the dense features.
  const mean = new Float64Array(N_DENSE);
  const sq = new Float64Array(N_DENSE);
  const x = new Float64Array(N_DENSE);
  for (let i = 0; i < ts.n; i++) {
    denseOf(ts, i, x);
    for (let k = 0; k < N_DENSE; k++) {
      mean[k]! += x[k]!;
      sq[k]! += x[k]! * x[k]!;
    }
  }
  const std = new Float64Array(N_DENSE);
  for (let k = 0; k < N_DENSE; k++) {
    mean[k] = mean[k]! / ts.n;
    const variance = sq[k]! / ts.n - mean[k]! * mean[k]!;
    std[k] = variance > 1e-12 ? Math.sqrt(variance) : 1;
  }
  // Round like the shipped file does, so training and inference standardise identically.
  const mean32 = Float32Array.from(mean, (v) => Number(v.toPrecision(6)));
  const std32 = Float32Array.from(std, (v) => Number(v.toPrecision(6)));
  const xs = new Float32Array(ts.n * N_DENSE);
  for (let i = 0; i < ts.n; i++) {
    denseOf(ts, i, x);
    for (let k = 0; k < N_DENSE; k++) xs[i * N_DENSE + k] = (x[k]! - mean32[k]!) / std32[k]!;
  }

  const init = (size: number, a: number) => {
    const w = new Float32Array(size);
    for (let i = 0; i < size; i++) w[i] = (rng.next() * 2 - 1) * a;
    return w;
  };
  const headRows = init(V * H, 0.05);
  const bodyRows = init(V * H, 0.05);
  const denseRows = init(N_DENSE * H, Math.sqrt(6 / (N_DENSE + H)));
  const b1 = new Float32Array(H).fill(0.01);
  const w2 = init(H * K, Math.sqrt(6 / (H + K)));
  const b2 = new Float32Array(K);

  const gHead = new Float32Array(V * H);
  const gBody = new Float32Array(V * H);
  const gDense = new Float32Array(N_DENSE * H);
  const gb1 = new Float32Array(H);
  const gw2 = new Float32Array(H * K);
  const gb2 = new Float32Array(K);
  const accHead = new Float32Array(V);
  const accBody = new Float32Array(V);
  const aDense = new Adam(N_DENSE * H);
  const ab1 = new Adam(H);
  const aw2 = new Adam(H * K);
  const ab2 = new Adam(K);
  const touchedHead = new Uint8Array(V);
  const touchedBody = new Uint8Array(V);
  const headList: number[] = [];
  const bodyList: number[] = [];

  const z = new Float64Array(H);
  const a = new Float64Array(H);
  const keep = new Float64Array(H);
  const dz = new Float64Array(H);
  const logits = new Float64Array(K);
  const order = Array.from({ length: ts.n }, (_, i) => i);
  let t = 0;
  const totalSteps = opts.epochs * Math.ceil(ts.n / opts.batch);

  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    rng.shuffle(order);
    let lossSum = 0;
    let weightSum = 0;
    for (let start = 0; start < ts.n; start += opts.batch) {
      const end = Math.min(ts.n, start + opts.batch);
      for (let o = start; o < end; o++) {
        const i = order[o]!;
        const head = ts.heads[ts.headOf[i]!]!.sparse;
        const body = ts.bodies[ts.bodyOf[i]!]!.sparse;
        // Forward.
        for (let c = 0; c < H; c++) z[c] = b1[c]!;
        for (let k = 0; k < head.idx.length; k++) {
          const row = head.idx[k]! * H;
          const v = head.val[k]!;
          for (let c = 0; c < H; c++) z[c]! += v * headRows[row + c]!;
        }
        for (let k = 0; k < body.idx.length; k++) {
          const row = body.idx[k]! * H;
          const v = body.val[k]!;
          for (let c = 0; c < H; c++) z[c]! += v * bodyRows[row + c]!;
        }
        const xo = i * N_DENSE;
        for (let k = 0; k < N_DENSE; k++) {
          const v = xs[xo + k]!;
          if (v === 0) continue;
          const row = k * H;
          for (let c = 0; c < H; c++) z[c]! += v * denseRows[row + c]!;
        }
        for (let c = 0; c < H; c++) {
          keep[c] = opts.dropout > 0 ? (rng.next() < opts.dropout ? 0 : 1 / (1 - opts.dropout)) : 1;
          a[c] = z[c]! > 0 ? z[c]! * keep[c]! : 0;
        }
        let max = -Infinity;
        for (let j = 0; j < K; j++) {
          let l = b2[j]!;
          for (let c = 0; c < H; c++) l += a[c]! * w2[c * K + j]!;
          logits[j] = l;
          if (l > max) max = l;
        }
        let sum = 0;
        for (let j = 0; j < K; j++) {
          logits[j] = Math.exp(logits[j]! - max);
          sum += logits[j]!;
        }
        const y = ts.label[i]!;
        const wt = ts.weight[i]!;
        lossSum += -wt * Math.log(Math.max(logits[y]! / sum, 1e-12));
        weightSum += wt;
        // Backward: logits[j] becomes the gradient of the loss.
        for (let j = 0; j < K; j++) logits[j] = wt * (logits[j]! / sum - (j === y ? 1 : 0));
        for (let j = 0; j < K; j++) gb2[j]! += logits[j]!;
        for (let c = 0; c < H; c++) {
          let d = 0;
          for (let j = 0; j < K; j++) {
            gw2[c * K + j]! += a[c]! * logits[j]!;
            d += w2[c * K + j]! * logits[j]!;
          }
          dz[c] = z[c]! > 0 ? d * keep[c]! : 0;
          gb1[c]! += dz[c]!;
        }
        for (let k = 0; k < N_DENSE; k++) {
          const v = xs[xo + k]!;
          if (v === 0) continue;
          const row = k * H;
          for (let c = 0; c < H; c++) gDense[row + c]! += v * dz[c]!;
        }
        for (let k = 0; k < head.idx.length; k++) {
          const r = head.idx[k]!;
          if (!touchedHead[r]) {
            touchedHead[r] = 1;
            headList.push(r);
          }
          const row = r * H;
          const v = head.val[k]!;
          for (let c = 0; c < H; c++) gHead[row + c]! += v * dz[c]!;
        }
        for (let k = 0; k < body.idx.length; k++) {
          const r = body.idx[k]!;
          if (!touchedBody[r]) {
            touchedBody[r] = 1;
            bodyList.push(r);
          }
          const row = r * H;
          const v = body.val[k]!;
          for (let c = 0; c < H; c++) gBody[row + c]! += v * dz[c]!;
        }
      }
      // Adam step, gradients averaged over the batch; linear decay of the learning rate.
      t++;
      const lr = opts.lr * (1 - (0.9 * (t - 1)) / totalSteps);
      const scale = 1 / (end - start);
      // Sparse rows: row-wise Adagrad (Adam's per-weight moments cost too much memory traffic here).
      const sparseLr = opts.sparseLr * (lr / opts.lr);
      const keepW = 1 - opts.lr * opts.weightDecay;
      for (const r of headList) {
        adagradRow(headRows, gHead, accHead, r, H, sparseLr, scale, keepW);
        touchedHead[r] = 0;
      }
      for (const r of bodyList) {
        adagradRow(bodyRows, gBody, accBody, r, H, sparseLr, scale, keepW);
        touchedBody[r] = 0;
      }
      headList.length = 0;
      bodyList.length = 0;
      for (const g of [gDense, gb1, gw2, gb2]) for (let k = 0; k < g.length; k++) g[k]! *= scale;
      aDense.step(denseRows, gDense, 0, gDense.length, lr, t, 0);
      ab1.step(b1, gb1, 0, H, lr, t, 0);
      aw2.step(w2, gw2, 0, gw2.length, lr, t, 0);
      ab2.step(b2, gb2, 0, K, lr, t, 0);
    }
    log(`epoch ${epoch + 1}/${opts.epochs}: loss ${(lossSum / weightSum).toFixed(4)}`);
  }

  return {
    hidden: H,
    vocab: ts.vocab,
    idf: ts.space.idf,
    headRows,
    bodyRows,
    denseRows,
    mean: mean32,
    std: std32,
    b1,
    w2,
    b2,
  };
}

export function trainStanceModel(
  bodies: ReadonlyMap<string, string>,
  pairs: readonly Pair[],
  options: Partial<TrainOptions> = {},
): NetworkWeights {
  const opts = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const ts = buildTrainingSet(bodies, pairs, opts);
  return trainOnSet(ts, opts);
}

/**
 * Splits pairs by Body ID: a seeded shuffle of the sorted body ids, the first `share` of them
 * held out. No body is on both sides.
 */
export function splitByBody<T extends { bodyId: string }>(
  pairs: readonly T[],
  share: number,
  seed: number,
): { train: T[]; heldOut: T[]; heldOutBodies: Set<string> } {
  const ids = [...new Set(pairs.map((p) => p.bodyId))].sort((a, b) => {
    const na = Number(a);
    const nb = Number(b);
    return Number.isFinite(na) && Number.isFinite(nb) && na !== nb ? na - nb : a < b ? -1 : a > b ? 1 : 0;
  });
  new Rng(seed).shuffle(ids);
  const heldOutBodies = new Set(ids.slice(0, Math.round(ids.length * share)));
  const train: T[] = [];
  const heldOut: T[] = [];
  for (const p of pairs) (heldOutBodies.has(p.bodyId) ? heldOut : train).push(p);
  return { train, heldOut, heldOutBodies };
}

/**
 * A harder split for tuning: claims (connected groups of headlines and bodies joined by related
 * pairs) are held out whole, and training drops every pair whose headline belongs to a held-out
 * claim. It mimics a test set about new stories.
 */
export function splitByClaim<T extends { bodyId: string; headline: string; stance: Stance }>(
  pairs: readonly T[],
  share: number,
  seed: number,
): { train: T[]; heldOut: T[]; heldOutBodies: Set<string> } {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r)! !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const add = (x: string) => {
    if (!parent.has(x)) parent.set(x, x);
  };
  for (const p of pairs) {
    add('b:' + p.bodyId);
    add('h:' + p.headline);
    if (p.stance !== 'unrelated') {
      const a = find('b:' + p.bodyId);
      const b = find('h:' + p.headline);
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const bodies = [...new Set(pairs.map((p) => p.bodyId))].sort();
  const groups = new Map<string, string[]>();
  for (const b of bodies) {
    const r = find('b:' + b);
    const g = groups.get(r);
    if (g) g.push(b);
    else groups.set(r, [b]);
  }
  const roots = new Rng(seed).shuffle([...groups.keys()].sort());
  const heldOutBodies = new Set<string>();
  const heldRoots = new Set<string>();
  for (const r of roots) {
    if (heldOutBodies.size >= share * bodies.length) break;
    heldRoots.add(r);
    for (const b of groups.get(r)!) heldOutBodies.add(b);
  }
  const train: T[] = [];
  const heldOut: T[] = [];
  for (const p of pairs) {
    if (heldOutBodies.has(p.bodyId)) heldOut.push(p);
    else if (!heldRoots.has(find('h:' + p.headline))) train.push(p);
  }
  return { train, heldOut, heldOutBodies };
}
