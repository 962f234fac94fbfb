/**
 * When a sentence says something happens: the day of the week it names, or
 * "this week". Two sentences that name the same occasion and the same
 * specific party or place tell of one event even in other words: "due to
 * meet in London on Wednesday" / "scheduled to convene in London on
 * Wednesday"; "will come to Russia again this week" / "Witkoff is expected in
 * Russia later this week". (Days are stop words to the index: on their own
 * they say nothing of what is claimed.)
 */

import { keptPerText } from '../text/memo.ts';

const OCCASION = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:(?:later\s+)?this\s+week|within\s+(?:the|a)\s+week|before\s+the\s+week\s+(?:is|was)\s+out|by\s+the\s+end\s+of\s+(?:the|this)\s+week)\b/gi;

/** The occasions a text names: weekday names, and "this-week". */
export const occasionsOf: (text: string) => ReadonlySet<string> = keptPerText(1024, (text) => {
  const out = new Set<string>();
  for (const m of text.matchAll(OCCASION)) out.add(m[1] ? m[1].toLowerCase() : 'this-week');
  return out;
});

/** The occasion both texts name, if any. */
export function sharedOccasion(a: string, b: string): string | null {
  const x = occasionsOf(a);
  if (!x.size) return null;
  for (const o of occasionsOf(b)) if (x.has(o)) return o;
  return null;
}
