/**
 * Node-side figures for one compiled corpus, loaded as the worker loads it
 * (`loadBundledCorpus`: stance model and near-synonyms installed): index load
 * from JSON text, heap after load, the search box's first query, look-up time per sentence and per page through `matchSentence`
 * exactly as the background calls it, and — on the same queries — MiniSearch
 * against exact brute-force BM25 over every statement (recall of the exact top
 * 10, speed ratio) and against FlexSearch.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Index as FlexIndex } from 'flexsearch';
import { loadBundledCorpus } from '../src/background/bundled-corpus.ts';
import { matchSentence } from '../src/match/matcher.ts';
import { DEFAULT_SETTINGS } from '../src/messaging/protocol.ts';
import { Corpus } from '../src/search/corpus.ts';
import { INDEX_OPTIONS } from '../src/search/index-options.ts';
import { term, words } from '../src/text/tokens.ts';
import '../src/match/setup.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export const median = (xs: number[]) => quantile(xs, 0.5);
export function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (at - lo);
}

/** The options the background passes (src/background/service.ts, default settings). */
const BACKGROUND_OPTIONS = { threshold: DEFAULT_SETTINGS.threshold, relations: DEFAULT_SETTINGS.relations, candidates: 10 };

export interface LookupFigures {
  statements: number;
  indexLoadMs: number[];
  heapAfterLoadMB: number;
  /** The popup search box's first query: MiniSearch hydrated from the frozen index. */
  searchIndexMs: number;
  perSentence: { median: number; p95: number; max: number; n: number };
  perPageMs: number[];
  index: {
    queries: number;
    minisearchMs: { median: number; p95: number };
    topHitsMs: { median: number; p95: number };
    exactMs: { median: number; p95: number };
    flexMs: { median: number; p95: number };
    flexBuildMs: number;
    recallMinisearch: number;
    recallFlex: number;
  };
}

/** Exact BM25 as MiniSearch scores it, over every statement: no index, a term-frequency table per statement. */
class Exact {
  private docs: { text: Map<string, number>; textLen: number; head: Map<string, number>; headLen: number }[] = [];
  private df = [new Map<string, number>(), new Map<string, number>()];
  private avg = [0, 0];
  private readonly boost = [INDEX_OPTIONS.searchOptions!.boost!['text']!, INDEX_OPTIONS.searchOptions!.boost!['headline']!];

  constructor(items: { text: string; headline: string }[]) {
    const tf = (s: string) => {
      const m = new Map<string, number>();
      for (const w of words(s)) {
        const t = term(w);
        if (t) m.set(t, (m.get(t) ?? 0) + 1);
      }
      return m;
    };
    for (const it of items) {
      const d = { text: tf(it.text), textLen: new Set(words(it.text)).size, head: tf(it.headline), headLen: new Set(words(it.headline)).size };
      this.docs.push(d);
      for (const t of d.text.keys()) this.df[0]!.set(t, (this.df[0]!.get(t) ?? 0) + 1);
      for (const t of d.head.keys()) this.df[1]!.set(t, (this.df[1]!.get(t) ?? 0) + 1);
      this.avg[0] = this.avg[0]! + d.textLen;
      this.avg[1] = this.avg[1]! + d.headLen;
    }
    this.avg = this.avg.map((x) => x / Math.max(1, items.length));
  }

  /** Every statement's score for the query (0 when it shares no term), by statement position. */
  scores(query: string): Float64Array {
    const terms = words(query).map(term).filter(Boolean);
    const unique = [...new Set(terms)];
    const n = this.docs.length;
    const out = new Float64Array(n);
    const bm25 = (tf: number, m: number, len: number, avg: number) =>
      Math.log(1 + (n - m + 0.5) / (m + 0.5)) * (0.5 + (tf * 2.2) / (tf + 1.2 * (1 - 0.7 + (0.7 * len) / avg)));
    for (let i = 0; i < n; i++) {
      const d = this.docs[i]!;
      let score = 0;
      let quality = 0;
      for (const t of terms) {
        const a = d.text.get(t);
        const b = d.head.get(t);
        if (a) score += this.boost[0]! * bm25(a, this.df[0]!.get(t)!, d.textLen, this.avg[0]!);
        if (b) score += this.boost[1]! * bm25(b, this.df[1]!.get(t)!, d.headLen, this.avg[1]!);
      }
      if (score > 0) {
        for (const t of unique) if (d.text.has(t) || d.head.has(t)) quality++;
        out[i] = score * quality;
      }
    }
    return out;
  }
}

