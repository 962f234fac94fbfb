/**
 * Statement analysis, run at build time on every corpus sentence (and on page
 * sentences by the matcher): who says it, hedges, negation that governs the
 * claim, denial, quantities, entities. Pure: no DOM, no Node APIs.
 */
import type { Report } from '../corpus/schema.ts';
import { splitSentences } from '../text/sentences.ts';
import { findAttributions } from './attribution.ts';
import { ENTITY_ALIASES, entitiesOf, entityName, findEntities } from './entities.ts';
import { findQuantities } from './quantities.ts';
import type { Attribution, Statement, StatementAnalysis } from './types.ts';

export interface AnalysisContext {
  /** The report's publication date (ISO), used to resolve titles such as "President-elect" and years of dates. */
  published?: string;
  /** The previous sentence's speaker, for "He said …". */
  previousSpeaker?: Attribution;
}

// ---------------------------------------------------------------------------
// Hedges

/** Hedge cues: [pattern, the label reported]. Case-sensitive where a capital changes the word ("May"). */
const HEDGES: [RegExp, string][] = [
  [/\breportedly\b/i, 'reportedly'],
  [/\ballegedly\b/i, 'allegedly'],
  [/\balleged\b/i, 'alleged'],
  [/\bpurportedly\b/i, 'purportedly'],
  [/\bapparently\b/i, 'apparently'],
  [/\bunconfirmed\b/i, 'unconfirmed'],
  [/\b(?:not been|not|un)\s*(?:independently\s+)?verified\b|\bunverified\b/i, 'unverified'],
  [/\b(?:anonymous|unnamed)\s+(?:sources?|officials?|aides?|people)\b/i, 'anonymous sources'],
  [/\bsources?\b(?:\s+\w+){0,5}?\s+(?:say|said|says|told|suggest|suggested|indicated|claim|claimed|mentioned)\b|\baccording to (?:\w+\s+){0,3}sources\b|\bciting (?:\w+\s+){0,3}sources\b|\bsources (?:mentioned|cited|quoted) by\b/i, 'sources say'],
  [/\b(?:reports|rumou?rs)\s+(?:suggest|suggested|indicate|say|said|claim)\b|\breports of\b/i, 'reports suggest'],
  [/\bspeculat(?:e|es|ed|ion|ing)\b/i, 'speculation'],
  [/\brumou?r(?:s|ed)?\b/i, 'rumours'],
  [/(?<![A-Z])\bmay\b(?!\s+\d)/, 'may'],
  [/\bmight\b/i, 'might'],
  [/\bcould\b/i, 'could'],
  [/\bsuggest(?:s|ed|ing)?\b/i, 'suggest'],
  [/\b(?:hint(?:s|ed|ing)?|signal(?:s|ed|led|ing|ling)?)\b/i, 'hint'],
  [/\bpossibl[ey]\b|\bpotential(?:ly)?\b/i, 'possible'],
  [/\b(?:is|are|was|were)\s+(?:believed|thought|said|understood|expected)\s+to\b/i, 'believed to'],
  [/\b(?:appears?|seems?|appeared|seemed)\s+to\b/i, 'appears to'],
  [/\bclaimed\b|\bclaims?\s+(?:that|to)\b|\b(?:unsubstantiated|unverified|unconfirmed)\s+claims?\b|\bclaims\s+(?:in|by|of)\s+(?!(?:the\s+)?(?:territor|region|land))/i, 'claims'],
  [/\bunclear\b/i, 'unclear'],
];

export function findHedges(text: string): string[] {
  const out: string[] = [];
  for (const [re, label] of HEDGES) if (re.test(text) && !out.includes(label)) out.push(label);
  return out;
}

// ---------------------------------------------------------------------------
// Negation

