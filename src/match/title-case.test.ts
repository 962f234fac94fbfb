import { beforeAll, describe, expect, it } from 'vitest';
import { loadCliCorpus } from '../../cli/lib/corpus.ts';
import type { Corpus } from '../search/corpus.ts';
import { matchSentence } from './matcher.ts';
import { fromAllCaps, isAllCaps, isTitleCase, sentenceCase } from './title-case.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCliCorpus();
});

const marks = (text: string) => matchSentence(corpus, text).filter((m) => m.relation !== 'related').map((m) => `${m.relation} ${m.report.id}`).sort();

describe('Title Case headlines', () => {
  it('tells a Title Case headline from a sentence in sentence case', () => {
    expect(isTitleCase('Gerasimov Tells Putin Most of Kursk Region Has Been Retaken')).toBe(true);
    expect(isTitleCase('Gerasimov told Putin that most of the Kursk region had been retaken.')).toBe(false);
  });

  it('counts words as trimming each of non-letters and testing its first letter does, ASCII or not', () => {
    const reference = (sentence: string) => {
      const ws = sentence.split(/\s+/).slice(1).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter((w) => w.length > 3);
      return ws.length >= 3 && ws.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.75 * ws.length;
    };
    const lines = [
      'Putin Tells Trump He Is Open To Talks',
      '  Leading Space Words Here Now',
      'Émile Zola Écrit Ça Être Über Alles',
      '“Kremlin Says Talks Were Constructive”',
      '... --- !!! Abc Defg Hijk',
      'The U.S.-Russia Talks End Without Deal',
      "Don't Stop Believin' Tonight, “Ever”",
      'Ölmarkt fällt stärker als erwartet',
      'x 𝐀𝐁𝐂𝐃 𝐄𝐅𝐆𝐇 𝐈𝐉𝐊𝐋 words',
      'Three Of four (Longer) words — 2024 — Start With Capitals',
      'a b c d',
    ];
    for (const line of lines) expect(isTitleCase(line), line).toBe(reference(line));
  });

  it('lowers the capitals of ordinary words and keeps those of names (the alias table’s phrases whole), known or not, and of days', () => {
    expect(sentenceCase('Xi Tells Kremlin Spokesman Peskov on Monday That Talks With Obama Were Useful', corpus.background)).toBe(
      'Xi tells Kremlin Spokesman Peskov on Monday that talks with Obama were useful',
    );
  });

  it('marks a Title Case headline as it marks the same words in sentence case', () => {
    const headline = "Russia's Chief of General Staff Gerasimov Tells Putin 99.5% of Kursk Region Has Been Retaken";
    expect(marks(headline)).toContain('agree seed-002');
    expect(marks(headline)).toEqual(marks("Russia's chief of general staff Gerasimov tells Putin 99.5% of Kursk region has been retaken"));
    expect(marks('Kremlin Spokesman Says Freezing the Conflict Along the Front Line Would Not Be Enough')).toContain('agree seed-003');
  });

  it('still marks nothing on a Title Case headline about someone else', () => {
    expect(marks('Xi Says China Is Ready to Work With the Incoming Trump Administration')).toEqual([]);
    expect(marks('Macron Calls Trump to Discuss Trade Tariffs and Ukraine')).toEqual([]);
  });
});

describe('lines in capitals', () => {
  it('reads a TV chyron in sentence case, keeping the names of the alias table', () => {
    expect(isAllCaps('14:48 — KREMLIN CONFIRMS FT REPORT, SAYS RIA')).toBe(true);
    expect(fromAllCaps('14:48 — KREMLIN CONFIRMS FT REPORT, SAYS RIA')).toBe('14:48 — Kremlin confirms FT report, says RIA');
    expect(isAllCaps('The US and NATO said so on Friday.')).toBe(false);
  });

  it('counts words in capitals as trimming each of non-letters and testing it for a small letter does, ASCII or not', () => {
    const reference = (sentence: string) => {
      if (!/[A-Z]{4}/.test(sentence)) return false;
      const ws = sentence.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter((w) => w.length > 1);
      return ws.length >= 4 && ws.filter((w) => !/\p{Ll}/u.test(w)).length >= 0.75 * ws.length;
    };
    const lines = [
      '14:48 — KREMLIN CONFIRMS FT REPORT, SAYS RIA',
      'The US and NATO said so on Friday.',
      '  BREAKING: PUTIN SAYS NATO TALKS OVER',
      'ÉMILE ZOLA ÉCRIT ÇA ÊTRE ÜBER ALLES NATO',
      'NATO CHIEF: “ALLIES ÖLMARKT fällt STÄRKER”',
      'A B C D E NATO',
      "DON'T STOP BELIEVIN' TONIGHT, “EVER” NATO",
      'U.S.-RUSSIA TALKS END WITHOUT DEAL, kremlin says NATO',
      'NATO 𝐀𝐁𝐂𝐃 𝐄𝐅𝐆𝐇 𝐈𝐉𝐊𝐋 WORDS',
      'NATO x-ray OK? ÀB 2024 — — WORDS HERE',
      'NATO\u00a0SUMMIT\u2003OPENS TODAY IN VILNIUS',
    ];
    for (const line of lines) expect(isAllCaps(line), line).toBe(reference(line));
  });

  it('marks a chyron as it marks the same line in sentence case', () => {
    const ms = matchSentence(corpus, '14:48 — KREMLIN CONFIRMS FT REPORT, SAYS RIA');
    expect(ms.some((m) => m.relation === 'conflict' && m.report.id === 'seed-002')).toBe(true);
  });
});
