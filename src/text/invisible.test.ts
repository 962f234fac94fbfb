import { expect, it } from 'vitest';
import { withoutInvisibles } from './invisible.ts';

it('joins words a soft hyphen or zero-width space cut, and reads no-break and thin spaces as spaces', () => {
  expect(withoutInvisibles('Putin\u00a0said the nego\u00adtiations would re\u200bsume\u2009on\u202fMonday\u2060.')).toBe('Putin said the negotiations would resume on Monday.');
});

it('leaves ordinary text as it is', () => {
  const s = 'Kremlin spokesman Dmitry Peskov said the goals had not changed.';
  expect(withoutInvisibles(s)).toBe(s);
});
