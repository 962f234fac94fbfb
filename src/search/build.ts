/**
 * Builds the packaged corpus from validated reports: statements analysed,
 * indexed and linked into the claim graph. Runs at build time in Node; the
 * browser only loads the result. (The stance model's body-side features are
 * not shipped: ~60 µs a statement, computed when a verdict first needs them,
 * they would triple the file for a newsroom corpus.)
 */
import MiniSearch from 'minisearch';
import { buildStatements } from '../analysis/analyse.ts';
import type { Report } from '../corpus/schema.ts';
import type { CorpusBundle } from './bundle-schema.ts';
import { buildClaimGraph } from '../match/claim-graph.ts';
import type { BackgroundDf } from '../match/weights.ts';
import { Corpus, countStatementTerms } from './corpus.ts';
import { freezeIndex } from './frozen-index.ts';
import { packStatement } from './packed-statement.ts';
import { STORE_SIDES_UP_TO, storeSide } from './stored-side.ts';
import { INDEX_OPTIONS, type IndexedStatement } from './index-options.ts';

export function buildBundle(reports: Report[], builtAt: string): Omit<CorpusBundle, 'edges'> {
  const statements = reports.flatMap((r) => buildStatements(r));
  const headline = new Map(reports.map((r) => [r.id, r.headline]));
  const index = new MiniSearch<IndexedStatement>(INDEX_OPTIONS);
  index.addAll(statements.map((s, id) => ({ id, text: s.text, headline: headline.get(s.reportId)! })));
  return {
    format: 2,
    builtAt,
    reports: reports.map(({ body: _body, ...meta }) => meta),
    statements: statements.map(packStatement),
    index: freezeIndex(index.toJSON(), INDEX_OPTIONS.fields),
    df: Object.fromEntries(countStatementTerms(statements)),
  };
}

/** Statements each corpus statement is compared with when the claim graph is built. */
const GRAPH_CANDIDATES = 15;

/** The whole bundle: the index first, then the claim graph computed over it. */
export function compileCorpus(reports: Report[], builtAt: string, background: BackgroundDf): CorpusBundle {
  const partial: CorpusBundle = { ...buildBundle(reports, builtAt), edges: [] };
  const corpus = Corpus.fromBundle(partial, background);
  const edges = buildClaimGraph({
    statements: corpus.statements,
    side: (i) => corpus.side(i),
    candidates: (i) => corpus.candidates(corpus.statements[i]!.text, GRAPH_CANDIDATES),
    weights: corpus.weights,
    reportLabel: (id) => corpus.label(id),
  });
  // A small corpus stores its statements' sides (stored-side.ts): the worker's first look-up need not make them.
  if (corpus.statements.length > STORE_SIDES_UP_TO) return { ...partial, edges };
  return { ...partial, edges, sides: corpus.statements.map((_, i) => storeSide(corpus.side(i))) };
}
