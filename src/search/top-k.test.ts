/**
 * The matcher's top hits are MiniSearch's own: on the bundled corpus (its
 * frozen index against MiniSearch holding the same statements), with a pack
 * beside it (two segments against one MiniSearch holding everything), after
 * the pack is removed, with repeated and unknown terms.
 */
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import bundle from '../../.generated/corpus-bundle.json';
import { loadBundledCorpus } from '../background/bundled-corpus.ts';
import type { CorpusBundle } from './bundle-schema.ts';
import { FrozenIndex, freezeIndex } from './frozen-index.ts';
import { INDEX_OPTIONS, type IndexedStatement } from './index-options.ts';
import { packReport } from './pack-report.fixture.ts';
import { unpackStatement } from './packed-statement.ts';
import { frozenSegment, miniSearchSegment, TopK } from './top-k.ts';

const slow = (index: MiniSearch<IndexedStatement>, q: string, limit: number) =>
  index.search(q).slice(0, limit).map((h) => h.id as number);


function queriesOf(texts: string[]): string[] {
  const qs = texts.flatMap((t) => [t, t.split(',')[0]!, `${t} ${t.split(' ').slice(0, 4).join(' ')}`]);
  return [...qs, 'Kremlin Kremlin Kremlin talks', 'zzzz qqqq', 'the of and', '', 'Putin'];
}

describe('the frozen index', () => {
  it('gives exactly MiniSearch’s top hits for every bundled statement and its clauses', () => {
    const corpus = loadBundledCorpus(bundle);
    const mini = corpus.searchIndex();
    for (const q of queriesOf(corpus.statements.map((s) => s.text))) {
      for (const limit of [1, 8, 10, 50]) expect(corpus.candidates(q, limit), q).toEqual(slow(mini, q, limit));
    }
  });

  it('hydrates into the MiniSearch index it was frozen from', () => {
    const index = new MiniSearch<IndexedStatement>(INDEX_OPTIONS);
    index.addAll(['Peskov rejected the report', 'Putin spoke with Trump for over an hour', 'The talks in Istanbul lasted two hours'].map((text, id) => ({ id, text, headline: `Headline ${id}` })));
    const frozen = new FrozenIndex(JSON.parse(JSON.stringify(freezeIndex(index.toJSON(), INDEX_OPTIONS.fields))));
    const back = MiniSearch.loadJS<IndexedStatement>(frozen.toMiniSearchJS(), INDEX_OPTIONS);
    // The radix tree lists terms in the order they were inserted: compare as sets.
    const norm = (js: ReturnType<typeof index.toJSON>) => ({ ...js, index: [...js.index].sort(([a], [b]) => a.localeCompare(b)) });
    expect(norm(back.toJSON())).toEqual(norm(index.toJSON()));
    expect(back.search('Peskov report').map((h) => h.id)).toEqual(index.search('Peskov report').map((h) => h.id));
  });

  it('refuses a damaged index with the part that is wrong', () => {
    const index = new MiniSearch<IndexedStatement>(INDEX_OPTIONS);
    index.addAll([{ id: 0, text: 'Peskov rejected the report', headline: 'H' }]);
    const data = freezeIndex(index.toJSON(), INDEX_OPTIONS.fields);
    expect(() => new FrozenIndex({ ...data, terms: [...data.terms, 'extra'] })).toThrow(/postings\[0\] do not match/);
    expect(() => new FrozenIndex({ ...data, fieldLength: '' })).toThrow(/fieldLength/);
  });
});

describe('the frozen index with a pack beside it', () => {
  const body = 'The harbour authority opened an inquiry on Monday into the collision of a ferry with a cargo ship. Kremlin officials said talks on the ferry would continue.';

  it('ranks as one MiniSearch index holding both, and as the bundle alone once the pack is gone', () => {
    const corpus = loadBundledCorpus(structuredClone(bundle));
    const before = queriesOf(corpus.statements.map((s) => s.text)).map((q) => corpus.candidates(q, 10));
    corpus.addPack('p1', [packReport('p1-a', body)]);
    const all = corpus.searchIndex();
    const texts = corpus.statements.map((s) => s.text);
    for (const q of [...queriesOf(texts), 'ferry inquiry Kremlin talks']) expect(corpus.candidates(q, 10), q).toEqual(slow(all, q, 10));
    expect(corpus.candidates('ferry inquiry harbour', 3)[0]).toBeGreaterThanOrEqual(bundle.statements.length);
    corpus.removePack('p1');
    expect(corpus.candidates('ferry inquiry harbour', 10).every((i) => i < bundle.statements.length)).toBe(true);
    expect(queriesOf(corpus.statements.slice(0, bundle.statements.length).map((s) => s.text)).map((q) => corpus.candidates(q, 10))).toEqual(before);
  });

  it('passes over skipped documents', () => {
    const index = new MiniSearch<IndexedStatement>(INDEX_OPTIONS);
    index.addAll([0, 1, 2, 3, 4].map((id) => ({ id, text: `ceasefire talks in Geneva round ${id}`, headline: 'Talks' })));
    const top = new TopK([miniSearchSegment(index)]);
    expect(top.top('ceasefire talks Geneva', 3, 5, (id) => id === 0)).toEqual(slow(index, 'ceasefire talks Geneva', 5).filter((id) => id !== 0).slice(0, 3));
    const frozen = new FrozenIndex(freezeIndex(index.toJSON(), INDEX_OPTIONS.fields));
    expect(new TopK([frozenSegment(frozen)]).top('ceasefire talks Geneva', 3, 5, (id) => id === 0)).toEqual(top.top('ceasefire talks Geneva', 3, 5, (id) => id === 0));
  });
});

describe('term counts stored in the bundle', () => {
  it('are the counts the worker would make itself', async () => {
    const { Corpus, countStatementTerms } = await import('./corpus.ts');
    const b = bundle as unknown as CorpusBundle;
    expect(b.df).toBeDefined();
    expect(new Map(Object.entries(b.df!))).toEqual(countStatementTerms(b.statements.map(unpackStatement)));
    const { default: background } = await import('../../data/background-df.json');
    const withDf = Corpus.fromBundle(b, background);
    const without = Corpus.fromBundle({ ...b, df: undefined }, background);
    for (const s of b.statements.slice(0, 30)) for (const t of s.text.split(/\W+/)) expect(withDf.weights.weight(t.toLowerCase())).toBe(without.weights.weight(t.toLowerCase()));
  });
});
