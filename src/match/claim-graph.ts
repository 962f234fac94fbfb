/**
 * The claim graph, built with the corpus: statements — of different reports
 * or of the same one — that make, deny or qualify the same claim, linked with
 * their relation and a reason. The matcher follows these links: a page
 * sentence that agrees with a statement conflicts with whatever conflicts
 * with that statement.
 */
import { findEntities } from '../analysis/entities.ts';
import type { Statement } from '../analysis/types.ts';
import { ENTITY_TYPES } from './setup.ts';
import type { ClaimEdge } from '../search/bundle-schema.ts';
import type { Side } from './relate.ts';
import { isOpinion } from './opinion.ts';
import { describePosition, holderOfAll, opposedPositions, POSITION_WORD_WEIGHT, statementPosition, type Position } from './position.ts';
import { relate } from './relate.ts';
import type { TermWeights } from './weights.ts';

export interface GraphInput {
  statements: Statement[];
  side: (i: number) => Side;
  /** Candidate statements for statement i (the index's top hits). */
  candidates: (i: number) => number[];
  weights: TermWeights;
  reportLabel: (reportId: string) => string;
}

const SOURCES: [RegExp, string][] = [
  [/\b(?:Financial Times|FT)\b/, 'Financial Times'],
  [/\bReuters\b/, 'Reuters'],
  [/\bBloomberg\b/, 'Bloomberg'],
  [/\bWall Street Journal|WSJ\b/, 'Wall Street Journal'],
  [/\bNew York Times|NYT\b/, 'New York Times'],
  [/\bWashington Post\b/, 'Washington Post'],
  [/\bAssociated Press|AP\b/, 'Associated Press'],
];

const DENIAL_VERB = /\b(rejected|denied|dismissed|dispelled|refuted|rebuffed|countered|disputed|called [\w\s]{0,20}(?:false|fake|untrue))\b/i;
const OF_REPORT = /\b(report|story|article|claims?|publication)\b/i;
const SUCH_CLAIMS = /\b(?:such|these|those|the|this|that) (?:claims?|reports?|rumou?rs?|allegations?|suggestions?)\b/i;
// What the outlet's story itself claims (hedged, or told on its sources' word) —
// not the opinions of third parties it quotes.
const HEDGED = /\b(allegedly|reportedly|reports suggest|sources|according to|citing|as reported by)\b/i;
const QUOTED_OPINION = /\b(quoted by|was quoted as|cautioned|warned|speculate)\b/i;

/** The clause that carries the denial: "Kremlin spokesman Dmitry Peskov rejected the Financial Times report". */
export function denialClause(text: string): string {
  const m = /([A-Z][^,;:“"]*?\b(?:rejected|denied|dismissed|dispelled|refuted|rebuffed|countered|disputed)\b[^,;:.“"]*)/.exec(text);
  return (m ? m[1]! : text).trim();
}

/** Statements a denial answers: those that tell the named outlet's story, or the sentence before "such claims". */
function denialTargets(statements: Statement[], i: number): { targets: number[]; source: string } | null {
  const d = statements[i]!;
  if (!DENIAL_VERB.test(d.text)) return null;
  const sameReport = statements.map((s, k) => [s, k] as const).filter(([s, k]) => s.reportId === d.reportId && k < i);
  for (const [re, source] of SOURCES) {
    const verbAt = d.text.search(DENIAL_VERB);
    const srcAt = d.text.slice(verbAt).search(re);
    if (verbAt < 0 || srcAt < 0 || !OF_REPORT.test(d.text.slice(verbAt))) continue;
    // The story runs from its first mention of the outlet up to the denial.
    const first = sameReport.find(([s]) => re.test(s.text));
    if (!first) return { targets: [], source };
    const side = sideOf(d);
    const targets = sameReport
      .filter(([s, k]) => k >= first[1] && (re.test(s.text) || HEDGED.test(s.text)) && !QUOTED_OPINION.test(s.text) && (!side.size || side.has(actorOf(s) ?? '')))
      .map(([, k]) => k);
    return { targets, source };
  }
  if (SUCH_CLAIMS.test(d.text) && sameReport.length) {
    const prev = sameReport[sameReport.length - 1]!;
    return { targets: [prev[1]], source: 'those claims' };
  }
  return null;
}

/**
 * Whom a denial speaks for: its speaker and those the speaker stands for
 * (Peskov → the Kremlin → Russia, the president). A spokesman's rejection of
 * a story answers what the story says his side did or offered, not the other
 * parts of the story ("the U.S. has proposed its own ideas …").
 */
