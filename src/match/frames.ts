/**
 * Claim frames: the few ways news statements take a side — something changed
 * or did not, was confirmed or denied, someone is willing or not, something
 * suffices or not, happened or not. Two statements about the same claim that
 * sit on opposite sides of one frame conflict.
 *
 * Each frame has words that assert it (+1) and words that deny it (−1);
 * a negator shortly before a frame word flips its sign. Words inside a
 * "whether …" or "if …" clause are asked about, not asserted, and count not.
 */

import { keptPerText } from '../text/memo.ts';
import { normalisePhrases } from '../text/tokens.ts';

export type FrameName = 'change' | 'confirm' | 'accept' | 'happened' | 'strength' | 'direction' | 'agreement' | 'tone' | 'reception' | 'progress' | 'schedule' | 'arranged' | 'relations';

interface Frame {
  name: FrameName;
  /** Human phrasing for the reason: [asserted, denied]. */
  say: [string, string];
  pos: RegExp;
  neg: RegExp;
  /** Said of the words right after the frame word (its object), not of the whole clause. */
  ofObject?: boolean;
}

const FRAMES: Frame[] = [
  {
    name: 'change',
    say: ['a shift', 'no shift'],
    pos: /^(shift(s|ed|ing)?|mov(e|ed)|budg(e|ed|ing)|chang(e|es|ed|ing)|flexib(le|ility)|departure|recalibrat\w*|soften\w*|u-turn|revis(e|ed|ing)|revisit(s|ed|ing)?|reconsider(s|ed|ing)?|rethink(s|ing)?|scal(e|ed|ing)|relinquish\w*|concessions?|compromise)$/,
    neg: /^(unchanged|consistent|constant|firm|resolute|unwavering|stringent|hardline|maximalist|intact|same)$/,
  },
  {
    name: 'confirm',
    say: ['confirmed', 'denied'],
    pos: /^(confirm(s|ed|ing)?|verified|acknowledg\w*|admit(s|ted)?|corroborat\w*)$/,
    neg: /^(reject(s|ed|ing)?|den(y|ied|ies|ying)|dismiss(ed|es)?|refut\w*|dispel(s|led)?|false|fake|untrue|wrong|baseless|debunk\w*|rebuff\w*)$/,
  },
  {
    // Willing to do it, or finding it enough, are one side: "ready to consider a
    // freeze" and "a freeze would not suffice" disagree.
    name: 'accept',
    say: ['it is acceptable', 'it is not acceptable'],
    pos: /^(willing(ness)?|open(ness)?|read(y|iness)|prepared|eager|keen|suffic(e|es|ed|ient)|enough|adequate|acceptable|accept(s|ed)?|satisfied|content)$/,
    neg: /^(unwilling(ness)?|refus(e|es|ed|ing)|reluctan(t|ce)|opposed|insufficient|inadequate|unacceptable)$/,
  },
  {
    // How two countries get on: "relations are at an all-time low" / "ties have improved markedly".
    name: 'relations',
    say: ['relations are better', 'relations are at their worst'],
    pos: /^(improved|improving|warmer|warming|better|thawed|thawing)$/,
    neg: /^(nadir|worsened|worsening|deteriorated|deteriorating|soured|worse)$/,
  },
  {
    name: 'happened',
    say: ['it happened', 'it did not happen'],
    pos: /^(received|reached|handed)$/,
    neg: /^$/,
  },
  {
    name: 'strength',
    say: ['it strengthens', 'it weakens'],
    pos: /^(strengthen(s|ed|ing)?|bolster(s|ed|ing)?|boost(s|ed|ing)?)$/,
    neg: /^(weaken(s|ed|ing)?|undermin(e|es|ed|ing))$/,
  },
  {
    // Which way a level moved: "raised the threshold" / "lowered the threshold".
    name: 'direction',
    say: ['it went up', 'it went down'],
    // "widens the conditions for using nuclear weapons" says nothing of the threshold.
    ofObject: true,
    pos: /^(rais(e|es|ed|ing)|increas(e|es|ed|ing)|expand(s|ed|ing)?|widen(s|ed|ing)?|higher)$/,
    neg: /^(lower(s|ed|ing)?|reduc(e|es|ed|ing)|decreas(e|es|ed|ing)|narrow(s|ed|ing)?|shrink(s|ing)?|shrank)$/,
  },
  {
    // How talks went, as the sides describe them: "businesslike and constructive" / "tense".
    name: 'tone',
    say: ['it went well', 'it went badly'],
    pos: /^(constructive|businesslike|productive|cordial|friendly|warm|fruitful|substantive|positive)$/,
    neg: /^(tense|hostile|frosty|chilly|acrimonious|heated|unproductive|fruitless|testy|combative)$/,
  },
  {
    // How others took it: "welcomed the offer as a genuine opening" / "cautioned it was a ploy".
    name: 'reception',
    say: ['it was welcomed', 'it was met with doubt'],
    pos: /^(welcom(e|ed|es|ing)|hail(s|ed|ing)?|prais(e|ed|es|ing)|optimis(m|tic)|hopeful|upbeat|encouraged)$/,
    neg: /^(sceptic(al|ism)?|skeptic(al|ism)?|caution(s|ed|ing)?|wary|suspicious|dismissive|unconvinced|unimpressed|distrust(ful)?)$/,
  },
  {
    // Whether a visit or meeting goes ahead: "Witkoff is expected in Russia" / "his visit was called off".
    // Said of who comes or meets, so a person named on both sides anchors it (see relate.ts).
    name: 'schedule',
    say: ['it goes ahead', 'it was called off or put off'],
    // Not "due": "due to the weather" gives a cause, not a date.
    pos: /^(expected|scheduled|slated)$/,
    neg: /^(cancell?ed|postponed|scrapped|shelved|deferred)$/,
  },
  {
    // Whether a call or meeting has been fixed: "a call has already been arranged for next week" /
    // "there are no confirmed plans for a call" (read as "unscheduled", tokens.ts). Being expected
    // ("Trump expects to speak to Putin soon") fixes nothing, so it is not here.
    name: 'arranged',
    say: ['it has been arranged', 'nothing has been arranged'],
    pos: /^(scheduled|arranged|fixed|booked)$/,
    neg: /^(unscheduled)$/,
  },
  {
    // How a side fares on the battlefield: "made notable gains" / "experienced setbacks".
    name: 'progress',
    say: ['it is gaining ground', 'it is losing ground'],
    pos: /^(gains|advances|advanced|advancing|progress)$/,
    neg: /^(setbacks?|reverses|reversals|retreat(s|ed|ing)?)$/,
  },
  {
    name: 'agreement',
    say: ['agreed', 'not agreed'],
    pos: /^(agree[ds]?|endors\w*|approv\w*)$/,
    neg: /^(disagree[ds]?|oppos\w*)$/,
  },
];

