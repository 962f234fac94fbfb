/**
 * A wire dateline at the head of a story's first sentence ("LONDON, Nov 22
 * (Reuters) - ", "KYIV, Ukraine (AP) — ", "MOSCOW, November 22. /TASS/.",
 * "(CNN) —"), or a live blog's post time ("10.32 GMT: "), says where and
 * when the story was filed, not what happened:
 * the matcher reads the sentence without it, so the filing city is not taken
 * for a party to the events, nor the filing date for theirs.
 */

const AGENCY = String.raw`(?:\([A-Za-z][\w .&'’-]{0,30}\)|/[A-Z][\w .&'’-]{0,30}/)`;
// ", Nov 22", ", Nov. 22, 2025", ", 22 November", ", 22 November 2024", ", November 22."
const DATE = String.raw`(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)\.?)`;
// A filing city in capitals, with an optional region in any case: "NEW YORK", "ANKARA/ISTANBUL", "KYIV, Ukraine".
const CITY_CAPS = String.raw`[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+)*(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?`;
const CITY_ANY = String.raw`[A-Z][\p{L}.'’-]+(?:[ /][A-Z][\p{L}.'’-]+)*(?:,\s*[A-Z][\p{L}.]+)?`;
const DASH = String.raw`(?:\s*(?:-{1,2}|–|—|:)\s+|\.?\s+)`;

const DATELINES = [
  // Capital-letter city with an agency: "LONDON, Nov 22 (Reuters) - ".
  new RegExp(String.raw`^${CITY_CAPS}${DATE}?\s*${AGENCY}${DASH}`, 'u'),
  // Capital-letter city and a dash alone ("NEW YORK — "): a long dash, and four letters at least, so "EU - Russia" stays.
  new RegExp(String.raw`^(?=[A-Z.'’-]{4}|[A-Z]+[ /][A-Z])${CITY_CAPS}${DATE}?\s*(?:--|–|—)\s+`, 'u'),
  // Any city, but only with an agency in brackets or slashes: "Kyiv, 22 November 2024 (Ukrinform) –".
  new RegExp(String.raw`^${CITY_ANY}${DATE}?\s*${AGENCY}${DASH}`, 'u'),
  // The agency alone: "(CNN) —".
  new RegExp(String.raw`^${AGENCY}\s*(?:-{1,2}|–|—)\s+`, 'u'),
  // A timeline's date heading: "11 March 2025: ", "Mid-November 2024 — ". The items of a dated list.
  /^(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[- ])?(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2},?)?\s+\d{4}\s*(?::|–|—)\s+(?=[\p{Lu}"“‘'])/u,
  // A live blog's post time: "10:32 ", "10.32 GMT: ", "Updated 9:05 am ET — ". Two digits of minutes, so "10.5 million" stays.
  /^(?:(?:[Uu]pdated|[Pp]osted)\s+)?\d{1,2}[:.]\d{2}\s*(?:[aApP]\.?[mM]\.?\s*)?(?:[A-Z]{1,4}T\b|GMT\b|UTC\b|MSK\b|BST\b)?\s*(?:[-–—:|]\s*)?(?=[\p{Lu}"“‘'])/u,
];

/** The sentence without a leading wire dateline; the sentence itself when it has none, or is nothing else. */
export function withoutDateline(sentence: string): string {
  // Every dateline has a dash, a colon, a bracket, a slash or a time in its first 60 characters.
  if (!/[-–—:(/]|\d[:.]\d/.test(sentence.slice(0, 60))) return sentence;
  for (const re of DATELINES) {
    const m = re.exec(sentence);
    if (m && /\p{L}/u.test(sentence.slice(m[0].length))) return sentence.slice(m[0].length);
  }
  return sentence;
}

// "(Photo: Reuters)", "(Pictured: …)" at the end of a sentence: a picture's credit, not the claim.
const CREDIT = /\s*[([](?:photo|picture|pictured|image|video|file photo|photograph)\b[^)\]]*[)\]]\s*$/i;

/** The sentence without a trailing picture credit. */
export function withoutCredit(sentence: string): string {
  if (!/[)\]]\s*$/.test(sentence)) return sentence;
  const cut = sentence.replace(CREDIT, '');
  return /\p{L}/u.test(cut) ? cut : sentence;
}

// A label before the sentence: a speaker in a transcript ("KELLER: "), a factbox's heading ("THE OFFER: "), a
// Q&A's "A: ", a cable's numbered and classified paragraph ("1) (SBU) Summary: "), a fact check's "VERDICT: ".
const NUMBERED = /^\d{1,2}\)\s+(?:\([A-Z]{1,4}\)\s+)?/;
// Four capitals at least: "US: talks go on" names a party, not a speaker.
const LABEL = /^(?:[A-Z][A-Z.'’&-]{3,}(?:\s+[A-Z][A-Z.'’&-]*){0,3}|[A-Z]{1,3}(?:\s+[A-Z][A-Z.'’&-]*){1,3}|Q|A|Summary|Comment|Update|Analysis|Background|Reply(?: to that)?)\s*:\s+/u;

/** The sentence without a leading label; the sentence itself when it has none, or when what follows is in capitals too (a chyron). */
export function withoutLabel(sentence: string): string {
  let out = sentence.replace(NUMBERED, '');
  const m = LABEL.exec(out);
  if (m && /\p{Ll}/u.test(out.slice(m[0].length))) out = out.slice(m[0].length);
  return /\p{L}/u.test(out) ? out : sentence;
}
