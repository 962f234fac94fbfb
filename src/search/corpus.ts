/**
 * The corpus as the matcher uses it: reports, analysed statements, the index
 * and the claim graph, loaded from the packaged bundle, plus the packs a user
 * imported (analysed and indexed when imported, never the bundled part).
 */
import MiniSearch from 'minisearch';
import { buildStatements } from '../analysis/analyse.ts';
import type { Statement } from '../analysis/types.ts';
import type { Report, ReportRef } from '../corpus/schema.ts';
import { buildClaimGraph } from '../match/claim-graph.ts';
import { makeSide, type Side } from '../match/relate.ts';
import { eventWindow } from '../match/time.ts';
import { termWeights, type BackgroundDf, type TermWeights } from '../match/weights.ts';
import { terms } from '../text/tokens.ts';
import type { BundledReport, ClaimEdge, CorpusBundle } from './bundle-schema.ts';
import { FrozenIndex } from './frozen-index.ts';
import { unpackStatement } from './packed-statement.ts';
import { readSide } from './stored-side.ts';
import { INDEX_OPTIONS, type IndexedStatement } from './index-options.ts';
import { frozenSegment, miniSearchSegment, TopK } from './top-k.ts';

export interface StanceSupport {
  predict(headline: string, body: unknown): { agree: number; disagree: number; discuss: number; unrelated: number };
  prepareBody(text: string): unknown;
}

interface ReportEntry {
  report: BundledReport;
  ref: ReportRef;
  /** Positions of the report's statements, in order. */
  statements: number[];
  /** Headline and statements joined: what time cues are read from (made on first need). */
  text?: string;
  pack?: string;
}

