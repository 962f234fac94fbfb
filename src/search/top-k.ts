/**
 * The index's best hits for a text, scored exactly as MiniSearch scores them
 * (BM25 with its parameters, field boosts, OR, each document's score times
 * the number of distinct query terms it matched), over one or more segments:
 * the bundled corpus' frozen index and the MiniSearch index of imported
 * packs. Collection statistics (document count, document frequency, average
 * field length) are summed over the segments, so the scores are those of one
 * index holding every statement.
 *
 * `MiniSearch.search` makes a result object for every document that shares a
 * term with the query and sorts them all: thousands per look-up on a large
 * corpus, when the matcher wants ten. This keeps only the best `limit`, ties
 * broken as MiniSearch breaks them (first seen first). With one segment the
 * result is bit-for-bit `search(q).slice(0, limit)` (src/search/top-k.test.ts).
 *
 * It covers exactly what `INDEX_OPTIONS` searches with (exact terms, OR, field
 * boosts, no prefix/fuzzy, no document boost).
 */
import type MiniSearch from 'minisearch';
import type { FrozenIndex } from './frozen-index.ts';
import { INDEX_OPTIONS, type IndexedStatement } from './index-options.ts';

/** Postings of one term in one field; documents are statement positions, ascending. */
interface TermPostings {
  docs: ArrayLike<number>;
  tfs: ArrayLike<number>;
}

/** A part of the corpus' index. Fields are numbered as in `INDEX_OPTIONS.fields`. */
export interface Segment {
  readonly documentCount: number;
  averageFieldLength(field: number): number;
  postings(term: string, field: number): TermPostings | undefined;
  fieldLength(doc: number, field: number): number;
}

// MiniSearch's default BM25 parameters.
const K = 1.2;
const B = 0.7;
const D = 0.5;

const FIELDS = INDEX_OPTIONS.fields;
const BOOST: Record<string, number> = { ...(INDEX_OPTIONS.searchOptions?.boost ?? {}) };
const tokenize = INDEX_OPTIONS.tokenize!;
const processTerm = INDEX_OPTIONS.processTerm!;

/** The query's terms as the index holds them. */
export function queryTerms(query: string): string[] {
  // A loop, not flatMap and filter: this runs for every part of every page sentence.
  const out: string[] = [];
  for (const w of tokenize(query, undefined)) {
    const t = processTerm(w, undefined);
    if (Array.isArray(t)) {
      for (const x of t) if (x) out.push(x);
    } else if (t) out.push(t);
  }
  return out;
}

export function frozenSegment(index: FrozenIndex): Segment {
  return {
    documentCount: index.documentCount,
    averageFieldLength: (f) => index.averageFieldLength[f]!,
    postings: (term, f) => index.postings(term, f),
    fieldLength: (doc, f) => index.fieldLength(doc, f),
  };
}

/** MiniSearch 7.x internals read here (the lockfile pins the version; top-k.test.ts checks agreement). */
interface Internals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
  _dirtCount: number;
}

/**
 * A live MiniSearch index as a segment. It must hold no discarded documents
 * (MiniSearch drops their postings only lazily): the corpus rebuilds the packs'
 * index when a pack is removed rather than discarding.
 */
export function miniSearchSegment(index: MiniSearch<IndexedStatement>): Segment {
  const ms = index as unknown as Internals;
  if (!ms._index || !ms._fieldLength || !ms._idToShortId) throw new Error('MiniSearch internals changed: top-k.ts needs updating');
  const fieldId = FIELDS.map((f) => ms._fieldIds[f]!);
  return {
    get documentCount() {
      if (ms._dirtCount > 0) throw new Error('a segment holds discarded documents');
      return ms._documentCount;
    },
    averageFieldLength: (f) => ms._avgFieldLength[fieldId[f]!] ?? 0,
    postings(term, f) {
      const byDoc = ms._index.get(term)?.get(fieldId[f]!);
      if (!byDoc?.size) return undefined;
      const docs: number[] = [];
      const tfs: number[] = [];
      for (const [short, tf] of byDoc) {
        docs.push(ms._documentIds.get(short) as number);
        tfs.push(tf);
      }
      return { docs, tfs };
    },
    fieldLength: (doc, f) => ms._fieldLength.get(ms._idToShortId.get(doc)!)![fieldId[f]!]!,
  };
}

interface FieldList {
  docs: Uint32Array;
  /** Each document's boosted BM25 weight for the term in this field. */
  weights: Float64Array;
}

