/**
 * Features of the stance model. Three kinds, all cheap at prediction time:
 *
 * - sparse: sublinear term frequencies of unigram and bigram stems over a fixed vocabulary, one
 *   vector for the headline and one for the body (each L2-normalised);
 * - dense, one side only: cue-word densities and lengths of the headline, or of the body;
 * - dense, interaction: TF-IDF cosine (unigrams, bigrams), IDF-weighted overlap with the body, its
 *   lead and its best-matching sentence, and whether the matched words stand near refuting,
 *   negating, hedging or confirming words in the body.
 *
 * Everything that depends only on the body is computed once (BodyFeatures); a headline is
 * analysed once (HeadFeatures); a pair costs a merge of two short sorted lists.
 * Pure: no Node or browser APIs.
 */
import {
  analyse,
  CUE_CONFIRM,
  CUE_HEDGE,
  CUE_NEG,
  CUE_QUESTION,
  CUE_REFUTE,
  hash32,
  STOPWORDS,
  type AnalysedText,
} from './text.ts';

export const IDF_BITS = 16;
export const IDF_SIZE = 1 << IDF_BITS;
const IDF_MASK = IDF_SIZE - 1;
/** Sentences beyond this index do not get their own bit in the sentence masks. */
export const MAX_SENTENCES = 30;
/** Tokens within this many positions of a cue word (same sentence) are "near" it. */
export const CUE_WINDOW = 8;

export interface FeatureSpace {
  /** IDF per hash bucket of a stem (IDF_SIZE entries). */
  idf: Float32Array;
  /** Vocabulary of the sparse vectors: unigram stems and "a b" bigrams of stems. */
  vocab: ReadonlyMap<string, number>;
}

export function idfOf(space: FeatureSpace, stemmed: string): number {
  return space.idf[hash32(stemmed) & IDF_MASK]!;
}

export function idfBucket(stemmed: string): number {
  return hash32(stemmed) & IDF_MASK;
}

export const INTERACTION_FEATURES = [
  'cos_unigram',
  'cos_bigram',
  'overlap_frac',
  'overlap_idf',
  'lead_overlap_idf',
  'best_sentence_idf',
  'second_sentence_idf',
  'sentences_half_matched',
  'best_refute',
  'best_neg',
  'best_hedge',
  'best_confirm',
  'best_question',
  'near_refute_idf',
  'near_neg_idf',
  'near_hedge_idf',
  'near_confirm_idf',
  'max_unmatched_idf',
  'polarity_refute',
  'head_and_best_refute',
  'no_head_content',
] as const;

export const HEAD_FEATURES = [
  'head_refute',
  'head_neg',
  'head_hedge',
  'head_confirm',
  'head_question',
  'head_log_len',
  'head_numbers',
] as const;

export const BODY_FEATURES = [
  'body_refute_density',
  'body_log_refute',
  'body_neg_density',
  'body_hedge_density',
  'body_confirm_density',
  'body_log_len',
  'body_log_sentences',
  'body_question_density',
  'body_lead_refute',
  'body_lead_hedge',
] as const;

export const N_INTERACTION = INTERACTION_FEATURES.length;
export const N_HEAD = HEAD_FEATURES.length;
export const N_BODY = BODY_FEATURES.length;
export const N_DENSE = N_INTERACTION + N_HEAD + N_BODY;

/** What the pair features need from a body. JSON-friendly arrays. */
export interface BodyIndex {
  /** Sorted unique hashes of content stems. */
  u: number[];
  /** L2-normalised TF-IDF weight of each, aligned with u. */
  uw: number[];
  /** Sentence bitmask of each (bit s: occurs in sentence s, s < MAX_SENTENCES). */
  um: number[];
  /** Cue bits found within CUE_WINDOW of each occurrence (CUE_*). */
  uc: number[];
  /** Sorted unique hashes of content bigrams, with their L2-normalised weights. */
  b: number[];
  bw: number[];
  /** Cue bits of each sentence (first MAX_SENTENCES). */
  sc: number[];
  /** Cue bits of the whole body. */
  cu: number;
}

export interface SparseVec {
  idx: number[];
  val: number[];
}

export interface BodyFeatures {
  index: BodyIndex;
  sparse: SparseVec;
  dense: number[];
}

export interface HeadFeatures {
  /** Unique content stems: hashes (sorted), IDF and normalised TF-IDF weight. */
  u: number[];
  uIdf: number[];
  uw: number[];
  totalIdf: number;
  b: number[];
  bw: number[];
  cues: number;
  sparse: SparseVec;
  dense: number[];
}

/** Sparse-vector terms of a text: non-stopword stems and bigrams of consecutive ones in a sentence. */
export function sparseTerms(a: AnalysedText): string[] {
  const out: string[] = [];
  let prev = '';
  let prevSent = -1;
  for (let i = 0; i < a.raw.length; i++) {
    const t = a.raw[i]!;
    if (STOPWORDS.has(t) || t.length < 2) continue;
    const s = a.stems[i]!;
    out.push(s);
    if (prevSent === a.sent[i]) out.push(prev + ' ' + s);
    prev = s;
    prevSent = a.sent[i]!;
  }
  return out;
}

