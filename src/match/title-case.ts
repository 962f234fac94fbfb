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
  // Counted in one pass: every page sentence comes here. An ASCII word is trimmed
  // by character codes; any other goes through the Unicode patterns.
  const ws = sentence.split(/\s+/);
  let long = 0;
  let capitals = 0;
  for (let k = 1; k < ws.length; k++) {
    const w = ws[k]!;
    let from = 0;
    let to = w.length;
    if (isAscii(w)) {
      while (from < to && !isAsciiLetter(w.charCodeAt(from))) from++;
      while (to > from && !isAsciiLetter(w.charCodeAt(to - 1))) to--;
      if (to - from <= 3) continue;
      long++;
      const c = w.charCodeAt(from);
      if (c >= 65 && c <= 90) capitals++;
    } else {
      const trimmed = w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      if (trimmed.length <= 3) continue;
      long++;
      if (/^\p{Lu}/u.test(trimmed)) capitals++;
    }
  }
  if (long < 3) return false;
  return capitals >= 0.75 * long;
}

function isAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 127) return false;
  return true;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

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
  // Counted in one pass, as isTitleCase counts: every page sentence with an acronym
  // ("NATO") comes here. An ASCII word is trimmed and tested by character codes; any
  // other goes through the Unicode patterns.
  const ws = sentence.split(/\s+/);
  let n = 0;
  let caps = 0;
  for (const w of ws) {
    if (isAscii(w)) {
      let from = 0;
      let to = w.length;
      while (from < to && !isAsciiLetter(w.charCodeAt(from))) from++;
      while (to > from && !isAsciiLetter(w.charCodeAt(to - 1))) to--;
      if (to - from <= 1) continue;
      n++;
      let lower = false;
      for (let i = from; i < to && !lower; i++) {
        const c = w.charCodeAt(i);
        lower = c >= 97 && c <= 122;
      }
      if (!lower) caps++;
    } else {
      const trimmed = w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      if (trimmed.length <= 1) continue;
      n++;
      if (!/\p{Ll}/u.test(trimmed)) caps++;
    }
  }
  if (n < 4) return false;
  return caps >= 0.75 * n;
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