/** Per term, how many statements use it (added into `df`). The build stores it in the bundle; packs count at import. */
export function countStatementTerms(statements: Statement[], df = new Map<string, number>()): Map<string, number> {
  for (const s of statements) for (const t of new Set(terms(s.text))) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

export interface CorpusOptions {
  /** Take the statements' sides stored in the bundle, when it has them (the worker does; see stored-side.ts). */
  storedSides?: boolean;
}

const NO_EDGES: readonly ClaimEdge[] = [];

export class Corpus {
  readonly reports = new Map<string, ReportEntry>();
  readonly statements: Statement[] = [];
  /** The bundled statements' index, read-only (positions 0 … bundled-1). */
  private readonly frozen: FrozenIndex;
  private readonly bundled: number;
  /** Imported packs' statements, indexed by MiniSearch as they come. */
  private packIndex = new MiniSearch<IndexedStatement>(INDEX_OPTIONS);
  private readonly topK: TopK;
  /** The search box's full MiniSearch index, made on its first query. */
  private searchable?: MiniSearch<IndexedStatement>;
  private readonly edges = new Map<number, ClaimEdge[]>();
  private readonly sides: (Side | undefined)[] = [];
  private readonly df = new Map<string, number>();
  private readonly stanceBodies: unknown[] = [];
  private removed = new Set<number>();
  weights: TermWeights;
  builtAt: string;

  private constructor(
    bundle: CorpusBundle,
    readonly background: BackgroundDf,
    readonly stance?: StanceSupport,
    options: CorpusOptions = {},
  ) {
    if (bundle.format !== 2) throw new Error(`corpus bundle: format ${String(bundle.format)} is not 2 (rebuild it with this version)`);
    this.builtAt = bundle.builtAt;
    this.frozen = new FrozenIndex(bundle.index);
    this.bundled = bundle.statements.length;
    if (this.frozen.documentCount !== this.bundled) throw new Error(`corpus bundle: the index holds ${this.frozen.documentCount} statements, the bundle ${this.bundled}`);
    this.topK = new TopK([frozenSegment(this.frozen), miniSearchSegment(this.packIndex)]);
    for (const r of bundle.reports) this.addEntry(r);
    for (const p of bundle.statements) {
      this.reports.get(p.reportId)!.statements.push(this.statements.length);
      this.statements.push(unpackStatement(p));
    }
    for (const e of bundle.edges) this.link(e);
    if (options.storedSides && bundle.sides) {
      if (bundle.sides.length !== this.bundled) throw new Error(`corpus bundle: ${bundle.sides.length} stored sides for ${this.bundled} statements`);
      bundle.sides.forEach((s, i) => (this.sides[i] = readSide(s, this.statements[i]!.text, this.statements[i]!.analysis)));
    }
    if (bundle.df) for (const [t, n] of Object.entries(bundle.df)) this.df.set(t, n);
    else this.countTerms(this.statements);
    this.weights = termWeights(background, this.df, this.statements.length);
  }

  static fromBundle(bundle: CorpusBundle, background: BackgroundDf, stance?: StanceSupport, options?: CorpusOptions): Corpus {
    return new Corpus(bundle, background, stance, options);
  }

  private addEntry(r: BundledReport, pack?: string) {
    const ref: ReportRef = { id: r.id, headline: r.headline, outlet: r.outlet, published: r.published, source: r.provenance.source, url: r.url };
    this.reports.set(r.id, { report: r, ref, statements: [], pack });
  }

  private link(e: ClaimEdge) {
    for (const k of [e.a, e.b]) {
      const list = this.edges.get(k) ?? [];
      list.push(e);
      this.edges.set(k, list);
    }
  }

  private countTerms(statements: Statement[]) {
    countStatementTerms(statements, this.df);
  }

  get size() {
    return { reports: this.reports.size, statements: this.statements.length - this.removed.size };
  }

  report(id: string): ReportEntry | undefined {
    return this.reports.get(id);
  }

  isLive(i: number): boolean {
    return !this.removed.has(i);
  }

  /** The statement as the relation step sees it (computed once, on first use). */
  side(i: number): Side {
    let s = this.sides[i];
    if (!s) {
      const st = this.statements[i]!;
      const entry = this.reports.get(st.reportId)!;
      entry.text ??= [entry.report.headline, ...entry.statements.map((k) => this.statements[k]!.text)].join(' ');
      s = makeSide(st.text, st.analysis, eventWindow(st.text, entry.text, entry.report.published));
      this.sides[i] = s;
    }
    return s;
  }

  /**
   * The terms of a bundled report (its headline's and its statements'), as a
   * membership test read from the frozen index, which holds exactly those
   * terms for its statements: the matcher asks a report for a few names, and
   * reading all its texts again for them was ~10 ms of the worker's first
   * look-up. Undefined when the report has no statements or has some from a pack.
   */
  indexedReportTerms(reportId: string): { has(term: string): boolean } | undefined {
    const docs = this.reports.get(reportId)?.statements;
    if (!docs?.length || docs.some((i) => i >= this.bundled)) return undefined;
    const known = new Map<string, boolean>();
    return {
      has: (term) => {
        let used = known.get(term);
        if (used === undefined) {
          used = this.frozen.usedByAny(term, docs);
          known.set(term, used);
        }
        return used;
      },
    };
  }

  edgesOf(i: number): readonly ClaimEdge[] {
    const all = this.edges.get(i);
    if (!all) return NO_EDGES;
    // With no statement removed every edge is live: the list itself, read-only, not a copy on every call.
    return this.removed.size === 0 ? all : all.filter((e) => !this.removed.has(e.a) && !this.removed.has(e.b));
  }

  stanceBody(i: number): unknown {
    if (!this.stance) return undefined;
    let b = this.stanceBodies[i];
    if (b === undefined) {
      b = this.stance.prepareBody(this.statements[i]!.text);
      this.stanceBodies[i] = b;
    }
    return b;
  }

  /** Statement positions the index finds for a text, best first. */
  candidates(text: string, limit: number): number[] {
    return this.topK.top(text, limit, this.statements.length, (i) => this.removed.has(i));
  }

  /**
   * One MiniSearch index of every live statement, for the popup's search box
   * (prefix and fuzzy terms): hydrated from the frozen index on the first
   * query, then kept in step with the packs.
   */
  searchIndex(): MiniSearch<IndexedStatement> {
    if (!this.searchable) {
      const ms = MiniSearch.loadJS<IndexedStatement>(this.frozen.toMiniSearchJS(), INDEX_OPTIONS);
      ms.addAll(this.packDocuments());
      this.searchable = ms;
    }
    return this.searchable;
  }

  private packDocuments(): IndexedStatement[] {
    const docs: IndexedStatement[] = [];
    for (let i = this.bundled; i < this.statements.length; i++) {
      if (this.removed.has(i)) continue;
      const st = this.statements[i]!;
      docs.push({ id: i, text: st.text, headline: this.reports.get(st.reportId)!.report.headline });
    }
    return docs;
  }

  private byMeasure?: { key: string; map: Map<string, number[]> };

  /** Statements giving a figure for this measure ("call duration"), in corpus order. */
  withMeasure(measure: string): number[] {
    const key = `${this.statements.length}:${this.removed.size}`;
    if (this.byMeasure?.key !== key) {
      const map = new Map<string, number[]>();
      this.statements.forEach((s, i) => {
        if (this.removed.has(i)) return;
        for (const q of s.analysis.quantities) {
          if (!q.measure) continue;
          const list = map.get(q.measure) ?? [];
          if (list.at(-1) !== i) list.push(i);
          map.set(q.measure, list);
        }
      });
      this.byMeasure = { key, map };
    }
    return this.byMeasure.map.get(measure) ?? [];
  }

  /** Adds a pack's reports: analyses, indexes and links them. Returns the statements added. */
  addPack(packId: string, reports: Report[]): number {
    const first = this.statements.length;
    for (const r of reports) {
      const { body: _body, ...meta } = r;
      this.addEntry(meta, packId);
    }
    const added: Statement[] = [];
    for (const r of reports) {
      for (const s of buildStatements(r)) {
        const i = this.statements.length;
        this.statements.push(s);
        this.reports.get(r.id)!.statements.push(i);
        const doc = { id: i, text: s.text, headline: r.headline };
        this.packIndex.add(doc);
        this.searchable?.add(doc);
        added.push(s);
      }
    }
    this.topK.changed();
    this.countTerms(added);
    this.weights = termWeights(this.background, this.df, this.size.statements);
    const edges = buildClaimGraph({
      statements: this.statements,
      side: (i) => this.side(i),
      candidates: (i) => (i >= first ? this.candidates(this.statements[i]!.text, 8) : []),
      weights: this.weights,
      reportLabel: (id) => this.label(id),
    });
    for (const e of edges) if (e.a >= first || e.b >= first) this.link(e);
    return added.length;
  }

  /**
   * Removes a pack's reports: its statements leave the index, the claim graph
   * and the counts, and the term weights are as they were before it came.
   */
  removePack(packId: string): void {
    const ids = new Set<string>();
    for (const [id, entry] of this.reports) if (entry.pack === packId) ids.add(id);
    if (!ids.size) return;
    const gone: Statement[] = [];
    this.statements.forEach((s, i) => {
      if (ids.has(s.reportId) && !this.removed.has(i)) {
        this.removed.add(i);
        this.searchable?.discard(i);
        gone.push(s);
      }
    });
    for (const id of ids) this.reports.delete(id);
    // MiniSearch keeps a discarded document's postings until a vacuum, which
    // would skew the scores: the packs' index is made again without them.
    this.packIndex = new MiniSearch<IndexedStatement>(INDEX_OPTIONS);
    this.packIndex.addAll(this.packDocuments());
    this.topK.changed([frozenSegment(this.frozen), miniSearchSegment(this.packIndex)]);
    for (const s of gone) {
      for (const t of new Set(terms(s.text))) {
        const n = (this.df.get(t) ?? 0) - 1;
        if (n > 0) this.df.set(t, n);
        else this.df.delete(t);
      }
    }
    this.weights = termWeights(this.background, this.df, this.size.statements);
  }

  /** How a report is named in a reason: its outlet, else its headline (a reader knows neither file nor id). */
  label(reportId: string): string {
    const ref = this.reports.get(reportId)?.ref;
    if (!ref) return reportId;
    if (ref.outlet) return ref.outlet;
    const h = ref.headline.length > 60 ? ref.headline.slice(0, 59).replace(/\s+\S*$/, '') + '…' : ref.headline;
    return `“${h}”`;
  }
}