const NEGATOR = /^(not|no|never|n't|nor|neither|without|cannot|hardly)$/;
const AUX = /^(?:has|have|had|was|were|is|are|been)$/;
const ADVERB = /^(?:actually|really|yet|ever|fundamentally|materially|substantially|since|so far)$/;
const CONTRACTED_NEG = /n['’]t$/;
/** Two-word cues that negate what follows them. */
const NEGATING_PAIR = new Set(['yet to', 'ruled out', 'rules out', 'ruling out', 'rule out', 'refused to', 'refuses to', 'declined to', 'declines to', 'failed to', 'fails to']);

export interface FrameHit {
  frame: FrameName;
  /** +1 asserts the frame, −1 denies it. */
  sign: 1 | -1;
  /** The words that carry it, as they stand: "wouldn't suffice". */
  text: string;
  /** The words of its clause, up to twelve each side: what the frame is said of. */
  near: string[];
  /** The three words right after it: its object ("confirmed [the report]"). */
  object: string[];
}

/** Lower-case words with their original spelling, contractions split ("wouldn't" → "would", "n't"). */
const tokenize: (text: string) => string[] = keptPerText(1024, tokenizeNow);

function tokenizeNow(text: string): string[] {
  const out: string[] = [];
  // The matched strings only: no match object made for each word.
  for (const m of text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}]+)*|[,;:.!?—–]/gu) ?? []) {
    const w = m.toLowerCase();
    if (CONTRACTED_NEG.test(w)) out.push(w.replace(CONTRACTED_NEG, ''), "n't");
    else out.push(w);
  }
  return out;
}

// A clause ends at these; a comma ends it too unless the next word carries the clause on (", including").
// (/^[,;:.!?—–]$/ by comparison: it runs for every token of every text.)
const isPunct = (w: string) => w.length === 1 && ',;:.!?—–'.includes(w);