function sparseVector(space: FeatureSpace, terms: string[]): SparseVec {
  const counts = new Map<number, number>();
  for (const t of terms) {
    const j = space.vocab.get(t);
    if (j !== undefined) counts.set(j, (counts.get(j) ?? 0) + 1);
  }
  const idx = [...counts.keys()].sort((x, y) => x - y);
  const val = idx.map((j) => 1 + Math.log(counts.get(j)!));
  let norm = 0;
  for (const v of val) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < val.length; k++) val[k] = val[k]! / norm;
  return { idx, val };
}

/** Content-token hashes with counts and positions; bigrams of consecutive content stems. */
function contentStats(space: FeatureSpace, a: AnalysedText) {
  const uni = new Map<number, { tf: number; idf: number; mask: number; cues: number }>();
  const bi = new Map<number, number>();
  let prev = -1;
  let prevSent = -1;
  let prevStem = '';
  for (let i = 0; i < a.raw.length; i++) {
    if (!a.content[i]) continue;
    const s = a.stems[i]!;
    const h = hash32(s);
    let e = uni.get(h);
    if (!e) {
      e = { tf: 0, idf: idfOf(space, s), mask: 0, cues: 0 };
      uni.set(h, e);
    }
    e.tf++;
    const sent = a.sent[i]!;
    if (sent < MAX_SENTENCES) e.mask |= 1 << sent;
    for (let k = Math.max(0, i - CUE_WINDOW); k <= Math.min(a.raw.length - 1, i + CUE_WINDOW); k++) {
      if (a.sent[k] === sent) e.cues |= a.cues[k]!;
    }
    if (prevSent === sent && prev >= 0) {
      const bh = hash32(prevStem + ' ' + s);
      bi.set(bh, (bi.get(bh) ?? 0) + 1);
    }
    prev = i;
    prevSent = sent;
    prevStem = s;
  }
  return { uni, bi };
}

function normalisedWeights(keys: number[], weight: (k: number) => number): number[] {
  const w = keys.map(weight);
  let norm = 0;
  for (const v of w) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  return w.map((v) => v / norm);
}

export function bodyFeatures(space: FeatureSpace, text: string): BodyFeatures {
  const a = analyse(text);
  const { uni, bi } = contentStats(space, a);
  const u = [...uni.keys()].sort((x, y) => x - y);
  const uw = normalisedWeights(u, (h) => {
    const e = uni.get(h)!;
    return (1 + Math.log(e.tf)) * e.idf;
  });
  const b = [...bi.keys()].sort((x, y) => x - y);
  const bw = normalisedWeights(b, (h) => 1 + Math.log(bi.get(h)!));
  let cu = 0;
  for (const c of a.sentCues) cu |= c;
  const index: BodyIndex = {
    u,
    uw,
    um: u.map((h) => uni.get(h)!.mask),
    uc: u.map((h) => uni.get(h)!.cues),
    b,
    bw,
    sc: a.sentCues.slice(0, MAX_SENTENCES),
    cu,
  };

  const n = a.raw.length;
  let refute = 0;
  let neg = 0;
  let hedge = 0;
  let confirm = 0;
  for (const c of a.cues) {
    if (c & CUE_REFUTE) refute++;
    if (c & CUE_NEG) neg++;
    if (c & CUE_HEDGE) hedge++;
    if (c & CUE_CONFIRM) confirm++;
  }
  let questions = 0;
  for (const c of a.sentCues) if (c & CUE_QUESTION) questions++;
  const lead = (a.sentCues[0] ?? 0) | (a.sentCues[1] ?? 0);
  const per = 100 / Math.max(n, 20);
  const dense = [
    refute * per,
    Math.log1p(refute),
    neg * per,
    hedge * per,
    confirm * per,
    Math.log1p(n),
    Math.log1p(a.sentences.length),
    (questions / Math.max(a.sentences.length, 1)) * 10,
    lead & CUE_REFUTE ? 1 : 0,
    lead & CUE_HEDGE ? 1 : 0,
  ];
  return { index, sparse: sparseVector(space, sparseTerms(a)), dense };
}

export function headFeatures(space: FeatureSpace, text: string): HeadFeatures {
  const a = analyse(text);
  const { uni, bi } = contentStats(space, a);
  const u = [...uni.keys()].sort((x, y) => x - y);
  const uIdf = u.map((h) => uni.get(h)!.idf);
  const uw = normalisedWeights(u, (h) => {
    const e = uni.get(h)!;
    return (1 + Math.log(e.tf)) * e.idf;
  });
  let totalIdf = 0;
  for (const v of uIdf) totalIdf += v;
  const b = [...bi.keys()].sort((x, y) => x - y);
  const bw = normalisedWeights(b, (h) => 1 + Math.log(bi.get(h)!));
  let cues = 0;
  for (const c of a.sentCues) cues |= c;
  let numbers = 0;
  for (const t of a.raw) if (/[0-9]/.test(t)) numbers++;
  const dense = [
    cues & CUE_REFUTE ? 1 : 0,
    cues & CUE_NEG ? 1 : 0,
    cues & CUE_HEDGE ? 1 : 0,
    cues & CUE_CONFIRM ? 1 : 0,
    cues & CUE_QUESTION ? 1 : 0,
    Math.log1p(a.raw.length),
    Math.min(numbers, 3),
  ];
  return { u, uIdf, uw, totalIdf, b, bw, cues, sparse: sparseVector(space, sparseTerms(a)), dense };
}

