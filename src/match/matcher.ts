/**
 * For one page sentence: the corpus statements that speak to it, each with
 * its report's relation and reason. Retrieval (MiniSearch) proposes, the
 * relation step judges, the claim graph carries conflicts along.
 */
import { analyseStatement } from '../analysis/analyse.ts';
import { entitiesOf, findEntities, tokenForm } from '../analysis/entities.ts';
import { classifyLine } from '../corpus/boilerplate.ts';
import type { Corpus } from '../search/corpus.ts';
import { withoutCredit, withoutDateline, withoutLabel } from '../text/dateline.ts';
import { withoutInvisibles } from '../text/invisible.ts';
import { terms, words } from '../text/tokens.ts';
import { answersBefore, withSubjectNamed } from './anaphora.ts';
import { isOpinion } from './opinion.ts';
import { callIsElsewhere, leadIsElsewhere, type PageContext } from './page-context.ts';
import { describePosition, holderOfAll, POSITION_WORD_WEIGHT, positionOf, sameKind, sameTelling, statementPosition, type Position } from './position.ts';
import { otherAttackTarget, otherRegion } from './places.ts';
import { NONCOMMITTAL, elsewhereVenue, isParty, makeSide, relate, type ReportContext, type Side, type Verdict } from './relate.ts';
import { frameHits } from './frames.ts';
import { otherSubject, reportSubject } from './report-subject.ts';
import { sameCallFigures } from './same-call.ts';
import { ENTITY_TERMS, ENTITY_TYPES } from './setup.ts';
import { eventWindow } from './time.ts';
import { fromAllCaps, isAllCaps, isTitleCase, sentenceCase } from './title-case.ts';
import type { Match, Relation } from './types.ts';

export interface MatchOptions {
  /** 0..1: matches scoring below are dropped. */
  threshold: number;
  relations: Record<Relation, boolean>;
  /** Index hits the relation step looks at per sentence. */
  candidates: number;
  /** Whose story the page tells (its title and lead): a sentence that names no one of its own is read as about them. */
  page?: PageContext;
  /** The page sentence just before this one: what "The Kremlin denied it" denies (see anaphora.ts). */
  before?: string;
}

export const DEFAULT_MATCH_OPTIONS: MatchOptions = {
  threshold: 0.5,
  relations: { agree: true, conflict: true, related: true },
  candidates: 10,
};

// Words without which no line is furniture to classifyLine: most sentences skip
// its many patterns (compiling them cost the worker's first look-up ~5 ms).
const FURNITURE_HINT = /\b(?:click|tap|sign|subscribe|newsletter|read|follow|reporting|editing|writing|additional|advert\w*|sponsored|cookies?|share|download|app|copyright|rights|related|more|watch|listen|see|photo|image|video|credit|published|updated|posted|comments?|email|contact|support|donate|login|log|register|by)\b|©/i;

