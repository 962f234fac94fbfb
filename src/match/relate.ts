/**
 * The relation step: given a page sentence and one corpus statement the index
 * found for it, does the statement speak to the sentence at all, and if so
 * does its report agree, conflict, or only relate — and why.
 *
 * Several independent signals, none decisive alone: weighted word overlap
 * (does it speak to the same claim), figures for the same fact, the side each
 * takes on a claim frame, negation of the shared words, and the learned
 * stance model when one is loaded.
 */
import type { StatementAnalysis } from '../analysis/types.ts';
import { compareFigures, measureOf, otherTimedEvents, type FigureVerdict } from './figures.ts';
import { isOpinion } from './opinion.ts';
import { sharedOccasion } from './occasion.ts';
import { cityInCountry, countryOf, otherVenue, unknownVenuesOf, venuesOf } from './places.ts';
import { entitiesOf, findEntities, tokenForm } from '../analysis/entities.ts';
import { describeFrame, framePolarity, frameHits, negatedWords, shownHit, type FrameHit, type FrameName, type FrameSide } from './frames.ts';
import { disjoint, type EventWindow } from './time.ts';
import type { Relation } from './types.ts';
import type { TermWeights } from './weights.ts';
import { term, terms, termsOfWords, words } from '../text/tokens.ts';
import { keptPerText } from '../text/memo.ts';
import { neighboursOf } from './neighbours.ts';
import { HELD_FRAMES, hitIndex, holderBefore } from './holder.ts';
import { ENTITY_DISPLAY, ENTITY_IMPLIES, ENTITY_TERMS, ENTITY_TYPES, OUTLET_TERMS, PERSON_TERMS, PLACE_TERMS } from './setup.ts';

export interface Side {
  text: string;
  terms: Set<string>;
  analysis: StatementAnalysis;
  frames: Map<FrameName, FrameSide>;
  /** Every frame word found, with its clause: compared pairwise. */
  hits: FrameHit[];
  window: EventWindow | null;
  /** Who the statement is attributed to, as the text says it: "Kremlin spokesman Dmitry Peskov". */
  speaker: string;
  /** Terms that name someone or something (entities, capitalised names): they say who, not what is claimed. */
  names: Set<string>;
  /** On a page side: the parties its page's title and lead name (whose story it tells), when known. */
  lead?: ReadonlyMap<string, number>;
}

/**
 * Who the statement's report speaks of, and who every report speaks of: the
 * "same event" evidence the relation step reads. Made once per report by the
 * matcher (`reportContext`).
 */
export interface ReportContext {
  /** Entity ids (people, countries, organisations) the statement's report names anywhere. */
  parties: ReadonlySet<string>;
  /** Entity ids most reports of the corpus name (Putin, Trump, Russia): sharing one says little. */
  ubiquitous: ReadonlySet<string>;
  /** The report's terms: a name on the page that is not among them is someone the report does not speak of. */
  terms: { has(term: string): boolean };
  /** Words nearly every report of the corpus uses (talks, troops, region): sharing only these says no claim is shared. */
  subject?: { has(term: string): boolean };
}

