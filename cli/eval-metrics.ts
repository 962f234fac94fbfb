/**
 * The metrics of `npm run eval`, kept free of I/O so they can be tested on a
 * hand-made example (cli/eval-metrics.test.ts). Definitions are spelt out in
 * eval/README.md; the comments here say the same thing in code terms.
 */

import { RELATIONS, type Relation } from '../src/match/types.ts';

// The matcher's relations are the labels' relations.
export { RELATIONS, type Relation };

export interface Expectation {
  /** `seed-000` … `seed-004`. */
  report: string;
  /** A distinctive substring of the corpus sentence that makes the claim. */
  statement: string;
  relation: Relation;
}

export interface Predicted {
  /** Report id, normalised to the labels' ids (`seed-NNN`). */
  report: string;
  relation: Relation;
  score: number;
  /** The corpus sentence the matcher named. */
  statement: string;
  why: string;
}

/** One labelled page sentence and what the matcher said about it. */
export interface Judged {
  split: string;
  page: string;
  kind: 'topic' | 'unrelated';
  text: string;
  expect: Expectation[];
  got: Predicted[];
}

/** A ratio that is `null` when its denominator is 0 (nothing to measure). */
export interface Ratio {
  num: number;
  den: number;
  value: number | null;
}

export function ratio(num: number, den: number): Ratio {
  return { num, den, value: den === 0 ? null : num / den };
}

export interface MarkingMetrics {
  /** Sentences with ≥1 match. */
  marked: number;
  /** Marked sentences that expect ≥1 match (any relation) / marked sentences. */
  precision: Ratio;
  /** Marked sentences where ≥1 match is on a report the labels expect / marked sentences. */
  strictPrecision: Ratio;
  /** Marked / sentences expecting agree or conflict with ≥1 report. The recall. */
  recallAgreeConflict: Ratio;
  /** Marked / sentences expecting any match (agree, conflict or related). */
  recallAll: Ratio;
  /** Marks on sentences labelled `expect: []`. */
  falsePositives: number;
}

export interface RelationMetrics {
  /** Sentence level: see `relationMetrics`. */
  precision: Ratio;
  recall: Ratio;
  /** Pair level: (sentence, report, relation) triples. */
  pairPrecision: Ratio;
  pairRecall: Ratio;
}

export interface UnrelatedMetrics {
  pages: number;
  /** Marked sentences on unrelated pages (a mark = a highlighted sentence). */
  marks: number;
  /** Matches on unrelated pages (a sentence may carry several). */
  matches: number;
  marksPerPage: number | null;
  pagesWithMarks: { page: string; sentences: { text: string; got: Predicted[] }[] }[];
}

export interface Metrics {
  sentences: number;
  pages: { topic: number; unrelated: number };
  /** How many sentences expect each relation with at least one report; `none` = `expect: []`. */
  labels: { agree: number; conflict: number; related: number; anyMatch: number; agreeOrConflict: number; none: number };
  marking: MarkingMetrics;
  relations: Record<Relation, RelationMetrics>;
  /** Correct (report, relation) pairs whose named corpus sentence contains the labelled substring. */
  statementAgreement: Ratio;
  unrelated: UnrelatedMetrics;
}

