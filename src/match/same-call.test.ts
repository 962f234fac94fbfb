import { beforeAll, describe, expect, it } from 'vitest';
import { loadCliCorpus } from '../../cli/lib/corpus.ts';
import type { Corpus } from '../search/corpus.ts';
import { DEFAULT_MATCH_OPTIONS, matchSentence } from './matcher.ts';
import { pageContext } from './page-context.ts';
import { pageCallers } from './same-call.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCliCorpus();
});

/** The sentence looked up on a page with this title and lead, as the extension sends them. */
const onPage = (sentence: string, title: string, lead: string[]) =>
  matchSentence(corpus, sentence, { ...DEFAULT_MATCH_OPTIONS, page: pageContext(title, [...lead, sentence]) }).map((m) => `${m.relation} ${m.report.id}`);

const LENGTH = 'The conversation stretched to roughly 80 minutes, a person familiar with it said.';

describe('a call’s length, tied to the call by the page', () => {
  it('agrees with the President-elect call’s "over an hour" on a page about that call, and is not set against the other call’s two hours', () => {
    const got = onPage(LENGTH, 'Putin and Trump talk by phone after Sochi drone scare', ['Vladimir Putin spoke by telephone with President-elect Donald Trump, the Kremlin confirmed.']);
    expect(got).toContain('agree seed-000');
    expect(got.filter((g) => g.endsWith('seed-001'))).toEqual([]);
  });

  it('conflicts with the Monday call’s two hours on a page about the memorandum, and says nothing of the other call', () => {
    const got = onPage(LENGTH, 'Putin offers Kyiv a peace memorandum after call with Trump', ['Vladimir Putin said Russia would draft a memorandum with Ukraine after speaking with Donald Trump.']);
    expect(got).toContain('conflict seed-001');
    expect(got.filter((g) => g.endsWith('seed-000'))).toEqual([]);
  });

  it('reads the headline before the lead: a memorandum in the headline outweighs where Putin spoke ("told reporters in Sochi")', () => {
    const got = onPage('Putin said the call with Donald Trump lasted more than two hours.', 'Trump-Putin call: leaders speak for two hours as Kremlin talks up peace memorandum', [
      'Vladimir Putin has told reporters in Sochi that Moscow is ready to work with Kyiv on a memorandum on a possible future peace agreement.',
    ]);
    expect(got).toContain('agree seed-001');
    expect(got.filter((g) => g.endsWith('seed-000'))).toEqual([]);
  });

  it('takes no call from a word that only places it in time ("ahead of planned Budapest summit"): a third call is neither', () => {
    const got = onPage('The call lasted more than two hours, according to the Kremlin.', 'Putin and Trump speak by phone ahead of planned Budapest summit', [
      'Vladimir Putin and Donald Trump agreed in a phone call on Thursday to meet in Budapest, Trump said.',
    ]);
    expect(got).toEqual([]);
  });

  it('says why: the words on the page that tell which call it is', () => {
    const ms = matchSentence(corpus, LENGTH, { ...DEFAULT_MATCH_OPTIONS, page: pageContext('Putin offers Kyiv a peace memorandum after call with Trump', [LENGTH]) });
    expect(ms.find((m) => m.relation === 'conflict')?.why).toMatch(/memorandum.*roughly 80 minutes|roughly 80 minutes.*memorandum/);
  });

  it('takes the other caller from the lead when the headline names one ("Putin\'s call, the Sochi drone…")', () => {
    const got = onPage('The Gazette says the call lasted barely twenty-five minutes.', "Papers: Putin's call and the Sochi drone", ['The Courier reports that Putin told Donald Trump he was ready for a new start.']);
    expect(got).toContain('conflict seed-000');
  });

  it('marks nothing when the page does not say which of two calls between the same leaders it is', () => {
    expect(onPage(LENGTH, 'Putin and Trump speak again', ['Vladimir Putin and Donald Trump held another telephone conversation.'])).toEqual([]);
  });

  it('marks nothing for a call between others, or between the same leaders on another day', () => {
    expect(onPage('Trump told reporters afterwards that the call had lasted about 90 minutes.', 'Trump and Xi hold call on tariffs', ['Donald Trump and Xi Jinping spoke by phone about tariffs.'])).toEqual([]);
    expect(onPage('The Thursday call lasted more than two hours, Ushakov said.', 'Putin and Trump talk ice hockey', ['Vladimir Putin and Donald Trump discussed a hockey match between their countries.'])).toEqual([]);
  });
});

describe('pageCallers', () => {
  it('takes the sentence’s own callers, else the headline’s, and never a spokesman', () => {
    const page = pageContext('Trump and Xi hold call', []);
    expect(pageCallers('Putin and Trump spoke for an hour.', page).sort()).toEqual(['putin', 'trump']);
    expect(pageCallers('The call lasted an hour, Peskov said.', page).sort()).toEqual(['trump', 'xi-jinping']);
  });
});
