/**
 * Words a pattern cannot match without: for `/\bcold war\b/i`, "cold war";
 * for `/\b(?:lean|leans|leaned) on\b/i`, one of "lean" and "leaned" (longer
 * ones that hold a shorter one are dropped). A text that holds none of them
 * (lower-cased) cannot match, so the pattern need not run on it.
 *
 * Why: V8 compiles a pattern the first times it runs (~2–3 µs per character
 * of pattern, twice: bytecode, then machine code), and a look-up that runs
 * every idiom on every sentence paid ~15 ms of the worker's first look-up
 * for patterns that rarely match. A substring test costs nothing to compile.
 * The reading below is one pass over the pattern's source by character codes:
 * it runs when the worker starts, for some sixty patterns.
 *
 * Conservative by construction: any syntax not understood, or a branch that
 * needs no fixed text, gives `null` (the pattern always runs). Only ASCII
 * letters, digits, spaces and plain punctuation make up the words. In a
 * case-insensitive Unicode pattern "s" also matches "ſ" (which lower-casing
 * keeps), so there an "s" is not part of a word; the Kelvin sign lower-cases
 * to "k" and needs nothing of the kind.
 */

/** One of these strings is in any match; null: nothing is known. */
type Need = string[] | null;

interface Parser {
  src: string;
  i: number;
  /** Case-insensitive Unicode: "s" matches "ſ", not kept by lower-casing. */
  foldsS: boolean;
  /** Set when the source holds syntax this reading does not follow. */
  unread: boolean;
  /** Whether the quantifier just read allows at most one repetition. */
  maxOne: boolean;
}

/** The lower-case strings of which any match holds at least one, or null when there is no such set. */
export function requiredLiterals(re: RegExp): string[] | null {
  if (re.flags.includes('v')) return null;
  const p: Parser = { src: re.source, i: 0, foldsS: re.flags.includes('i') && re.flags.includes('u'), unread: false, maxOne: true };
  const need = alternation(p);
  if (p.unread || p.i !== p.src.length || !need) return null;
  return minimal(need);
}

/**
 * A pattern whose words are worked out when first asked for: from the table
 * the extension's build wrote for its patterns (installKnownLiterals), when
 * the table has this very pattern, else read from the pattern itself.
 * Reading the sixty guarded patterns took the worker ~5 ms at every start;
 * the table makes it a look-up. A table entry is keyed by the pattern's flags
 * and source, and made by requiredLiterals: a pattern changed since is not in
 * it and is read as before.
 */
export interface Guarded {
  readonly re: RegExp;
  need(): readonly string[] | null;
}

const guards: Guarded[] = [];
let known: Readonly<Record<string, string[] | null>> = {};

const keyOf = (re: RegExp) => `${re.flags}/${re.source}`;

/** Registers a pattern whose runs a substring test may spare (see Guarded). */
export function guard(re: RegExp): Guarded {
  let need: readonly string[] | null | undefined;
  const g: Guarded = {
    re,
    need: () => {
      if (need === undefined) {
        const key = keyOf(re);
        need = Object.hasOwn(known, key) ? known[key]! : requiredLiterals(re);
      }
      return need;
    },
  };
  guards.push(g);
  return g;
}

/** Installs the table of every registered pattern's words (knownLiterals, written at build time). */
export function installKnownLiterals(table: Readonly<Record<string, string[] | null>>): void {
  known = table;
}

/** Every registered pattern's words, keyed by flags and source: what the build writes for the worker. */
export function knownLiterals(): Record<string, string[] | null> {
  return Object.fromEntries(guards.map((g) => [keyOf(g.re), requiredLiterals(g.re)]));
}

/** A guarded global pattern's matches in a text (`lower`: the text lower-cased), or none without running it when the text lacks what it needs. */
export function matchAllIn(g: Guarded, text: string, lower: string): Iterable<RegExpMatchArray> {
  return mayMatch(g.need(), lower) ? text.matchAll(g.re) : [];
}