function topOf(scores: Float64Array, k: number): number[] {
  const ids: number[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i]! > 0) ids.push(i);
  return ids.sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, k);
}

/** Share of the exact top k found, a hit being any statement scoring at least the exact k-th (ties count). */
function recall(found: number[], scores: Float64Array, exactTop: number[]): number {
  if (!exactTop.length) return 1;
  const kth = scores[exactTop[exactTop.length - 1]!]!;
  const hits = found.filter((i) => scores[i]! >= kth * (1 - 1e-9)).length;
  return Math.min(1, hits / exactTop.length);
}

const time = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
};
const stats = (xs: number[]) => ({ median: median(xs), p95: quantile(xs, 0.95) });

export function lookupFigures(
  bundleText: string,
  queries: string[],
  page: string[],
  opts: { loads: number; pageRuns: number; indexQueries: number },
): LookupFigures {
  // Index load: JSON text → Corpus, as the worker does it (parse included).
  const indexLoadMs: number[] = [];
  let corpus: Corpus | undefined;
  for (let k = 0; k < opts.loads; k++) {
    corpus = undefined;
    gc();
    const [c, ms] = time(() => loadBundledCorpus(JSON.parse(bundleText)));
    indexLoadMs.push(ms);
    corpus = c;
  }
  corpus = undefined;
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  corpus = loadBundledCorpus(JSON.parse(bundleText));
  gc();
  const heapAfterLoadMB = (process.memoryUsage().heapUsed - heap0) / 1024 / 1024;
  // The search box's first query hydrates a MiniSearch index from the frozen one.
  const [searchIndex, searchIndexMs] = time(() => corpus!.searchIndex());

  // Warm up: the first look-ups compile regexes and fill caches (sides).
  for (const q of queries.slice(0, 20)) matchSentence(corpus, q, BACKGROUND_OPTIONS);
  const per: number[] = [];
  for (const q of queries) per.push(time(() => matchSentence(corpus!, q, BACKGROUND_OPTIONS))[1]);
  const perPageMs: number[] = [];
  for (let k = 0; k < opts.pageRuns; k++) perPageMs.push(time(() => page.forEach((s) => matchSentence(corpus!, s, BACKGROUND_OPTIONS)))[1]);

  // The index alone, side by side, on the same queries.
  const iq = queries.slice(0, opts.indexQueries);
  const headline = new Map([...corpus.reports.values()].map((e) => [e.report.id, e.report.headline]));
  const items = corpus.statements.map((s) => ({ text: s.text, headline: headline.get(s.reportId) ?? '' }));
  const exact = new Exact(items);
  const [flex, flexBuildMs] = time(() => {
    const f = new FlexIndex({ tokenize: 'strict', encode: (t: string) => words(t).map(term).filter(Boolean) });
    items.forEach((it, i) => f.add(i, `${it.text} ${it.headline}`));
    return f;
  });
  const ms: number[] = [];
  const fast: number[] = [];
  const ex: number[] = [];
  const fl: number[] = [];
  let recallMs = 0;
  let recallFl = 0;
  for (const q of iq) {
    const [mini, t1] = time(() => searchIndex.search(q).slice(0, 10).map((h) => h.id as number));
    const [top, t2] = time(() => corpus!.candidates(q, 10));
    const [scores, t3] = time(() => exact.scores(q));
    const [flexHits, t4] = time(() => flex.search(q, { limit: 10, suggest: true }) as number[]);
    ms.push(t1);
    fast.push(t2);
    ex.push(t3 + time(() => topOf(scores, 10))[1]);
    fl.push(t4);
    const exactTop = topOf(scores, 10);
    if (JSON.stringify(mini) !== JSON.stringify(top)) throw new Error(`fast top hits differ from MiniSearch's for: ${q}`);
    recallMs += recall(top, scores, exactTop);
    recallFl += recall(flexHits, scores, exactTop);
  }
  return {
    statements: corpus.statements.length,
    indexLoadMs,
    heapAfterLoadMB,
    searchIndexMs,
    perSentence: { ...stats(per), max: Math.max(...per), n: per.length },
    perPageMs,
    index: {
      queries: iq.length,
      minisearchMs: stats(ms),
      topHitsMs: stats(fast),
      exactMs: stats(ex),
      flexMs: stats(fl),
      flexBuildMs,
      recallMinisearch: recallMs / iq.length,
      recallFlex: recallFl / iq.length,
    },
  };
}