/** Declining to answer: "declined to comment", "would not be drawn on", "refused to characterise". */
export const NONCOMMITTAL = /\b(?:declin(?:ed|es|ing)|refus(?:ed|es|ing)|would not|wouldn['’]t|did not want|didn['’]t want) to (?:comment|say|discuss|be drawn|characteri[sz]e|confirm or deny|elaborate|specify)\b|\bwould not be drawn\b|\bno comment\b|\bneither confirm(?:ed|s|ing)? nor den(?:ied|y|ies|ying)\b|\b(?:said|says|saying) nothing either way\b|\b(?:kept|keeps|keeping|remained|remains) (?:silent|quiet|tight-lipped)\b|\b(?:has|have|had|did) not (?:yet )?(?:commented|comment)\b|\b(?:has|have|had|did) not (?:yet )?(?:said|say) whether\b|\b(?:hasn['’]t|haven['’]t|didn['’]t) (?:yet )?(?:said|say) whether\b/i;

/**
 * The page has someone decline to answer on a matter, and the statement names
 * that person and speaks of that matter: "Peskov declined to comment on [the
 * report]" / "Peskov rejected the Financial Times report".
 */
function declinedOnSame(page: Side, stmt: Side): boolean {
  const m = NONCOMMITTAL.exec(page.text);
  if (!m) return false;
  const theirs = new Set(stmt.analysis.entities);
  const who = entitiesOf(page.text.slice(0, m.index)).filter((e) => ENTITY_TYPES.get(e) === 'person');
  // The one who declines is the one the statement quotes, not someone it mentions ("Trump's team declined to comment" / "Putin hints…").
  const speaker = new Set(entitiesOf(stmt.speaker));
  if (!who.some((e) => theirs.has(e) && speaker.has(e))) return false;
  const matter = page.text.slice(m.index + m[0].length).split(/[,;]|\s+but\s+/)[0]!;
  // "No comment on a separate report": another matter by its own words.
  if (/^\s*(?:on|about|to)?\s*(?:a|an|the)?\s*(?:separate|different|another|other|unrelated)\b/i.test(matter)) return false;
  // …and the matter is what the statement answers: what it denies, or what its frame is said of.
  const answered = new Set([...terms(stmt.analysis.denialTarget ?? ''), ...stmt.hits.flatMap((h) => h.near.map(term))]);
  return terms(matter).some((t) => answered.has(t) && !stmt.names.has(t));
}

/** A body or person (not a country: "Russian" says little) named on one side and named or implied on the other. */
function sharedBody(page: Side, stmt: Side): boolean {
  return (
    page.analysis.entities.some((e) => ENTITY_TYPES.get(e) !== 'country' && ENTITY_TYPES.get(e) !== 'outlet' && stmt.analysis.entities.includes(e)) ||
    // The same city by its country: "resumed in Istanbul" / "resumed recently in Turkey".
    cityInCountry(page.text, stmt.text)
  );
}

/** The entity ids of a side that name a party (a person, a country, an organisation), not a place or an outlet. */
export function partiesOf(side: Side): string[] {
  return side.analysis.entities.filter(isParty);
}

/** A person, a country or an organisation: someone who acts, not a place or an outlet. */
export function isParty(e: string): boolean {
  return PARTY_TYPES.has(ENTITY_TYPES.get(e) ?? '');
}

const PARTY_TYPES = new Set(['person', 'country', 'org']);

/**
 * Evidence that a page sentence and a statement tell of the same event or
 * claim, from who takes part: null when the page names a party its report
 * never speaks of and the two share no party beyond the ubiquitous ones
 * ("Xi said China was ready to work with the incoming Trump administration"
 * is not Kyiv being open to proposals, whatever words they share).
 */
export function otherParties(page: Side, stmt: Side, ctx: ReportContext): string[] {
  const unknown = partiesOf(page).filter((e) => !knownTo(ctx, e));
  if (!unknown.length) return [];
  // A capital named once, as where something happens, is a place, not a party: officials "due to meet in Paris".
  const venues = venuesOf(page.text);
  const mentions = venues.size ? findEntities(page.text) : [];
  const foreign = unknown.filter((e) => !venues.has(e) || mentions.filter((m) => m.entity === e).length !== 1);
  if (!foreign.length) return [];
  // Anything specific both name (a person, a place, a body) ties them again: Crimea, Gerasimov, Sochi.
  return specificShared(page, stmt, ctx).length ? [] : foreign;
}

/** The same figure of the same named measure (not a call's length: calls are told apart in same-call.ts), and a party both name. */
function sameNamedFigure(page: Side, stmt: Side, fig: FigureVerdict | null): boolean {
  if (fig?.relation !== 'agree' || !fig.page.measure || fig.page.measure !== fig.corpus.measure || fig.page.measure === 'call duration') return false;
  const theirs = new Set(partiesOf(stmt));
  return partiesOf(page).some((e) => theirs.has(e));
}

/** Whether the report speaks of a party; a party stands for those it implies (the White House is the United States). */
export function knownTo(ctx: ReportContext, e: string): boolean {
  return ctx.parties.has(e) || (ENTITY_IMPLIES.get(e) ?? []).some((x) => knownTo(ctx, x));
}

export interface StanceProbs {
  agree: number;
  disagree: number;
  discuss: number;
  unrelated: number;
}

export interface Verdict {
  relation: Relation;
  score: number;
  why: string;
  /** How much of the page sentence the statement covers, 0..1 (weighted). */
  coverage: number;
  /** For a conflict: the terms it is about (the shared words at the opposed frames, or the figures' fact). */
  about?: string[];
  /** An agreement on part of the page's claim only: the claim graph does not link on it. */
  weak?: boolean;
  /** The same subject, with the claim said the other way on one side ("has not received" / "already has"). */
  opposed?: boolean;
  /** An agreement that takes the same side of a claim frame, said of the same thing ("would not be enough" / "wouldn't suffice", both of a freeze). */
  sameFrame?: boolean;
  /** A conflict on a figure of the same fact (a call's length, a share of territory). */
  figure?: boolean;
  /** An agreement on little but who someone is ("Trump's special envoy Steve Witkoff"): the page around it must be the report's story. */
  byRole?: boolean;
}

/** Words that say who someone is, not what is claimed: "Trump's special envoy Steve Witkoff". */
const ROLE_TERMS = new Set(['envoy', 'special', 'aide', 'spokesman', 'spokesperson', 'spokeswoman', 'adviser', 'advisor', 'minister', 'secretary', 'ambassador', 'negotiator', 'representative'].map(term));

export function makeSide(text: string, analysis: StatementAnalysis, window: EventWindow | null): Side {
  const ws = words(text);
  // Each word's term once: the names and the terms both read them (kept with the text's kept words).
  const ts = termsOfWords(ws);
  const names = new Set<string>();
  const quoteStarts = quotedCapitals(text);
  for (let i = 0; i < ws.length; i++) {
    const t = ts[i]!;
    const w = ws[i]!;
    if (t && (ENTITY_TERMS.has(t) || (i > 0 && startsUpper(w) && !quoteStarts.has(w)))) names.add(t);
  }
  // The frame words are read only of a statement that shares enough with the page (most candidates do not):
  // found on first read, as frameHits would find them here.
  let hits: FrameHit[] | undefined;
  let frames: Map<FrameName, FrameSide> | undefined;
  return {
    names,
    text,
    terms: new Set(ts.filter(Boolean)),
    analysis,
    get hits() {
      return (hits ??= frameHits(text));
    },
    get frames() {
      return (frames ??= framePolarity(this.hits));
    },
    window,
    speaker: speakerOf(text, analysis),
  };
}

/** /^\p{Lu}/u.test(w), by character code for an ASCII first letter: it runs for every word of every side. */
function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
}

/** A text without one of these holds no title the pattern below reads (it needs one of them, as written). */
const TITLE_WORDS = ['spokes', 'official', 'President', 'envoy', 'aide'];

function speakerOf(text: string, analysis: StatementAnalysis): string {
  const a = analysis.attribution[0];
  if (a?.speaker) return a.speaker;
  if (!TITLE_WORDS.some((w) => text.includes(w))) return '';
  const m = /\b((?:Kremlin|Russian|Ukrainian|U\.S\.|US|White House|NATO|European)?\s*(?:spokes(?:man|woman|person)|officials?|President|envoy|aide)\s+(?:[A-Z][\p{L}-]+\s?){1,3})/u.exec(text);
  return m ? m[1]!.trim() : '';
}

/** Up to `n` page words (as written) behind the shared terms, rarest first. */
function sharedWords(page: Side, shared: string[], weights: TermWeights, n: number): string[] {
  // The shared entries only, in the side's order, then a stable sort: as filtering all of them was.
  const picked: [string, string][] = [];
  for (const entry of wordsByTerm(page)) if (shared.includes(entry[0])) picked.push(entry);
  return picked
    .sort((a, b) => weights.weight(b[0]) - weights.weight(a[0]))
    .slice(0, n)
    .map((e) => e[1]);
}

/**
 * Each term of a side with the word (as written) that first gives it, in
 * order: kept per side, as a reason asks for the page's shared words once for
 * every candidate it names.
 */
const firstWords = new WeakMap<Side, Map<string, string>>();

function wordsByTerm(side: Side): Map<string, string> {
  let byTerm = firstWords.get(side);
  if (!byTerm) {
    byTerm = new Map();
    const ws = words(side.text);
    const ts = termsOfWords(ws);
    for (let k = 0; k < ws.length; k++) {
      const t = ts[k]!;
      if (t && !byTerm.has(t)) byTerm.set(t, ENTITY_DISPLAY.get(t) ?? ws[k]!);
    }
    firstWords.set(side, byTerm);
  }
  return byTerm;
}

function quote(s: string, max = 90): string {
  const t = s.length > max ? s.slice(0, max - 1).replace(/\s+\S*$/, '') + '…' : s;
  return `“${t}”`;
}

// Gates, tuned on eval/tune only (see docs/matching.md).
const MIN_SHARED = 2;
const MIN_COVERAGE = 0.33;
const MIN_F = 0.25;
const AGREE_COVERAGE = 0.45;
const ANCHOR_WEIGHT = 0.38;
/** A figure that fits, for the same named measure of the same people ("a couple of hours on the phone" / "a two-hour phone call"), agrees on this much of the sentence. */
const NAMED_FIGURE_COVERAGE = 0.3;
/** A claim word this rare names the matter alone ("provocation", "congratulate"; "report" and "call" weigh ~0.36). */
const RARE_CLAIM_WEIGHT = 0.75;
/** A statement that covers this much of the sentence shares its claim with one claim word of this weight ("spoken": 0.69). */
const MOSTLY_COVERAGE = 0.6;
const MOSTLY_CLAIM_WEIGHT = 0.6;
/** How much of a shared word a near-synonym counts for (times its similarity). */
const SOFT_SHARE = 0.5;
/** The stance model alone names a conflict only when this sure; at 0.8 it misread hedged Kremlin statements on eval/tune. */
const STANCE_CONFLICT = 0.95;

/** How much two sentences share, weighted: what the gates and verdicts read. */
export interface Overlap {
  /** Terms both sides use. */
  shared: string[];
  /** Shared weight over the page sentence's weight (near-synonyms and shared frames count in part). */
  coverage: number;
  /** The same, names aside: how much of what the page claims the statement shares. */
  claim: number;
  /** Shared weight over the statement's weight. */
  recall: number;
  /** F0.5 of coverage and recall. */
  f: number;
  /** Shared terms that are neither side's names. */
  claimWords: number;
  /** …of which roles ("special", "envoy", "aide"): they say who, not what. */
  roles: number;
  sharesName: boolean;
}

/**
 * The summed weight of a side's terms, kept per side for the term weights in
 * use (they change when a pack comes or goes): a statement's side meets every
 * page sentence whose candidates it is among, and its terms are the same each time.
 */
const weightSums = new WeakMap<Side, { weights: TermWeights; sum: number }>();

function weightSum(side: Side, weights: TermWeights): number {
  const kept = weightSums.get(side);
  if (kept?.weights === weights) return kept.sum;
  let sum = 0;
  for (const t of side.terms) sum += weights.weight(t);
  weightSums.set(side, { weights, sum });
  return sum;
}

/**
 * A page side's terms in order, with what overlap reads of each (its weight,
 * whether the page writes it as a name, its near-synonyms), kept per side for
 * the term weights in use: the page sentence meets each of its candidates.
 */
interface TermTable {
  weights: TermWeights;
  terms: string[];
  weight: Float64Array;
  name: Uint8Array;
  near: (readonly (readonly [string, number])[])[];
}
const termTables = new WeakMap<Side, TermTable>();

function termTable(side: Side, weights: TermWeights): TermTable {
  const kept = termTables.get(side);
  if (kept?.weights === weights) return kept;
  const ts = [...side.terms];
  const table: TermTable = { weights, terms: ts, weight: new Float64Array(ts.length), name: new Uint8Array(ts.length), near: [] };
  for (let k = 0; k < ts.length; k++) {
    table.weight[k] = weights.weight(ts[k]!);
    table.name[k] = side.names.has(ts[k]!) ? 1 : 0;
    table.near.push(neighboursOf(ts[k]!));
  }
  termTables.set(side, table);
  return table;
}

export function overlap(page: Side, stmt: Side, weights: TermWeights): Overlap | null {
  const shared: string[] = [];
  let wPage = 0;
  let wStmt = 0;
  let wShared = 0;
  let wPageClaim = 0;
  let wSharedClaim = 0;
  const table = termTable(page, weights);
  const n = table.terms.length;
  for (let k = 0; k < n; k++) {
    const t = table.terms[k]!;
    const w = table.weight[k]!;
    const isName = table.name[k] === 1 || stmt.names.has(t);
    wPage += w;
    if (!isName) wPageClaim += w;
    if (stmt.terms.has(t)) {
      shared.push(t);
      wShared += w;
      if (!isName) wSharedClaim += w;
    }
  }
  // Fewer than two shared words is no overlap, whatever else the two share: not worked out further.
  if (shared.length < MIN_SHARED) return null;
  // Near-synonyms count for part of a shared word ("deeds" / "actions"),
  // in the weights only: near-synonyms alone never make two claim words.
  for (let k = 0; k < n; k++) {
    const t = table.terms[k]!;
    if (stmt.terms.has(t)) continue;
    // The first near-synonym the statement uses (the list is best first).
    let near: readonly [string, number] | undefined;
    for (const pair of table.near[k]!) {
      if (stmt.terms.has(pair[0])) {
        near = pair;
        break;
      }
    }
    if (!near) continue;
    const w = table.weight[k]! * near[1] * SOFT_SHARE;
    wShared += w;
    if (table.name[k] !== 1) wSharedClaim += w;
  }
  // No claim word shared: no overlap, whatever the frames add (they add to no claim weight).
  if (wSharedClaim === 0) return null;
  wStmt += weightSum(stmt, weights);
  // A claim frame both sides touch is shared subject matter, whichever side each takes.
  // …but only when the frame is said of something both share ("rejected the FT
  // report" / "confirmed the FT report"), not for any "ready" and "open".
  let sharedFrames = 0;
  for (const [f, p] of page.frames) {
    const q = stmt.frames.get(f);
    if (q && anchoredTogether(p, q, shared, page.names, weights, f)) sharedFrames++;
  }
  const frameBonus = 0.6 * sharedFrames;
  wShared += frameBonus;
  wPage += frameBonus;
  wStmt += frameBonus;
  if (shared.length < MIN_SHARED || wPage === 0) return null;
  const coverage = wShared / wPage;
  const claim = wPageClaim > 0 ? wSharedClaim / wPageClaim : 0;
  const recall = wShared / wStmt;
  const beta2 = 0.25; // F0.5: a page sentence often restates part of a longer report sentence
  const f = ((1 + beta2) * coverage * recall) / (beta2 * coverage + recall);
  // Counted, not filtered into lists: only the counts are kept.
  let claimWords = 0;
  let names = 0;
  let roles = 0;
  for (const t of shared) {
    if (page.names.has(t) || stmt.names.has(t)) names++;
    // A unit ("hours") only carries a figure: "the meeting lasted two and a half hours" shares no claim with "the call lasted over an hour" by it.
    else if (!UNIT_TERMS.has(t)) claimWords++;
    if (ROLE_TERMS.has(t)) roles++;
  }
  return {
    shared,
    coverage,
    claim,
    recall,
    f,
    claimWords,
    roles,
    sharesName: names > 0,
  };
}

/**
 * `stance` is asked only when a verdict needs it (most candidates are
 * dismissed by the overlap gates first), so pass a function.
 */
export function relate(page: Side, stmt: Side, weights: TermWeights, stanceOf?: () => StanceProbs, pageName = 'the page', ctx?: ReportContext): Verdict | null {
  const o = overlap(page, stmt, weights);
  if (!o) return null;
  // Someone else's call, offer or readiness: the page names a party the
  // report never speaks of, and nothing but a ubiquitous name is shared.
  // …unless the two give the same figure of a named measure, of a party both name: "Ukraine supports a full and
  // unconditional 30-day ceasefire", says Zelensky, whom 001 never names, as 001's Ukrainian officials do.
  // Figures for the same fact (a call's length, a share of territory) tie two
  // sentences even when they share few other words.
  const fig = compareFigures(page.analysis.quantities, stmt.analysis.quantities, [page.text, stmt.text]);
  if (ctx && otherParties(page, stmt, ctx).length && !sameNamedFigure(page, stmt, fig)) return null;
  const { shared, coverage, claim, f, claimWords } = o;
  // A party named on one side and implied on the other is shared: "the Kremlin" and "Kremlin spokesman Peskov".
  const sharesName = o.sharesName || sharedBody(page, stmt);
  // Each times one event from another, and they are not the same two: two stories, whatever words they share.
  if (otherTimedEvents(page.analysis.quantities, stmt.analysis.quantities, [page.text, stmt.text])) return null;
  // A figure for a named measure ("call duration") about the same person ties
  // the two even more: "ran for more than an hour" / "lasted over an hour".
  // A page sentence that names no one ("The conversation lasted more than 60 minutes") is about its lead's people:
  // two of them whom the statement's report names.
  const samePeople = shared.some((t) => PERSON_TERMS.has(t)) || (!!ctx && !!page.lead && !partiesOf(page).length && leadPeople(page.lead, ctx) >= 2);
  // …a share of territory is a country's: Ukraine named on both sides will do ("as much as a fifth of its territory" / "up to 20% of its territory").
  const sameOwner = samePeople || (fig?.page.measure === 'territory share' && shared.some((t) => ENTITY_TYPES.get(t) === 'country'));
  const namedMeasure = !!fig && !!fig.page.measure && fig.page.measure === fig.corpus.measure && sameOwner;
  const gate = fig ? (namedMeasure ? 0.5 : 0.66) : 1;
  if (coverage < MIN_COVERAGE * gate || f < MIN_F * gate) return null;
  // "The measures have been in place since February 2022": a date and a common word say when, not what.
  // …unless two names are shared too, one a person's: "the last time Putin spoke to a sitting American president was in February 2022".
  const twoNames = shared.some((t) => PERSON_TERMS.has(t)) && shared.filter((t) => page.names.has(t) && stmt.names.has(t)).length >= 2;
  if (!fig && !twoNames && onlyWhen(shared.filter((t) => !page.names.has(t) && !stmt.names.has(t)), weights)) return null;
  // The same actors: a sentence that shares no name with a statement is about
  // someone else ("the Elysee described the call as constructive"), unless it
  // restates most of the claim in the statement's own words.
  // …and names no one of its own: "the Elysee described the call as constructive" is the Elysee's word, not the Kremlin's.
  // A statement that names no one ("The call, which lasted over an hour") is
  // tied to a page sentence naming its report's parties by the report itself.
  // …or the page names someone specific to the report that the statement leaves to the sentence before it
  // ("Bob Woodward's new book reports as many as seven calls" / "According to the book, … as many as seven conversations").
  const byReport = !sharesName && !!ctx && (reportTies(page, stmt, ctx) || partiesOf(page).some((e) => ctx.parties.has(e) && !ctx.ubiquitous.has(e) && ENTITY_TYPES.get(e) === 'person'));
  // A page sentence that names no one ("The conversation went on for roughly 90
  // minutes") speaks of its page's parties: a statement naming one of them shares it.
  // Two of the statement's people or bodies must be in the lead: one (Trump) is in every kind of story.
  const byPage = !sharesName && !byReport && !!page.lead && !partiesOf(page).length && partiesOf(stmt).filter((e) => ENTITY_TYPES.get(e) !== 'country' && page.lead!.has(e)).length >= 2;
  // A page sentence that names no one at all ("both presidents acknowledged…")
  // is nobody else's claim either: three shared claim words and half the claim will do.
  const anonymous = !page.names.size && claimWords >= 3 ? 0.5 : 0.6;
  if (!sharesName && !byReport && !byPage && (claim < anonymous || (ctx && ownNames(page, stmt, ctx).length))) return null;
  const related = Math.min(1, 0.35 + 0.75 * f);
  // Two days of the week named for the events, and none in common: two events ("on Tuesday" / "on Monday").
  const dayApart = otherDays(page.text, stmt.text);
  const sameEvent = !disjoint(page.window, stmt.window) && !dayApart;
  const who = stmt.speaker || 'This report';

  // 1. Figures for the same fact — of the same event: two figures with a name
  // in common ("over 24 hours", "two-hour call", both near "Trump") may be any two things.
  if (fig?.relation === 'conflict' && sameEvent && (!ctx || sameEventEvidence(page, stmt, shared, ctx) >= 2)) {
    return { relation: 'conflict', score: Math.min(1, related + 0.15), coverage, figure: true, about: shared.filter((t) => !page.names.has(t)), why: `Different figure: ${quote(fig.corpus.text)} here, ${quote(fig.page.text)} on ${pageName}` };
  }

  // An opinion on either side ("they believed Putin remained unwilling") contradicts no account.
  const opinion = isOpinion(page.text) || isOpinion(stmt.text);

  // 1b. The page has someone decline to say what this report has him say
  // ("Peskov declined to comment on the report" / "Peskov rejected the Financial
  // Times report"): a non-answer against an answer. Not when the report has him
  // decline too.
  if (!opinion && coverage >= 0.3 && NONCOMMITTAL.test(page.text) && !NONCOMMITTAL.test(stmt.text) && (stmt.analysis.denial || stmt.hits.length > 0) && declinedOnSame(page, stmt)) {
    return { relation: 'conflict', score: Math.min(1, related + 0.05), coverage, why: `${who} gives an answer (${quote(stmt.text, 60)}); ${pageName} says none was given` };
  }

  // 2. Opposite sides of a claim frame, said of the same thing: a shared word
  // stands near the frame's words on both sides ("rejected the FT report" /
  // "confirmed the FT report"), so "confirmed plans" cannot oppose "rejected the report".
  let sameSide: { frame: FrameName; sign: number } | null = null;
  // A statement's frame word that some page word also takes the same side on is
  // not opposed by another page word: "refused to give a date but was still
  // open to a settlement" says "open" as the statement does.
  const echoed = new Set<FrameHit>();
  for (const p of page.hits)
    for (const q of stmt.hits) if (p.frame === q.frame && p.sign === q.sign && anchorsOf(p, q, shared, page.names, weights).length) echoed.add(q);
  let otherHolder: [string, string] | null = null;
  for (const p of page.hits) {
    for (const q of stmt.hits) {
      if (p.frame !== q.frame) continue;
      const anchors = anchorsOf(p, q, shared, page.names, weights);
      if (!anchors.length) continue;
      // Another side's readiness, shift or gains is not this side's, whichever way each goes.
      if (HELD_FRAMES.has(p.frame)) {
        const hp = holderBefore(page.text, hitIndex(page.text, p.text));
        const hq = holderBefore(stmt.text, hitIndex(stmt.text, q.text));
        if (hp && hq && hp !== hq) {
          otherHolder ??= [hp, hq];
          continue;
        }
      }
      if (p.sign === q.sign) {
        sameSide ??= { frame: p.frame, sign: p.sign };
        continue;
      }
      if (echoed.has(q)) continue;
      // An opinion on the other side of the frame contradicts no account, and agrees with it no more.
      if (opinion) return { relation: 'related', score: related * 0.8, coverage, why: `An opinion on the other side: ${who} says ${describeFrame(q.frame, q.sign)}, ${pageName} ${describeFrame(p.frame, p.sign)}` };
      if (coverage >= 0.3) {
        return {
          relation: 'conflict',
          score: Math.min(1, related + 0.1),
          coverage,
          why: `${who} says ${describeFrame(q.frame, q.sign)} (${quote(shownHit(q.text), 40)}); ${pageName} says ${describeFrame(p.frame, p.sign)} (${quote(shownHit(p.text), 40)})`,
          about: anchors,
        };
      }
    }
  }

  if (otherHolder && !sameSide) {
    return { relation: 'related', score: related * 0.8, coverage, why: `Same claim of another side: ${displayName(otherHolder[1])} here, ${displayName(otherHolder[0])} on ${pageName}` };
  }

  // 3. The shared words negated on one side only.
  if (coverage >= 0.55 && claim >= 0.6 && !opinion) {
    const isShared = (w: string) => { const t = term(w); return shared.includes(t) && !page.names.has(t) && !stmt.names.has(t); };
    // One side negates two or more shared words that the other side leaves alone.
    const np = new Set([...negatedWords(page.text, isShared)].map(term));
    const nsRaw = new Set([...negatedWords(stmt.text, isShared)].map(term));
    const overlapNeg = [...np].some((t) => nsRaw.has(t));
    const ns = nsRaw.size >= 2 && !overlapNeg;
    const npOnly = np.size >= 2 && !overlapNeg;
    if (ns !== npOnly && !overlapNeg) {
      const [neg, pos] = ns ? ['this report', pageName] : [pageName, 'this report'];
      return { relation: 'conflict', score: Math.min(1, related + 0.05), coverage, why: `Negation: ${neg} says the opposite of ${pos} about ${sharedWords(page, shared, weights, 3).join(', ')}` };
    }
  }

  // 4. The learned stance model, when it is confident the body disagrees.
  // Asked only where a verdict reads it (preparing a statement for the model is most of its cost): the same answer when asked.
  const asked = !!stanceOf && (coverage >= 0.45 || claim >= 0.3);
  let kept: StanceProbs | undefined;
  const stanceNow = () => (asked ? (kept ??= stanceOf!()) : undefined);
  const stance = !opinion && coverage >= 0.5 && claim >= 0.4 ? stanceNow() : undefined;
  if (stance && stance.disagree > STANCE_CONFLICT) {
    return { relation: 'conflict', score: Math.min(1, related * stance.disagree + 0.1), coverage, why: `Disputes the claim (stance model: ${Math.round(stance.disagree * 100)}% disagree) on ${sharedWords(page, shared, weights, 3).join(', ')}` };
  }

  const keyWords = sharedWords(page, shared, weights, 4).join(', ');
  if (fig?.relation === 'conflict' && !sameEvent) {
    const basis = dayApart ? `${dayApart[1]} vs ${dayApart[0]}` : `${stmt.window!.basis} vs ${page.window!.basis}`;
    return { relation: 'related', score: related * 0.8, coverage, why: `Different event: ${quote(fig.corpus.text)} here, ${quote(fig.page.text)} on ${pageName}, but ${basis}` };
  }
  // One claim word will do when it is rare enough to name the matter and the two
  // share their actors: "described the episode as a provocation" / "an attempted provocation".
  // …or less rare, when the statement says most of the sentence ("Trump told NBC he had not yet spoken to Putin").
  const rareEnough = coverage >= MOSTLY_COVERAGE ? MOSTLY_CLAIM_WEIGHT : RARE_CLAIM_WEIGHT;
  const oneRareWord = claimWords === 1 && sharesName && coverage >= AGREE_COVERAGE && claim >= 0.3 && shared.some((t) => !page.names.has(t) && !stmt.names.has(t) && weights.weight(t) >= rareEnough);
  // One claim word will do for the same occasion of the same specific party or place ("in London on Wednesday").
  const day = sharedOccasion(page.text, stmt.text);
  const occasion = coverage >= AGREE_COVERAGE && claimWords >= 1 && ctx ? day : null;
  const sameOccasion = !!occasion && specificShared(page, stmt, ctx!).length > 0;
  // The same named figure, of the same people, on the same day ("on Monday … a really long phone call, like two hours long" /
  // "a two-hour phone call with Trump on Monday") is one event told twice, in however few shared words.
  const sameDayFigure = fig?.relation === 'agree' && samePeople && !!measureOf(fig.page) && measureOf(fig.page) === measureOf(fig.corpus) && !!day;
  const agrees = sameDayFigure || (coverage >= AGREE_COVERAGE && claim >= 0.3 && claimWords >= 2) || (sameSide !== null && claim >= 0.3 && claimWords >= 2) || (fig?.relation === 'agree' && coverage >= (namedMeasure ? NAMED_FIGURE_COVERAGE : 0.45)) || sameOccasion || oneRareWord;
  // A shared claim word one side negates and the other does not: they do not
  // report the same ("ruled out recognising Crimea" / "proposed recognising Crimea").
  // "It is not clear whether Putin would accept a freeze" asks, it does not say.
  if (agrees && askedOnly(page.text, shared.filter((t) => !page.names.has(t) && !stmt.names.has(t)))) {
    return { relation: 'related', score: related * 0.8, coverage, why: `Asks what this report says: ${keyWords}` };
  }
  const negatedApart = agrees && oneSideNegates(page, stmt, shared);
  if (negatedApart) return { relation: 'related', opposed: true, score: related * 0.8, coverage, why: `Same subject, but ${negatedApart}` };
  // The same event in two places ("resumed in Riyadh" / "resumed in Turkey"): a figure-like conflict.
  const venues = agrees && sameEvent && !opinion ? otherVenue(page.text, stmt.text, (id) => page.names.has(tokenForm(id)), (id) => stmt.names.has(tokenForm(id))) : null;
  if (venues) {
    const shown = (id: string) => ENTITY_DISPLAY.get(tokenForm(id)) ?? id;
    return { relation: 'conflict', score: Math.min(1, related + 0.1), coverage, why: `Different place: ${shown(venues[1])} here, ${shown(venues[0])} on ${pageName}` };
  }
  // "…in Moscow, not in St Petersburg as some outlets wrote": the page sets aside
  // a specific place or party this report names, and otherwise tells the same.
  const setAside = ctx && !opinion ? correctedParty(page.text, stmt, ctx) : null;
  if (setAside && (claimWords >= 2 || specificShared(page, stmt, ctx!).some((e) => e !== setAside))) {
    const shown = ENTITY_DISPLAY.get(tokenForm(setAside)) ?? setAside;
    return { relation: 'conflict', score: Math.min(1, related + 0.05), coverage, why: `The page says not ${shown}, as this report has it` };
  }
  // The same meeting in the same place on another day ("talks in London on
  // Thursday" / "convene in London on Wednesday"): a date-like conflict. A call
  // on another day is another call; a meeting named by its place is one event.
  if (dayApart && !opinion && ctx && coverage >= AGREE_COVERAGE && claimWords >= 1 && specificShared(page, stmt, ctx).some((e) => ENTITY_TYPES.get(e) === 'place')) {
    return { relation: 'conflict', score: Math.min(1, related + 0.05), coverage, why: `Different day: ${dayApart[1]} here, ${dayApart[0]} on ${pageName}` };
  }
  // Nothing shared but who someone is ("Steve Witkoff, Trump's special envoy for the Middle East" / "US envoy Steve Witkoff"): no claim in common.
  // A place both name ties them yet: "made the offer to Steve Witkoff, Trump's special envoy, … in St Petersburg".
  const onlyRoles = o.roles > 0 && claimWords === o.roles && !fig && !sameSide && !sameOccasion && !(ctx && specificShared(page, stmt, ctx).some((e) => ENTITY_TYPES.get(e) === 'place'));
  if (onlyRoles) return null;
  // "Russian forces said they had taken two more villages in the Donetsk region" shares with 004's terms only the
  // words every report uses (forces, region) and names: the same subject, in part, not the same claim.
  const subjectOnly = () => !fig && !sameSide && !sameOccasion && !!ctx?.subject && shared.every((t) => page.names.has(t) || stmt.names.has(t) || ctx.subject!.has(t));
  const inPart: Verdict = { relation: 'agree', weak: true, score: related * 0.85, coverage, why: `Reports the same, in part: ${keyWords}` };
  if (agrees && (!stanceNow() || stanceNow()!.disagree < 0.8)) {
    if (subjectOnly()) return inPart;
    const frame = sameSide ? `; both say ${describeFrame(sameSide.frame, sameSide.sign)}` : '';
    const figure = fig ? `; the figures fit: ${quote(fig.corpus.text)} and ${quote(fig.page.text)}` : '';
    const attributed = stmt.speaker ? ` (attributed to ${stmt.speaker})` : '';
    const when = sameOccasion && occasion ? `; both on ${occasion === 'this-week' ? 'this week' : occasion[0]!.toUpperCase() + occasion.slice(1)}` : '';
    const byRole = claimWords - o.roles < 2 && o.roles > 0 && !fig && !sameSide;
    return { relation: 'agree', score: related, coverage, ...(sameSide ? { sameFrame: true } : {}), ...(byRole ? { byRole } : {}), why: `Reports the same: ${keyWords}${attributed}${frame}${figure}${when}` };
  }
  // Names alone (Putin, Kremlin, Ukraine) do not make a shared subject.
  if (claimWords < 2 || claim < 0.3) return null;
  // The same subject in part, and nothing that sets the two apart (no opposed
  // frame, figure or negation): the report says, in part, what the page says.
  // Only the stance model's doubt leaves it merely related.
  const doubt = stanceNow();
  if (doubt && doubt.disagree >= 0.8) {
    return { relation: 'related', score: related * 0.85, coverage, why: `Same subject, no stance on the page's claim: ${keyWords}` };
  }
  return inPart;
}

/** People the page's lead names whom the statement's report names too. */
function leadPeople(lead: ReadonlyMap<string, number>, ctx: ReportContext): number {
  return [...lead.keys()].filter((e) => ENTITY_TYPES.get(e) === 'person' && ctx.parties.has(e)).length;
}

/**
 * A statement that names no party, read in its report: the page names parties,
 * every one of them the report speaks of, and no one of its own. The report's
 * parties then stand in for the names the statement leaves out.
 */
export function reportTies(page: Side, stmt: Side, ctx: ReportContext): boolean {
  if (partiesOf(stmt).length) return false;
  const mine = partiesOf(page);
  return mine.length > 0 && mine.every((e) => ctx.parties.has(e)) && !ownNames(page, stmt, ctx).length;
}

/**
 * Names on the page that are someone of its own: not a place, not named by
 * the statement (or by a party it names: Peskov is the Kremlin), and never
 * used by the statement's report.
 */
const REPORTED_THAT = /\b(?:said|says|say|pointed out|points out|noted|notes|argued|argues|added|adds|explained|wrote|writes|believes?|thinks?|told [\w\s]{1,30}?)\s+that\b/i;

function ownNames(page: Side, stmt: Side, ctx: ReportContext): string[] {
  const theirs = new Set(stmt.analysis.entities.map((e) => e.replace(/[^a-z0-9]/g, '')));
  // Who says it on the page ("Marchetti pointed out that …") is not whom it is about; who describes it
  // ("the Quirinale described the call as constructive") is.
  const speaker = new Set(REPORTED_THAT.test(page.text) ? terms(page.speaker) : []);
  return [...page.names].filter((t) => !theirs.has(t) && !ctx.terms.has(t) && !PLACE_TERMS.has(t) && !MONTHS.has(t) && !speaker.has(t));
}

// A clause that asks rather than says: "whether …", or "if …" after a verb of saying, knowing or asking;
// and what someone will not comment on ("would not comment on military plans" says nothing of any plan).
const ASKED = /\b(?:whether|(?:comment|comments|commented|commenting|elaborate|elaborated|speculate|speculated)\s+on|(?:say|said|says|know|knew|known|ask|asked|asks|clear|unclear|sure|certain|wonder|wondered|question|confirm|confirmed|tell|told|explain|explained)\s+if)\b[^,;:.!?—–]*/gi;

/** True when every shared claim word of the page stands only inside such a clause. */
function askedOnly(text: string, sharedClaim: string[]): boolean {
  if (!sharedClaim.length || !ASKED.test(text)) return false;
  ASKED.lastIndex = 0;
  const said = new Set(terms(text.replace(ASKED, ' ')));
  return !sharedClaim.some((t) => said.has(t));
}

// Any negative turn, with or without a clear scope ("declined either to confirm
// or to deny"), and the verbs that say "no longer" by themselves ("dropping its
// demands" is "no longer insists").
const NEGATIVE =
  /\b(?:not|no|never|neither|nor|without|cannot|declin\w*|refus\w*|den(?:y|ied|ies|ial)|reject\w*|dismiss\w*|rul(?:e|ed|es|ing) out|unable|yet to|departure from|short of|avoid\w*)\b|n['’]t\b/i;
const negative = (text: string) => NEGATIVE.test(text);

/**
 * A shared claim word that one side negates while the other negates nothing
 * at all, said for the reason; null when none. Two sentences that both
 * negate ("no independent confirmation" / "has not been independently
 * verified") may put the negation on different words and still agree.
 */
function oneSideNegates(page: Side, stmt: Side, shared: string[]): string | null {
  const isShared = (w: string) => {
    const t = term(w);
    return shared.includes(t) && !page.names.has(t) && !stmt.names.has(t);
  };
  // Only a negation of the main claim counts: "parts … that its troops do not yet control" negates no claim.
  if (page.analysis.negated && !negative(stmt.text)) {
    const w = [...negatedWords(page.text, isShared)][0];
    if (w) return `the page negates “${w}”`;
  }
  if (stmt.analysis.negated && !negative(page.text)) {
    const w = [...negatedWords(stmt.text, isShared)][0];
    if (w) return `this report negates “${w}”`;
  }
  return null;
}

/** Words capitalised because they open a quotation or follow a colon ("stating: “Words are cheap”"), not because they name someone. */
function quotedCapitals(text: string): Set<string> {
  const out = new Set<string>();
  // The pattern needs a quotation mark or a colon: most sentences have neither.
  if (!/[“"‘:]/.test(text)) return out;
  for (const m of text.matchAll(/(?:[“"‘]|:\s*[“"‘]?)\s*(\p{Lu}\p{Ll}+)/gu)) out.add(m[1]!);
  return out;
}

/** Shared claim words that are a year or a month, and at most one other word, a common one. */
function onlyWhen(sharedClaim: string[], weights: TermWeights): boolean {
  const dates = sharedClaim.filter((t) => MONTHS.has(t) || /^(?:19|20)\d\d$/.test(t));
  if (!dates.length) return false;
  const rest = sharedClaim.filter((t) => !dates.includes(t));
  return rest.length <= 1 && rest.every((t) => weights.weight(t) < WHEN_WORD_WEIGHT);
}
const WHEN_WORD_WEIGHT = 0.5;

/** Month names are capitalised but name no one. */
const MONTHS = new Set(['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map(term));

const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

/** The days of the week each text names, when both name some and none is shared: [page's, statement's]. */
export function otherDays(page: string, stmt: string): [string, string] | null {
  const a = new Set([...page.matchAll(WEEKDAY)].map((m) => m[1]!));
  const b = new Set([...stmt.matchAll(WEEKDAY)].map((m) => m[1]!));
  if (!a.size || !b.size || [...a].some((d) => b.has(d))) return null;
  return [[...a].join('/'), [...b].join('/')];
}

/**
 * Somewhere the report never names, where the statement names a place of its own that the page sentence does not
 * ("Putin's lakeside residence at Valdai" / "Putin's residence in the Black Sea resort of Sochi"; "due to meet in
 * Jeddah" / "…in Sochi"): another event, whatever else the two share.
 */
export function elsewhereVenue(pageText: string, pageEntities: readonly string[], stmt: Side, ctx: ReportContext, before?: Side, leadVenues: readonly string[] = []): boolean {
  // …the statement's place, or the sentence's before it in its report: "The Kremlin called it an attempted provocation" is the Sochi attack.
  const places = (side: Side | undefined) => (side?.analysis.entities ?? []).filter((e) => ENTITY_TYPES.get(e) === 'place' && !pageEntities.includes(e));
  if (!places(stmt).length && !places(before).length) return false;
  const unknown = (w: string) => !ctx.terms.has(term(w));
  if (unknownVenuesOf(pageText).some(unknown) || [...venuesOf(pageText)].some((id) => !knownTo(ctx, id) && !ctx.terms.has(tokenForm(id)) && !knownTo(ctx, countryOf(id) ?? id))) return true;
  // A sentence that names no place of its own happens where its page's lead says ("the alleged attack on his residence in the Novgorod region").
  return !pageEntities.some((e) => ENTITY_TYPES.get(e) === 'place') && !venuesOf(pageText).size && leadVenues.some(unknown);
}

/** Words that only carry a figure ("hour", "minutes"): sharing them says nothing of what is measured. */
const UNIT_TERMS = new Set(['hour', 'minut', 'second', 'percent', 'per', 'cent']);

/**
 * How much says two sentences tell of one event: each shared claim word (not a
 * figure's unit) counts one, each shared party one, or two when few reports
 * name it (Sochi, Gerasimov). Two ubiquitous names (Putin and Trump) are
 * evidence; one (Trump) is not.
 */
export function sameEventEvidence(page: Side, stmt: Side, shared: string[], ctx: ReportContext): number {
  let n = shared.filter((t) => !page.names.has(t) && !stmt.names.has(t) && !UNIT_TERMS.has(t)).length;
  const mine = new Set(stmt.analysis.entities);
  const both = [...new Set(page.analysis.entities)].filter((e) => mine.has(e) && ENTITY_TYPES.get(e) !== 'outlet');
  // Peskov names the Kremlin and Russia too: one party, counted once.
  const implied = new Set(both.flatMap((e) => ENTITY_IMPLIES.get(e) ?? []));
  for (const e of both) if (!implied.has(e)) n += ctx.ubiquitous.has(e) ? 1 : 2;
  return n;
}

/** "not (in) X", "rather than X", "instead of X": the specific party or place a page corrects, when the statement names it. */
function correctedParty(text: string, stmt: Side, ctx: ReportContext): string | null {
  const set = correctedIn(text);
  if (!set.length) return null;
  return set.find((e) => stmt.analysis.entities.includes(e) && !ctx.ubiquitous.has(e) && ENTITY_TYPES.get(e) !== 'outlet') ?? null;
}

/** The entities a text sets aside ("…, not in St Petersburg"), kept per text: a page sentence meets ten statements. */
const correctedIn: (text: string) => string[] = keptPerText(256, (text) => (CORRECTION_HINT.test(text) ? [...text.matchAll(CORRECTION)].flatMap((m) => entitiesOf(m[1]!)) : []));

const CORRECTION_HINT = /\b(?:not|rather than|instead of)\b/i;
const CORRECTION = /(?:,|—|–)\s*(?:and\s+)?(?:not|rather than|instead of)\s+((?:in|at|on|from|the one in|the one at)?\s*[^,.;:—–]{1,40})/gi;

/** How an entity id is shown in a reason: "Ukraine", "Russia". */
const displayName = (id: string) => ENTITY_DISPLAY.get(tokenForm(id)) ?? id;

/** Parties or places both name that few reports of the corpus name (London, Witkoff, Sochi), not outlets. */
function specificShared(page: Side, stmt: Side, ctx: ReportContext): string[] {
  const mine = new Set(stmt.analysis.entities);
  return page.analysis.entities.filter((e) => mine.has(e) && !ctx.ubiquitous.has(e) && ENTITY_TYPES.get(e) !== 'outlet');
}

/**
 * A shared word stands near the frame on both sides, says what (not who), and
 * is rare enough to name the matter: "freeze" anchors, "war" does not.
 */
function anchorsOf(p: FrameAnchor, s: FrameAnchor, shared: string[], names: Set<string>, weights: TermWeights, frame = p.frame): string[] {
  // (Helpers at module level, not closures made on every call: this runs for every pair of frame words of every candidate.)
  // The words' terms are kept per word list (termsOfWords): a statement's frame words meet every page sentence it is a candidate for.
  const a = nearShared(p, shared);
  const both = [...nearShared(s, shared)].filter((t) => a.has(t));
  // The frame word's own object, the same on both sides, anchors it however
  // common the word: "confirmed the report" / "rejected the Financial Times report".
  const po = objectTerms(p, names);
  const sameObject = [...objectTerms(s, names)].filter((t) => po.has(t));
  return [...new Set([...both.filter((t) => anchors(t, frame, names, weights)), ...sameObject])];
}

/** Whether a shared word near both frame words anchors them: an outlet, the person or event the frame is said of, or a rare word that says what. */
function anchors(t: string, frame: FrameName | undefined, names: Set<string>, weights: TermWeights): boolean {
  return OUTLET_TERMS.has(t) || samePerson(frame, t) || sameEvent(frame, t) || (!names.has(t) && !ENTITY_TERMS.has(t) && weights.weight(t) >= ANCHOR_WEIGHT);
}

/** The shared terms among the words near a frame word. */
function nearShared(side: FrameAnchor, shared: string[]): Set<string> {
  return new Set(termsOfWords(side.near).filter((t) => t && shared.includes(t)));
}

/** The terms of a frame word's object, names aside. */
function objectTerms(side: FrameAnchor, names: Set<string>): Set<string> {
  return side.object ? new Set(termsOfWords(side.object).filter((t) => t && !names.has(t))) : new Set();
}

/** Whether a visit goes ahead is said of who comes: the same person anchors it ("Witkoff is expected" / "Witkoff's visit was called off"). */
function samePerson(frame: FrameName | undefined, t: string): boolean {
  return frame === 'schedule' && PERSON_TERMS.has(t);
}

/** Whether a call is arranged is said of the call, however common the word: "no confirmed plans for a call" / "a call has been arranged". */
function sameEvent(frame: FrameName | undefined, t: string): boolean {
  return frame === 'arranged' && EVENT_TERMS.has(t);
}

/** What is arranged or not: a call, a meeting, a visit. */
const EVENT_TERMS = new Set(['call', 'meeting', 'visit', 'summit', 'talks'].map(term));

type FrameAnchor = { near: string[]; object?: string[]; frame?: FrameName };

function anchoredTogether(p: FrameAnchor, s: FrameAnchor, shared: string[], names: Set<string>, weights: TermWeights, frame = p.frame): boolean {
  // anchorsOf(…).length > 0, without making its sets and lists: some shared word near
  // both frame words that anchors, or some word of the same object.
  const pNear = termsOfWords(p.near);
  for (const t of termsOfWords(s.near)) {
    if (!t || !shared.includes(t) || !pNear.includes(t)) continue;
    if (anchors(t, frame, names, weights)) return true;
  }
  if (!p.object || !s.object) return false;
  const pObject = termsOfWords(p.object);
  for (const t of termsOfWords(s.object)) if (t && !names.has(t) && pObject.includes(t)) return true;
  return false;
}