/** True when the lower-cased text holds one of the needed strings (or nothing is needed). */
export function mayMatch(need: readonly string[] | null, lowerText: string): boolean {
  if (!need) return true;
  for (const s of need) if (lowerText.includes(s)) return true;
  return false;
}

/** Drops a string that holds another of the set (the shorter one suffices). */
function minimal(need: string[]): string[] {
  const sorted = [...new Set(need)].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const s of sorted) if (!out.some((o) => s.includes(o))) out.push(s);
  return out;
}

/** a|b|c: a match matches one branch, so it holds what that branch needs. */
function alternation(p: Parser): Need {
  let all: string[] | null = sequence(p);
  while (p.src.charCodeAt(p.i) === 124 /* | */) {
    p.i++;
    const next = sequence(p);
    all = all && next ? all.concat(next) : null;
  }
  return all;
}

/** How selective a need is: its shortest string (longer is better). */
function shortest(n: string[]): number {
  let m = Infinity;
  for (const s of n) if (s.length < m) m = s.length;
  return m;
}

/** A sequence needs what any one of its parts needs: the most selective part is kept. */
function sequence(p: Parser): Need {
  let best: string[] | null = null;
  let bestLen = 0;
  let run = '';
  const src = p.src;
  for (;;) {
    const c = src.charCodeAt(p.i);
    const atom = p.i >= src.length || c === 124 /* | */ || c === 41 /* ) */ ? null : readAtom(p);
    const min = atom === null || p.unread ? 1 : readQuantifier(p);
    // Zero-width (\b, ^, a lookahead): the characters on both sides stand next to each other.
    if (atom === ASSERTION) continue;
    if (typeof atom === 'string' && min > 0) {
      run += atom;
      // "s+" or "s{2}": at least one, but what follows need not stand next to the first.
      if (!p.maxOne) {
        if (run.length > bestLen) [best, bestLen] = [[run.toLowerCase()], run.length];
        run = '';
      }
      continue;
    }
    // Anything else ends the run of text: it is one candidate, the group (if it must occur) another.
    if (run.length > bestLen) [best, bestLen] = [[run.toLowerCase()], run.length];
    run = '';
    if (atom === null || p.unread) break;
    if (typeof atom !== 'string' && atom !== CLASS && min >= 1 && atom.need) {
      const len = shortest(atom.need);
      if (len > bestLen) [best, bestLen] = [atom.need, len];
    }
  }
  return best;
}

const CLASS = { need: null } as const;
const ASSERTION = { need: null } as const;
type Atom = string | typeof CLASS | typeof ASSERTION | { need: Need };

function isPlain(c: number): boolean {
  // ASCII letters, digits, space and , ; : ' " % & @ # ! = < > ~ ` / . $ -
  // ("." and "$" come here only escaped: unescaped, readAtom reads them first).
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 32 || c === 44 || c === 59 || c === 58 || c === 39 || c === 34 ||
    c === 37 || c === 38 || c === 64 || c === 35 || c === 33 || c === 61 || c === 60 || c === 62 || c === 126 || c === 96 || c === 47 || c === 46 || c === 36 || c === 45
  );
}

function isLetterOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function readAtom(p: Parser): Atom {
  const src = p.src;
  const c = src.charCodeAt(p.i);
  if (c === 94 /* ^ */ || c === 36 /* $ */) {
    p.i++;
    return ASSERTION;
  }
  if (c === 46 /* . */) {
    p.i++;
    return CLASS;
  }
  if (c === 91 /* [ */) {
    // (In JavaScript "[]" is an empty class and "[^]" any character: a "]" right after "[" closes it.)
    p.i++;
    while (p.i < src.length && src.charCodeAt(p.i) !== 93) p.i += src.charCodeAt(p.i) === 92 ? 2 : 1;
    if (p.i >= src.length) p.unread = true;
    p.i++;
    return CLASS;
  }
  if (c === 40 /* ( */) {
    p.i++;
    let lookaround = false;
    if (src.charCodeAt(p.i) === 63 /* ? */) {
      const a = src.charCodeAt(p.i + 1);
      const b = src.charCodeAt(p.i + 2);
      if (a === 58 /* : */) p.i += 2;
      else if (a === 61 /* = */ || a === 33 /* ! */) {
        p.i += 2;
        lookaround = true;
      } else if (a === 60 /* < */ && (b === 61 || b === 33)) {
        p.i += 3;
        lookaround = true;
      } else if (a === 60) {
        const end = src.indexOf('>', p.i);
        if (end < 0) p.unread = true;
        p.i = end + 1;
      } else p.unread = true;
    }
    const need = alternation(p);
    if (src.charCodeAt(p.i) !== 41 /* ) */) p.unread = true;
    p.i++;
    return lookaround ? ASSERTION : { need };
  }
  if (c === 92 /* \ */) {
    const e = src.charCodeAt(p.i + 1);
    p.i += 2;
    // \b \B
    if (e === 98 || e === 66) return ASSERTION;
    // \d \D \w \W \s \S
    if (e === 100 || e === 68 || e === 119 || e === 87 || e === 115 || e === 83) return CLASS;
    // \p{…} \P{…}
    if (e === 112 || e === 80) {
      const end = src.indexOf('}', p.i);
      if (src.charCodeAt(p.i) !== 123 || end < 0) p.unread = true;
      p.i = end + 1;
      return CLASS;
    }
    // Any other letter or digit escape (\n, \1, \u0041, \k<name>) is not followed.
    if (Number.isNaN(e) || isLetterOrDigit(e) || e > 127) {
      p.unread = true;
      return CLASS;
    }
    // An escaped mark stands for itself ("\." "\-" "\$"): plain ones are text, the rest one character of some kind.
    return isPlain(e) ? String.fromCharCode(e) : CLASS;
  }
  // * + ? { } ] | ) out of place
  if (c === 42 || c === 43 || c === 63 || c === 123 || c === 125 || c === 93) {
    p.unread = true;
    return CLASS;
  }
  p.i++;
  if (!isPlain(c) || (p.foldsS && (c === 115 || c === 83))) return CLASS;
  return String.fromCharCode(c);
}

/** Reads a quantifier, if any: returns its minimum and sets `maxOne` (whether it allows at most one). */
function readQuantifier(p: Parser): number {
  const src = p.src;
  const c = src.charCodeAt(p.i);
  let min = 1;
  let maxOne = true;
  if (c === 63 /* ? */) min = 0;
  else if (c === 42 /* * */) {
    min = 0;
    maxOne = false;
  } else if (c === 43 /* + */) maxOne = false;
  else if (c === 123 /* { */) {
    const close = src.indexOf('}', p.i);
    const m = close > 0 ? /^\{(\d+)(,(\d*))?\}$/.exec(src.slice(p.i, close + 1)) : null;
    if (!m) {
      p.unread = true;
      return 0;
    }
    min = Number(m[1]);
    maxOne = m[2] === undefined ? min <= 1 : m[3] !== '' && Number(m[3]) <= 1;
    p.i = close;
  } else {
    p.maxOne = true;
    return 1;
  }
  p.i++;
  if (src.charCodeAt(p.i) === 63 /* lazy ? */) p.i++;
  p.maxOne = maxOne;
  return min;
}

/**
 * Which of many guarded patterns a lower-cased text may match, in one pass
 * over the text: an Aho–Corasick automaton over every word the patterns need,
 * as a table by character class. The same answer as `mayMatch` for each
 * pattern (a word is found wherever it occurs, overlaps too), without a
 * substring search per word per pattern: the phrase and idiom rules need ~150
 * words, and every statement a look-up meets for the first time is read for them.
 */
const notAscii = (w: string) => {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 128) return true;
  return false;
};

