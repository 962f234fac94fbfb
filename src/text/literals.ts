/**
 * Words a pattern cannot match without: for `/\bcold war\b/i`, "cold war";
 * for `/\b(?:lean|leans|leaned) on\b/i`, one of "lean" and "leaned" (shorter
 * ones found inside longer ones are dropped). A text that holds none of them
 * (lower-cased) cannot match, so the pattern need not run on it.
 *
 * Why: V8 compiles a pattern the first times it runs (~2–3 µs per character
 * of pattern, twice: bytecode, then machine code), and a look-up that runs
 * every idiom on every sentence paid ~15 ms of the worker's first look-up
 * for patterns that rarely match. A substring test costs nothing to compile.
 *
 * Conservative by construction: any syntax not understood, or a branch that
 * needs no fixed text, gives `null` (the pattern always runs). Only ASCII
 * letters, digits, spaces and plain punctuation make up the words. In a
 * case-insensitive Unicode pattern "s" also matches "ſ" (which lower-casing
 * keeps), so there an "s" is not part of a word; the Kelvin sign lower-cases
 * to "k" and needs nothing of the kind.
 */

type Need = string[] | null;

interface Parser {
  src: string;
  i: number;
  /** Case-insensitive Unicode: "s" matches "ſ", not kept by lower-casing. */
  foldsS: boolean;
}

/** Thrown inside the parser for syntax it does not read: the caller gives null. */
class Unread extends Error {}

/** The lower-case strings of which any match holds at least one, or null when there is no such set. */
export function requiredLiterals(re: RegExp): string[] | null {
  if (re.flags.includes('v')) return null;
  const p: Parser = { src: re.source, i: 0, foldsS: re.flags.includes('i') && re.flags.includes('u') };
  try {
    const need = alternation(p);
    if (p.i !== p.src.length) return null;
    return need && minimal(need);
  } catch (e) {
    if (e instanceof Unread) return null;
    throw e;
  }
}

/** True when the lower-cased text holds one of the needed strings (or nothing is needed). */
export function mayMatch(need: readonly string[] | null, lowerText: string): boolean {
  if (!need) return true;
  for (const s of need) if (lowerText.includes(s)) return true;
  return false;
}

/** Drops a string that holds another of the set (the shorter one suffices), and repeats. */
function minimal(need: string[]): string[] {
  const uniq = [...new Set(need)].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const s of uniq) if (!out.some((o) => s.includes(o))) out.push(s);
  return out;
}

/** a|b|c: a match matches one branch, so it holds what that branch needs. */
function alternation(p: Parser): Need {
  const branches: Need[] = [sequence(p)];
  while (p.src[p.i] === '|') {
    p.i++;
    branches.push(sequence(p));
  }
  if (branches.some((b) => b === null)) return null;
  return branches.flat() as string[];
}

/** How selective a need is: its shortest string, longer is better. */
function strength(n: string[]): number {
  return Math.min(...n.map((s) => s.length));
}

// "." and "$" are here as escaped ("\.", "\$"): unescaped, readAtom reads them first.
const PLAIN = /^[a-z0-9 ,;:'"%&@#!=<>~`/.$-]$/i;

/** A sequence needs what any one of its parts needs: the most selective part is kept. */
function sequence(p: Parser): Need {
  const needs: string[][] = [];
  let run = '';
  const flush = () => {
    if (run) needs.push([run.toLowerCase()]);
    run = '';
  };
  while (p.i < p.src.length && p.src[p.i] !== '|' && p.src[p.i] !== ')') {
    const atom = readAtom(p);
    const q = readQuantifier(p);
    // Zero-width (\b, ^, a lookahead): the characters on both sides stand next to each other.
    if (atom.kind === 'assertion') continue;
    if (atom.kind === 'char') {
      if (q.min === 0) {
        flush();
        continue;
      }
      run += atom.char;
      // "s+" or "s{2}": at least one, but what follows need not be next to the first.
      if (q.max !== 1) flush();
      continue;
    }
    flush();
    if (atom.kind === 'group' && q.min >= 1 && atom.need) needs.push(atom.need);
  }
  flush();
  if (!needs.length) return null;
  return needs.reduce((best, n) => (strength(n) > strength(best) ? n : best));
}

type Atom = { kind: 'char'; char: string } | { kind: 'class' } | { kind: 'assertion' } | { kind: 'group'; need: Need };

function readAtom(p: Parser): Atom {
  const c = p.src[p.i]!;
  if (c === '^' || c === '$') {
    p.i++;
    return { kind: 'assertion' };
  }
  if (c === '.') {
    p.i++;
    return { kind: 'class' };
  }
  if (c === '[') {
    skipClass(p);
    return { kind: 'class' };
  }
  if (c === '(') {
    p.i++;
    let lookaround = false;
    if (p.src[p.i] === '?') {
      const head = p.src.slice(p.i, p.i + 3);
      if (head.startsWith('?:')) p.i += 2;
      else if (head.startsWith('?=') || head.startsWith('?!')) {
        p.i += 2;
        lookaround = true;
      } else if (head === '?<=' || head === '?<!') {
        p.i += 3;
        lookaround = true;
      } else if (head.startsWith('?<')) {
        const end = p.src.indexOf('>', p.i);
        if (end < 0) throw new Unread();
        p.i = end + 1;
      } else throw new Unread();
    }
    const need = alternation(p);
    if (p.src[p.i] !== ')') throw new Unread();
    p.i++;
    return lookaround ? { kind: 'assertion' } : { kind: 'group', need };
  }
  if (c === '\\') {
    const e = p.src[p.i + 1];
    if (e === undefined) throw new Unread();
    p.i += 2;
    if (e === 'b' || e === 'B') return { kind: 'assertion' };
    if ('dDwWsS'.includes(e)) return { kind: 'class' };
    if (e === 'p' || e === 'P') {
      if (p.src[p.i] !== '{') throw new Unread();
      const end = p.src.indexOf('}', p.i);
      if (end < 0) throw new Unread();
      p.i = end + 1;
      return { kind: 'class' };
    }
    // An escaped mark stands for itself ("\." "\-" "\$"): plain ones are text, the rest one character of some kind.
    // A letter or digit escape not read above (\n, \1, \u0041, \k<name>) is not read at all.
    if (/[\p{L}\p{N}]/u.test(e)) throw new Unread();
    return PLAIN.test(e) ? { kind: 'char', char: e } : { kind: 'class' };
  }
  if ('*+?{}]|)'.includes(c)) throw new Unread();
  p.i++;
  if (!PLAIN.test(c) || (p.foldsS && (c === 's' || c === 'S'))) return { kind: 'class' };
  return { kind: 'char', char: c };
}

function skipClass(p: Parser): void {
  p.i++;
  // (In JavaScript "[]" is an empty class and "[^]" any character: a "]" right after "[" closes it.)
  while (p.i < p.src.length && p.src[p.i] !== ']') p.i += p.src[p.i] === '\\' ? 2 : 1;
  if (p.src[p.i] !== ']') throw new Unread();
  p.i++;
}

function readQuantifier(p: Parser): { min: number; max: number } {
  const c = p.src[p.i];
  let q: { min: number; max: number };
  if (c === '?') q = { min: 0, max: 1 };
  else if (c === '*') q = { min: 0, max: Infinity };
  else if (c === '+') q = { min: 1, max: Infinity };
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.src.slice(p.i));
    if (!m) throw new Unread();
    p.i += m[0].length - 1;
    const min = Number(m[1]);
    q = { min, max: m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity };
  } else return { min: 1, max: 1 };
  p.i++;
  if (p.src[p.i] === '?') p.i++;
  return q;
}
