import { beforeAll, describe, expect, it } from 'vitest';
import { loadCliCorpus } from '../../cli/lib/corpus.ts';
import type { Corpus } from '../search/corpus.ts';
import { matchSentence, DEFAULT_MATCH_OPTIONS } from './matcher.ts';
import { pageContext } from './page-context.ts';
import { scanText } from './scan.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCliCorpus();
});

const INDIA_PAKISTAN = [
  'India and Pakistan agreed on Saturday to a full and immediate ceasefire after four days of missile and drone strikes, President Donald Trump announced.',
  'Pakistan\'s foreign minister Ishaq Dar confirmed the ceasefire, while India said it had been agreed directly between the two militaries.',
  'Hours after the truce took effect, both sides accused each other of violations along the Line of Control in Kashmir.',
];
const TRUMP_TALKS = 'Trump said the agreement followed a long night of talks mediated by the United States.';

describe('page context: whose story the page tells', () => {
  it('counts the parties its title and first sentences name', () => {
    const ctx = pageContext('India and Pakistan agree ceasefire, Trump says', INDIA_PAKISTAN);
    expect(ctx.parties.get('india')).toBe(3);
    expect(ctx.parties.get('pakistan')).toBe(3);
  });

  it('reads a sentence that names only Trump as about the page\'s parties: on a page about India and Pakistan, "the agreement" is theirs', () => {
    // Alone, the sentence shares Trump, an agreement and talks with a corpus report…
    expect(matchSentence(corpus, TRUMP_TALKS).length).toBeGreaterThan(0);
    // …on its page, it is someone else's agreement.
    const page = pageContext('India and Pakistan agree ceasefire after four days of strikes, Trump says', INDIA_PAKISTAN);
    expect(matchSentence(corpus, TRUMP_TALKS, { ...DEFAULT_MATCH_OPTIONS, page })).toEqual([]);
    const text = [INDIA_PAKISTAN[0], TRUMP_TALKS, ...INDIA_PAKISTAN.slice(1)].join('\n');
    expect(scanText(corpus, text).statements.map((s) => s.text)).not.toContain(TRUMP_TALKS);
  });

  it('gives a sentence that names no one nothing to be about when the lead names no one either', () => {
    const s = 'The footage has not been independently verified.';
    const lead = ['A video said to show a UFO over a shopping centre has been watched millions of times.', 'It was filmed late on Saturday.', s];
    expect(scanText(corpus, lead.join('\n')).statements).toEqual([]);
  });

  it('still marks a sentence on a page that tells the corpus\'s story', () => {
    const lead = ['The Kremlin on Tuesday rejected a Financial Times report on a Putin peace offer.', 'Peskov told reporters that many false claims were being made.', TRUMP_TALKS];
    const page = pageContext('Kremlin rejects FT report', lead);
    expect(matchSentence(corpus, 'Kremlin spokesman Dmitry Peskov rejected the Financial Times report as false.', { ...DEFAULT_MATCH_OPTIONS, page }).length).toBeGreaterThan(0);
  });

  it('lets a sentence that names a specific party of a report (Sochi) tie itself to it, whatever its page', () => {
    const page = pageContext('India and Pakistan agree ceasefire', INDIA_PAKISTAN);
    const ms = matchSentence(corpus, 'Putin spoke to Trump 48 hours after a drone attack on his residence in Sochi, according to Russian media.', { ...DEFAULT_MATCH_OPTIONS, page });
    expect(ms.some((m) => m.report.id === 'seed-000')).toBe(true);
  });
});

describe('a sentence that names no one, on a page whose lead names the report\'s people', () => {
  const ISTANBUL = 'The Istanbul meeting was the first time the two sides had negotiated directly since the early months of the war.';
  it('speaks of the people its lead names: the Istanbul talks, on a page about the Putin–Trump call', () => {
    expect(matchSentence(corpus, ISTANBUL).filter((m) => m.report.id === 'seed-001')).toEqual([]);
    const page = pageContext('Putin tells Trump Russia will work on a peace memorandum', ['Vladimir Putin told Donald Trump on Monday that Russia was ready to work with Ukraine on a memorandum.']);
    expect(matchSentence(corpus, ISTANBUL, { ...DEFAULT_MATCH_OPTIONS, page }).some((m) => m.report.id === 'seed-001' && m.relation === 'agree')).toBe(true);
  });

  it('needs two of them: Trump alone is in every kind of story', () => {
    const page = pageContext('Armenia and Azerbaijan leaders meet Trump at the White House', ['Trump hosted the leaders of Armenia and Azerbaijan on Friday.']);
    expect(matchSentence(corpus, 'The text of a peace treaty was agreed in March but has not yet been signed.', { ...DEFAULT_MATCH_OPTIONS, page })).toEqual([]);
  });
});

