/**
 * The fast top hits are MiniSearch's own: same documents, same order, on the
 * bundled corpus, after a pack is added, with repeated and unknown terms, and
 * it steps aside while discarded documents wait to be vacuumed.
 */
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../background/bundled-corpus.ts';
import { INDEX_OPTIONS, type IndexedStatement } from './index-options.ts';
import { topHits } from './top-k.ts';

const slow = (index: MiniSearch<IndexedStatement>, q: string, limit: number) =>
  index.search(q).slice(0, limit).map((h) => h.id as number);

describe('topHits', () => {
  it('gives exactly MiniSearch’s top hits for every bundled statement and its clauses', () => {
    const corpus = loadBundledCorpus();
    const queries = corpus.statements.flatMap((s) => [s.text, s.text.split(',')[0]!, `${s.text} ${s.text.split(' ').slice(0, 4).join(' ')}`]);
    queries.push('Kremlin Kremlin Kremlin talks', 'zzzz qqqq', 'the of and', '', 'Putin');
    for (const q of queries) for (const limit of [1, 8, 10, 50]) expect(topHits(corpus.index, q, limit), q).toEqual(slow(corpus.index, q, limit));
  });

  it('agrees after a pack is added, and steps aside while discarded documents are not vacuumed', () => {
    const corpus = loadBundledCorpus();
    const body = 'The harbour authority opened an inquiry on Monday into the collision of a ferry with a cargo ship. Kremlin officials said talks on the ferry would continue.';
    corpus.addPack('p1', [
      { id: 'p1-a', headline: 'Ferry inquiry opens', outlet: 'Gazette', url: '', published: '2026-10-01', author: '', language: 'en', body, provenance: { source: 'a.json', ingestedAt: '2026-10-01' } },
    ]);
    for (const s of corpus.statements) expect(topHits(corpus.index, s.text, 10)).toEqual(slow(corpus.index, s.text, 10));
    corpus.removePack('p1');
    expect(topHits(corpus.index, 'ferry inquiry', 10)).toBeUndefined();
    const q = 'ferry inquiry Kremlin talks';
    slow(corpus.index, q, 1); // MiniSearch drops discarded postings lazily, on the first search that meets them
    expect(corpus.candidates(q, 10)).toEqual(slow(corpus.index, q, 1000).filter((i) => corpus.isLive(i)).slice(0, 10));
  });

  it('passes over skipped documents as the slow path does', () => {
    const index = new MiniSearch<IndexedStatement>(INDEX_OPTIONS);
    index.addAll([0, 1, 2, 3, 4].map((id) => ({ id, text: `ceasefire talks in Geneva round ${id}`, headline: 'Talks' })));
    expect(topHits(index, 'ceasefire talks Geneva', 3, (id) => id === 0)).toEqual(slow(index, 'ceasefire talks Geneva', 5).filter((id) => id !== 0).slice(0, 3));
  });
});

describe('term counts stored in the bundle', () => {
  it('are the counts the worker would make itself', async () => {
    const { default: bundle } = await import('../../.generated/corpus-bundle.json');
    const { Corpus, countStatementTerms } = await import('./corpus.ts');
    const b = bundle as unknown as import('./bundle-schema.ts').CorpusBundle;
    expect(b.df).toBeDefined();
    expect(new Map(Object.entries(b.df!))).toEqual(countStatementTerms(b.statements));
    const { default: background } = await import('../../data/background-df.json');
    const withDf = Corpus.fromBundle(b, background);
    const without = Corpus.fromBundle({ ...b, df: undefined }, background);
    for (const s of b.statements.slice(0, 30)) for (const t of s.text.split(/\W+/)) expect(withDf.weights.weight(t.toLowerCase())).toBe(without.weights.weight(t.toLowerCase()));
  });
});
