import { describe, expect, it } from 'vitest';
import {
  computeMetrics,
  markingMetrics,
  normaliseForMatch,
  ratio,
  relationMetrics,
  statementAgreement,
  targets,
  unrelatedMetrics,
  type Expectation,
  type Judged,
  type Predicted,
  type Relation,
} from './eval-metrics.ts';

const exp = (report: string, relation: Relation, statement = 'x'): Expectation => ({ report, relation, statement });
const got = (report: string, relation: Relation, statement = 'x'): Predicted => ({ report, relation, statement, score: 0.5, why: '' });
const s = (page: string, expect: Expectation[], g: Predicted[], kind: 'topic' | 'unrelated' = 'topic'): Judged => ({
  split: 'tune',
  page,
  kind,
  text: `${page}:${Math.random()}`,
  expect,
  got: g,
});

/*
 * Ten sentences on two topic pages and two unrelated pages, answers by hand:
 *
 *  #  expect                          got                              marked  right?
 *  1  agree A                          agree A                          yes     ✓
 *  2  conflict A                       conflict A, related B            yes     ✓
 *  3  conflict B, agree C              agree C                          yes     ✓ (agree), conflict missed
 *  4  related A                        agree A                          yes     ✓ mark, wrong relation
 *  5  agree B                          —                                no      miss
 *  6  —                                conflict A                       yes     false positive
 *  7  —                                —                                no      ✓
 *  8  conflict C                       conflict A                       yes     ✓ mark (loose), wrong report
 *  9  — (unrelated page U1)            related B                        yes     false positive
 * 10  — (unrelated page U2)            —                                no      ✓
 */
const items: Judged[] = [
  s('p1', [exp('A', 'agree', 'front lines')], [got('A', 'agree', 'Putin suggested the front lines.')]),
  s('p1', [exp('A', 'conflict')], [got('A', 'conflict'), got('B', 'related')]),
  s('p1', [exp('B', 'conflict'), exp('C', 'agree')], [got('C', 'agree')]),
  s('p1', [exp('A', 'related')], [got('A', 'agree')]),
  s('p2', [exp('B', 'agree')], []),
  s('p2', [], [got('A', 'conflict')]),
  s('p2', [], []),
  s('p2', [exp('C', 'conflict')], [got('A', 'conflict')]),
  s('u1', [], [got('B', 'related')], 'unrelated'),
  s('u2', [], [], 'unrelated'),
];

