import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

describe('splitSentences', () => {
  it('keeps abbreviations inside the sentence', () => {
    const s = splitSentences('The U.S. has proposed its own ideas. Putin met Witkoff in St. Petersburg earlier this month.');
    expect(s.map((x) => x.text)).toEqual([
      'The U.S. has proposed its own ideas.',
      'Putin met Witkoff in St. Petersburg earlier this month.',
    ]);
  });

  it('keeps a TASS dateline with the sentence it heads', () => {
    const t = 'MOSCOW, November 22. /TASS/. The Kremlin said the talks would go on. Peskov said more.';
    expect(splitSentences(t).map((s) => s.text)).toEqual(['MOSCOW, November 22. /TASS/. The Kremlin said the talks would go on.', 'Peskov said more.']);
  });

  it('returns offsets that point back into the text', () => {
    const text = '  First one.  Second “quoted” one!  ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
