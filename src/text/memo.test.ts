import { describe, expect, it } from 'vitest';
import { keptPerText } from './memo.ts';

describe('keptPerText', () => {
  it('works a text out once and answers with the kept value after', () => {
    let calls = 0;
    const upper = keptPerText(10, (t) => {
      calls++;
      return { text: t.toUpperCase() };
    });
    const first = upper('kyiv');
    expect(upper('kyiv')).toBe(first);
    expect(calls).toBe(1);
  });

  it('forgets everything once the limit is reached, and works texts out again', () => {
    let calls = 0;
    const len = keptPerText(2, (t) => {
      calls++;
      return t.length;
    });
    len('a');
    len('bb');
    len('ccc'); // the third text clears the two kept
    len('a');
    expect(calls).toBe(4);
    expect(len('ccc')).toBe(3);
    expect(calls).toBe(4);
  });
});
