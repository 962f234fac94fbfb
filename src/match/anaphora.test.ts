import { beforeAll, describe, expect, it } from 'vitest';
import { loadCliCorpus } from '../../cli/lib/corpus.ts';
import type { Corpus } from '../search/corpus.ts';
import { answersBefore } from './anaphora.ts';
import { DEFAULT_MATCH_OPTIONS, matchSentence } from './matcher.ts';
import { scanText } from './scan.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCliCorpus();
});

describe('answersBefore', () => {
  it.each([
    ['The Kremlin says it never happened.', -1],
    ['Peskov denied it on Friday.', -1],
    ['The Ukrainians say that is an exaggeration.', -1],
    ['The Kremlin said the paper had it wrong.', -1],
    ['Moscow called the report a fabrication.', -1],
    ['The Kremlin confirmed the story within hours.', 1],
  ] as const)('reads "%s" as answering the sentence before (%i)', (text, side) => {
    expect(answersBefore(text)).toBe(side);
  });

  it.each([
    // A denial that says what it denies is read on its own.
    'The Kremlin denied that Putin had offered to freeze the front line.',
    // Turning down terms or an offer is not denying that they were made.
    'Kyiv has rejected those terms as a capitulation.',
    'Kyiv rejected it outright.',
    // Not confirming answers nothing.
    'Kyiv has not confirmed that figure.',
    // A denial that goes on to a claim of its own is read as that claim.
    'NATO officials disputed the report, saying they saw no sign that Putin was ready to negotiate.',
  ])('does not read "%s" as answering the sentence before', (text) => {
    expect(answersBefore(text)).toBe(0);
  });
});

describe('a sentence that denies the one before it', () => {
  const CLAIM = "Bob Woodward's new book says Trump and Putin spoke as many as seven times after Trump left the White House.";

  it('conflicts with what the sentence before claims, and agrees with the report that denies it too', () => {
    const ms = matchSentence(corpus, 'The Kremlin says it never happened.', { ...DEFAULT_MATCH_OPTIONS, before: CLAIM });
    expect(ms.find((m) => m.relation === 'conflict' && m.report.id === 'seed-004')?.why).toMatch(/denies what its sentence before says.*Woodward/);
    expect(ms.find((m) => m.relation === 'agree' && m.report.id === 'seed-004')?.statement.text).toMatch(/denied such claims/);
  });

  it('says nothing when the sentence before it is about something the reports do not speak to', () => {
    expect(matchSentence(corpus, 'The Kremlin says it never happened.', { ...DEFAULT_MATCH_OPTIONS, before: 'The city council said the old river bridge would reopen next spring.' })).toEqual([]);
    expect(matchSentence(corpus, 'The Kremlin says it never happened.')).toEqual([]);
  });

  it('is read so by `scan` too, from the page\'s own order', () => {
    const r = scanText(corpus, `${CLAIM}\n\nThe Kremlin says it never happened.`);
    expect(r.statements.find((s) => s.text === 'The Kremlin says it never happened.')?.matches.map((m) => m.relation)).toContain('conflict');
  });
});