export class NeedScanner {
  private built = false;
  /** Per guard: its words' ids, or null (it always runs). */
  private ids: (Int32Array | null)[] = [];
  private classOf = new Uint8Array(128);
  private classes = 1;
  private delta = new Int32Array(0);
  private fail = new Int32Array(1);
  /** Per state: the word ids that end there (through the failure links too), or null. */
  private out: (Int32Array | null)[] = [];
  private seen = new Uint32Array(0);
  private epoch = 0;

  constructor(private readonly guards: readonly Guarded[]) {}

  private build() {
    this.built = true;
    const words = new Map<string, number>();
    this.ids = this.guards.map((g) => {
      const need = g.need();
      // A word of another alphabet is not in the table: such a pattern always runs (as a pattern with no known words does).
      if (!need || need.some(notAscii)) return null;
      return Int32Array.from(need, (w) => {
        let id = words.get(w);
        if (id === undefined) words.set(w, (id = words.size));
        return id;
      });
    });
    // Words are ASCII (requiredLiterals): any other character is class 0, in no word.
    for (const w of words.keys()) {
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        if (!this.classOf[c]) this.classOf[c] = this.classes++;
      }
    }
    const C = this.classes;
    // The trie, in one table (-1: no edge), with each state's failure state
    // (the longest proper suffix of its text that is a state too), made breadth
    // first over the trie's edges: built at the first look-up, so kept small.
    let size = 1;
    for (const w of words.keys()) size += w.length;
    const edge = new Int32Array(size * C).fill(-1);
    const ends: (number[] | undefined)[] = [];
    const depthOrder: number[] = [];
    let n = 1;
    for (const [w, id] of words) {
      let s = 0;
      for (let i = 0; i < w.length; i++) {
        const at = s * C + this.classOf[w.charCodeAt(i)]!;
        if (edge[at] === -1) {
          edge[at] = n++;
          depthOrder.push(at);
        }
        s = edge[at]!;
      }
      (ends[s] ??= []).push(id);
    }
    // Edges sorted by their child's depth: parents' failure states are known first.
    const depth = new Int32Array(n);
    for (const at of depthOrder) depth[edge[at]!] = depth[(at / C) | 0]! + 1;
    depthOrder.sort((x, y) => depth[edge[x]!]! - depth[edge[y]!]!);
    const fail = new Int32Array(n);
    for (const at of depthOrder) {
      const parent = (at / C) | 0;
      const k = at - parent * C;
      const t = edge[at]!;
      let f = parent === 0 ? -1 : fail[parent]!;
      while (f > 0 && edge[f * C + k] === -1) f = fail[f]!;
      fail[t] = f < 0 || edge[f * C + k] === -1 ? 0 : edge[f * C + k]!;
      if (ends[fail[t]!]) (ends[t] ??= []).push(...ends[fail[t]!]!);
    }
    this.delta = edge;
    this.fail = fail;
    this.out = [];
    for (let q = 0; q < n; q++) this.out.push(ends[q] ? Int32Array.from(new Set(ends[q])) : null);
    this.seen = new Uint32Array(words.size);
  }

  /**
   * Reads a lower-cased text; then `may(k)` answers `mayMatch` for the k-th
   * guard on that text, until the next `scan`.
   */
  scan(lower: string): void {
    if (!this.built) this.build();
    const epoch = ++this.epoch;
    const { delta, fail, classOf, out, seen } = this;
    const C = this.classes;
    let s = 0;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      const k = c < 128 ? classOf[c]! : 0;
      while (s > 0 && delta[s * C + k] === -1) s = fail[s]!;
      s = delta[s * C + k]!;
      if (s < 0) {
        s = 0;
        continue;
      }
      const o = out[s];
      if (o) for (let j = 0; j < o.length; j++) seen[o[j]!] = epoch;
    }
  }

  may(k: number): boolean {
    const ids = this.ids[k];
    if (!ids) return true;
    for (let j = 0; j < ids.length; j++) if (this.seen[ids[j]!] === this.epoch) return true;
    return false;
  }
}