/** Negation cues, lexical negatives included ("unchanged", "unwilling"). */
const NEG_CUE =
  /\b(?:not|never|no|none|nothing|nobody|neither|nor|cannot|without|unchanged|unaltered|unwilling|unable|refus(?:e|es|ed|ing)\s+to|declin(?:e|es|ed|ing)\s+to|rul(?:e|es|ed|ing)\s+out|fail(?:s|ed)?\s+to|(?:has|have|had)\s+yet\s+to|no\s+longer)\b|n[’']t\b/gi;
/** Fixed phrases where "not"/"no" does not negate the claim. */
const NOT_NEGATION = /^(?:not only|not least|not just|no doubt|no later than|no sooner|nothing but|not to mention|no matter|none other)\b/i;
const REPORTING_BEFORE_THAT =
  /\b(?:said|says|say|noted|notes|emphasi[sz]ed|stressed|cautioned|warned|claimed|claims|insisted|insists|added|stated|clarified|mentioned|indicated|argued|asserted|believes?|confirmed|announced|reported|reports|suggest(?:s|ed|ing)?|told\s+[\p{Lu}][\p{L}. ]*?|informed\s+[\p{Lu}][\p{L}. ]*?|underscored|explained|acknowledged|admitted|declared|maintained|maintains|repeated|reiterated|signalled|signaled|hinted|conceded|agreed|replied|responded|countered|assured|promised|vowed|know|knows|think|thinks|fears?|hopes?|expects?|clear|sure|certain)\s+(?:\w+\s+){0,2}that\s*$/iu;

/** Whether a negation cue at `pos` sits in the sentence's main claim (not a relative, concessive or conditional clause). */
function governs(sentence: string, pos: number, cue: string): boolean {
  if (/^without$/i.test(cue)) return false;
  if (NOT_NEGATION.test(sentence.slice(pos))) return false;
  // The clause the cue sits in: back to the last strong boundary.
  const before = sentence.slice(0, pos);
  const boundary = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('—'), before.lastIndexOf(' – '), before.lastIndexOf('“'), before.lastIndexOf('"'));
  const seg = before.slice(boundary + 1);
  const subs = [...seg.matchAll(/\b(that|which|who|whom|whose|where|if|whether|unless|although|though|while|whereas|because|since|when|until|once|even if)\b/gi)];
  const last = subs[subs.length - 1];
  if (!last) return true;
  const word = last[1]!.toLowerCase();
  const between = seg.slice(last.index! + last[0].length);
  if (word === 'that') {
    // "emphasized that … have not shifted": the reported claim. "a deal that does not …": a relative clause.
    if (REPORTING_BEFORE_THAT.test(seg.slice(0, last.index! + last[0].length))) return true;
    if (/,\s*\S/.test(between)) return true;
    return false;
  }
  if (/^(?:which|who|whom|whose|where)$/.test(word)) {
    // A relative clause closed by a comma before the cue: the cue is back in the main clause.
    return /,[^,]*$/.test(between) && /,/.test(between);
  }
  // Concessive / conditional / temporal: governs only when that clause ended (a comma) before the cue.
  return /,/.test(between);
}

export function findNegation(sentence: string): { negated: boolean; cues: string[] } {
  const cues: string[] = [];
  let negated = false;
  for (const m of sentence.matchAll(NEG_CUE)) {
    cues.push(m[0]);
    if (governs(sentence, m.index!, m[0])) negated = true;
  }
  return { negated, cues };
}

// ---------------------------------------------------------------------------
// Denial

const DENIAL_VERB =
  /\b(?:(?:firmly|flatly|strongly|categorically|swiftly|quickly|also|has|have|had|repeatedly|publicly)\s+)*(denied|denies|deny|denying|rejected|rejects|reject|rejecting|dismissed|dismisses|dismissing|dispelled|dispels|refuted|refutes|rebuffed|repudiated|debunked|countered|counters|contradicted|disavowed)\b/gi;
const DENIAL_NOUN = /\b(?:denial|rejection|rebuttal|refutation)s?\b/i;
const FALSITY =
  /\b(?:false|fake|untrue|baseless|groundless|unfounded|fabricated|fabrication|disinformation|misinformation|(?:not|isn['’]t|wasn['’]t)\s+true|nonsense|lies?|no truth|without foundation)\b/i;
