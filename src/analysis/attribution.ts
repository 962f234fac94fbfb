/**
 * Who says it: "Peskov said", "said Peskov", "according to the FT", "as
 * reported by the Financial Times", "sources told Reuters", "the Kremlin
 * called it", "X was quoted as saying", "Bloomberg reports", "relayed by
 * spokesman Dmitry Peskov".
 *
 * Speakers that are entities come out canonical ("Kremlin spokesman Dmitry
 * Peskov", "Financial Times") with their id; anonymous ones ("sources familiar
 * with the discussion", "European officials") as written. Pronoun subjects
 * ("he told RIA Novosti") take the sentence's earlier speaker, or the
 * previous sentence's (`previousSpeaker`).
 */
import type { Attribution } from './types.ts';
import { ENTITY_ALIASES, entityName, findEntities } from './entities.ts';
import { guard, matchAllIn } from '../text/literals.ts';

export interface AttributionContext {
  published?: string;
  /** The speaker of the previous sentence, for "He said …". */
  previousSpeaker?: Attribution;
}

/** Reporting verbs, with the forms a subject can take before them. */
const SPEECH_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'noted', 'notes', 'added', 'adds', 'claimed', 'claims', 'claim',
  'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'stressed', 'stresses', 'warned', 'warns', 'confirmed', 'confirms',
  'announced', 'announces', 'cautioned', 'cautions', 'clarified', 'clarifies', 'insisted', 'insists', 'argued', 'argues',
  'asserted', 'asserts', 'remarked', 'remarks', 'mentioned', 'mentions', 'indicated', 'indicates', 'informed', 'informs',
  'explained', 'explains', 'reported', 'reports', 'underscored', 'underscores', 'wrote', 'writes', 'tweeted', 'posted',
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'declared', 'declares', 'suggested', 'suggests', 'suggest',
  'called', 'calls', 'described', 'describes', 'rejected', 'rejects', 'denied', 'denies', 'deny', 'dismissed', 'dismisses',
  'dispelled', 'dispels', 'refuted', 'refutes', 'countered', 'counters', 'rebuffed', 'repudiated', 'believes', 'believe',
  'predicted', 'predicts', 'promised', 'promises', 'vowed', 'vows', 'pledged', 'pledges', 'estimated', 'estimates',
  'replied', 'responded', 'answered', 'commented', 'observed', 'conceded', 'hinted', 'hints', 'signalled', 'signaled',
];
/** Participles: "with President Zelensky stating:", "…, saying". */
const PARTICIPLES = ['stating', 'saying', 'adding', 'noting', 'warning', 'insisting', 'asserting', 'arguing', 'claiming', 'telling', 'emphasizing', 'emphasising', 'stressing', 'remarking', 'explaining', 'denying', 'rejecting'];
const VERB_RE = new RegExp(String.raw`\b(?:(?:has|have|had|himself|herself|itself|themselves|also|later|repeatedly|firmly|reportedly|previously|recently|publicly|again|earlier|already|officially|openly|then|flatly|strongly|quickly|swiftly|since)\s+)*(${[...SPEECH_VERBS, ...PARTICIPLES].join('|')})\b`, 'gi');

/** Nouns that head an anonymous or generic speaker phrase. */
const GENERIC_HEAD = /\b(?:residents?|witnesses?|locals|police|villagers|survivors|sources?|officials?|aides?|analysts?|diplomats?|experts?|observers?|people|insiders?|reports?|media|newspaper|outlets?|publications?|leaders?|lawmakers?|ministers?|ministry|government|authorities|administration|book|statement|spokes(?:man|woman|person)|envoy|ambassador|editor|critics?|commentators?|military|army|intelligence|journalist|correspondent|agency)\b/i;

const PRONOUN = /^(?:he|she|they|it|we|i)$/i;