/** Lower-case, straight quotes, plain dashes, single spaces: for substring checks. */
export function normaliseForMatch(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const key = (report: string, relation: Relation) => `${report}\u0000${relation}`;

function expectedReports(j: Judged, relation?: Relation): Set<string> {
  return new Set(j.expect.filter((e) => !relation || e.relation === relation).map((e) => e.report));
}

function predictedReports(j: Judged, relation?: Relation): Set<string> {
  return new Set(j.got.filter((g) => !relation || g.relation === relation).map((g) => g.report));
}

export function markingMetrics(items: readonly Judged[]): MarkingMetrics {
  let marked = 0;
  let correct = 0;
  let strict = 0;
  let acTotal = 0;
  let acHit = 0;
  let anyTotal = 0;
  let anyHit = 0;
  for (const j of items) {
    const isMarked = j.got.length > 0;
    const expectsAny = j.expect.length > 0;
    const expectsAC = j.expect.some((e) => e.relation === 'agree' || e.relation === 'conflict');
    if (isMarked) {
      marked++;
      if (expectsAny) correct++;
      const exp = expectedReports(j);
      if (j.got.some((g) => exp.has(g.report))) strict++;
    }
    if (expectsAny) {
      anyTotal++;
      if (isMarked) anyHit++;
    }
    if (expectsAC) {
      acTotal++;
      if (isMarked) acHit++;
    }
  }
  return {
    marked,
    precision: ratio(correct, marked),
    strictPrecision: ratio(strict, marked),
    recallAgreeConflict: ratio(acHit, acTotal),
    recallAll: ratio(anyHit, anyTotal),
    falsePositives: marked - correct,
  };
}

/**
 * Sentence level, for relation R and sentence s:
 *   E(s) = reports the labels expect with R; P(s) = reports the matcher gives R.
 *   s is predicted-R when P(s) ≠ ∅, expected-R when E(s) ≠ ∅, and correct-R when
 *   P(s) ∩ E(s) ≠ ∅.
 *   precision = #correct-R / #predicted-R;  recall = #correct-R / #expected-R.
 * Pair level counts distinct (s, report) pairs with R instead of sentences.
 */
export function relationMetrics(items: readonly Judged[], relation: Relation): RelationMetrics {
  let predicted = 0;
  let expected = 0;
  let correct = 0;
  let pPairs = 0;
  let ePairs = 0;
  let cPairs = 0;
  for (const j of items) {
    const e = expectedReports(j, relation);
    const p = predictedReports(j, relation);
    const both = [...p].filter((r) => e.has(r)).length;
    if (p.size > 0) predicted++;
    if (e.size > 0) expected++;
    if (both > 0) correct++;
    pPairs += p.size;
    ePairs += e.size;
    cPairs += both;
  }
  return {
    precision: ratio(correct, predicted),
    recall: ratio(correct, expected),
    pairPrecision: ratio(cPairs, pPairs),
    pairRecall: ratio(cPairs, ePairs),
  };
}

/**
 * Of the (sentence, report, relation) triples the matcher got right, how many
 * name a corpus sentence that contains one of the labelled substrings for that
 * report and relation. Informational: the relation is scored per report.
 */
export function statementAgreement(items: readonly Judged[]): Ratio {
  let num = 0;
  let den = 0;
  for (const j of items) {
    const wanted = new Map<string, string[]>();
    for (const e of j.expect) {
      const k = key(e.report, e.relation);
      wanted.set(k, [...(wanted.get(k) ?? []), normaliseForMatch(e.statement)]);
    }
    const seen = new Map<string, boolean>();
    for (const g of j.got) {
      const k = key(g.report, g.relation);
      const subs = wanted.get(k);
      if (!subs) continue;
      const hit = subs.some((s) => normaliseForMatch(g.statement).includes(s));
      seen.set(k, (seen.get(k) ?? false) || hit);
    }
    for (const hit of seen.values()) {
      den++;
      if (hit) num++;
    }
  }
  return ratio(num, den);
}

export function unrelatedMetrics(items: readonly Judged[]): UnrelatedMetrics {
  const pages = new Map<string, { text: string; got: Predicted[] }[]>();
  let marks = 0;
  let matches = 0;
  for (const j of items) {
    if (j.kind !== 'unrelated') continue;
    const id = `${j.split}/${j.page}`;
    if (!pages.has(id)) pages.set(id, []);
    if (j.got.length > 0) {
      marks++;
      matches += j.got.length;
      pages.get(id)!.push({ text: j.text, got: j.got });
    }
  }
  return {
    pages: pages.size,
    marks,
    matches,
    marksPerPage: pages.size === 0 ? null : marks / pages.size,
    pagesWithMarks: [...pages].filter(([, s]) => s.length > 0).map(([page, sentences]) => ({ page, sentences })),
  };
}

export function computeMetrics(items: readonly Judged[]): Metrics {
  const topic = new Set<string>();
  const unrelated = new Set<string>();
  for (const j of items) (j.kind === 'topic' ? topic : unrelated).add(`${j.split}/${j.page}`);
  const has = (j: Judged, r: Relation) => j.expect.some((e) => e.relation === r);
  return {
    sentences: items.length,
    pages: { topic: topic.size, unrelated: unrelated.size },
    labels: {
      agree: items.filter((j) => has(j, 'agree')).length,
      conflict: items.filter((j) => has(j, 'conflict')).length,
      related: items.filter((j) => has(j, 'related')).length,
      anyMatch: items.filter((j) => j.expect.length > 0).length,
      agreeOrConflict: items.filter((j) => has(j, 'agree') || has(j, 'conflict')).length,
      none: items.filter((j) => j.expect.length === 0).length,
    },
    marking: markingMetrics(items),
    relations: {
      agree: relationMetrics(items, 'agree'),
      conflict: relationMetrics(items, 'conflict'),
      related: relationMetrics(items, 'related'),
    },
    statementAgreement: statementAgreement(items),
    unrelated: unrelatedMetrics(items),
  };
}

export interface Target {
  name: string;
  /** The figure, or null when there was nothing to measure. */
  value: number | null;
  op: '>=' | '<=';
  threshold: number;
  pass: boolean;
}

/** The targets (issue 4, "Targets"). */
export function targets(m: Metrics): Target[] {
  const t = (name: string, value: number | null, op: '>=' | '<=', threshold: number): Target => ({
    name,
    value,
    op,
    threshold,
    pass: value !== null && (op === '>=' ? value >= threshold - 1e-12 : value <= threshold + 1e-12),
  });
  return [
    t('marked sentences: precision', m.marking.precision.value, '>=', 0.9),
    t('marked sentences: recall (agree|conflict)', m.marking.recallAgreeConflict.value, '>=', 0.8),
    t('conflict: recall', m.relations.conflict.recall.value, '>=', 0.6),
    t('conflict: precision', m.relations.conflict.precision.value, '>=', 0.7),
    t('unrelated pages: marks per page', m.unrelated.marksPerPage, '<=', 0.1),
  ];
}