/** Binary search for x in the sorted array a; -1 when absent. */
function find(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = a[mid]!;
    if (v < x) lo = mid + 1;
    else if (v > x) hi = mid - 1;
    else return mid;
  }
  return -1;
}

const sentAcc = new Float64Array(MAX_SENTENCES);

/** Fills out[0..N_INTERACTION) with the pair features (raw, not standardised). */
export function interactionFeatures(head: HeadFeatures, body: BodyIndex, out: Float64Array | number[]): void {
  const nu = head.u.length;
  let cos = 0;
  let matched = 0;
  let matchedIdf = 0;
  let leadIdf = 0;
  let nearRefute = 0;
  let nearNeg = 0;
  let nearHedge = 0;
  let nearConfirm = 0;
  let maxUnmatched = 0;
  const nSent = Math.min(body.sc.length, MAX_SENTENCES);
  sentAcc.fill(0, 0, nSent);
  for (let k = 0; k < nu; k++) {
    const j = find(body.u, head.u[k]!);
    const idf = head.uIdf[k]!;
    if (j < 0) {
      if (idf > maxUnmatched) maxUnmatched = idf;
      continue;
    }
    cos += head.uw[k]! * body.uw[j]!;
    matched++;
    matchedIdf += idf;
    let m = body.um[j]!;
    if (m & 3) leadIdf += idf;
    const c = body.uc[j]!;
    if (c & CUE_REFUTE) nearRefute += idf;
    if (c & CUE_NEG) nearNeg += idf;
    if (c & CUE_HEDGE) nearHedge += idf;
    if (c & CUE_CONFIRM) nearConfirm += idf;
    for (let s = 0; m !== 0 && s < nSent; s++, m >>>= 1) if (m & 1) sentAcc[s]! += idf;
  }
  let cosBi = 0;
  for (let k = 0; k < head.b.length; k++) {
    const j = find(body.b, head.b[k]!);
    if (j >= 0) cosBi += head.bw[k]! * body.bw[j]!;
  }
  const total = head.totalIdf || 1;
  let best = 0;
  let second = 0;
  let bestS = -1;
  let half = 0;
  for (let s = 0; s < nSent; s++) {
    const v = sentAcc[s]!;
    if (v > best) {
      second = best;
      best = v;
      bestS = s;
    } else if (v > second) second = v;
    if (v >= 0.5 * total) half++;
  }
  const bc = bestS >= 0 ? body.sc[bestS]! : 0;
  const headRefute = head.cues & CUE_REFUTE ? 1 : 0;
  const bodyRefute = body.cu & CUE_REFUTE ? 1 : 0;
  out[0] = cos;
  out[1] = cosBi;
  out[2] = nu ? matched / nu : 0;
  out[3] = matchedIdf / total;
  out[4] = leadIdf / total;
  out[5] = best / total;
  out[6] = second / total;
  out[7] = Math.log1p(half);
  out[8] = bc & CUE_REFUTE ? 1 : 0;
  out[9] = bc & CUE_NEG ? 1 : 0;
  out[10] = bc & CUE_HEDGE ? 1 : 0;
  out[11] = bc & CUE_CONFIRM ? 1 : 0;
  out[12] = bc & CUE_QUESTION ? 1 : 0;
  out[13] = nearRefute / total;
  out[14] = nearNeg / total;
  out[15] = nearHedge / total;
  out[16] = nearConfirm / total;
  out[17] = maxUnmatched / 10;
  out[18] = headRefute !== bodyRefute ? 1 : 0;
  out[19] = headRefute && bc & CUE_REFUTE ? 1 : 0;
  out[20] = nu ? 0 : 1;
}

/** Document frequencies for the IDF table and the vocabulary, from a list of texts. */
export function documentFrequencies(texts: Iterable<string>): {
  docs: number;
  bucketDf: Uint32Array;
  termDf: Map<string, number>;
} {
  const bucketDf = new Uint32Array(IDF_SIZE);
  const termDf = new Map<string, number>();
  let docs = 0;
  for (const text of texts) {
    docs++;
    const a = analyse(text);
    const buckets = new Set<number>();
    for (let i = 0; i < a.raw.length; i++) if (a.content[i]) buckets.add(idfBucket(a.stems[i]!));
    for (const b of buckets) bucketDf[b]!++;
    for (const t of new Set(sparseTerms(a))) termDf.set(t, (termDf.get(t) ?? 0) + 1);
  }
  return { docs, bucketDf, termDf };
}