/** Words that may sit inside a name/title run though not capitalised: "Kremlin spokesman Dmitry Peskov". */
const TITLE_WORD = String.raw`(?:spokes(?:man|woman|person)|press\s+secretary|envoy|aide|adviser|advisor|minister|president|chief|ambassador|editor|secretary|special|deputy|prime|foreign|defen[cs]e|head|leader|official|commander|general|correspondent|journalist)`;
const CAP = String.raw`[\p{Lu}][\p{L}.'’-]*`;
/** "Kremlin spokesman Dmitry Peskov", "Putin’s spokesperson", "the Kremlin", "Ukrainian Ambassador to the EU Vsevolod Chentsov". */
const NAME_NP = new RegExp(
  String.raw`(?:^|(?<=[\s(—–-]))((?:(?:[Tt]he|[Aa]n?)\s+)?${CAP}(?:\s+(?:${CAP}|${TITLE_WORD}|(?:of|to)(?:\s+the)?(?=\s+${CAP})))*)$`,
  'u',
);
/** "sources" → "[Ss]ources": sentence-initial capitals without making the whole pattern case-insensitive. */
function anyCaseFirst(alternation: string): string {
  return alternation.replace(/(^|[(|:])([a-z])/g, (_m, p: string, c: string) => `${p}[${c.toUpperCase()}${c}]`);
}
const GENERIC_HEAD_WORDS = anyCaseFirst(String.raw`(?:sources?|officials?|aides?|analysts?|diplomats?|experts?|observers?|people|insiders?|reports?|media|newspaper|outlets?|publications?|leaders?|lawmakers?|ministers?|ministry|government|authorities|administration|book|statement|spokes(?:man|woman|person)|envoy|ambassador|editor|critics?|commentators?|military|army|intelligence|journalists?|correspondents?|agency|president|report)`);
/** "Sources familiar with the discussion", "several NATO officials", "a European official", "the Reuters report". */
const GENERIC_NP = new RegExp(
  String.raw`(?:^|(?<=[\s(—–-]))((?:(?:[Tt]he|[Aa]n?|[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Bb]oth|[Oo]ther|[Tt]hese|[Tt]hose)\s+)*(?:(?:${CAP}|${anyCaseFirst('(?:anonymous|unnamed|senior|current|former|western|military|government|intelligence|top|local|foreign|other|and|several)')})\s+)*${GENERIC_HEAD_WORDS}(?:\s+(?:familiar\s+with|close\s+to|briefed\s+on|cited\s+by|mentioned\s+by|quoted\s+by|speaking\s+to|with\s+knowledge\s+of|in)\s+(?:the\s+)?[\p{L}\s.'’-]{1,40}?)?)$`,
  'u',
);
const LEADING_FUNCTION = /^(?:While|Whereas|Although|Though|When|If|As|Because|Since|After|Before|However|But|And|So|Then|Also|Later|Earlier|Meanwhile|Instead|Still|Yet|Now|Once|Until|Unless)\s+/;
const OBJECT_PREP = /\b(?:with|to|by|of|for|from|on|about|against|between|toward|towards|into|over|under|at|than|like|after|before|during)\s+$/i;

/** The speaker phrase that ends right before position `end` of `text`; `coordinated` for "… and claimed". */
function subjectBefore(text: string, end: number, participle = false): { phrase: string; start: number; coordinated?: boolean } | null {
  let left = text.slice(0, end).replace(/\s+$/, '');
  // ", however," / ", in turn," between subject and verb.
  left = left.replace(/,\s*(?:however|meanwhile|in turn|though|too|for (?:his|her|its|their) part|in response|in a statement|on \w+day)\s*,?$/i, '');
  // A participial or relative aside: "Ukrainian officials, backed by the US and EU, have called".
  left = left.replace(/,\s*(?:[\p{Ll}][^,]{0,80}),$/u, '');
  if (/,$/.test(left)) {
    // "Dmitry Peskov, Putin’s spokesperson, emphasized": an appositive; else the verb follows a clause.
    const appos = /,\s*([^,]{2,60}),$/.exec(left);
    if (!appos) return null;
    left = left.slice(0, left.length - 1);
  }
  if (/(?:^|\s)and$/i.test(left)) return { phrase: 'and', start: left.length - 3, coordinated: true };
  const pron = /(?:^|[\s“"(])(he|she|they|it|we|I)$/.exec(left);
  if (pron) return { phrase: pron[1]!, start: left.length - pron[1]!.length };
  // The longest speaker phrase that ends here and is a subject, not an object.
  const candidates = [GENERIC_NP.exec(left)?.[1], NAME_NP.exec(left)?.[1]].filter((x): x is string => !!x).sort((a, b) => b.length - a.length);
  for (const cand of candidates) {
    let phrase = cand;
    // Sentence-initial subordinators and adverbs are capitalised but no part of the name: "While Peskov confirmed".
    while (LEADING_FUNCTION.test(phrase)) phrase = phrase.replace(LEADING_FUNCTION, '');
    if (!phrase || /^(?:The|A|An)$/i.test(phrase)) continue;
    const start = left.length - phrase.length;
    const prefix = left.slice(0, start);
    // "with President Zelensky stating:" is an absolute construction: Zelensky is the speaker.
    if (OBJECT_PREP.test(prefix) && !(participle && /\bwith\s+$/i.test(prefix))) continue;
    // "Russia’s stated readiness": a possessive, not a subject.
    if (/['’]s$/.test(phrase)) continue;
    if (/^(?:Speaking|This|That|These|Those|It|There|Here|Instead|Still)$/.test(phrase)) continue;
    return { phrase, start };
  }
  return null;
}

/** The speaker phrase that starts right after `start` ("said Peskov", "says Kremlin"). */
// Made once (not on every call): a pattern made anew is looked up in V8's cache, and compiled again when it has left it.
const SUBJECT_AFTER = new RegExp(String.raw`^\s+((?:the\s+)?${CAP}(?:\s+(?:${CAP}|${TITLE_WORD}|of the|of))*)`, 'u');

function subjectAfter(text: string, start: number): { phrase: string; end: number } | null {
  const m = SUBJECT_AFTER.exec(text.slice(start));
  if (!m) return null;
  // A full stop belongs to the sentence, not the name ("said Peskov."), unless it ends an initial ("U.S.").
  const phrase = m[1]!.replace(/\s+(?:of the|of)$/, '').replace(/(?<![A-Z])\.$/, '');
  if (/^(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Last|On|In|At|That|This|It|He|She|They|We|I)\b/.test(phrase)) return null;
  return { phrase, end: start + m[0].length - (m[1]!.length - phrase.length) };
}

/** Canonical speaker for a phrase: the person it names, else the organisation; generic phrases as written. */
export function canonicalSpeaker(phrase: string, published = ''): { speaker: string; speakerId?: string } {
  const clean = phrase.replace(/[\s,]+$/, '').trim();
  const bare = clean.replace(/^(?:the|a|an)\s+/i, '');
  const mentions = findEntities(bare, published);
  // "sources close to the Kremlin", "officials speaking to the FT": the entity is not the speaker…
  const postmod = /\b(?:familiar with|close to|briefed on|cited by|mentioned by|quoted by|speaking to|with knowledge of|who spoke to|told)\b/i.exec(bare);
  const headPart = postmod ? bare.slice(0, postmod.index) : bare;
  const headMentions = mentions.filter((m) => !postmod || m.start < postmod.index);
  const lastWord = headPart.trim().split(/\s+/).pop() ?? '';
  const generic = GENERIC_HEAD.test(lastWord) && !/^(?:spokes|envoy|editor|ambassador|president)/i.test(lastWord);
  if (generic) {
    // …unless it is the outlet the sources spoke to ("sources cited by Reuters"), or the report is the outlet's ("the Reuters report").
    if (postmod && /cited by|mentioned by|quoted by|speaking to|who spoke to|told/i.test(postmod[0])) {
      const outlet = mentions.find((m) => m.start > postmod.index && ENTITY_ALIASES[m.entity]?.type === 'outlet');
      if (outlet) return { speaker: entityName(outlet.entity), speakerId: outlet.entity };
    }
    if (/^(?:reports?|story|article|book|newspaper)$/i.test(lastWord)) {
      const outlet = headMentions.find((m) => ENTITY_ALIASES[m.entity]?.type === 'outlet');
      if (outlet) return { speaker: entityName(outlet.entity), speakerId: outlet.entity };
    }
    return { speaker: clean };
  }
  const person = headMentions.find((m) => ENTITY_ALIASES[m.entity]?.type === 'person');
  const chosen = person ?? headMentions.find((m) => ['org', 'outlet'].includes(ENTITY_ALIASES[m.entity]?.type ?? '')) ?? headMentions[headMentions.length - 1];
  if (chosen) return { speaker: entityName(chosen.entity), speakerId: chosen.entity };
  return { speaker: bare };
}

function push(out: Attribution[], a: Attribution) {
  const same = out.find((x) => (x.speakerId && x.speakerId === a.speakerId) || x.speaker === a.speaker);
  if (same) return;
  out.push(a);
}

function isPerson(a: Attribution | undefined): boolean {
  return !!a?.speakerId && ENTITY_ALIASES[a.speakerId]?.type === 'person';
}

/** "he"/"she" → the sentence's person speaker, else the previous sentence's; "and claimed" → the sentence's last speaker. */
function resolvePronoun(out: Attribution[], ctx: AttributionContext, phrase: string): Attribution | undefined {
  if (/^(?:he|she)$/i.test(phrase)) return out.find(isPerson) ?? (isPerson(ctx.previousSpeaker) ? ctx.previousSpeaker : undefined);
  return out[out.length - 1];
}

// The four rarer forms run only on a sentence that holds a word they cannot
// match without (src/text/literals.ts): every page sentence and clause is read
// for attributions, and most have none of these.
const ACCORDING_TO = guard(/\baccording to\s+((?:the\s+)?[^,.;:“”"]{2,80}?)(?=\s*(?:[,.;:“”"]|$|\s+(?:on|in|at|last|this|that|which|who)\b))/gi);
const REPORTED_BY = guard(/\b(?:as\s+)?(reported|relayed|announced|stated|confirmed|quoted|cited|published|broadcast)\s+by\s+((?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*|spokes(?:man|woman|person)|officials?|sources?)(?:\s+(?:[\p{Lu}][\p{L}.'’-]*))*)/giu);
const QUOTED_AS_SAYING = guard(/\b(?:was|were|is|are)\s+quoted\s+as\s+saying\b/gi);
const CITING = guard(/\bciting\s+((?:the\s+)?[^,.;:“”"]{3,80}?)(?=\s*(?:[,.;:“”"]|$))/gi);

/** The attributions of a sentence, in order of appearance. */
export function findAttributions(sentence: string, ctx: AttributionContext = {}): Attribution[] {
  const published = ctx.published ?? '';
  const lower = sentence.toLowerCase();
  const hits: { pos: number; phrase: string; verb: string; text: string; pronoun?: boolean }[] = [];
  // Participles and coordinated verbs resolve to the sentence's speaker; pronouns may resolve to the previous sentence's.

  // "according to (the) X"
  for (const m of matchAllIn(ACCORDING_TO, sentence, lower)) {
    hits.push({ pos: m.index!, phrase: m[1]!, verb: 'according to', text: m[0] });
  }
  // "as reported by (the) X", "relayed by X", "quoted by X", "cited by X"
  for (const m of matchAllIn(REPORTED_BY, sentence, lower)) {
    // "officials quoted by the newspaper": the speaker is the officials, handled by the subject rule below.
    if (/^(?:quoted|cited)$/i.test(m[1]!) && /\b(?:officials?|sources?|diplomats?|aides?|people)\s+$/i.test(sentence.slice(0, m.index!))) continue;
    hits.push({ pos: m.index!, phrase: m[2]!, verb: `${m[1]!.toLowerCase()} by`, text: m[0] });
  }
  // "X was quoted as saying (by Y)"
  for (const m of matchAllIn(QUOTED_AS_SAYING, sentence, lower)) {
    const subj = subjectBefore(sentence, m.index!);
    if (subj) hits.push({ pos: subj.start, phrase: subj.phrase, verb: 'quoted as saying', text: sentence.slice(subj.start, m.index! + m[0].length) });
  }
  // "citing X"
  for (const m of matchAllIn(CITING, sentence, lower)) {
    hits.push({ pos: m.index!, phrase: m[1]!, verb: 'citing', text: m[0] });
  }
  // "Subject (has) verb …" and "… verb Subject" ("said Peskov", "Says Kremlin").
  for (const m of sentence.matchAll(VERB_RE)) {
    const verb = m[1]!.toLowerCase();
    const vStart = m.index!;
    // A capitalised "States" or "Reports" inside a name ("the United States") is no verb; "…, Says Kremlin" is.
    if (/^\p{Lu}/u.test(m[1]!) && /\p{Lu}[\p{L}.'’-]*\s+$/u.test(sentence.slice(0, vStart + m[0].length - m[1]!.length))) continue;
    const vEnd = vStart + m[0].length;
    // "called for", "calls on" are demands; "called it"/"called the" are characterisations; both have a subject.
    if (/^(?:say|claim|suggest|deny|believe)$/.test(verb) && !/\b(?:sources|officials|reports|they|analysts|experts|critics|people|some|many|we|i)\s+(?:\w+\s+)?$/i.test(sentence.slice(0, vStart))) continue;
    if (/^(?:reports|claims|calls|remarks|notes|states|promises|estimates|hints|counters)$/.test(verb) && /\b(?:the|a|an|these|those|such|his|her|its|their|of|in|by)\s+$/i.test(sentence.slice(0, vStart))) continue; // nouns
    const rest = sentence.slice(vEnd);
    // "Sources mentioned by the FT", "officials quoted by the newspaper": passive, part of the subject.
    if (/^\s+by\b/i.test(rest)) continue;
    // "added another layer": "added" reports speech only before that/a quote/a comma or at the end.
    if (/^(?:added|adds)$/.test(verb) && !/^\s*(?:that\b|[,:“"]|$|\.)/.test(rest) && !/[”"]\s*,?\s*(?:\S+\s+){0,4}$/.test(sentence.slice(0, vStart))) continue;
    if (PARTICIPLES.includes(verb) && /,\s*$/.test(sentence.slice(0, vStart))) {
      // "…, stating, “…”": the sentence's subject says it.
      hits.push({ pos: vStart, phrase: '', verb, text: m[0].trim(), pronoun: true });
      continue;
    }
    // "…, says Kremlin." / "…,” said Peskov.": the speaker follows the verb.
    if (/^(?:said|says|say|stated|added|noted|told|remarked|wrote|insisted|warned|explained|stressed|emphasized|emphasised|claimed|cautioned|confirmed|reports|reported)$/.test(verb) && /[,”"]\s*$/.test(sentence.slice(0, vStart))) {
      const after = subjectAfter(sentence, vEnd);
      if (after && /^\s*(?:[.,;!?]|$|on\b|in\b|at\b|to\b|last\b|this\b|who\b|adding\b)/.test(sentence.slice(after.end))) {
        hits.push({ pos: vStart, phrase: after.phrase, verb, text: sentence.slice(vStart, after.end).trim() });
        continue;
      }
    }
    const subj = subjectBefore(sentence, vStart, PARTICIPLES.includes(verb));
    if (subj?.coordinated) {
      hits.push({ pos: vStart, phrase: '', verb, text: m[0].trim(), pronoun: true });
      continue;
    }
    if (subj) {
      // "a Reuters report citing …" — the "report" is a noun; fine as a speaker ("Reuters").
      hits.push({ pos: subj.start, phrase: subj.phrase, verb, text: sentence.slice(subj.start, vEnd).trim(), pronoun: PRONOUN.test(subj.phrase) });
      // "sources told Reuters": the outlet is accountable for the report.
      if (/^(?:told|tells)$/.test(verb) && GENERIC_HEAD.test(subj.phrase)) {
        const obj = /^\s+((?:the\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*)/u.exec(sentence.slice(m.index! + m[0].length));
        if (obj) {
          const c = canonicalSpeaker(obj[1]!, published);
          if (c.speakerId && ENTITY_ALIASES[c.speakerId]?.type === 'outlet') {
            hits[hits.length - 1] = { pos: subj.start, phrase: obj[1]!, verb: 'told', text: sentence.slice(subj.start, m.index! + m[0].length + obj[0].length).trim() };
          }
        }
      }
      continue;
    }
    if (/^(?:said|says|say|stated|added|noted|told|remarked|wrote|asked|insisted|warned|explained|stressed|emphasized|emphasised|claimed|cautioned)$/.test(verb)) {
      const after = subjectAfter(sentence, m.index! + m[0].length);
      if (after) hits.push({ pos: vStart, phrase: after.phrase, verb, text: sentence.slice(vStart, after.end).trim() });
    }
  }

  hits.sort((a, b) => a.pos - b.pos);
  const out: Attribution[] = [];
  for (const h of hits) {
    if (h.pronoun) {
      const ref = resolvePronoun(out, ctx, h.phrase);
      if (ref) push(out, { speaker: ref.speaker, ...(ref.speakerId ? { speakerId: ref.speakerId } : {}), verb: h.verb, text: h.text });
      continue;
    }
    const c = canonicalSpeaker(h.phrase, published);
    // A speaker phrase must be someone: an entity, a generic speaker, or a capitalised name.
    if (!c.speakerId && !GENERIC_HEAD.test(c.speaker) && !/^[\p{Lu}]/u.test(c.speaker)) continue;
    if (!c.speakerId && /^(?:The|This|That|These|Those|It|There|Some|Many)$/.test(c.speaker)) continue;
    push(out, { speaker: c.speaker, ...(c.speakerId ? { speakerId: c.speakerId } : {}), verb: h.verb, text: h.text });
  }
  return out;
}
