import { expect, it } from 'vitest';
import { americanSpelling } from './spelling.ts';
import { term } from './tokens.ts';

it('brings British spellings to one term with the American', () => {
  for (const [uk, us] of [
    ['recognising', 'recognizing'], ['organisation', 'organization'], ['criticised', 'criticized'], ['demilitarise', 'demilitarize'],
    ['analysed', 'analyzed'], ['signalled', 'signaled'], ['cancelled', 'canceled'], ['favourable', 'favorable'], ['labour', 'labor'],
    ['defence', 'defense'], ['centre', 'center'], ['programme', 'program'], ['dialogue', 'dialog'], ['sceptical', 'skeptical'],
  ]) expect(term(uk!), uk).toBe(term(us!));
});

it('leaves words that only look British as they are, or maps them where no other word meets them', () => {
  for (const w of ['hour', 'four', 'your', 'tour', 'rise', 'raise', 'noise', 'crisis', 'basis', 'analysis', 'signal', 'panel', 'centred'.slice(0, 4)])
    expect(americanSpelling(w), w).toBe(w);
  // "promise" → "promize" is no word, and meets only itself.
  expect(term('promised')).toBe(term('promise'));
});
