import { beforeAll, describe, expect, it } from 'vitest';
import { loadCliCorpus } from '../../cli/lib/corpus.ts';
import type { Corpus } from '../search/corpus.ts';
import { matchSentence } from './matcher.ts';
import { occasionsOf } from './occasion.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCliCorpus();
});

describe('occasions', () => {
  it('reads weekdays and the ways of saying "this week"', () => {
    expect([...occasionsOf('due to meet in London on Wednesday')]).toEqual(['wednesday']);
    expect([...occasionsOf('Witkoff is expected in Russia later this week')]).toEqual(['this-week']);
    expect([...occasionsOf('would come to Russia again before the week was out')]).toEqual(['this-week']);
    expect([...occasionsOf('talks last month')]).toEqual([]);
  });

  it('agrees with 002\'s London talks when the page says the same meeting in other words: the same place, the same day', () => {
    const m = matchSentence(corpus, 'Officials from Ukraine, the United States and Europe are due to meet in London on Wednesday.').find((x) => x.report.id === 'seed-002');
    expect(m?.relation).toBe('agree');
    expect(m?.why).toMatch(/Wednesday/);
  });

  it('does not take a meeting in London on another day for those talks', () => {
    expect(matchSentence(corpus, 'Officials from Ukraine, the United States and Europe are due to meet in London on Friday.').filter((x) => x.relation === 'agree')).toEqual([]);
  });

  it('agrees with 002\'s "expected in Russia later this week" for Witkoff coming to Russia again this week', () => {
    const m = matchSentence(corpus, 'Presidential aide Yuri Ushakov says Witkoff will come to Russia again this week.').find((x) => x.report.id === 'seed-002');
    expect(m?.relation).toBe('agree');
  });
});