/** Top-k BM25 over a corpus' segments. Call `changed()` whenever a segment gains or loses documents. */
export class TopK {
  /** Per term, its postings and weights over every segment: computed once per corpus state. */
  private lists = new Map<string, FieldList[]>();
  private total = new Float64Array(0);
  private termScore = new Float64Array(0);
  private quality = new Uint16Array(0);
  private seen = new Uint8Array(0);
  // The documents a query touches, and those a term touches: typed buffers
  // reused across queries (a large corpus touches thousands per query).
  private touchedBuf = new Uint32Array(0);
  private termBuf = new Uint32Array(0);

  constructor(private segments: Segment[]) {}

  changed(segments: Segment[] = this.segments): void {
    this.segments = segments;
    this.lists.clear();
  }

  private weightsOf(term: string): FieldList[] {
    let out = this.lists.get(term);
    if (out) return out;
    out = [];
    const segs = this.segments.filter((s) => s.documentCount > 0);
    const n = segs.reduce((sum, s) => sum + s.documentCount, 0);
    for (let f = 0; f < FIELDS.length; f++) {
      const parts = segs.map((s) => s.postings(term, f));
      const m = parts.reduce((sum, p) => sum + (p?.docs.length ?? 0), 0);
      if (!m) continue;
      // One segment: its own average, so scores are bit-for-bit MiniSearch's.
      const avg = segs.length === 1 ? segs[0]!.averageFieldLength(f) : segs.reduce((sum, s) => sum + s.averageFieldLength(f) * s.documentCount, 0) / n;
      const boost = BOOST[FIELDS[f]!] || 1;
      const idf = Math.log(1 + (n - m + 0.5) / (m + 0.5));
      const docs = new Uint32Array(m);
      const weights = new Float64Array(m);
      let j = 0;
      parts.forEach((p, k) => {
        if (!p) return;
        for (let i = 0; i < p.docs.length; i++) {
          const doc = p.docs[i]!;
          const tf = p.tfs[i]!;
          const fl = segs[k]!.fieldLength(doc, f);
          // Exactly MiniSearch's calcBM25Score and its weighting (termWeight, termBoost and docBoost are 1).
          weights[j] = boost * (idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * fl) / avg))));
          docs[j++] = doc;
        }
      });
      out.push({ docs, weights });
    }
    this.lists.set(term, out);
    return out;
  }

  private ensure(capacity: number) {
    if (this.total.length >= capacity) return;
    const n = Math.max(16, capacity, this.total.length * 2);
    this.total = new Float64Array(n);
    this.termScore = new Float64Array(n);
    this.quality = new Uint16Array(n);
    this.seen = new Uint8Array(n);
    this.touchedBuf = new Uint32Array(n);
    this.termBuf = new Uint32Array(n);
  }

  /**
   * The best `limit` statement positions for `query`, best first; documents
   * for which `skip(doc)` is true are passed over. `capacity` bounds the
   * positions (the corpus' statement count).
   */
  top(query: string, limit: number, capacity: number, skip?: (doc: number) => boolean): number[] {
    const terms = queryTerms(query);
    if (!terms.length || limit <= 0) return [];
    this.ensure(capacity);
    const { total, termScore, quality, seen, touchedBuf, termBuf } = this;
    let touched = 0;
    let termTouched = 0;
    const firstAt = new Set<string>();

    for (const t of terms) {
      // A term repeated in the query adds its score again but counts once in the
      // result's quality (MiniSearch's unique matched query terms).
      const first = !firstAt.has(t);
      firstAt.add(t);
      for (const { docs, weights } of this.weightsOf(t)) {
        for (let j = 0; j < docs.length; j++) {
          const doc = docs[j]!;
          if (seen[doc] === 0) {
            seen[doc] = 1;
            touchedBuf[touched++] = doc;
          }
          // BM25 weights are positive: 0 means not yet scored for this term.
          if (termScore[doc] === 0) termBuf[termTouched++] = doc;
          termScore[doc] = termScore[doc]! + weights[j]!;
        }
      }
      for (let k = 0; k < termTouched; k++) {
        const doc = termBuf[k]!;
        total[doc] = total[doc]! + termScore[doc]!;
        termScore[doc] = 0;
        if (first) quality[doc] = quality[doc]! + 1;
      }
      termTouched = 0;
    }

    // The best `limit`, kept sorted: higher score first, then first seen.
    const best: number[] = [];
    const bestScore: number[] = [];
    for (let k = 0; k < touched; k++) {
      const doc = touchedBuf[k]!;
      const score = total[doc]! * (quality[doc]! || 1);
      if (best.length < limit || score > bestScore[best.length - 1]!) {
        if (skip?.(doc)) continue;
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
    for (let k = 0; k < touched; k++) {
      const doc = touchedBuf[k]!;
      total[doc] = 0;
      quality[doc] = 0;
      seen[doc] = 0;
    }
    return best;
  }
}