function sideOf(denial: Statement): Set<string> {
  const speaker = denial.analysis.attribution.find((a) => a.speakerId)?.speakerId;
  return holderOfAll(speaker ? [speaker] : []);
}

/** Who acts in a statement: its first party named, news outlets aside ("Sources mentioned by the FT indicated that Putin …" → putin). */
function actorOf(s: Statement): string | undefined {
  return findEntities(s.text).map((m) => m.entity).find((e) => ENTITY_TYPES.get(e) !== 'outlet' && ENTITY_TYPES.get(e) !== 'place');
}

export function buildClaimGraph(input: GraphInput): ClaimEdge[] {
  const { statements, weights } = input;
  const edges = new Map<string, ClaimEdge>();
  const add = (e: ClaimEdge) => {
    const key = `${Math.min(e.a, e.b)}:${Math.max(e.a, e.b)}`;
    const prev = edges.get(key);
    // A conflict outranks agreement; otherwise keep the first reason found.
    if (!prev || (prev.relation !== 'conflict' && e.relation === 'conflict')) edges.set(key, e);
  };

  for (let i = 0; i < statements.length; i++) {
    const den = isOpinion(statements[i]!.text) ? null : denialTargets(statements, i);
    if (den) {
      const clause = denialClause(statements[i]!.text);
      for (const t of den.targets) add({ a: t, b: i, relation: 'conflict', why: clause, denies: true });
    }
    for (const j of input.candidates(i)) {
      if (j === i) continue;
      const v = relate(input.side(i), input.side(j), weights, undefined, input.reportLabel(statements[i]!.reportId));
      if (!v || v.weak || v.relation === 'related' && !/Different event/.test(v.why)) continue;
      if (v.relation === 'conflict' && (isOpinion(statements[i]!.text) || isOpinion(statements[j]!.text))) continue;
      if (statements[i]!.reportId === statements[j]!.reportId && v.relation === 'agree') continue;
      add({ a: i, b: j, relation: v.relation, why: v.why, ...(v.about ? { about: v.about } : {}) });
    }
  }
  for (const e of positionEdges(input)) add(e);
  return [...edges.values()].sort((x, y) => x.a - y.a || x.b - y.b);
}

/**
 * One side's position told two ways, in any two statements: "offered to halt
 * the war along the existing front lines" / "Moscow's objectives have not
 * shifted". Their words barely meet, so the pairwise step above does not see
 * them. A denial of a reported offer holds against every telling of the offer
 * to freeze the front, whoever told it.
 */
function positionEdges(input: GraphInput): ClaimEdge[] {
  const { statements } = input;
  const told: [number, Position][] = [];
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    if (isOpinion(s.text)) continue;
    const p = statementPosition(statements, i);
    if (p) told.push([i, p]);
  }
  const who = (i: number) => input.side(i).speaker || input.reportLabel(statements[i]!.reportId);
  // A page sentence inherits the conflict when it says one of the words a position is told in that name the matter ("freeze", "unchanged"), not "current" or "remain".
  const aboutOf = (p: Position) => p.about.filter((t) => input.weights.weight(t) >= POSITION_WORD_WEIGHT);
  const out: ClaimEdge[] = [];
  for (const [i, p] of told) {
    for (const [j, q] of told) {
      if (j <= i || !opposedPositions(p, q)) continue;
      const [soft, held] = p.sign > 0 ? [[i, p], [j, q]] as const : [[j, q], [i, p]] as const;
      out.push({
        a: i,
        b: j,
        relation: 'conflict',
        why: `${who(held[0])} says ${describePosition(held[1])} (“${held[1].cue}”); ${who(soft[0])} says ${describePosition(soft[1])} (“${soft[1].cue}”)`,
        about: held[1].onlyTerms ? aboutOf(soft[1]) : [...new Set([...aboutOf(p), ...aboutOf(q)])],
        held: held[0],
        ...(held[1].onlyTerms ? { from: soft[0] } : {}),
      });
    }
  }
  // The denial of an offer to freeze the front, against every telling of such an offer.
  for (let d = 0; d < statements.length; d++) {
    const den = isOpinion(statements[d]!.text) ? null : denialTargets(statements, d);
    const offer = den?.targets.map((t) => told.find(([k]) => k === t)).find((x) => x && x[1].freeze);
    if (!offer) continue;
    for (const [i, p] of told) {
      if (i === d || !p.freeze || den!.targets.includes(i) || !opposedPositions(p, { ...offer[1], sign: -1 })) continue;
      out.push({ a: i, b: d, relation: 'conflict', why: `${denialClause(statements[d]!.text)}: an offer to freeze the front (“${p.cue}”) denied`, about: aboutOf(p), from: i, held: d });
    }
  }
  return out;
}
