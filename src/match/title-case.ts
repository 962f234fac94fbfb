/**
 * Title Case headlines ("Putin Tells Trump He Is Open To Talks") capitalise
 * every word, so a capital no longer says "a name": read as they stand, every
 * word would be someone the statement never mentions, and no headline of
 * this kind would ever be marked. Such a line is read in sentence case: a
 * capital stays on the entities of the alias table, on words news writes as
 * names (capitalised in mid-sentence in FNC-1's bodies: "Obama", "Iraq") and
 * on words news never uses (a name we do not know: "Xi", "Macron"); the other
 * capitals are lowered.
 */
import { findEntities } from '../analysis/entities.ts';
import { term } from '../text/tokens.ts';
import type { BackgroundDf } from './weights.ts';

const WORD = /\p{Lu}[\p{Ll}'’-]*\p{Ll}[\p{Ll}'’]*/gu;
// Days and months keep their capital in any case: they date the event.
const CALENDAR = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(['’]s)?$/;

/** Three of four longer words after the first start with a capital. */
export function isTitleCase(sentence: string): boolean {
  const ws = sentence.split(/\s+/).slice(1).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter((w) => w.length > 3);
  if (ws.length < 3) return false;
  return ws.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.75 * ws.length;
}

const namesOf = new WeakMap<BackgroundDf, Set<string>>();

/** The sentence with the capitals that mark no name lowered; the first word keeps its capital. */
export function sentenceCase(sentence: string, background: BackgroundDf): string {
  let names = namesOf.get(background);
  if (!names) namesOf.set(background, (names = new Set(background.names ?? [])));
  const entitySpans = findEntities(sentence).map((m) => [m.start, m.end] as const);
  const first = /\p{L}/u.exec(sentence)?.index ?? 0;
  return sentence.replace(WORD, (w, at: number) => {
    if (at === first || CALENDAR.test(w) || entitySpans.some(([a, b]) => at >= a && at < b)) return w;
    const t = term(w);
    const keep = t !== '' && (names.has(t) || !Object.hasOwn(background.df, t));
    return keep ? w : w.toLowerCase();
  });
}

const CAPS_WORD = /\p{Lu}{2,}(?:['’]\p{Lu}{1,2})?/gu;

/** Most of its words in capitals: a TV chyron or a shouted headline ("KREMLIN CONFIRMS FT REPORT"). */
export function isAllCaps(sentence: string): boolean {
  if (!/[A-Z]{4}/.test(sentence)) return false;
  const ws = sentence.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter((w) => w.length > 1);
  if (ws.length < 4) return false;
  return ws.filter((w) => !/\p{Ll}/u.test(w)).length >= 0.75 * ws.length;
}

/**
 * A line in capitals read in sentence case: the entities of the alias table
 * keep their capitals ("FT", "US", "KREMLIN" stay names), as do days and
 * months; every other word is lowered, the first capitalised.
 */
export function fromAllCaps(sentence: string): string {
  const entitySpans = findEntities(sentence).map((m) => [m.start, m.end] as const);
  const first = /\p{L}/u.exec(sentence)?.index ?? 0;
  return sentence.replace(CAPS_WORD, (w, at: number) => {
    if (entitySpans.some(([a, b]) => at >= a && at < b)) return w.length > 3 ? w[0] + w.slice(1).toLowerCase() : w;
    const lower = w.toLowerCase();
    const cap = lower[0]!.toUpperCase() + lower.slice(1);
    return at === first || CALENDAR.test(cap) ? cap : lower;
  });
}
