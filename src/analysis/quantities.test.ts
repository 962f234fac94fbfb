import { describe, expect, it } from 'vitest';
import { findQuantities, parseNumber } from './quantities.ts';

const q = (text: string, published = '') => findQuantities(text, published).map(({ value, unit, measure, comparator, text: t }) => ({ value, unit, measure, comparator, text: t }));

describe('findQuantities', () => {
  it('reads "puts the number of … at fewer than 5,000" as a count of what is numbered', () => {
    expect(q('South Korean intelligence puts the number of North Korean soldiers sent to the Kursk front at fewer than 5,000.')).toEqual([
      { value: 5000, unit: 'troops', measure: 'troop numbers', comparator: 'lt', text: 'fewer than 5,000' },
    ]);
    expect(q('Officials put the number of people killed at 12.')[0]).toMatchObject({ value: 12, measure: 'casualties' });
  });

  it('"two-hour phone call" is 120 minutes of call', () => {
    expect(q('This statement came shortly after a detailed two-hour phone call with former US President Donald Trump on Monday.')).toEqual([
      { value: 120, unit: 'min', measure: 'call duration', comparator: 'eq', text: 'two-hour' },
    ]);
  });

  it('"over an hour" is more than 60 minutes of call; "48 hours after" is time between events', () => {
    expect(q('The call, which lasted over an hour, came just 48 hours after an alleged Ukrainian drone attack.')).toEqual([
      { value: 60, unit: 'min', measure: 'call duration', comparator: 'gt', text: 'over an hour' },
      { value: 2880, unit: 'min', measure: 'time between events', comparator: 'eq', text: 'just 48 hours' },
    ]);
  });

  it('"in 24 hours" is a promised time frame of 1440 minutes', () => {
    expect(q('Trump, who repeatedly promised during his campaign to end the war “in 24 hours,” has signalled a desire for a settlement.')).toEqual([
      { value: 1440, unit: 'min', measure: 'promised time frame', comparator: 'eq', text: '24 hours' },
    ]);
  });

  it('percentages of territory, with their comparators', () => {
    expect(q('Gerasimov informed Putin on Saturday that 99.5% of the Kursk region had been “liberated.”')).toEqual([
      { value: 99.5, unit: 'percent', measure: 'territory share', comparator: 'eq', text: '99.5%' },
    ]);
    expect(q('a peace deal that may compromise its sovereignty—possibly ceding up to 20% of its territory.')).toEqual([
      { value: 20, unit: 'percent', measure: 'territory share', comparator: 'le', text: 'up to 20%' },
    ]);
    expect(q('Russia holds almost two-thirds of the Donetsk region.')[0]).toMatchObject({ value: 66.7, unit: 'percent', comparator: 'approx' });
  });

  it('troops, with "over"', () => {
    expect(q('with reports of over 10,000 North Korean troops deploying to Kursk.')).toEqual([
      { value: 10000, unit: 'troops', measure: 'troop numbers', comparator: 'gt', text: 'over 10,000 North Korean troops' },
    ]);
    expect(q('More than 11,000 North Korean soldiers were sent.')[0]).toMatchObject({ value: 11000, unit: 'troops', comparator: 'gt' });
  });

  it('a 30-day ceasefire is 30 days of ceasefire', () => {
    expect(q('Ukrainian officials have repeatedly called for a 30-day unconditional ceasefire.')).toEqual([
      { value: 30, unit: 'days', measure: 'ceasefire duration', comparator: 'eq', text: '30-day' },
    ]);
  });

  it('dates: month and day resolved to the year nearest the report date, month and year, bare years', () => {
    expect(q('ahead of Trump’s January 20 inauguration.', '2024-11-20')).toEqual([
      { value: 20250120, unit: 'date', measure: 'inauguration date', comparator: 'eq', text: 'January 20' },
    ]);
    expect(q('ahead of Trump’s January 20 inauguration.')[0]!.value).toBe(120);
    expect(q('since the war began in February 2022.')).toEqual([{ value: 20220200, unit: 'date', measure: 'war start', comparator: 'eq', text: 'February 2022' }]);
    expect(q('Russia’s 2014 annexation of Crimea')[0]).toMatchObject({ value: 20140000, unit: 'date', measure: 'annexation date' });
    expect(q('a surprise incursion last August.', '2025-04-22')[0]).toMatchObject({ value: 20240800, text: 'last August' });
  });

  it('other durations and counts', () => {
    expect(q('They spoke by phone for more than two hours.')[0]).toMatchObject({ value: 120, unit: 'min', comparator: 'gt', measure: 'call duration' });
    expect(q('A 90-minute call.')[0]).toMatchObject({ value: 90, unit: 'min', measure: 'call duration' });
    expect(q('The conversation lasted half an hour.')[0]).toMatchObject({ value: 30, unit: 'min' });
    expect(q('They spoke for an hour and a half.')[0]).toMatchObject({ value: 90, unit: 'min' });
    expect(q('In a two-and-a-half-hour call, the leaders discussed a ceasefire.')[0]).toMatchObject({ value: 150, unit: 'min', measure: 'call duration' });
    expect(q('No agreement was reached after five hours of talks in Riyadh.')[0]).toMatchObject({ value: 300, measure: 'meeting duration' });
    expect(q('Putin told Trump in a phone call that Russia would not strike energy facilities for 30 days.')[0]).toMatchObject({ value: 30, unit: 'days', measure: 'ceasefire duration' });
    expect(q('slated to take office in two months')[0]).toMatchObject({ value: 60, unit: 'days', measure: 'time frame' });
    expect(q('Trump and Putin may have had as many as seven conversations.')[0]).toMatchObject({ value: 7, unit: 'count', measure: 'conversation', comparator: 'le' });
    expect(q('At least 12 people were killed in the strike.')[0]).toMatchObject({ value: 12, unit: 'people', measure: 'casualties', comparator: 'ge' });
    expect(q('Congress approved a $61 billion aid package.')[0]).toMatchObject({ value: 61e9, unit: 'usd' });
  });

  it('"barely", "only", "a full" qualify a figure without hiding what it measures', () => {
    expect(q('Putin and Trump spoke for barely 30 minutes on Tuesday.')).toEqual([
      { value: 30, unit: 'min', measure: 'call duration', comparator: 'le', text: 'barely 30 minutes' },
    ]);
    expect(q('Moscow says the attack happened a full week before the two leaders spoke.')[0]).toEqual(
      { value: 7, unit: 'days', measure: 'time between events', comparator: 'eq', text: 'a full week' },
    );
    expect(q('Gerasimov said only 5 percent of the region remained in Ukrainian hands.')[0]).toMatchObject({ value: 5, comparator: 'eq', measure: 'territory share' });
  });

  it('"lasted" is tied to a call named further back in the sentence', () => {
    expect(q("Monday's conversation between Trump and Putin, the one that produced talk of a memorandum, lasted barely forty minutes.")[0]).toMatchObject({ value: 40, measure: 'call duration', comparator: 'le' });
    expect(q('The Istanbul meeting between the two delegations lasted less than two hours.').find((x) => x.unit === 'min')).toMatchObject({ value: 120, measure: 'meeting duration', comparator: 'lt' });
  });

  it('a time frame is one to end something only when it follows the ending', () => {
    expect(q('Trump, due to take office in two months, has promised to end the war quickly.')[0]!.measure).toBe('time frame');
    expect(q('Trump promised to end the war within a day of taking office.')[0]).toMatchObject({ value: 1, unit: 'days', measure: 'promised time frame' });
  });

  it('a duration before the war it names measures that war, even after an ending', () => {
    expect(findQuantities('Trump announced a ceasefire, saying it would bring an end to what he called "the 12 day war".', '2025-06-24')[0]).toMatchObject({ measure: 'war duration', unit: 'days', value: 12 });
    expect(findQuantities('The three-year conflict has killed tens of thousands.', '2025-06-24')[0]).toMatchObject({ measure: 'war duration' });
  });

  it('finds nothing where there is no quantity', () => {
    expect(q('The conversation marks one of the most significant high-level contacts.')).toEqual([]);
    expect(q('Putin may be willing to discuss security guarantees.')).toEqual([]);
    expect(q('The Russia-Ukraine conflict enters its third year.')).toEqual([]);
  });
});

