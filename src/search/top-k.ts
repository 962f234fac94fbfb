/**
 * The index's best hits for a text, without building MiniSearch's full result
 * list. `MiniSearch.search` scores every statement that shares a term with the
 * query, makes an object for each and sorts them all: on a corpus of 40,000
 * statements that is thousands of objects per look-up, when the matcher wants
 * ten. This reads the same index (MiniSearch 7's own term → field → document
 * frequencies) and computes the same BM25 sums in the same order, so the
 * scores are bit-for-bit MiniSearch's; it keeps only the best `limit`, ties in
 * MiniSearch's order (the stable sort over first-seen documents).
 *
 * It covers exactly what `INDEX_OPTIONS` searches with (exact terms, OR, field
 * boosts, no prefix/fuzzy, no document boost). When the index holds discarded
 * documents (a removed pack not yet vacuumed) MiniSearch's own search, which
 * accounts for them lazily, is used instead: `undefined` is returned.
 */
import type MiniSearch from 'minisearch';
import { INDEX_OPTIONS, type IndexedStatement } from './index-options.ts';

/** MiniSearch 7.x internals read here (the lockfile pins the version; src/search/top-k.test.ts checks agreement). */
interface Internals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _documentIds: Map<number, unknown>;
  _nextId: number;
  _dirtCount: number;
}

// MiniSearch's default BM25 parameters.
const K = 1.2;
const B = 0.7;
const D = 0.5;

const FIELDS = INDEX_OPTIONS.fields;
const BOOST: Record<string, number> = { ...(INDEX_OPTIONS.searchOptions?.boost ?? {}) };
const tokenize = INDEX_OPTIONS.tokenize!;
const processTerm = INDEX_OPTIONS.processTerm!;

class Scratch {
  total: Float64Array;
  term: Float64Array;
  quality: Uint16Array;
  /** First-seen order, 1-based (0 = not seen in this query). */
  seq: Uint32Array;
  constructor(n: number) {
    this.total = new Float64Array(n);
    this.term = new Float64Array(n);
    this.quality = new Uint16Array(n);
    this.seq = new Uint32Array(n);
  }
}
const scratches = new WeakMap<object, Scratch>();

function scratchFor(ms: Internals): Scratch {
  let s = scratches.get(ms);
  if (!s || s.total.length < ms._nextId) {
    s = new Scratch(Math.max(ms._nextId, 16) * (s ? 2 : 1));
    scratches.set(ms, s);
  }
  return s;
}

interface FieldList {
  /** Short document ids, in MiniSearch's posting order. */
  docs: Uint32Array;
  /** Each document's boosted BM25 weight for the term in this field, as MiniSearch computes it. */
  weights: Float64Array;
}

/**
 * Per term, its postings and their weights, computed once and kept while the
 * index is unchanged (a weight depends on the document count, the term's
 * document frequency and the field's average length, which change only when
 * documents are added or removed).
 */
class WeightCache {
  private readonly lists = new Map<string, FieldList[] | null>();
  constructor(
    readonly documentCount: number,
    readonly nextId: number,
  ) {}

  get(ms: Internals, term: string): FieldList[] | null {
    let l = this.lists.get(term);
    if (l === undefined) {
      l = build(ms, term);
      this.lists.set(term, l);
    }
    return l;
  }
}
const caches = new WeakMap<object, WeightCache>();

function weightsFor(ms: Internals): WeightCache {
  let c = caches.get(ms);
  if (!c || c.documentCount !== ms._documentCount || c.nextId !== ms._nextId) {
    c = new WeightCache(ms._documentCount, ms._nextId);
    caches.set(ms, c);
  }
  return c;
}

function build(ms: Internals, term: string): FieldList[] | null {
  const data = ms._index.get(term);
  if (!data) return null;
  const n = ms._documentCount;
  const out: FieldList[] = [];
  for (const field of FIELDS) {
    const fieldId = ms._fieldIds[field]!;
    const postings = data.get(fieldId);
    if (!postings) continue;
    const boost = BOOST[field] || 1;
    const m = postings.size;
    const avg = ms._avgFieldLength[fieldId]!;
    const idf = Math.log(1 + (n - m + 0.5) / (m + 0.5));
    const docs = new Uint32Array(m);
    const weights = new Float64Array(m);
    let j = 0;
    for (const [doc, tf] of postings) {
      const fl = ms._fieldLength.get(doc)![fieldId]!;
      // Exactly MiniSearch's calcBM25Score and its weighting (termWeight, termBoost and docBoost are 1).
      const raw = idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * fl) / avg)));
      docs[j] = doc;
      weights[j] = boost * raw;
      j++;
    }
    out.push({ docs, weights });
  }
  return out;
}

/**
 * The ids (as indexed) of the best `limit` documents for `query`, best first,
 * exactly as `index.search(query).slice(0, limit)` orders them; documents for
 * which `skip(id)` is true are passed over. `undefined` when the fast path does
 * not apply (see the module comment).
 */
export function topHits(
  index: MiniSearch<IndexedStatement>,
  query: string,
  limit: number,
  skip?: (id: number) => boolean,
): number[] | undefined {
  const ms = index as unknown as Internals;
  if (ms._dirtCount > 0 || !ms._index || !ms._fieldLength) return undefined;
  const terms = tokenize(query, undefined)
    .flatMap((t) => processTerm(t, undefined))
    .filter((t): t is string => !!t);
  if (!terms.length || limit <= 0) return [];

  const s = scratchFor(ms);
  const { total, term: termScore, quality, seq } = s;
  const lists = weightsFor(ms);
  const touched: number[] = [];
  const termTouched: number[] = [];
  const firstAt = new Map<string, number>();

  for (let k = 0; k < terms.length; k++) {
    const t = terms[k]!;
    // A term repeated in the query adds its score again but counts once in the
    // result's quality (MiniSearch's unique matched query terms).
    const first = !firstAt.has(t);
    if (first) firstAt.set(t, k);
    const perField = lists.get(ms, t);
    if (!perField) continue;
    for (const { docs, weights } of perField) {
      for (let j = 0; j < docs.length; j++) {
        const doc = docs[j]!;
        const w = weights[j]!;
        if (seq[doc] === 0) {
          seq[doc] = touched.length + 1;
          touched.push(doc);
        }
        // BM25 weights are positive: 0 means not yet scored for this term.
        if (termScore[doc] === 0) termTouched.push(doc);
        termScore[doc] = termScore[doc]! + w;
      }
    }
    for (const doc of termTouched) {
      total[doc] = total[doc]! + termScore[doc]!;
      termScore[doc] = 0;
      if (first) quality[doc] = quality[doc]! + 1;
    }
    termTouched.length = 0;
  }

  // The best `limit`, kept sorted: higher score first, then first seen.
  const best: number[] = [];
  const bestScore: number[] = [];
  for (const doc of touched) {
    const score = total[doc]! * (quality[doc]! || 1);
    if (best.length < limit || score > bestScore[best.length - 1]!) {
      if (skip?.(ms._documentIds.get(doc) as number)) continue;
      let at = best.length;
      while (at > 0 && score > bestScore[at - 1]!) at--;
      best.splice(at, 0, doc);
      bestScore.splice(at, 0, score);
      if (best.length > limit) {
        best.pop();
        bestScore.pop();
      }
    }
  }
  const out = best.map((doc) => ms._documentIds.get(doc) as number);
  for (const doc of touched) {
    total[doc] = 0;
    quality[doc] = 0;
    seq[doc] = 0;
  }
  return out;
}
