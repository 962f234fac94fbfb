/**
 * A short sentence that answers the one before it: "Bob Woodward's book says
 * the two spoke as many as seven times. The Kremlin says it never happened."
 * The second sentence shares no word with 004's "as many as seven
 * conversations"; what it denies is the sentence before it. News writes a
 * denial this way more often than any other: a claim, then who rejects it.
 *
 * Pure text tests here, small enough for the content script, which sends the
 * sentence before along with one that answers it. The matcher (matcher.ts)
 * looks the sentence before up and carries its verdicts across: a denial of
 * it conflicts with what it says and agrees with the reports that deny it
 * too; a confirmation conflicts with those denials.
 */

/** What points back to the sentence before, when it is a claim: "it", "that", "the report", "such claims" (not "those terms", a demand). */
const CLAIM_NOUNS = String.raw`(?:report|reports|story|claim|claims|account|allegation|allegations|figure|article|publication|book)`;
/** …as the object of a denial: "denied that" followed by a clause is a claim restated, read on its own. */
const REF = String.raw`(?:it|that(?!\s+(?!${CLAIM_NOUNS}\b)\w)|this(?!\s+(?!${CLAIM_NOUNS}\b)\w)|the ${CLAIM_NOUNS}|such (?:claims|reports|calls|conversations|contacts)|those (?:claims|reports))`;
/** …as the subject of "never happened", "is false". */
const REF_SUBJECT = String.raw`(?:it|that|this|the ${CLAIM_NOUNS}|such (?:claims|reports))`;
const FALSE = String.raw`(?:false|fake|untrue|wrong|baseless|an exaggeration|a fabrication|fiction|nonsense)`;

/** Denying what was said, the denial said of the back-reference: "denied it", "says it never happened", "that is an exaggeration", "called the report false", "the FT had it wrong". */
const DENIES = new RegExp(
  [
    String.raw`\b(?:den(?:y|ies|ied|ying)|refut(?:es|ed|ing)?|disput(?:es|ed|ing)|dismiss(?:es|ed|ing)?|rebuff(?:s|ed|ing)?)\s+${REF}\b`,
    // "Reject" a report is denying it; "reject it" may be turning an offer down, so the report must be named.
    String.raw`\breject(?:s|ed|ing)?\s+(?:the (?:report|reports|story|claim|claims|account|allegation|allegations|figure|article|publication)|such (?:claims|reports))\b`,
    String.raw`\b${REF_SUBJECT}\s+(?:never happened|did not happen|didn['’]t happen|(?:is|was|were|are) ${FALSE})`,
    String.raw`\b(?:had|got) it wrong\b`,
    String.raw`\bcall(?:s|ed|ing)?\s+${REF}\s+${FALSE}`,
  ].join('|'),
  'i',
);
/** Confirming it: "confirmed the story", "acknowledged it". */
const CONFIRMS = new RegExp(String.raw`\b(?:confirm(?:s|ed|ing)?|acknowledg(?:es|ed|ing)|admit(?:s|ted)?|verified)\s+${REF}\b`, 'i');
const OWN_CLAIM = /,\s+(?:saying|arguing|insisting|adding|noting)\b/i;
const NEGATED = /\b(?:not|never|no|n['’]t|neither|nor|yet to)\b[^.,;]*$/i;

/** Longer sentences carry a claim of their own; the matcher reads those as they stand. */
const MAX_WORDS = 20;

/**
 * Whether the sentence denies (−1) or confirms (+1) what the sentence before
 * it says, pointing back to it rather than restating it; 0 when it does not.
 */
export function answersBefore(text: string): -1 | 0 | 1 {
  // "…disputed the report, saying they saw no sign that…" gives a claim of its own.
  if (text.split(/\s+/).filter(Boolean).length > MAX_WORDS || OWN_CLAIM.test(text)) return 0;
  if (DENIES.test(text)) return -1;
  const c = CONFIRMS.exec(text);
  // "Kyiv has not confirmed that figure" answers nothing.
  if (c && !NEGATED.test(text.slice(0, c.index))) return 1;
  return 0;
}

/** A sentence that opens with "he", "she", "his" or "her": who it is, the sentence before says ("He also told parliament…", "His own victory plan…"). */
const PRONOUN_SUBJECT = /^(?:He|She|His|Her)\b(?!['’])/;

/** Whether the matcher needs the sentence before to read this one: it answers it, or says "he" or "she" of someone it names. */
export function needsBefore(text: string): boolean {
  return PRONOUN_SUBJECT.test(text) || answersBefore(text) !== 0;
}

/**
 * The sentence with its opening "he" or "she" given the name of the first
 * person the sentence before names ("Vladimir Putin has told Donald Trump he
 * is ready…" / "He insisted any deal must first tackle the root causes" →
 * "Vladimir Putin insisted…"; "His own victory plan" → "Zelenskiy’s own
 * victory plan"); null when it does not open so, or the
 * sentence before names no one. `people` gives that sentence's mentions of
 * people, in order, as written (asked only of a sentence that opens so).
 */
export function withSubjectNamed(text: string, people: () => readonly string[]): string | null {
  const m = PRONOUN_SUBJECT.exec(text);
  if (!m) return null;
  const who = people()[0];
  return who ? `${who}${m[0] === 'His' || m[0] === 'Her' ? '’s' : ''}${text.slice(m[0].length)}` : null;
}
