/**
 * Builds the packaged corpus from validated reports: statements analysed,
 * indexed, linked into the claim graph, and (when a model ships) the stance
 * model's body-side features precomputed. Runs at build time in Node; the
 * browser only loads the result.
 */
import MiniSearch from 'minisearch';
import { buildStatements } from '../analysis/analyse.ts';
import type { Report } from '../corpus/schema.ts';
import type { CorpusBundle } from './bundle-schema.ts';
import { buildClaimGraph } from '../match/claim-graph.ts';
import type { BackgroundDf } from '../match/weights.ts';
import { Corpus, countStatementTerms, type StanceSupport } from './corpus.ts';
import { INDEX_OPTIONS, type IndexedStatement } from './index-options.ts';

export function buildBundle(reports: Report[], builtAt: string): Omit<CorpusBundle, 'edges'> {
  const statements = reports.flatMap((r) => buildStatements(r));
  const headline = new Map(reports.map((r) => [r.id, r.headline]));
  const index = new MiniSearch<IndexedStatement>(INDEX_OPTIONS);
  index.addAll(statements.map((s, id) => ({ id, text: s.text, headline: headline.get(s.reportId)! })));
  return {
    format: 1,
    builtAt,
    reports: reports.map(({ body: _body, ...meta }) => meta),
    statements,
    index: index.toJSON(),
    df: Object.fromEntries(countStatementTerms(statements)),
  };
}

/** The whole bundle: the index first, then the claim graph computed over it. */
/** Statements each corpus statement is compared with when the claim graph is built. */
const GRAPH_CANDIDATES = 15;

export function compileCorpus(
  reports: Report[],
  builtAt: string,
  background: BackgroundDf,
  stance?: StanceSupport,
): CorpusBundle {
  const partial: CorpusBundle = { ...buildBundle(reports, builtAt), edges: [] };
  const corpus = Corpus.fromBundle(partial, background, stance);
  const edges = buildClaimGraph({
    statements: corpus.statements,
    side: (i) => corpus.side(i),
    candidates: (i) => corpus.candidates(corpus.statements[i]!.text, GRAPH_CANDIDATES),
    weights: corpus.weights,
    reportLabel: (id) => corpus.label(id),
  });
  const bundle: CorpusBundle = { ...partial, edges };
  if (stance) bundle.stance = corpus.statements.map((s) => stance.prepareBody(s.text));
  return bundle;
}
