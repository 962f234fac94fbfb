/**
 * A side's negotiating position, as a statement tells it: softened (a
 * freeze along the current front line, aims scaled back, claims given up, a
 * territory to divide) or held (aims unchanged, a freeze would not suffice,
 * terms that still require a withdrawal). Reports that tell the same side's
 * position the two ways contradict each other however few words they share
 * ("offered to halt the war along the existing front lines" / "Moscow's
 * objectives have not shifted"): the claim graph links them, and a page
 * sentence that repeats one inherits the conflict with the other.
 */
import { entitiesOf } from '../analysis/entities.ts';
import { frameHits, shownHit, type FrameHit } from './frames.ts';
import { guard, mayMatch, type Guarded } from '../text/literals.ts';
import { terms } from '../text/tokens.ts';
import { isParty } from './relate.ts';
import { ENTITY_IMPLIES } from './setup.ts';

type Kind = 'shift' | 'freeze' | 'divide' | 'give-up' | 'unchanged' | 'not-enough' | 'withdrawal';

export interface Position {
  /** +1 softened, −1 held. */
  sign: 1 | -1;
  /** The words that say it, as they stand: "have not shifted". */
  cue: string;
  /** Whose position: the first party named, with those it speaks for (Peskov → the Kremlin → Russia, Putin). */
  holder: Set<string>;
  /** How it is told: two tellings the same way (a freeze; claims given up) report the same. */
  kinds: Set<Kind>;
  /** The terms of its cues: a page sentence that repeats it says some of these. */
  about: string[];
  /** A freeze where the armies stand is what it offers: a denial of the offer holds against every telling of it. */
  freeze?: boolean;
  /** Held only as terms still standing ("require Ukraine to withdraw from the four regions"), not as "nothing changed": it answers an offer, a page repeating it answers none. */
  onlyTerms?: boolean;
}