/** Up to `n` words each side of position i, not crossing punctuation. */
const CARRIES_ON = /^(including|such|notably|particularly|especially|namely)$/;

function clauseAround(toks: string[], i: number, n: number): string[] {
  const ends = (k: number) => isPunct(toks[k]!) && toks[k] !== ':' && !(toks[k] === ',' && CARRIES_ON.test(toks[k + 1] ?? ''));
  let a = i;
  while (a > 0 && i - a < n && !ends(a - 1)) a--;
  let b = i;
  while (b < toks.length - 1 && b - i < n && !ends(b + 1)) b++;
  return [...toks.slice(a, i), ...toks.slice(i + 1, b + 1)];
}

/** The three words after position i, articles aside, not crossing punctuation: "lowered [the threshold for]", "rejected [the Financial Times report]". */
function objectAfter(toks: string[], i: number): string[] {
  const out: string[] = [];
  let words = 0;
  for (let k = i + 1; k < toks.length && words < 3 && !isPunct(toks[k]!); k++) {
    out.push(toks[k]!);
    if (!/^(?:the|a|an)$/.test(toks[k]!)) words++;
  }
  return out;
}

/**
 * Every frame word of a text, with its side and clause. Kept per text: a
 * look-up reads the page sentence's hits for its side and again for the
 * position it tells (~24 µs each time). The answer is the kept array itself:
 * callers do not change it.
 */
export function frameHits(text: string): FrameHit[] {
  return keptHits(text);
}

const keptHits = keptPerText(1024, frameHitsNow);

/** Keeps a statement's hits as stored with its side (frameHits made them at build time), for the positions read from it. */
export function rememberFrameHits(text: string, hits: FrameHit[]): void {
  keptHits.remember(text, hits);
}

/** Aims for something else than the war ("Putin's goals for the economy unchanged"): no shift or hold of position. */
const OTHER_AIMS =
  /\b(?:goals?|aims?|objectives?|targets?|ambitions?|plans?)\s+(?:for|on|of)\s+(?:the\s+|its\s+|his\s+|their\s+)?(?:econom\w*|growth|inflation|budget|trade|business|exports?|tax\w*|health\w*|education|sports?|climate|energy|oil|gas|prices?|interest rates?|rates|jobs|employment|housing|investment|ruble|rouble)\b/i;

function frameHitsNow(text: string): FrameHit[] {
  // Multi-word names become one word first, so "the Financial Times report" can anchor a frame.
  const toks = tokenize(normalisePhrases(text));
  const hits: FrameHit[] = [];
  const otherAims = OTHER_AIMS.test(text);
  let questioned = false;
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!;
    if (w === 'whether' || w === 'if') questioned = true;
    if (isPunct(w)) questioned = false;
    if (questioned) continue;
    // "Any move to end the fighting" is a step towards something, not a shift of position.
    if ((w === 'move' || w === 'moves') && /^(?:to|towards?)$/.test(toks[i + 1] ?? '')) continue;
    // "The alliance has moved into Moscow's sphere of influence", "troops moved across the border": going somewhere, not a shift of position.
    if ((w === 'move' || w === 'moved') && /^(?:into|in|onto|across|through|towards?|up|closer|eastwards?|westwards?)$/.test(toks[i + 1] ?? '')) continue;
    // Indexed, not destructured: most words have no frame, and every word of every text passes here.
    const frames = framesOfWord(w);
    for (let k = 0; k < frames.length; k++) {
      const f = frames[k]![0];
      if (otherAims && f.name === 'change') continue;
      let sign = frames[k]![1];
      let from = i;
      for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
        const p = toks[j]!;
        if (isPunct(p)) break;
        if (NEGATOR.test(p)) {
          sign = -sign as 1 | -1;
          from = j;
          break;
        }
      }
      // "No call with Trump had been arranged": "no" opens the subject, further back than a negator stands before its verb.
      // …and "nothing in Moscow's position has actually moved", an adverb between.
      if (from === i && (AUX.test(toks[i - 1] ?? '') || (ADVERB.test(toks[i - 1] ?? '') && AUX.test(toks[i - 2] ?? '')))) {
        for (let j = i - 6; j >= Math.max(0, i - 9); j--) {
          if (isPunct(toks[j]!) || toks.slice(j + 1, i).some((t) => isPunct(t))) break;
          if (toks[j] === 'no' || toks[j] === 'nothing') {
            sign = -sign as 1 | -1;
            from = j;
            break;
          }
        }
      }
      // "received no offer", "has no intention": a negator right after the word flips it too.
      if (from === i && /^(no|none|nothing|neither)$/.test(toks[i + 1] ?? '')) sign = -sign as 1 | -1;
      hits.push({
        frame: f.name,
        sign,
        text: toks.slice(Math.max(0, from - 1), i + 1).join(' ').replace(/ n't/g, "n't"),
        near: f.ofObject ? objectAfter(toks, i) : clauseAround(toks, i, 12),
        object: objectAfter(toks, i),
      });
    }
  }
  return hits;
}