/** Negated denial or non-commitment: "did not deny", "neither confirmed nor denied", "declined to deny". */
const NOT_DENIAL = /\b(?:neither\s+confirmed\s+nor\s+denied|(?:not|n['’]t|never|declined\s+to|refused\s+to)\s+(?:\w+\s+)?(?:deny|denied|reject|rejected|dismiss|dismissed))\b/i;
/** A speaker setting the record straight: "clarified that … remain unchanged", "when asked whether …". */
const REBUTTAL_CUE = /\b(?:clarified|insisted|insists|when (?:questioned|asked)|asked (?:about|whether)|brushed (?:aside|off)|played down|downplayed)\b/i;

export function findDenial(sentence: string, negated: boolean, hasSpeaker: boolean): { denial: boolean; target?: string } {
  if (NOT_DENIAL.test(sentence)) {
    const rest = sentence.replace(NOT_DENIAL, ' ');
    if (!DENIAL_VERB.test(rest)) {
      DENIAL_VERB.lastIndex = 0;
      return { denial: false };
    }
  }
  DENIAL_VERB.lastIndex = 0;
  for (const m of sentence.matchAll(DENIAL_VERB)) {
    // "Ukraine has dismissed these conditions", "rejected the Financial Times report", "dispelled rumors that …".
    const after = sentence.slice(m.index! + m[0].length);
    const t = /^\s+((?:the|this|these|that|those|such|any|all|his|her|its|their|a|an|reports?|rumou?rs|claims?|allegations?)\b[^,.;:“”"]{0,90}?)(?=\s*(?:[,.;:“”"]|$|\s+(?:as|and said|saying|stating|despite|but|however|on|in a|calling)\b))/i.exec(after);
    return t ? { denial: true, target: t[1]!.trim() } : { denial: true };
  }
  if (DENIAL_NOUN.test(sentence)) return { denial: true };
  if (FALSITY.test(sentence) && hasSpeaker) return { denial: true };
  if (negated && hasSpeaker && REBUTTAL_CUE.test(sentence)) return { denial: true };
  return { denial: false };
}

// ---------------------------------------------------------------------------

export function analyseStatement(text: string, ctx: AnalysisContext = {}): StatementAnalysis {
  const published = ctx.published ?? '';
  const attribution = findAttributions(text, { published, ...(ctx.previousSpeaker ? { previousSpeaker: ctx.previousSpeaker } : {}) });
  const { negated } = findNegation(text);
  const { denial, target } = findDenial(text, negated, attribution.length > 0);
  const out: StatementAnalysis = {
    attribution,
    hedges: findHedges(text),
    negated,
    denial,
    quantities: findQuantities(text, published),
    entities: entitiesOf(text, published),
  };
  if (target) out.denialTarget = target;
  return out;
}

// ---------------------------------------------------------------------------

/** A heading or label, not a statement: under 4 words, or a short Title Case line without end punctuation. */
export function isStatement(sentence: string): boolean {
  const words = sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < 4) return false;
  if (/[.!?]["'”’)]*$/.test(sentence.trim())) return true;
  if (words.length >= 12) return true;
  const content = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length > 3);
  const capitalised = content.filter((w) => /^[“"‘']?[\p{Lu}]/u.test(w));
  return !(content.length > 0 && capitalised.length / content.length >= 0.75);
}

function antecedent(sentence: string, analysis: StatementAnalysis, published: string): Attribution | undefined {
  const person = analysis.attribution.find((a) => a.speakerId && ENTITY_ALIASES[a.speakerId]?.type === 'person');
  if (person) return person;
  const first = findEntities(sentence, published)[0];
  if (first && first.start <= 40 && ENTITY_ALIASES[first.entity]?.type === 'person') {
    return { speaker: entityName(first.entity), speakerId: first.entity, verb: '', text: first.text };
  }
  return undefined;
}

/**
 * The statements of a report: its body split into sentences (the shared
 * splitter), headings and labels skipped, each analysed with the report's
 * date. Ids are `${report.id}#${index}`, `index` the sentence's position in
 * the body.
 */
export function buildStatements(report: Report): Statement[] {
  const out: Statement[] = [];
  const lang = report.language || 'en';
  let previousSpeaker: Attribution | undefined;
  // Sentences of one quotation spread over several sentences share its attribution:
  // “The president has never suggested a shift … He has repeatedly emphasized that they are consistent,” said Peskov.
  let quoteGroup: Statement[] | null = null;
  splitSentences(report.body, lang).forEach((s, index) => {
    if (!isStatement(s.text)) return;
    const analysis = analyseStatement(s.text, { published: report.published, ...(previousSpeaker ? { previousSpeaker } : {}) });
    // "He" in the next sentence is this sentence's person speaker, else the person it opens with ("Putin, on the other hand, has …").
    previousSpeaker = antecedent(s.text, analysis, report.published) ?? previousSpeaker;
    const st: Statement = { id: `${report.id}#${index}`, reportId: report.id, index, text: s.text, analysis };
    out.push(st);
    const opens = (s.text.match(/“/g) ?? []).length;
    const closes = (s.text.match(/”/g) ?? []).length;
    // A quotation that runs on in a sentence of its own after an attributed one: “…,” Putin noted. “But …”
    const prev = out[out.length - 2];
    if (!quoteGroup && !analysis.attribution.length && /^[“"]/.test(s.text.trim()) && /[”"]$/.test(s.text.trim()) && prev && /[”"]/.test(prev.text) && prev.analysis.attribution.length && prev.index === index - 1) {
      analysis.attribution = prev.analysis.attribution.map((a) => ({ ...a }));
    }
    if (quoteGroup) {
      quoteGroup.push(st);
      if (closes > opens) {
        shareAttribution(quoteGroup);
        quoteGroup = null;
      }
    } else if (opens > closes) {
      quoteGroup = [st];
    }
  });
  return out;
}

/** Gives the sentences of one quotation the attribution one of them carries (the closing one's first). */
function shareAttribution(group: Statement[]) {
  const source = [...group].reverse().find((g) => g.analysis.attribution.length);
  if (!source) return;
  for (const g of group) {
    if (g.analysis.attribution.length) continue;
    g.analysis.attribution = source.analysis.attribution.map((a) => ({ ...a }));
  }
}
