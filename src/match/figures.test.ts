import { beforeAll, describe, expect, it } from 'vitest';
import { findQuantities } from '../analysis/quantities.ts';
import { compareFigures } from './figures.ts';
import { loadCliCorpus } from '../../cli/lib/corpus.ts';
import type { Corpus } from '../search/corpus.ts';
import { matchSentence } from './matcher.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCliCorpus();
});

const q = (text: string) => findQuantities(text, '2025-05-20');

describe('compareFigures', () => {
  it('compares times in different units when both say what they measure', () => {
    const v = compareFigures(q('The call came a full week after the drone attack.'), q('The call came 48 hours after the drone attack.'));
    expect(v?.relation).toBe('conflict');
  });

  it('does not set a war’s length against a promised time frame', () => {
    expect(compareFigures(q('It would bring an end to what he called "the 12 day war".'), q('Trump promised to end the war in 24 hours.'))).toBeNull();
  });

  it('does not set two bare time frames against each other', () => {
    expect(compareFigures(q('The rules take effect after a 120-day comment period.'), q('The administration, slated to take office in two months, is watching.'))).toBeNull();
  });

  it('reads "around ninety minutes" as another length than "two hours", and "about two hours" as the same', () => {
    expect(compareFigures(q('The call lasted around ninety minutes.'), q('Putin and Trump held a two-hour phone call.'))?.relation).toBe('conflict');
    expect(compareFigures(q('The call lasted about two hours.'), q('Putin and Trump held a two-hour phone call.'))?.relation).toBe('agree');
  });

  it('compares the time between two events only when both texts tell of the same two, in either order', () => {
    const call = 'The call came just 48 hours after an alleged drone attack on the residence.';
    const fig = (page: string) => compareFigures(q(page), q(call), [page, call])?.relation;
    expect(fig('The call came a full week after the drone attack on the residence.')).toBe('conflict');
    expect(fig('Moscow says the attack happened a full week before the two leaders spoke.')).toBe('conflict');
    expect(fig('The meeting came a week after a missile attack on Kyiv.')).toBeUndefined();
    expect(fig('Trump and Zelensky spoke for an hour, a day after Trump\'s call with Putin.')).toBeUndefined();
  });

  it('compares the date of a "first since": "since the autumn of 2023" is not "since early 2022", "since the spring of 2022" is', () => {
    const talks = q('Direct talks resumed in Turkey, the first direct talks since early 2022.');
    expect(compareFigures(q('It was the first face-to-face meeting between the two sides since the autumn of 2023.'), talks)?.relation).toBe('conflict');
    expect(compareFigures(q('They met in Istanbul for the first time since the spring of 2022.'), talks)?.relation).toBe('agree');
  });

  it('still compares the minutes of a call', () => {
    expect(compareFigures(q('They spoke for barely 30 minutes.'), q('Putin and Trump held a two-hour phone call.'))?.relation).toBe('conflict');
  });
});

describe('compareFigures: a figure that does not say what it measures', () => {
  it('is not set against a promised time frame ("45 minutes" vs "end the war in 24 hours")', () => {
    expect(compareFigures(q('The meeting ran on for 45 minutes, officials said.'), q('Trump promised to end the war in 24 hours.'))).toBeNull();
  });

  it('is still read as a call length against a call length', () => {
    expect(compareFigures(q('It was 45 minutes, officials said.'), q('Putin and Trump held a two-hour phone call.'))?.relation).toBe('conflict');
  });

  it('reads "an hour and 45 minutes" as one length, which fits "two hours" (about)', () => {
    expect(q('The talks lasted about an hour and 45 minutes.')).toEqual([
      { value: 105, unit: 'min', measure: 'meeting duration', comparator: 'approx', text: 'about an hour and 45 minutes' },
    ]);
  });

  it('sets two dates for the last time two leaders spoke against each other', () => {
    const v = compareFigures(q('Biden and Putin last spoke by phone in December 2023.'), q('Putin’s last direct communication with Biden occurred in February 2022.'));
    expect(v?.relation).toBe('conflict');
    expect(compareFigures(q('The two leaders last talked in February 2022.'), q('Putin’s last direct communication with Biden occurred in February 2022.'))?.relation).toBe('agree');
  });

  it('does not compare dates of events that happen more than once', () => {
    // Two calls, two annexations: each date may be right.
    expect(compareFigures(q('Putin and Trump spoke on 12 February.'), q('Putin and Trump spoke by phone on 7 November.'))).toBeNull();
    expect(compareFigures(q('the four regions it annexed in 2022'), q('Russia’s annexation of Crimea in 2014'))).toBeNull();
  });

  it('reads shares in points: "about 90 percent" of a region is not "99.5%" of it', () => {
    expect(compareFigures(q('about 90 percent of the Kursk region had been retaken'), q('99.5% of the Kursk region had been liberated'))?.relation).toBe('conflict');
    expect(compareFigures(q('99.5 percent of the Kursk region had been retaken'), q('99.5% of the Kursk region had been liberated'))?.relation).toBe('agree');
    expect(compareFigures(q('up to a fifth of its territory'), q('ceding up to 20% of its territory'))?.relation).toBe('agree');
  });
});

