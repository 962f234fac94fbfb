import { describe, expect, it } from 'vitest';
import { withoutCredit, withoutDateline, withoutLabel } from './dateline.ts';

const STORY = 'Putin told Trump he was ready to talk.';

describe('withoutDateline', () => {
  it.each([
    'LONDON, Nov 22 (Reuters) - ',
    'MOSCOW, Nov. 22, 2025 (Reuters) -- ',
    'WASHINGTON (AP) — ',
    'KYIV, Ukraine (AP) — ',
    'KYIV, Ukraine — ',
    'BERLIN, 22 November (dpa) - ',
    'ANKARA/ISTANBUL (Reuters) - ',
    'NEW YORK — ',
    'MOSCOW, November 22. /TASS/. ',
    'Kyiv, 22 November 2024 (Ukrinform) – ',
    'Moscow, Nov 22 (IANS): ',
    '(CNN) — ',
    '10:32 ',
    '10.32 GMT: ',
    'Updated 9:05 am ET — ',
    '14:05 BST | ',
  ])('reads "%s…" as the story alone', (dateline) => {
    expect(withoutDateline(dateline + STORY)).toBe(STORY);
  });

  it.each([
    STORY,
    'US President Donald Trump said the call went well.',
    'NATO allies met in Brussels on Tuesday.',
    'Moscow, which has denied the report, said nothing more.',
    'Kremlin spokesman Dmitry Peskov (pictured) said the goals had not changed.',
    'EU - Russia relations are at a low.',
    'LONDON (Reuters) - ',
    '10.5 million people have fled Ukraine since the invasion.',
    '12:30 was the time the call began, aides said.',
  ])('leaves "%s" as it is', (sentence) => {
    expect(withoutDateline(sentence)).toBe(sentence);
  });
});

describe('withoutCredit', () => {
  it.each([' (Photo: Reuters)', ' (Pictured: Putin in Sochi)', ' [Image: Getty]', ' (File photo)'])('drops a trailing "%s"', (credit) => {
    expect(withoutCredit(STORY + credit)).toBe(STORY);
  });

  it('keeps a parenthesis that is part of the claim', () => {
    const s = 'Ukraine fired ATACMS missiles (supplied by the US) into Russia.';
    expect(withoutCredit(s)).toBe(s);
  });
});

describe('timeline date headings', () => {
  it('cuts a dated list item\'s heading: "11 March 2025: ", "Mid-November 2024: "', () => {
    expect(withoutDateline('11 March 2025: Ukraine accepts a US proposal for a 30-day ceasefire at talks in Jeddah.')).toBe('Ukraine accepts a US proposal for a 30-day ceasefire at talks in Jeddah.');
    expect(withoutDateline('Mid-November 2024: In the same briefing, Peskov says there are no concrete plans yet.')).toBe('In the same briefing, Peskov says there are no concrete plans yet.');
    // A date in the sentence itself stays.
    expect(withoutDateline('In March 2025, Ukraine accepted a US proposal.')).toBe('In March 2025, Ukraine accepted a US proposal.');
  });
});

describe('labels before a sentence', () => {
  it.each([
    ['KELLER: ', 'a transcript\'s speaker'],
    ['THE OFFER: ', 'a factbox heading'],
    ['A: ', 'a Q&A\'s answer'],
    ['1) (SBU) Summary: ', 'a cable\'s numbered, classified paragraph'],
    ['PHONE DIPLOMACY: ', 'a brief\'s heading'],
  ])('reads the sentence without %j (%s)', (label) => {
    expect(withoutLabel(label + STORY)).toBe(STORY);
  });

  it('keeps a party named as the label, and a chyron in capitals', () => {
    expect(withoutLabel('US: talks go on in Riyadh')).toBe('US: talks go on in Riyadh');
    expect(withoutLabel('Kremlin: war goals unchanged.')).toBe('Kremlin: war goals unchanged.');
    expect(withoutLabel('EUROPEAN OFFICIAL QUOTED BY FT: LITTLE PRESSURE ON KYIV')).toBe('EUROPEAN OFFICIAL QUOTED BY FT: LITTLE PRESSURE ON KYIV');
  });
});