/** Sentences too short or too long to be one claim are not looked up. */
export function isCheckable(text: string): boolean {
  const n = words(text).length;
  // A question claims nothing: "Is Moscow prepared to freeze the war where it is?"
  if (/\?["”’')\]]*\s*$/.test(text) || n > 120) return false;
  // A telegraphic line that has someone take a side is a claim however short: "Kremlin: goals unchanged".
  return n >= 5 || (n >= 3 && frameHits(text).length > 0 && entitiesOf(text).some(isParty));
}

/** How much of the page sentence an agreeing statement must cover for the page to inherit its conflicts. */
const INHERIT_COVERAGE = 0.45;
/** …when it takes the same side of a claim frame as the statement, said of the same thing. */
const INHERIT_COVERAGE_FRAME = 0.4;

export function matchSentence(corpus: Corpus, sentence: string, options: MatchOptions = DEFAULT_MATCH_OPTIONS): Match[] {
  // Where and when a wire story was filed, or who took its picture, is not part of its claim.
  const plain = withoutCredit(withoutLabel(withoutDateline(withoutInvisibles(sentence))));
  const cased = isAllCaps(plain) ? fromAllCaps(plain) : isTitleCase(plain) ? sentenceCase(plain, corpus.background) : plain;
  // "He insisted…": said of the first person the sentence before names.
  const prior = options.before;
  const text = (prior && withSubjectNamed(cased, () => findEntities(prior).filter((m) => ENTITY_TYPES.get(m.entity) === 'person').map((m) => m.text))) || cased;
  // Page furniture that slipped past extraction ("Click here for our full
  // coverage of the war", "Reporting by …") is read as the corpus build reads it.
  if (!isCheckable(text) || (FURNITURE_HINT.test(text) && classifyLine(text).kind !== 'content')) return [];
  // A long sentence often makes two claims ("…spoke for two hours, and Putin
  // said…"): each clause is judged too, and the best verdict per statement kept.
  const parts = [text, ...clauses(text)];
  // The claim a long frame reports is judged on its own too: the frame dilutes
  // what the claim shares with a statement.
  const reported = new Set(reportedClaim(text).filter((c) => !parts.includes(c)));
  parts.push(...reported);
  // What the page says someone denies: a report that tells it as so conflicts with the page,
  // whatever the words the whole sentence shares with it ("denied that Russian forces had retaken 99.5%").
  const denied = deniedClaim(text);
  if (denied && !parts.includes(denied)) parts.push(denied);
  const pageTerms = new Set(terms(text));
  const found = new Map<number, Verdict>();
  let whole: Side | undefined;
  for (const part of parts) {
    // The reported claim is read only when the sentence as a whole found no
    // agreement or conflict: it is there for what a long frame dilutes.
    if (reported.has(part) && [...found.values()].some((v) => v.relation !== 'related')) continue;
    const page = makeSide(part, analyseStatement(part), eventWindow(part, '', ''));
    if (part === text) whole = page;
    if (options.page) page.lead = options.page.parties;
    for (const i of withFigures(corpus, page, corpus.candidates(part, options.candidates))) {
      const model = corpus.stance;
      const v = relate(page, corpus.side(i), corpus.weights, model ? () => model.predict(part, corpus.stanceBody(i)) : undefined, undefined, reportContext(corpus, corpus.statements[i]!.reportId));
      const prev = found.get(i);
      // A clause adds what the whole does not say; it does not overrule the
      // whole sentence's agreement ("refused to give a date, but was still open to a
      // settlement" agrees with "remains open", whatever its first clause says).
      const wholeAgrees = part !== text && prev?.relation === 'agree' && !prev.weak;
      if (part === denied) {
        const st = corpus.statements[i]!;
        // A statement that itself denies or negates it ("the Kremlin dispelled rumours that…") tells the same denial.
        if (!v || v.relation !== 'agree' || v.weak || st.analysis.denial || st.analysis.negated) continue;
        found.set(i, { relation: 'conflict', score: v.score, coverage: v.coverage, why: `The page reports a denial of what this report tells: ${v.why.replace(/^Reports the same: /, '')}` });
        continue;
      }
      // A reported claim agrees only where the whole sentence's people do not
      // set it apart: Gerasimov's figure is not Remchukov's.
      if (reported.has(part) && v?.relation !== 'conflict' && !samePeople(text, corpus.statements[i]!.analysis.entities, reportContext(corpus, corpus.statements[i]!.reportId))) continue;
      if (v && !wholeAgrees && (!prev || v.score > prev.score)) found.set(i, v);
    }
  }
  // An agreement with a statement that places its event somewhere the sentence does not, while the sentence
  // names a place the report never does: another event (judged on the whole sentence: a clause may leave the place out).
  if (whole) {
    for (const [i, v] of found) {
      const id = corpus.statements[i]!.reportId;
      const before = i > 0 && corpus.statements[i - 1]!.reportId === id ? corpus.side(i - 1) : undefined;
      if (v.relation === 'agree' && elsewhereVenue(text, whole.analysis.entities, corpus.side(i), reportContext(corpus, id), before, options.page?.venues)) found.delete(i);
      // Another attack, whatever the two share: "Moscow hit by the largest drone attack" is not the attack on Sochi.
      else if (otherAttackTarget(text, corpus.statements[i]!.text) || otherRegion(text, corpus.statements[i]!.text)) found.delete(i);
    }
  }
  // "The Kremlin says it never happened": what the sentence before it says, denied (or confirmed).
  const answer = options.before ? answersBefore(text) : 0;
  if (answer) for (const [i, v] of answeredBefore(corpus, options.before!, answer, options)) if (!found.has(i) || found.get(i)!.relation === 'related' || found.get(i)!.weak) found.set(i, v);
  // A call's length against the corpus's lengths of the same call, however few words the two share.
  if (whole) {
    const call = sameCallFigures(corpus, whole, options.page, (id) => reportContext(corpus, id));
    // Another call's length is no account of this one, whatever words the two share ("the call had lasted about 90 minutes" on a page about Trump's call with Xi).
    for (const i of call.elsewhere) found.delete(i);
    for (const [i, v] of call.verdicts) {
      const prev = found.get(i);
      if (!prev || prev.relation === 'related' || prev.weak) found.set(i, v);
    }
  }
  // A statement that denies a claim ("the Kremlin dispelled rumours that Trump
  // had spoken to Putin") shares the claim's words with a page that makes it
  // ("Trump said he had already spoken to Putin"): that is a conflict, unless
  // the page reports the denial, or a denial, itself.
  const pageDenies = !!whole && (whole.analysis.denial || whole.analysis.negated || whole.hits.some((h) => h.sign < 0));
  // A page that reports a denial tells no position of its own ("the Kremlin rejected a report that Putin offered a freeze");
  // any other negation ("the parts it does not yet occupy") leaves the position it tells.
  const reportsDenial = !!whole?.analysis.denial;
  if (whole && !pageDenies) {
    for (const [i, v] of found) {
      if (v.relation !== 'agree' || v.weak) continue;
      const target = deniedTarget(corpus.statements[i]!);
      if (!target || !coversClaim(pageTerms, target)) continue;
      const who = corpus.side(i).speaker || 'This report';
      found.set(i, { relation: 'conflict', score: v.score, coverage: v.coverage, why: `${who} denies what the page says: “${target}”` });
    }
  }
  // A report that has someone decline to say ("Kyiv has neither confirmed nor denied involvement")
  // against a page on which they answered ("Ukraine's military intelligence claimed responsibility for the strike").
  // …and with a page on which they decline too ("Ukrainian side traditionally keeps silence, neither confirming nor denying").
  const declines = NONCOMMITTAL.test(text);
  if (declines || ANSWERED.test(text)) {
    for (const [j, why] of unansweredOn(corpus, text, pageTerms, options.page, declines)) {
      const prev = found.get(j);
      if (prev?.relation === 'conflict' || (declines && prev && prev.relation === 'agree' && !prev.weak)) continue;
      found.set(j, declines ? { relation: 'agree', score: 0.6, coverage: 0, why } : { relation: 'conflict', score: 0.6, coverage: 0, why });
    }
  }
  // Follow the claim graph: what conflicts with a statement the page agrees with
  // conflicts with the page too. What the page itself says about a statement
  // outranks what it would inherit about it.
  const inherited = new Map<number, Verdict>();
  const inheritedFrom = new Map<number, number>();
  let position: Position | null | undefined;
  // Whose position the page tells: anyone it names (the first is often not the holder: "dropping the demand depends on Washington").
  const pagePosition = () => (position === undefined ? (position = positionOf(text, entitiesOf(text), true)) : position);
  // An opinion ("officials believe Putin is unwilling") restates no account, so it inherits no conflict, nor tells a position.
  const opinion = isOpinion(text);
  for (const [i, v] of opinion ? [] : found) {
    // Only a page sentence that plainly restates the statement inherits its conflicts.
    // Taking the same side of a frame, said of the same thing, restates it too ("would not be enough" / "wouldn't suffice").
    if (v.relation !== 'agree' || v.weak || v.coverage < (v.sameFrame ? INHERIT_COVERAGE_FRAME : INHERIT_COVERAGE)) continue;
    for (const e of corpus.edgesOf(i)) {
      if (e.relation !== 'conflict') continue;
      const j = e.a === i ? e.b : e.a;
      if (e.from !== undefined && e.from !== i) continue;
      // A position inherited: not by a page that reports a denial ("the Kremlin rejected a report that Putin offered a freeze"),
      // nor by one that takes the same side itself ("freezing the war would not be enough").
      if (e.held !== undefined && (reportsDenial || pagePosition()?.sign === (e.held === j ? -1 : 1))) continue;
      const direct = found.get(j);
      if (direct && direct.relation !== 'related') continue;
      // A statement may make several claims; the page inherits a conflict only about one it speaks to.
      // A position is spoken to in the words this end tells it in ("stringent"), not the other end's.
      const told = e.held !== undefined ? positionEnds(corpus).get(i) : undefined;
      if (told ? !told.about.some((t) => pageTerms.has(t) && corpus.weights.weight(t) >= POSITION_WORD_WEIGHT) : e.about && !e.about.some((t) => pageTerms.has(t))) continue;
      // A page that reports a denial ("the Kremlin rejected the FT story") sets the
      // denied account against it, as the labelling policy has it: the sentence is
      // contested, agreeing with the denial and conflicting with what was denied.
      const why = e.denies && e.b === i ? `Denied, as the page reports: ${e.why}` : `${e.why} — against what the page repeats from ${corpus.label(corpus.statements[i]!.reportId)}`;
      const score = v.score * 0.95;
      const prev = inherited.get(j);
      if (!prev || score > prev.score) {
        inherited.set(j, { relation: 'conflict', score, coverage: v.coverage, why });
        inheritedFrom.set(j, i);
      }
    }
  }
  for (const [j, v] of inherited) found.set(j, v);
  // The page tells a side's position itself ("Putin might drop his insistence on
  // all four regions"), in a sentence some statement already speaks to: it
  // conflicts with what the claim graph sets against that position, however
  // few words it shares with the telling it opposes.
  const told = pagePosition();
  // Whose it is, when the sentence names no one ("would be willing to drop its claims, the paper said"): the page's parties.
  const ownHolder = !!told?.holder.size;
  if (told && !ownHolder && options.page) told.holder = holderOfAll([...options.page.parties.keys()]);
  if (told && told.holder.size && !reportsDenial && !opinion) {
    // A partial agreement with a telling of the same position is the same telling ("offered to end the invasion along the existing
    // front line, the first sign in three years that the Kremlin might pare back its war aims" / "the first indication in three years…").
    for (const [i, v] of found) {
      const p = v.relation === 'agree' && v.weak ? positionEnds(corpus).get(i) : undefined;
      if (p && sameTelling(p, told)) found.set(i, { ...v, weak: false, why: `${v.why.replace(/^Reports the same, in part: /, 'Reports the same: ')}; both say ${describePosition(told)}` });
    }
    // Told the same way of the same side, on the same matter: the same report in other
    // words ("would be willing to drop its claims to the parts of Donetsk…" / "could relinquish its claims over parts of four regions").
    // The sentence names the side itself, and shares a word with the telling besides the words that tell it ("parts").
    for (const [i, p] of ownHolder ? positionEnds(corpus) : []) {
      const prev = found.get(i);
      if ((prev && prev.relation !== 'related' && !prev.weak) || !sameTelling(p, told) || !sameKind(p, told)) continue;
      const st = corpus.side(i);
      const cue = new Set([...p.about, ...told.about]);
      const shared = [...pageTerms].filter((t) => st.terms.has(t) && !st.names.has(t) && !ENTITY_TERMS.has(t) && !cue.has(t));
      if (!shared.length) continue;
      found.set(i, { relation: 'agree', score: 0.7, coverage: 0, why: `Reports the same: ${describePosition(told)} (“${p.cue}”; the page: “${told.cue}”)` });
    }
  }
  const spoken = [...found.values()].filter((v) => v.relation !== 'related' && !v.weak);
  if (told && told.holder.size && !reportsDenial && spoken.length && !opinion) {
    const score = Math.max(...spoken.map((v) => v.score)) * 0.95;
    for (const [j, why] of opposedTellings(corpus, told)) {
      if (found.get(j)?.relation === 'conflict') continue;
      found.set(j, { relation: 'conflict', score, coverage: 0, why });
    }
  }
  // A sentence that names no one the report's story is about, on a page whose
  // lead tells someone else's story, is theirs ("Trump said the agreement
  // followed a long night of talks" on a page about India and Pakistan).
  if (options.page && found.size) {
    const bg = corpus.background;
    const everywhere = (e: string) => (bg.df[tokenForm(e)] ?? 0) >= EVERYWHERE_SHARE * bg.documents;
    const todays = (e: string) => IN_TODAYS_NEWS.has(e);
    const own = entitiesOf(text);
    const elsewhere = new Map<string, boolean>();
    for (const [i, v] of [...found]) {
      const id = corpus.statements[i]!.reportId;
      if (!elsewhere.has(id)) elsewhere.set(id, leadIsElsewhere(options.page, own, reportContext(corpus, id), everywhere, todays) || callIsElsewhere(options.page, text, own, reportContext(corpus, id)));
      // Sharing who someone is ("Trump's special envoy Steve Witkoff") ties a sentence to a report no more than naming no one:
      // on a page about a Gaza ceasefire, Witkoff is the Gaza envoy.
      if (elsewhere.get(id) || (v.byRole && (leadIsElsewhere(options.page, [], reportContext(corpus, id), everywhere, todays)))) found.delete(i);
    }
  }
  // A report the sentence names by a subject the statement's report hardly speaks of
  // ("dismissed a report on Putin's health") is another report than the one it tells.
  const subject = found.size ? reportSubject(text) : null;
  if (subject) for (const [i] of [...found]) if (otherSubject(subject, reportContext(corpus, corpus.statements[i]!.reportId), corpus.weights)) found.delete(i);
  // …and so goes what the claim graph carried from what was dropped.
  for (const [j, i] of inheritedFrom) if (!found.has(i) && found.get(j) === inherited.get(j)) found.delete(j);
  const matches: Match[] = [];
  const opposed = new Set<Match>();
  const figured = new Set<string>();
  for (const [i, v] of found) {
    if (!options.relations[v.relation] || v.score < options.threshold) continue;
    const st = corpus.statements[i]!;
    const entry = corpus.report(st.reportId);
    if (!entry) continue;
    const m: Match = {
      relation: v.relation,
      score: Math.round(v.score * 1000) / 1000,
      report: entry.ref,
      statement: { id: st.id, text: st.text },
      why: v.why,
      ...(v.weak ? { partial: true as const } : {}),
    };
    matches.push(m);
    if (v.opposed) opposed.add(m);
    if (v.figure) figured.add(st.reportId);
  }
  // A report that contradicts the sentence does not also agree "in part": the
  // partial agreement was only shared subject, and next to the conflict it reads as a contradiction.
  // So does a report one of whose statements says the page's claim the other way
  // ("Kyiv has not received an official offer" against "Kyiv already has a formal offer").
  const conflicting = new Set(matches.filter((m) => m.relation === 'conflict' || opposed.has(m)).map((m) => m.report.id));
  // …nor agree at all beside a figure it gives otherwise ("the call lasted only about 20 minutes, one of those sources said"):
  // the figure is what the sentence tells, the rest (who spoke, who says so) is what any account of the call shares.
  const kept = matches.filter((m) => !(m.partial && conflicting.has(m.report.id)) && !(m.relation === 'agree' && figured.has(m.report.id)));
  // "Related" says a report is on the subject without taking a side; once a
  // report agrees or conflicts, the sentence has its verdict and the rest is noise.
  const decided = kept.some((m) => m.relation !== 'related');
  return bestPerReport(decided ? kept.filter((m) => m.relation !== 'related') : kept);
}

/**
 * The claim a sentence says someone denies: "Ukraine's general staff denied
 * that its forces had been pushed out of Kursk" → "its forces had been pushed
 * out of Kursk".
 */
export function deniedClaim(text: string): string | null {
  const m = THAT.test(text) ? DENIED.exec(text) : null;
  if (!m) return null;
  const claim = m[1]!.replace(ASIDE, '').replace(/,\s+saying\b.*$/i, '').trim();
  return words(claim).length >= 4 ? claim : null;
}

/** Sentences shorter than this are judged whole: the reported claim is most of them. */
const LONG_FRAME_WORDS = 20;
/** Most sentences report no claim: one cheap test spares them the patterns. */
const THAT = /\sthat\s/i;
const DENIED = /\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|disputed|disputes|refuted|refutes)\s+(?:(?:the\s+)?(?:claims?|reports?|suggestions?|allegations?|assertions?)\s+)?that\s+(.+)$/i;

/** The claim a statement denies, when it says which ("dispelled rumours that Trump had spoken to Putin"). */
function deniedTarget(st: { text: string; analysis: { denial: boolean; denialTarget?: string } }): string | null {
  if (!st.analysis.denial || !st.analysis.denialTarget) return null;
  const m = /^(?:the\s+|such\s+)?(?:reports?|rumou?rs|claims?|allegations?|suggestions?)\s+that\s+(.+)$/i.exec(st.analysis.denialTarget);
  return m && words(m[1]!).length >= 4 ? m[1]! : null;
}

/** The page says most of what the claim says: two thirds of its terms, at least three. */
function coversClaim(pageTerms: ReadonlySet<string>, claim: string): boolean {
  const ts = [...new Set(terms(claim))];
  const hit = ts.filter((t) => pageTerms.has(t)).length;
  return hit >= 3 && hit >= (2 / 3) * ts.length;
}

/** Every person the sentence names is named by the statement too, or by most reports. */
function samePeople(text: string, stmtEntities: readonly string[], ctx: ReportContext): boolean {
  return entitiesOf(text).every((e) => ENTITY_TYPES.get(e) !== 'person' || ctx.ubiquitous.has(e) || stmtEntities.includes(e));
}

/**
 * The claim a sentence reports, without who reports it or the asides around
 * it: "Orlov repeats a claim circulating on Telegram that the attack happened
 * a full week before the call, not a matter of days" → "the attack happened a
 * full week before the call". A long frame dilutes what the claim shares with
 * a statement.
 */
export function reportedClaim(text: string): string[] {
  // A short sentence is its claim: only a long frame dilutes it.
  const m = THAT.test(text) && words(text).length >= LONG_FRAME_WORDS ? REPORTED.exec(text) : null;
  if (!m) return [];
  const claim = m[1]!.replace(ASIDE, '').trim();
  return words(claim).length >= 5 && claim.length < text.length - 15 ? [claim] : [];
}

// A verb that reports speech, then "that" (a few words may come between: "said on Tuesday that",
// "repeats a claim circulating on Telegram that"); a word that is also a noun ("report", "claims") only right before it.
const REPORTED = /\b(?:(?:says?|said|saying|noted|noting|repeats?|repeated|argues|argued|arguing|insists?|insisted|writes|wrote|added|adding|suggested|believes?|believed|warned|confirmed|acknowledged|admitted|told)(?:\s+[\w'’-]+){0,7}?|(?:notes|claims?|claimed|reports?|reported|adds|suggests|warns|confirms|admits))\s+that\s+(.+)$/i;
// An aside after the claim: ", which he calls…", ", according to…", ", not a matter of days", ", X said."
const ASIDE = /,\s+(?:which|according to|not|he said|she said|they said|\w+ said)\b.*$/i;

/** The clauses of a sentence joined by ", and", ";", ", but", ", with …" or ", adding that …", when there are two or more of some length. */
export function clauses(text: string): string[] {
  // …and at a trailing participle or "with" clause, where news hangs a second claim
  // ("…play the incident down, with officials branding it a provocation"; "…, adding that…").
  const parts = text.split(/\s*(?:;|,\s*(?:and|but|while|whereas)\s+|\s+but\s+|\s+and that\s+|,\s*(?:with|adding that|saying that|leaving)\s+)\s*/).filter((p) => words(p).length >= 5);
  return parts.length >= 2 ? parts : [];
}

/**
 * The index finds statements by words; a figure for the same measure (a
 * call's length) may share few of them, so such statements are added.
 */
function withFigures(corpus: Corpus, page: Side, found: number[]): number[] {
  const measures = new Set(page.analysis.quantities.map((q) => q.measure).filter(Boolean));
  if (!measures.size) return found;
  const out = new Set(found);
  for (const m of measures) for (const i of corpus.withMeasure(m).slice(0, 10)) out.add(i);
  return [...out];
}

const RANK: Record<Relation, number> = { conflict: 0, agree: 1, related: 2 };

/**
 * What a sentence that denies (−1) or confirms (+1) the sentence before it
 * says of the statements that sentence agrees with, and of the reports that
 * deny those statements (the claim graph's denial edges).
 */
function answeredBefore(corpus: Corpus, before: string, answer: -1 | 1, options: MatchOptions): Map<number, Verdict> {
  const out = new Map<number, Verdict>();
  const index = statementIndex(corpus);
  const quoted = `“${before.length > 80 ? before.slice(0, 79).replace(/\s+\S*$/, '') + '…' : before}”`;
  for (const m of matchSentence(corpus, before, { ...options, before: undefined })) {
    // Only what it plainly says (not a reason it gives in part), and the denials it is set against.
    if (m.relation === 'related' || m.partial) continue;
    const i = index.get(m.statement.id);
    if (i === undefined) continue;
    const denial = corpus.statements[i]!.analysis.denial || corpus.edgesOf(i).some((e) => e.denies && e.b === i);
    if (m.relation === 'conflict' && !denial) continue;
    // A statement that denies the claim ("the Kremlin has dispelled rumours that Trump had spoken to Putin", "has denied such claims") denies it with the page.
    if (denial) {
      out.set(i, answer < 0 ? { relation: 'agree', score: m.score * 0.95, coverage: 0, why: `Denies it too, as the page does: ${quoted}` } : { relation: 'conflict', score: m.score * 0.95, coverage: 0, why: `Denies what the page confirms: ${quoted}` });
      continue;
    }
    // A confirmation is set against those who deny the claim; it is not a second telling of the claim itself.
    if (answer < 0) out.set(i, { relation: 'conflict', score: m.score * 0.95, coverage: 0, why: `The page denies what its sentence before says, as this report tells it: ${quoted}` });
    for (const e of corpus.edgesOf(i)) {
      if (e.relation !== 'conflict' || !e.denies || e.a !== i) continue;
      out.set(e.b, answer < 0
        ? { relation: 'agree', score: m.score * 0.95, coverage: 0, why: `Denies it too: ${e.why}` }
        : { relation: 'conflict', score: m.score * 0.95, coverage: 0, why: `Denies what the page confirms: ${e.why}` });
    }
  }
  return out;
}

/** Each statement's position by its id: a match names its statement by id. */
const statementIndex = keptPerCorpus((corpus) => new Map(corpus.statements.map((s, k) => [s.id, k])));

/** One match per report and relation — the best — conflicts first, then by score. */
function bestPerReport(matches: Match[]): Match[] {
  const best = new Map<string, Match>();
  for (const m of matches) {
    const key = `${m.report.id}:${m.relation}`;
    const prev = best.get(key);
    if (!prev || m.score > prev.score) best.set(key, m);
  }
  return [...best.values()].sort((a, b) => RANK[a.relation] - RANK[b.relation] || b.score - a.score);
}

/** Someone answering on a matter: claiming or denying a part in it, confirming it. */
const ANSWERED = /\b(?:claim(?:ed|s|ing)? responsibility|t(?:ook|ake|akes|aking) responsibility|admit(?:s|ted|ting)?|acknowledg\w*|confirm(?:s|ed|ing)?|den(?:y|ied|ies|ying)|rejected)\b/i;

interface Unanswered {
  i: number;
  /** Who declines: the parties the statement names. */
  who: string[];
  /** The matter, from the two statements before it in its report: its specific names (Sochi) and its words. */
  names: string[];
  terms: Set<string>;
}

/**
 * Something worked out from a corpus's live statements, kept until a pack
 * is added or removed (then worked out again on first need).
 */
function keptPerCorpus<T>(make: (corpus: Corpus) => T): (corpus: Corpus) => T {
  const kept = new WeakMap<Corpus, { version: number; value: T }>();
  return (corpus) => {
    const version = corpus.size.statements * 1_000_003 + corpus.statements.length;
    let c = kept.get(corpus);
    if (!c || c.version !== version) kept.set(corpus, (c = { version, value: make(corpus) }));
    return c.value;
  };
}

/**
 * The statements that have someone decline to answer, and on what: a short
 * "neither confirmed nor denied" answers the claim told just before it.
 */
const unansweredIn = keptPerCorpus((corpus) => {
  const list: Unanswered[] = [];
  corpus.statements.forEach((st, i) => {
    if (!corpus.isLive(i) || !NONCOMMITTAL.test(st.text)) return;
    const before = [i - 1, i - 2].map((k) => corpus.statements[k]).filter((b) => b && b.reportId === st.reportId);
    const ctx = reportContext(corpus, st.reportId);
    list.push({
      i,
      who: st.analysis.entities.filter((e) => ENTITY_TYPES.get(e) !== 'place' && ENTITY_TYPES.get(e) !== 'outlet'),
      names: before.flatMap((b) => b!.analysis.entities).filter((e) => !ctx.ubiquitous.has(e)),
      terms: new Set(before.flatMap((b) => terms(b!.text)).filter((t) => corpus.weights.weight(t) >= 0.45 && (!ENTITY_TERMS.has(t) || [...ctx.ubiquitous].every((e) => tokenForm(e) !== t)))),
    });
  });
  return list;
});

/** Those of them the page answers, or declines on too, with the reason. */
function unansweredOn(corpus: Corpus, text: string, pageTerms: ReadonlySet<string>, page: PageContext | undefined, declines: boolean): Map<number, string> {
  const out = new Map<number, string>();
  const list = unansweredIn(corpus);
  if (!list.length) return out;
  const own = entitiesOf(text);
  for (const u of list) {
    // The one who declined answers on the page, about the same matter: a word of it in the sentence (when it answers), and its specific place or people on the page.
    if (!u.who.some((e) => own.includes(e)) || (!declines && ![...pageTerms].some((t) => u.terms.has(t)))) continue;
    if (!u.names.some((e) => own.includes(e) || page?.named?.has(e))) continue;
    const said = corpus.statements[u.i]!.text.replace(/\.$/, '');
    out.set(u.i, declines ? `Reports the same: no answer (“${said}”)` : `${said}; the page says an answer was given (“${ANSWERED.exec(text)![0]}”)`);
  }
  return out;
}

/** The statements the claim graph links as tellings of a position (either end of a position edge), with the position each tells. */
const positionEnds = keptPerCorpus((corpus) => {
  const ends = new Map<number, Position>();
  for (let i = 0; i < corpus.statements.length; i++) {
    if (!corpus.isLive(i) || !corpus.edgesOf(i).some((e) => e.held !== undefined)) continue;
    const p = statementPosition(corpus.statements, i);
    if (p) ends.set(i, p);
  }
  return ends;
});

/**
 * What the claim graph sets against a position the page tells: the opposing
 * ends of the edges of every statement that tells the same side's position
 * the same way (a denial of an offer to freeze the front only against a freeze).
 */
function opposedTellings(corpus: Corpus, told: Position): Map<number, string> {
  const out = new Map<number, string>();
  const against = (j: number, q: Position) => `${corpus.side(j).speaker || corpus.label(corpus.statements[j]!.reportId)} says ${describePosition(q)} (“${q.cue}”); the page says ${describePosition(told)} (“${told.cue}”)`;
  // Terms still standing answer an offer to give up the land they demand, not every report of flexibility ("only 'unchanged' is the mirror").
  if (told.onlyTerms) {
    for (const [j, q] of positionEnds(corpus)) {
      if (q.sign < 0 || !(q.kinds.has('give-up') || q.kinds.has('divide')) || ![...q.holder].some((e) => told.holder.has(e))) continue;
      out.set(j, against(j, q));
    }
    return out;
  }
  for (const [s, p] of positionEnds(corpus)) {
    if (!sameTelling(p, told)) continue;
    for (const e of corpus.edgesOf(s)) {
      if (e.held === undefined || (e.from !== undefined && e.from !== s)) continue;
      const j = e.a === s ? e.b : e.a;
      // The far end must take the other side: the held end against a softened telling, and the reverse.
      if ((told.sign > 0) !== (e.held === j) || out.has(j)) continue;
      const q = positionEnds(corpus).get(j);
      if (q) out.set(j, against(j, q));
      else if (told.freeze) out.set(j, `${e.why.replace(/:.*$/, '')}: the page tells of an offer to freeze the front (“${told.cue}”)`);
    }
  }
  return out;
}

/** A party named in this share of the background news bodies is in every kind of story (the United States: 35%). */
const EVERYWHERE_SHARE = 0.1;
/**
 * Parties in much of the news the extension reads (2024–26) that the background
 * (FNC-1's bodies, written in 2014–15) hardly knows: Trump is in 4 of its 1,683
 * bodies, but in a good share of today's, brokering other wars' deals and calling
 * other leaders. Naming him says no more whose story a page tells than naming the
 * United States does.
 */
const IN_TODAYS_NEWS: ReadonlySet<string> = new Set(['trump']);

/** Share of the corpus's reports that must name a party for it to say little about which event is meant. */
const UBIQUITOUS_SHARE = 0.6;

/** Who each report speaks of, and who most reports do. */
const contextsOf = keptPerCorpus((corpus) => {
  const parties = new Map<string, Set<string>>();
  corpus.statements.forEach((st, i) => {
    if (!corpus.isLive(i)) return;
    const set = parties.get(st.reportId) ?? new Set<string>();
    for (const e of st.analysis.entities) set.add(e);
    parties.set(st.reportId, set);
  });
  const count = new Map<string, number>();
  for (const set of parties.values()) for (const e of set) count.set(e, (count.get(e) ?? 0) + 1);
  const ubiquitous = new Set([...count].filter(([, n]) => parties.size >= 2 && n >= UBIQUITOUS_SHARE * parties.size).map(([e]) => e));
  return { parties, ubiquitous, byReport: new Map<string, ReportContext>(), subject: undefined as ReadonlySet<string> | undefined };
});

/** Reports above this many make no subject words: the words most of a newsroom's corpus uses are stop words already. */
const SUBJECT_MAX_REPORTS = 200;
/** Share of the reports that must use a word for it to be the corpus's subject ("talks", "troops", "region"). */
const SUBJECT_SHARE = 0.8;

/** The words nearly every report uses (the corpus's subject: Ukraine, talks, troops, region), made on first need. */
function subjectTerms(corpus: Corpus): ReadonlySet<string> {
  const c = contextsOf(corpus);
  if (c.subject) return c.subject;
  const ids = [...c.parties.keys()];
  if (ids.length < 3 || ids.length > SUBJECT_MAX_REPORTS) return (c.subject = new Set());
  const count = new Map<string, number>();
  for (const id of ids) {
    const seen = new Set<string>();
    for (const i of corpus.report(id)?.statements ?? []) for (const t of corpus.side(i).terms) seen.add(t);
    for (const t of seen) count.set(t, (count.get(t) ?? 0) + 1);
  }
  return (c.subject = new Set([...count].filter(([, n]) => n >= SUBJECT_SHARE * ids.length).map(([t]) => t)));
}

/**
 * Who a report speaks of (its parties, and its words, made on first need),
 * and who most reports do. Made again when packs change the corpus.
 */
export function reportContext(corpus: Corpus, reportId: string): ReportContext {
  const c = contextsOf(corpus);
  let ctx = c.byReport.get(reportId);
  if (!ctx) {
    const entry = corpus.report(reportId);
    // The report's words are wanted only when a page names someone the statement does not:
    // made then, from the texts (not from each statement's full relation-step side).
    let words: Set<string> | undefined;
    // A bundled report's terms are read from the index instead (corpus.ts).
    let indexed: ReportContext['terms'] | undefined;
    const made = () => {
      words = new Set<string>(entry ? terms(entry.report.headline) : []);
      for (const i of entry?.statements ?? []) for (const t of terms(corpus.statements[i]!.text)) words.add(t);
      return words;
    };
    ctx = {
      parties: c.parties.get(reportId) ?? new Set(),
      ubiquitous: c.ubiquitous,
      get subject() {
        return subjectTerms(corpus);
      },
      get terms() {
        return words ?? (indexed ??= corpus.indexedReportTerms(reportId)) ?? made();
      },
    };
    c.byReport.set(reportId, ctx);
  }
  return ctx;
}