/** The net side a text takes on each frame it touches (0 when mixed). */
export interface FrameSide {
  sign: number;
  text: string;
  /** Surface words near the frame's words. */
  near: string[];
  /** The words right after the frame's words: what they are said of. */
  object: string[];
}

export function framePolarity(hits: FrameHit[]): Map<FrameName, FrameSide> {
  const out = new Map<FrameName, FrameSide>();
  for (const h of hits) {
    const prev = out.get(h.frame);
    if (!prev) out.set(h.frame, { sign: h.sign, text: h.text, near: [...h.near], object: [...h.object] });
    else {
      prev.near.push(...h.near);
      prev.object.push(...h.object);
      if (prev.sign !== h.sign) prev.sign = 0;
    }
  }
  return out;
}

export function describeFrame(name: FrameName, sign: number): string {
  const f = FRAMES.find((x) => x.name === name)!;
  return sign > 0 ? f.say[0] : f.say[1];
}

/** True for a word some frame reads; frames judge those words themselves. */
export function isFrameWord(word: string): boolean {
  return framesOfWord(word.toLowerCase()).length > 0;
}

/** The frames a lower-case word asserts (+1) or denies (−1). Most words are none: kept per word, not tried against every frame each time. */
const framesOfWord: (w: string) => readonly [Frame, 1 | -1][] = keptPerText(100_000, (w) => {
  const out: [Frame, 1 | -1][] = [];
  for (const f of FRAMES) {
    const base = f.pos.test(w) ? 1 : f.neg.test(w) ? -1 : 0;
    if (base) out.push([f, base]);
  }
  return out;
});

const wordFrames = new Map<string, [Frame, 1 | -1][]>();

/**
 * The given words that a negator governs (within five words after it):
 * "has not received an official offer" negates "official", "offer"; "ruled
 * out recognising Crimea" negates "recognising".
 */
const NON_ANSWER = /^(?:comment|comments|commented|commenting|elaborate|elaborated|disclose|disclosed|specify|specified|speculate|speculated)$/i;

export function negatedWords(text: string, isShared: (word: string) => boolean): Set<string> {
  const toks = tokenize(text);
  const out = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    // "has yet to receive" says "has not received"; "ruled out recognising" says "will not recognise".
    const cue = NEGATOR.test(toks[i]!) ? 1 : NEGATING_PAIR.has(`${toks[i]} ${toks[i + 1]}`) ? 2 : 0;
    // "would not comment on military plans" leaves the plans as they were: declining to speak of a thing negates nothing.
    if (!cue || NON_ANSWER.test(toks[i + cue] ?? '') || NON_ANSWER.test(toks[i + cue + 1] ?? '')) continue;
    for (let j = i + cue; j <= Math.min(toks.length - 1, i + cue + 4); j++) {
      if (isPunct(toks[j]!)) break;
      if (!isFrameWord(toks[j]!) && isShared(toks[j]!)) out.add(toks[j]!);
    }
  }
  return out;
}

/**
 * A frame hit's words as a reader should see them in a reason: the idioms
 * fold phrases into one word before frames are read ("an all-time low" is
 * "nadir", "no confirmed plans for" is "unscheduled"), and the reason quotes
 * the folded words.
 */
const SHOWN: [RegExp, string][] = [
  [/\b(?:an? )?nadir\b/g, 'an all-time low'],
  [/\bunscheduled\b/g, 'no plans'],
  [/\bpost-coldwar\b/g, 'post-Cold War'],
  [/\bcoldwar\b/g, 'Cold War'],
  [/\bworldwar2\b/g, 'Second World War'],
  [/\bfrontline\b/g, 'front line'],
];
export function shownHit(text: string): string {
  let out = text;
  for (const [re, to] of SHOWN) out = out.replace(re, to);
  return out;
}
