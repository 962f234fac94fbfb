import { describe, expect, it } from 'vitest';
import type { Stance } from './model.ts';
import { evaluate, formatEvaluation, pairScore } from './score.ts';

describe('FNC-1 score', () => {
  it('scores one pair: 0.25 for related-vs-unrelated, 0.75 more for the exact related label', () => {
    expect(pairScore('unrelated', 'unrelated')).toBe(0.25);
    expect(pairScore('agree', 'agree')).toBe(1);
    expect(pairScore('agree', 'discuss')).toBe(0.25);
    expect(pairScore('disagree', 'unrelated')).toBe(0);
    expect(pairScore('unrelated', 'discuss')).toBe(0);
  });

  it('computes the relative score, F1 and the confusion matrix on a hand-made example', () => {
    const gold: Stance[] = ['agree', 'agree', 'disagree', 'discuss', 'unrelated', 'unrelated'];
    const pred: Stance[] = ['agree', 'discuss', 'disagree', 'discuss', 'unrelated', 'agree'];
    const e = evaluate(gold, pred);
    // 1 + 0.25 + 1 + 1 + 0.25 + 0 = 3.5 of a maximum 1 + 1 + 1 + 1 + 0.25 + 0.25 = 4.5
    expect(e.score).toBe(3.5);
    expect(e.maxScore).toBe(4.5);
    expect(e.relative).toBeCloseTo(77.78, 2);
    expect(e.confusion).toEqual([
      [1, 0, 1, 0],
      [0, 1, 0, 0],
      [0, 0, 1, 0],
      [1, 0, 0, 1],
    ]);
    // agree: precision 1/2, recall 1/2; discuss: precision 1/2, recall 1; unrelated: precision 1, recall 1/2.
    expect(e.f1.agree).toBeCloseTo(0.5);
    expect(e.f1.disagree).toBe(1);
    expect(e.f1.discuss).toBeCloseTo(2 / 3);
    expect(e.f1.unrelated).toBeCloseTo(2 / 3);
    expect(e.macroF1).toBeCloseTo((0.5 + 1 + 2 / 3 + 2 / 3) / 4);
    expect(formatEvaluation(e)).toContain('relative 77.78');
  });
});
