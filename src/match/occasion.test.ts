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

describe('the same meeting on another day, and a visit called off', () => {
  it('sets talks in London on Thursday against 002\'s London talks on Wednesday', () => {
    const m = matchSentence(corpus, 'Ukrainian, American and European officials are due to sit down in London on Thursday.').find((x) => x.report.id === 'seed-002');
    expect(m?.relation).toBe('conflict');
    expect(m?.why).toMatch(/Wednesday here, Thursday/);
  });

  it('does not set a call on another day against a call: another call', () => {
    const ms = matchSentence(corpus, 'Putin and Trump spoke by telephone for about two hours on Thursday.');
    expect(ms.filter((m) => m.relation === 'conflict' && /Different day/.test(m.why))).toEqual([]);
  });

  it('sets a visit called off or put back against "Witkoff is expected in Russia later this week"', () => {
    for (const s of ["Ushakov said Witkoff's planned visit to Russia had been called off.", "Ushakov said Witkoff's next trip to Russia had been pushed back to next month.", 'Ushakov: Witkoff not expected in Russia until May.']) {
      const m = matchSentence(corpus, s).find((x) => x.report.id === 'seed-002' && /Witkoff is expected/.test(x.statement.text));
      expect(m?.relation, s).toBe('conflict');
    }
  });
});
