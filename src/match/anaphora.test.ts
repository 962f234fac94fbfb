import { beforeAll, describe, expect, it } from 'vitest';
import { loadCliCorpus } from '../../cli/lib/corpus.ts';
import type { Corpus } from '../search/corpus.ts';
import { answersBefore, needsBefore, withSubjectNamed } from './anaphora.ts';
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

describe('"he" or "she", said of the person the sentence before names', () => {
  it('names the first person the sentence before names, "his" as their own', () => {
    expect(withSubjectNamed('He insisted any deal must tackle the root causes.', () => ['Vladimir Putin', 'Donald Trump'])).toBe('Vladimir Putin insisted any deal must tackle the root causes.');
    expect(withSubjectNamed('His own victory plan asks for more weapons.', () => ['Zelenskiy'])).toBe('Zelenskiy’s own victory plan asks for more weapons.');
    expect(withSubjectNamed('He insisted on it.', () => [])).toBeNull();
    expect(withSubjectNamed('Hesitant voices in Kyiv say otherwise.', () => ['Zelenskiy'])).toBeNull();
    expect(needsBefore('She said so.')).toBe(true);
    expect(needsBefore('The talks resumed.')).toBe(false);
  });

  it('agrees with Putin\'s "fundamental causes of this crisis" only after a sentence that names Putin', () => {
    const he = 'He insisted any deal must first tackle what he called the root causes of the crisis.';
    const ms = matchSentence(corpus, he, { ...DEFAULT_MATCH_OPTIONS, before: 'Vladimir Putin has told Donald Trump he is ready to work with Ukraine on a peace memorandum.' });
    expect(ms.find((m) => m.relation === 'agree' && m.report.id === 'seed-001')?.statement.text).toMatch(/fundamental causes/);
    expect(matchSentence(corpus, he, { ...DEFAULT_MATCH_OPTIONS, before: 'The weather in Moscow was mild on Monday.' })).toEqual([]);
  });
});