describe('parties found in all news', () => {
  it('does not count the United States as the report\'s story: a nameless sentence on a page about the US and Syria is theirs', () => {
    const s = 'The video has not yet been independently verified.';
    const lead = ['The US has launched new air strikes in Syria, officials said on Sunday.', 'A video said to show the strikes spread online within hours.'];
    // Alone, the sentence would agree with 000's unverified drone attack…
    expect(matchSentence(corpus, s).length).toBeGreaterThan(0);
    // …on this page, it is about the Syrian video.
    expect(matchSentence(corpus, s, { ...DEFAULT_MATCH_OPTIONS, page: pageContext('US strikes in Syria', lead) })).toEqual([]);
  });

  it('does not count Trump, in much of today\'s news, as the report\'s story against another war\'s parties; alone in a lead about ending the war, he still is', () => {
    const s = 'Trump said he had ended a war that had lasted for over three decades.';
    const opts = (title: string, lead: string[]) => ({ ...DEFAULT_MATCH_OPTIONS, page: pageContext(title, [...lead, s]) });
    expect(matchSentence(corpus, s).length).toBeGreaterThan(0);
    // On a page about Armenia and Azerbaijan, it is their war, however often the lead names Trump…
    expect(matchSentence(corpus, s, opts('Trump hosts Armenia and Azerbaijan', ['The leaders of Armenia and Azerbaijan signed a declaration at the White House on Friday.', 'Trump hosted the leaders of Armenia and Azerbaijan for the signing.']))).toEqual([]);
    // …on a page whose lead names only Trump and his promise to end the war, it is the war the reports speak of.
    const ms = matchSentence(corpus, 'He has also promised to stop the war within weeks of taking office.', opts('Opinion: a fast peace', ['Trump has boasted that he could end the war in a single day.']));
    expect(ms.length).toBeGreaterThan(0);
  });
});

describe('page context: whose call the page tells of', () => {
  const length = 'The conversation lasted about an hour and a half, Kremlin aide Yuri Ushakov told reporters.';
  const match = (title: string, first: string) => matchSentence(corpus, length, { ...DEFAULT_MATCH_OPTIONS, page: pageContext(title, [first, length]) });

  it('reads who was on the call from the headline', () => {
    expect(pageContext('Putin and Xi hold video call hours after Trump\'s swearing-in', []).callers).toEqual(['putin', 'xi-jinping', 'trump']);
    expect(pageContext('Kremlin says talks will continue', []).callers).toBeUndefined();
  });

  it('does not give a spokesman\'s account of Putin\'s call with Xi the length of his call with Trump', () => {
    expect(match('Putin and Xi hold video call hours after Trump\'s swearing-in', 'Vladimir Putin and Xi Jinping held a video call on Tuesday, hours after Donald Trump was sworn in as US president.')).toEqual([]);
  });

  it('still reads it on a page about the call with Trump', () => {
    const ms = match('Putin hints at softer line in call with Trump', 'Russian President Vladimir Putin has hinted at a softer line on Ukraine in a rare telephone conversation with US President-elect Donald Trump, according to people close to the Kremlin.');
    expect(ms.some((m) => m.report.id === 'seed-000')).toBe(true);
  });
});

describe('page context: where the page\'s events happen', () => {
  it('does not read a sentence that names no place as a report\'s Sochi attack when the lead puts the attack somewhere the report never names', () => {
    const s = 'The Kremlin said the alleged drone attack on the residence was an attempted provocation by Kyiv.';
    const statements = (lead: string) =>
      matchSentence(corpus, s, { ...DEFAULT_MATCH_OPTIONS, page: pageContext('Kremlin says drones targeted Putin residence', [lead, s]) }).map((m) => m.statement.text);
    expect(statements('Russia said Ukrainian drones had targeted a residence of Vladimir Putin in Sochi.').some((t) => /attempted provocation/.test(t))).toBe(true);
    expect(statements('Russia said Ukrainian drones had targeted a residence of Vladimir Putin at Valdai in the Novgorod region.').some((t) => /attempted provocation/.test(t))).toBe(false);
  });
});