describe('eval metrics', () => {
  it('ratio is null when there is nothing to measure', () => {
    expect(ratio(0, 0).value).toBeNull();
    expect(ratio(1, 4).value).toBe(0.25);
  });

  it('marking precision and recall', () => {
    const m = markingMetrics(items);
    // marked: 1,2,3,4,6,8,9 = 7; correct (expects ≥1): 1,2,3,4,8 = 5
    expect(m.marked).toBe(7);
    expect(m.precision).toEqual({ num: 5, den: 7, value: 5 / 7 });
    expect(m.falsePositives).toBe(2);
    // strict: a match on an expected report: 1,2,3,4 = 4 (8 is on A, C expected)
    expect(m.strictPrecision.num).toBe(4);
    // expecting agree|conflict: 1,2,3,5,8 = 5, of which marked 1,2,3,8 = 4
    expect(m.recallAgreeConflict).toEqual({ num: 4, den: 5, value: 0.8 });
    // expecting anything: 1,2,3,4,5,8 = 6, marked 5
    expect(m.recallAll).toEqual({ num: 5, den: 6, value: 5 / 6 });
  });

  it('per-relation precision and recall, sentence and pair level', () => {
    const agree = relationMetrics(items, 'agree');
    // predicted agree: 1 (A ✓), 3 (C ✓), 4 (A ✗: A expected related) → 2/3
    expect(agree.precision).toEqual({ num: 2, den: 3, value: 2 / 3 });
    // expected agree: 1, 3, 5 → found 1, 3 → 2/3
    expect(agree.recall).toEqual({ num: 2, den: 3, value: 2 / 3 });

    const conflict = relationMetrics(items, 'conflict');
    // predicted conflict: 2 (A ✓), 6 (✗), 8 (A ✗) → 1/3
    expect(conflict.precision.value).toBeCloseTo(1 / 3);
    // expected conflict: 2, 3, 8 → found 2 → 1/3
    expect(conflict.recall).toEqual({ num: 1, den: 3, value: 1 / 3 });

    const related = relationMetrics(items, 'related');
    // predicted related: 2 (B ✗), 9 (✗) → 0/2; expected related: 4 → 0/1
    expect(related.precision).toEqual({ num: 0, den: 2, value: 0 });
    expect(related.recall).toEqual({ num: 0, den: 1, value: 0 });
  });

  it('pair level counts each report separately', () => {
    const one: Judged[] = [s('p', [exp('A', 'conflict'), exp('B', 'conflict')], [got('A', 'conflict'), got('C', 'conflict')])];
    const m = relationMetrics(one, 'conflict');
    expect(m.precision.value).toBe(1); // the sentence has a right conflict
    expect(m.recall.value).toBe(1);
    expect(m.pairPrecision).toEqual({ num: 1, den: 2, value: 0.5 }); // A ✓, C ✗
    expect(m.pairRecall).toEqual({ num: 1, den: 2, value: 0.5 }); // A found, B missed
  });

  it('statement agreement compares the named corpus sentence with the labelled substring', () => {
    // right pairs: 1 (A agree, statement contains "front lines"), 2 (A conflict, "x" in "x"), 3 (C agree, "x")
    const r = statementAgreement(items);
    expect(r).toEqual({ num: 3, den: 3, value: 1 });
    const miss = statementAgreement([s('p', [exp('A', 'agree', 'two-hour call')], [got('A', 'agree', 'over an hour')])]);
    expect(miss).toEqual({ num: 0, den: 1, value: 0 });
  });

  it('unrelated pages: marks per page and where they are', () => {
    const u = unrelatedMetrics(items);
    expect(u.pages).toBe(2);
    expect(u.marks).toBe(1);
    expect(u.marksPerPage).toBe(0.5);
    expect(u.pagesWithMarks.map((p) => p.page)).toEqual(['tune/u1']);
  });

  it('label counts and targets', () => {
    const m = computeMetrics(items);
    expect(m.sentences).toBe(10);
    expect(m.pages).toEqual({ topic: 2, unrelated: 2 });
    expect(m.labels).toEqual({ agree: 3, conflict: 3, related: 1, anyMatch: 6, agreeOrConflict: 5, none: 4 });
    const t = Object.fromEntries(targets(m).map((x) => [x.name, x.pass]));
    expect(t['marked sentences: precision']).toBe(false); // 0.714 < 0.9
    expect(t['marked sentences: recall (agree|conflict)']).toBe(true); // 0.8 ≥ 0.8
    expect(t['conflict: recall']).toBe(false);
    expect(t['unrelated pages: marks per page']).toBe(false); // 0.5 > 0.1
  });

  it('a perfect matcher passes every target; a silent one fails precision but not marks per page', () => {
    const perfect = items.map((j) => ({ ...j, got: j.expect.map((e) => got(e.report, e.relation, e.statement)) }));
    expect(targets(computeMetrics(perfect)).every((t) => t.pass)).toBe(true);
    const silent = items.map((j) => ({ ...j, got: [] }));
    const t = targets(computeMetrics(silent));
    expect(t.find((x) => x.name === 'marked sentences: precision')!.value).toBeNull();
    expect(t.find((x) => x.name === 'unrelated pages: marks per page')!.pass).toBe(true);
  });

  it('normalises quotes, dashes and case for substring checks', () => {
    expect(normaliseForMatch('Kremlin’s  “freezing” — Peskov')).toBe('kremlin\'s "freezing" - peskov');
  });
});
