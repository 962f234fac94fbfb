/**
 * Sentence splitting shared by the page (content script), the corpus build and
 * the CLI, so a sentence is cut the same way wherever it is read.
 *
 * Intl.Segmenter does the language-aware work; on top of it we re-join cuts
 * after abbreviations it does not know ("U.S.", "St. Petersburg", "Gen.").
 */

export interface SentenceSpan {
  text: string;
  /** Offsets into the input string (UTF-16 code units), trimmed. */
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  [
    'u.s', 'u.k', 'u.n', 'e.u', 'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'gov', 'sen', 'rep',
    'prof', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
    'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'a.m', 'p.m', 'i.e', 'e.g', 'mt', 'ft', 'pres', 'adm',
  ],
);

/** A city in capitals and a date, alone, perhaps with its agency: "MOSCOW, November 15.", "MOSCOW, November 15. /TASS/." */
const DATELINE_HEAD = /^\s*\p{Lu}[\p{Lu} .'’-]{2,30}, \p{Lu}\p{Ll}+\.? \d{1,2}\.(?:\s*\/\p{Lu}+\/\.?)?\s*$/u;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/** True when `text` ends with an abbreviation whose period is not a full stop. */
function endsWithAbbreviation(text: string): boolean {
  const m = /(?:^|[\s(“"'])((?:[A-Za-z]\.){1,3}[A-Za-z]?|[A-Za-z]{1,5})\.\s*$/.exec(text);
  if (!m) return false;
  const word = m[1]!.toLowerCase().replace(/\.$/, '');
  if (ABBREVIATIONS.has(word)) return true;
  // Single capital initials ("John F. Kennedy") are not sentence ends.
  return /^[A-Z]$/.test(m[1]!);
}

export function splitSentences(text: string, lang = 'en'): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let pendingStart = -1;
  for (const seg of segmenter(lang).segment(text)) {
    const start = pendingStart >= 0 ? pendingStart : seg.index;
    const end = seg.index + seg.segment.length;
    const piece = text.slice(start, end);
    // Keep going when the cut falls after an abbreviation and more text follows
    // in lower case or with a proper name ("the U.S. Senate", "St. Petersburg").
    // …or after a TASS-style dateline ("MOSCOW, November 15. /TASS/. Putin said …"): the dateline heads the sentence.
    if (end < text.length && (endsWithAbbreviation(piece) || DATELINE_HEAD.test(piece)) && !/\n\s*\n\s*$/.test(piece)) {
      pendingStart = start;
      continue;
    }
    pendingStart = -1;
    pushTrimmed(out, text, start, end);
  }
  if (pendingStart >= 0) pushTrimmed(out, text, pendingStart, text.length);
  return out;
}

function pushTrimmed(out: SentenceSpan[], text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
