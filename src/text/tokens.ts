/**
 * Words as the matcher compares them: lower-cased, folded (’ → '), split on
 * letters and digits, stop words dropped, names mapped to one canonical form
 * through the entity alias table, the rest brought to American spelling and
 * Porter-stemmed.
 *
 * The same function feeds MiniSearch (corpus side, at build time) and the
 * page side (at look-up time), so both sides always agree on a term.
 */
import { stemmer } from 'stemmer';
import { IDIOMS } from './idioms.ts';
import { americanSpelling } from './spelling.ts';
import { guard, NeedScanner } from './literals.ts';
import { STEM_COLLISIONS, SYNONYMS } from './synonyms.ts';

// Function words and news filler: they say nothing about which claim a
// sentence makes. Reporting verbs are here too — "said" ties no two claims.
export const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers herself
  him himself his how i if in into is it its itself just me more most my myself nor of off on once only or other our ours us
  ourselves out over own same she should so some such than that the their theirs them themselves then there these they
  this those through to too under until up very was we were what when where which while who whom why will with would you
  your yours yourself yourselves said says say saying told tell stated stating noted added according reported
  express expressed expresses expressing
  reporting news mr ms mrs one two also however still yet even though although whether there's it's that's
  week weeks day days month months year years time today yesterday tuesday monday wednesday thursday friday saturday
  sunday new like well may might must shall via per amid upon within without around among along across toward towards
  s t don didn doesn isn wasn weren won wouldn couldn shouldn hasn haven hadn aren`.split(/\s+/),
);

/** Words whose presence flips a claim; kept out of the stop list for analysis but not indexed. */
export const NEGATORS = new Set(['not', 'no', 'never', "n't", 'nor', 'neither', 'without']);

type AliasFn = (word: string) => string | undefined;
let aliasOf: AliasFn = () => undefined;

/** Installs the entity alias table (the analysis module owns it). */
export function setAliasResolver(fn: AliasFn): void {
  aliasOf = fn;
  cache.clear();
  termLists = new WeakMap();
}

// A number with thousands separators or decimals is one word: "10,000" is not "10" and "000".
const WORD = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const cache = new Map<string, string>();
let termLists = new WeakMap<readonly string[], string[]>();

/** One surface word → its term, or "" for a stop word. */
export function term(word: string): string {
  // Keyed by the word as written first: a look-up reads each word several
  // times (index query, overlap, frames, clauses), and lower-casing is most of the cost.
  let t = cache.get(word);
  if (t !== undefined) return t;
  const lower = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
  t = cache.get(lower);
  if (t === undefined) {
    // "wouldn't" is "would not": an auxiliary and a negator, neither of them a claim word.
    if (STOP_WORDS.has(lower) || NEGATORS.has(lower) || lower.length < 2 || lower.endsWith("n't")) t = '';
    else t = aliasOf(lower) ?? (/^\d/.test(lower) ? lower : stemmed(lower));
  }
  if (cache.size > 200_000) cache.clear();
  cache.set(lower, t);
  cache.set(word, t);
  return t;
}

// The synonym table lists a word in each spelling it needs ("dialogue", "dialog").
const synonymOf = (w: string) => (Object.hasOwn(SYNONYMS, w) ? SYNONYMS[w] : undefined);

function stemmed(lower: string): string {
  if (Object.hasOwn(STEM_COLLISIONS, lower)) return STEM_COLLISIONS[lower]!;
  const word = americanSpelling(lower);
  return stemmer(synonymOf(lower) ?? synonymOf(word) ?? word);
}

/**
 * Stopping a war where the armies stand: a ceasefire, a halt, an end or a deal
 * "along / at / on the current (existing, present) front line", or talks
 * "based on the current front lines". Runs after "front lines" is folded.
 */
const FREEZE_IN_PLACE =
  /\b(?:(?:ceasefire|truce|armistice|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|end(?:s|ed|ing)?|conclud\w*|settle\w*|deal|peace|agreement)\b[^.;:!?]{0,60}?\b(?:along|at|on)|based\s+on)\s+(?:the\s+)?(?:current|existing|present)\s+(?:frontlines?|front|lines?)\b/gi;

// Multi-word and hyphenated spellings of one thing, folded before splitting.
const PHRASES: [RegExp, string][] = [
  [/\bcease[- ]fire\b/gi, 'ceasefire'],
  [/\bfront[- ]lines?\b/gi, 'frontline'],
  [/\blines? of contact\b/gi, 'frontline'],
  [/\b(?:tele)?phone[- ]call\b/gi, 'call'],
  [/\bpeace[- ]keeping\b/gi, 'peacekeeping'],
  [/\bpull(?:ed|ing)? out\b/gi, 'withdraw'],
  [/\bset aside\b/gi, 'relinquish'],
  // A compound with a particle is its own word: a "phone-in" is no phone call, a "year-end" no end, a "pull-out" a withdrawal.
  [/\b([A-Za-z]{2,})-(in|out|up|off|down|over|back|end)\b/gi, '$1$2'],
  // A ceasefire, a halt or a deal "along the current front line" freezes the
  // war where it stands: the word is added, so it meets "a freeze of the front".
  [FREEZE_IN_PLACE, '$& freeze'],
];
// Each pattern runs only on a text that holds a word it cannot match without
// (literals.ts): most sentences hold no idiom, and a pattern never run is never
// compiled. One pattern of all the idioms, tried first, cost the worker's first
// look-up ~15 ms to compile; these tests cost nothing to compile.
const PHRASE_RULES = PHRASES.map(([re, to]) => [guard(re), to] as const);
const IDIOM_RULES = IDIOMS.map(([re, to]) => [guard(re), to] as const);
const RULES = [...PHRASE_RULES, ...IDIOM_RULES];
// One pass over the text says which rules may match (the same answer as a substring test per word per rule).
const RULE_SCAN = new NeedScanner(RULES.map(([g]) => g));
let phraseHook: (text: string) => string = (t) => t;

/** Installs a phrase normaliser that runs after ours (the alias table's multi-word names). */
export function setPhraseNormaliser(fn: (text: string) => string): void {
  phraseHook = fn;
  phraseCache.clear();
}

// One sentence is read several times per look-up (index query, overlap,
// frames, each clause); the alias pass is the costly part, so it is kept.
const phraseCache = new Map<string, string>();

export function normalisePhrases(text: string): string {
  const hit = phraseCache.get(text);
  if (hit !== undefined) return hit;
  let out = text;
  // A rule that changes the text is followed by rules that read the changed text: the lower-case copy follows it.
  RULE_SCAN.scan(out.toLowerCase());
  for (let k = 0; k < RULES.length; k++) {
    if (!RULE_SCAN.may(k)) continue;
    const [g, to] = RULES[k]!;
    const next = out.replace(g.re, to);
    if (next !== out) RULE_SCAN.scan((out = next).toLowerCase());
  }
  out = phraseHook(out);
  if (phraseCache.size >= 512) phraseCache.clear();
  phraseCache.set(text, out);
  return out;
}

/** The surface words of a text, in order. */
export function words(text: string): string[] {
  let ws = wordCache.get(text);
  if (!ws) {
    ws = normalisePhrases(text).match(WORD) ?? [];
    if (wordCache.size >= 1024) wordCache.clear();
    wordCache.set(text, ws);
  }
  return ws;
}

// Read-only: callers get the kept array itself.
const wordCache = new Map<string, string[]>();

/**
 * Each word's term ("" for a stop word), in order, kept per word list: for
 * lists that are read again and again, as a statement's frame words are (one
 * look-up per candidate otherwise). Read-only: callers get the kept array.
 */
export function termsOfWords(ws: readonly string[]): readonly string[] {
  let ts = termLists.get(ws);
  if (!ts) termLists.set(ws, (ts = ws.map((w) => term(w))));
  return ts;
}

/** The terms of a text, in order, stop words removed. */
export function terms(text: string): string[] {
  // Through the kept words' kept terms: a look-up asks for a sentence's terms several times.
  const out: string[] = [];
  for (const t of termsOfWords(words(text))) if (t) out.push(t);
  return out;
}