/** What a position is about: a change to these is a change of terms ("Moscow's objectives", "the terms'"). */
const AIMS = /^(?:(?:positions?|stances?|aims?|objectives?|ambitions?|aspirations?|goals?|demands?|terms|conditions?|claims?)(?:['’]s?)?|insistence|hardline|maximalist)$/;

/** Halting the war where the armies stand. */
const AT_THE_FRONT = /\b(?:along|on|at|around|based on|on the basis of|freez\w*(?:\s+of)?)\s+(?:the\s+)?(?:current|existing|present|actual)\s+(?:front[\s-]?lines?|frontlines?|line of (?:combat\s+)?contact|battle[\s-]?lines?|positions)\b|\bleav\w* the front(?:\s?line)? where it (?:is|stands)\b/i;
/** Dividing the territory claimed: "a territorial division involving the four regions". */
const DIVIDE = /\b(?:territorial division|divid\w*|split\w*|carv\w* up|partition\w*)\b[^.;:]{0,50}\bregions?\b/i;
/** Giving up what was claimed: "give up its claims", "drop the demand". */
const GIVE_UP = /\b(?:relinquish\w*|giv\w* up|drop\w*|abandon\w*|waiv\w*|withdraw\w*|settle for less)\b(?:\s+(?:its|his|their|the|a|some|part of|parts of|previous|earlier))*\s+(?:claims?|demands?|insistence)?/i;
/** Terms that still require the other side to withdraw: "require Ukraine to … withdraw its military from the four regions". */
const REQUIRES_WITHDRAWAL = /\b(?:requir\w*|demand\w*|insist\w*|conditions?|terms)\b[^.;]{0,80}\b(withdraw\w*\b[^.;]{0,60}\b(?:regions|territor\w*))\b/i;
// These four run on every page sentence's position: each only on a text that
// holds a word it cannot match without (src/text/literals.ts).
const AT_THE_FRONT_G = guard(AT_THE_FRONT);
const DIVIDE_G = guard(DIVIDE);
const GIVE_UP_G = guard(GIVE_UP);
const REQUIRES_WITHDRAWAL_G = guard(REQUIRES_WITHDRAWAL);

/** A guarded pattern's match in a text (`lower`: the text lower-cased), or null, without running it when the text lacks what it needs. */
function execIn(g: Guarded, text: string, lower: string): RegExpExecArray | null {
  return mayMatch(g.need(), lower) ? g.re.exec(text) : null;
}

/** A freeze, the thing a held position finds not enough. */
const FREEZE = /^(?:freez\w*|frozen|front|frontlines?|ceasefire|truce)$/;

/** A word a position is told in names the matter when it is this rare ("freeze", "unchanged"; not "current" or "remain"). */
export const POSITION_WORD_WEIGHT = 0.55;

/** Offices that speak for a head of state or government, and the country a head speaks for. */
const SPEAKS_FOR: Record<string, string[]> = { kremlin: ['putin'], putin: ['russia'], zelensky: ['ukraine'], trump: ['usa'], biden: ['usa'] };

function holderOf(entities: readonly string[]): Set<string> {
  const first = entities.find(isParty);
  return holderOfAll(first ? [first] : []);
}

/** The parties named, with those they speak for (Peskov → the Kremlin → Russia, Putin). */
export function holderOfAll(entities: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const e of entities) if (isParty(e)) addHolder(out, e);
  return out;
}

/** Adds a party and those it speaks for, each once (a module function: no closure made per call). */
function addHolder(out: Set<string>, e: string): void {
  if (out.has(e)) return;
  out.add(e);
  for (const x of ENTITY_IMPLIES.get(e) ?? []) addHolder(out, x);
  for (const x of SPEAKS_FOR[e] ?? []) addHolder(out, x);
}

const aboutAims = (h: FrameHit) => h.near.some((w) => AIMS.test(w));

/**
 * The position a statement tells, if it tells one, and whose. Null when it
 * tells none, or both ways. `entities`: the statement's, when its analysis
 * has them (a title read by date: "the president"). `anyParty`: every
 * party named may hold it, not only the first (a page sentence, read against
 * tellings already found).
 */
export function positionOf(text: string, entities: readonly string[] = entitiesOf(text), anyParty = false): Position | null {
  const hits = frameHits(text);
  const change = hits.filter((h) => h.frame === 'change' && aboutAims(h));
  // "a shift in Russia's hardline stance": the word held is what shifts.
  const shifted = change.filter((h) => h.sign > 0);
  // "kneeling in the same position" says nothing held ("a hardline stance" does).
  const held = change.filter((h) => h.sign < 0 && !(/same$/.test(h.text) && AIMS.test(h.object[0] ?? '')) && !shifted.some((s) => s.object.some((w) => h.text.split(' ').includes(w))));
  // "a simple freezing of the conflict wouldn't suffice": a freeze found not enough.
  const notEnough = hits.filter((h) => h.frame === 'accept' && h.sign < 0 && h.near.some((w) => FREEZE.test(w)));
  const holds: string[] = [...held.map((h) => h.text), ...notEnough.map((h) => h.text)];
  const holdKinds = new Set<Kind>([...(held.length ? ['unchanged' as const] : []), ...(notEnough.length ? ['not-enough' as const] : [])]);
  const lower = text.toLowerCase();
  const withdrawal = execIn(REQUIRES_WITHDRAWAL_G, text, lower);
  // Terms that require a withdrawal are a position held only against an offer to give it up, not a claim that nothing changed.
  const onlyTerms = !holds.length && !!withdrawal && !shifted.length;
  if (withdrawal && !shifted.length) {
    holds.push(withdrawal[1]!);
    holdKinds.add('withdrawal');
  }
  const softens: string[] = shifted.map((h) => h.text);
  // "relinquish its claims" is claims given up, not a shift of aims in general.
  const softKinds = new Set<Kind>(shifted.some((h) => !giveUpWord(h)) ? ['shift'] : []);
  let freeze = false;
  if (!notEnough.length) {
    const front = execIn(AT_THE_FRONT_G, text, lower);
    if (front) {
      softens.push(front[0]);
      softKinds.add('freeze');
      freeze = true;
    }
    const divide = execIn(DIVIDE_G, text, lower);
    if (divide) {
      softens.push(divide[0]);
      softKinds.add('divide');
    }
    const g = execIn(GIVE_UP_G, text, lower);
    if (g && /claims?|demands?|insistence|settle/i.test(g[0])) {
      softens.push(g[0].trim());
      softKinds.add('give-up');
    }
  }
  if (shifted.some(giveUpWord)) softKinds.add('give-up');
  if (!holds.length === !softens.length) return null;
  // No one named ("The president has never suggested a shift"): the caller may know whose it is from the sentences before.
  const holder = anyParty ? holderOfAll(entities) : holderOf(entities);
  const cues = holds.length ? holds : softens;
  return {
    sign: holds.length ? -1 : 1,
    cue: shownHit(cues[0]!),
    kinds: holds.length ? holdKinds : softKinds,
    about: [...new Set(cues.flatMap((c) => terms(c)))],
    holder,
    ...(freeze && !holds.length ? { freeze } : {}),
    ...(onlyTerms ? { onlyTerms } : {}),
  };
}

/** "relinquish its claims" is claims given up, not a shift of aims in general. */
function giveUpWord(h: FrameHit): boolean {
  return /relinquish|concession|compromise/.test(h.text);
}

/** Two tellings of one side's position, the same way. */
export function sameTelling(a: Position, b: Position): boolean {
  return a.sign === b.sign && [...a.holder].some((e) => b.holder.has(e));
}

/** …and in the same words, near enough: both tell of a freeze, or of claims given up. */
export function sameKind(a: Position, b: Position): boolean {
  return [...a.kinds].some((k) => b.kinds.has(k));
}

/** Two positions of one side, told the opposite ways. */
export function opposedPositions(a: Position, b: Position): boolean {
  return a.sign !== b.sign && [...a.holder].some((e) => b.holder.has(e));
}

interface Told {
  text: string;
  reportId: string;
  analysis: { entities: readonly string[] };
}

/**
 * The position statement i tells, read in its report: one that names no one
 * is the last party's of the two statements before it ("…,” said Peskov.
 * “The president has never suggested a shift…").
 */
export function statementPosition(statements: readonly Told[], i: number): Position | null {
  const s = statements[i]!;
  const p = positionOf(s.text, s.analysis.entities);
  if (!p || p.holder.size) return p;
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    if (statements[k]!.reportId !== s.reportId) break;
    const holder = holderOf(statements[k]!.analysis.entities);
    if (holder.size) return { ...p, holder };
  }
  return p;
}

/** How a reason says it, by the first way it is told. */
const SAY: Record<Kind, string> = {
  shift: 'the terms have softened',
  freeze: 'the war could stop where the armies stand',
  'give-up': 'claims could be given up',
  divide: 'the contested regions could be divided',
  unchanged: 'the terms are unchanged',
  'not-enough': 'a freeze is not enough',
  withdrawal: 'the terms still demand a withdrawal',
};

export function describePosition(p: Position): string {
  const kind = [...p.kinds][0];
  return kind ? SAY[kind] : p.sign > 0 ? SAY.shift : SAY.unchanged;
}
