/**
 * Text handling for the stance model: normalisation, tokens, a light stemmer, sentence cuts and
 * the cue-word lists. Pure and deterministic: training and inference must cut text identically,
 * so the model keeps its own small splitter rather than depending on the page's.
 */

export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself of ' +
    'off on once only or other our ours ourselves out over own same she should so some such than that the their ' +
    'theirs them themselves then there these they this those through to too under until up very was we were ' +
    'what when where which while who whom why will with would you your yours yourself yourselves s t don now ' +
    'said says say one two new us mr ms mrs via get got like'
  ).split(' '),
);

/** Words that deny, debunk or call a claim false. */
export const REFUTE_WORDS: ReadonlySet<string> = new Set(
  (
    'fake fakes faked fraud fraudulent hoax hoaxes hoaxed false falsely deny denies denied denying denial ' +
    'denials debunk debunks debunked debunking bogus untrue myth myths retract retracts retracted retraction ' +
    'refute refutes refuted rebut rebuts rebutted dismiss dismisses dismissed reject rejects rejected satire ' +
    'satirical prank pranks fabricated fabrication fiction fictional baseless unfounded misleading incorrect ' +
    'wrong nonsense lie lies lied liar rubbish disputes disputed doubt doubts doubted dubious despite nope ' +
    'contrary contradicts contradict contradicted spoof parody photoshopped doctored scam erroneous ' +
    'inaccurate mistaken clarified clarify rumour rumours rumor rumors'
  ).split(' '),
);

/** Negation words (after "n't" has been expanded to "not"). */
export const NEGATION_WORDS: ReadonlySet<string> = new Set(
  'not no never nobody nothing none neither nor without cannot nowhere'.split(' '),
);

/** Hedging and reporting words: typical of articles that "discuss" a claim without taking sides. */
export const HEDGE_WORDS: ReadonlySet<string> = new Set(
  (
    'reportedly allegedly alleged alleges allege claim claims claimed claiming rumoured rumored reports report ' +
    'reported according purportedly purported apparently unconfirmed unverified may might could possibly ' +
    'perhaps suggest suggests suggested believed believe seems seem appears appear speculation speculate ' +
    'speculated supposedly sources source unclear likely unknown whether if would'
  ).split(' '),
);

/** Words that assert or confirm. */
export const CONFIRM_WORDS: ReadonlySet<string> = new Set(
  (
    'confirm confirms confirmed confirming confirmation official officially announced announces verified ' +
    'indeed revealed reveals proved proves proof true truly actually evidence shows showed'
  ).split(' '),
);

export const CUE_REFUTE = 1;
export const CUE_NEG = 2;
export const CUE_HEDGE = 4;
export const CUE_CONFIRM = 8;
export const CUE_QUESTION = 16;

export function cueOf(token: string): number {
  let c = 0;
  if (REFUTE_WORDS.has(token)) c |= CUE_REFUTE;
  if (NEGATION_WORDS.has(token)) c |= CUE_NEG;
  if (HEDGE_WORDS.has(token)) c |= CUE_HEDGE;
  if (CONFIRM_WORDS.has(token)) c |= CUE_CONFIRM;
  return c;
}

/** Lower-cases, unifies quotes and expands "n't" so that negations become a token. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/can't\b/g, 'can not')
    .replace(/won't\b/g, 'will not')
    .replace(/n't\b/g, ' not')
    .replace(/'(s|re|ve|ll|d|m)\b/g, '');
}

const TOKEN_RE = /[a-z0-9]+(?:[.,][0-9]+)*/g;

/** Raw tokens of already-normalised text. */
export function tokens(normalised: string): string[] {
  return normalised.match(TOKEN_RE) ?? [];
}

/**
 * A light suffix stripper: plurals, -ed, -ing, -ies/-ied. Enough to join "denies", "denied"
 * and "deny", or "confirms" and "confirmed"; cheap and stable.
 */
export function stem(w: string): string {
  if (w.length <= 3 || /^[0-9]/.test(w)) return w;
  if (w.endsWith('ies') || w.endsWith('ied')) return w.length > 4 ? w.slice(0, -3) + 'y' : w;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (/(x|ch|sh|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ed')) w = undouble(w.slice(0, -2));
  return w;
}

function undouble(w: string): string {
  const n = w.length;
  if (n > 3 && w[n - 1] === w[n - 2] && !/[lsz]/.test(w[n - 1]!)) return w.slice(0, -1);
  return w;
}

/** 32-bit FNV-1a hash of a string, as an unsigned integer. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Cuts text into sentences at . ! ? followed by space and a capital/digit/quote, and at line breaks. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n+/)) {
    const parts = para.split(/(?<=[.!?]["'\u201d\u2019)\]]*)\s+(?=["'\u201c\u2018(\[]?[A-Z0-9])/);
    for (const p of parts) {
      const s = p.trim();
      if (s) out.push(s);
    }
  }
  return out;
}

export interface AnalysedText {
  /** Sentences, in order (at least one when there is any token). */
  sentences: string[];
  /** Raw tokens. */
  raw: string[];
  /** Stems aligned with raw. */
  stems: string[];
  /** Sentence index of each token. */
  sent: number[];
  /** True for content tokens (not stopwords, not cue-only negations). */
  content: boolean[];
  /** Cue bits of each token (CUE_*). */
  cues: number[];
  /** Cue bits per sentence, including CUE_QUESTION for a sentence with "?". */
  sentCues: number[];
}

export function analyse(text: string): AnalysedText {
  const sents = sentences(text);
  const raw: string[] = [];
  const stems: string[] = [];
  const sent: number[] = [];
  const content: boolean[] = [];
  const cues: number[] = [];
  const sentCues: number[] = [];
  for (let s = 0; s < sents.length; s++) {
    const sText = sents[s]!;
    let sc = sText.includes('?') ? CUE_QUESTION : 0;
    for (const t of tokens(normalise(sText))) {
      const c = cueOf(t);
      sc |= c;
      raw.push(t);
      stems.push(stem(t));
      sent.push(s);
      content.push(!STOPWORDS.has(t) && !NEGATION_WORDS.has(t) && t.length > 1);
      cues.push(c);
    }
    sentCues.push(sc);
  }
  return { sentences: sents, raw, stems, sent, content, cues, sentCues };
}