describe('inauguration dates', () => {
  it('reads "sworn in on January 25" as the inauguration date, against 000\'s January 20', () => {
    const m = matchSentence(corpus, 'The Kremlin is racing to shape the agenda before Trump is sworn in on January 25.').find((x) => x.report.id === 'seed-000');
    expect(m?.relation).toBe('conflict');
    expect(m?.why).toMatch(/January 20.*January 25/);
    // A date with its year and one without are compared by month and day: 20 January 2025 is January 20.
    const same = matchSentence(corpus, 'Trump was sworn in on 20 January 2025, days after the Kremlin signalled flexibility.').find((x) => x.report.id === 'seed-000' && /January 20/.test(x.why));
    expect(same?.relation).not.toBe('conflict');
  });
});

describe('a couple of hours on the phone', () => {
  it('reads "a couple of hours on the phone" as a call of two hours, and agrees with 001\'s two-hour call', () => {
    expect(findQuantities('Putin and Trump spent a couple of hours on the phone on Monday.')).toMatchObject([{ value: 120, unit: 'min', measure: 'call duration' }]);
    const m = matchSentence(corpus, 'The big story: Vladimir Putin and Donald Trump spent a couple of hours on the phone on Monday.').find((x) => x.report.id === 'seed-001');
    expect(m?.relation).toBe('agree');
    expect(m?.why).toMatch(/figures fit/);
  });
});

describe('compareFigures: shares of territory', () => {
  it('reads the rest of a share as the same fact: "the last 0.5%" of Kursk fits "99.5 percent had been retaken"', () => {
    const v = compareFigures(q('99.5 percent of the Kursk region had been retaken'), q('Once the last 0.5% is liberated, the troops can halt'));
    expect(v?.relation).toBe('agree');
    // …but a rest that does not add up still conflicts.
    expect(compareFigures(q('99.5 percent of the Kursk region had been retaken'), q('only about 10% of the region remains to be liberated'))?.relation).toBe('conflict');
  });

  it('reads "90 per cent of Kursk had been recaptured" and "a fifth of the country" as shares of territory', () => {
    expect(q('roughly 90 per cent of Kursk had been recaptured')[0]?.measure).toBe('territory share');
    expect(q('handing over maybe a fifth of the country')[0]?.measure).toBe('territory share');
  });

  it('ties a share of territory to the country whose it is: "as much as a fifth of its territory" fits "up to 20%"', () => {
    const ms = matchSentence(corpus, 'European leaders fear Kyiv could be pushed into a settlement that costs it as much as a fifth of its territory.');
    expect(ms.find((m) => m.report.id === 'seed-001')?.relation).toBe('agree');
  });
});

describe('just over, just under', () => {
  it('reads "just over an hour" as a little past it: not two hours, but seventy minutes', () => {
    const q = (text: string) => findQuantities(text);
    expect(compareFigures(q('Their call ran to just over an hour.'), q('Putin and Trump held a two-hour phone call.'))?.relation).toBe('conflict');
    expect(compareFigures(q('Their call ran to just over an hour.'), q('The call lasted 70 minutes.'))?.relation).toBe('agree');
  });
});

describe('counts of what comes besides', () => {
  it('sets no "eight other regions" against "four Ukrainian regions", but still "more than two hours" against a length', () => {
    const q = (text: string) => findQuantities(text);
    expect(compareFigures(q('Households in Kyiv and eight other regions faced power cuts.'), q('Russia would relinquish its claims to four Ukrainian regions.'))).toBeNull();
    expect(compareFigures(q('They spoke for more than two hours.'), q('Putin and Trump held a two-hour phone call.'))?.relation).toBe('agree');
  });
});