describe('parseNumber', () => {
  it('reads digits, words and scales', () => {
    expect(parseNumber('10,000')).toBe(10000);
    expect(parseNumber('twenty-four')).toBe(24);
    expect(parseNumber('1.5 million')).toBe(1_500_000);
    expect(parseNumber('an')).toBe(1);
    expect(parseNumber('many')).toBeUndefined();
  });

  it('reads "in a single day" as a day, as it reads "in a day"', () => {
    expect(findQuantities('He promised to end the war in a single day.').map((q) => [q.value, q.unit])).toEqual([[1, 'days']]);
  });
});

describe('nearly the whole', () => {
  it('reads "almost all of Kursk had been recaptured" as a share of territory near 100%, and "almost all of the staff" as no figure', () => {
    expect(findQuantities('Gerasimov said almost all of Kursk had been recaptured.')).toMatchObject([{ unit: 'percent', measure: 'territory share', comparator: 'approx', text: 'almost all' }]);
    expect(findQuantities('Almost all of the staff agreed.')).toEqual([]);
  });
});

describe('a comparator read back from its figure', () => {
  it('keeps each kind of figure whole with its comparator, and reads no comparator inside another word ("Moreover")', () => {
    const one = (text: string) => findQuantities(text)[0]!;
    expect(one('Turnout was just over 50% on Sunday.')).toMatchObject({ comparator: 'gt-near', text: 'just over 50%' });
    expect(one('It holds up to a fifth of the territory.')).toMatchObject({ comparator: 'le', text: 'up to a fifth' });
    expect(one('Aid worth more than $5 billion was sent.')).toMatchObject({ comparator: 'gt', text: 'more than $5 billion' });
    expect(one('A zone of about 40 km was proposed.')).toMatchObject({ comparator: 'approx', text: 'about 40 km' });
    expect(one('They spoke for well over an hour.')).toMatchObject({ comparator: 'gt', text: 'well over an hour' });
    expect(one('Moreover 40 km of road was cut.')).toMatchObject({ comparator: 'eq', text: '40 km' });
  });
});
