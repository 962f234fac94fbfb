/**
 * When a sentence says something happens: the day of the week it names, or
 * "this week". Two sentences that name the same occasion and the same
 * specific party or place tell of one event even in other words: "due to
 * meet in London on Wednesday" / "scheduled to convene in London on
 * Wednesday"; "will come to Russia again this week" / "Witkoff is expected in
 * Russia later this week". (Days are stop words to the index: on their own
 * they say nothing of what is claimed.)
 */

const OCCASION = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:(?:later\s+)?this\s+week|within\s+(?:the|a)\s+week|before\s+the\s+week\s+(?:is|was)\s+out|by\s+the\s+end\s+of\s+(?:the|this)\s+week)\b/gi;

/** The occasions a text names: weekday names, and "this-week". */
export function occasionsOf(text: string): ReadonlySet<string> {
  // A statement is weighed against every page sentence: its occasions are kept.
  let out = cache.get(text);
  if (!out) {
    out = new Set<string>();
    for (const m of text.matchAll(OCCASION)) out.add(m[1] ? m[1].toLowerCase() : 'this-week');
    if (cache.size >= 1024) cache.clear();
    cache.set(text, out);
  }
  return out;
}

const cache = new Map<string, Set<string>>();

/** The occasion both texts name, if any. */
export function sharedOccasion(a: string, b: string): string | null {
  const x = occasionsOf(a);
  if (!x.size) return null;
  for (const o of occasionsOf(b)) if (x.has(o)) return o;
  return null;
}
