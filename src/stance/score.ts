/** FNC-1 scoring, per-class F1 and the confusion matrix. Pure. */
import { STANCES, type Stance } from './model.ts';

const RELATED: ReadonlySet<Stance> = new Set(['agree', 'disagree', 'discuss']);

/** FNC-1 weighted score of one pair: 0.25 for related-vs-unrelated right, 0.75 more for the exact related label. */
export function pairScore(gold: Stance, predicted: Stance): number {
  let s = 0;
  if (RELATED.has(gold) === RELATED.has(predicted)) s += 0.25;
  if (gold !== 'unrelated' && gold === predicted) s += 0.75;
  return s;
}

export interface Evaluation {
  score: number;
  maxScore: number;
  /** score / maxScore × 100. */
  relative: number;
  accuracy: number;
  /** confusion[gold][predicted], in STANCES order. */
  confusion: number[][];
  f1: Record<Stance, number>;
  precision: Record<Stance, number>;
  recall: Record<Stance, number>;
  macroF1: number;
}

export function evaluate(gold: readonly Stance[], predicted: readonly Stance[]): Evaluation {
  if (gold.length !== predicted.length) throw new Error(`evaluate: ${gold.length} gold labels but ${predicted.length} predictions`);
  const idx = new Map(STANCES.map((s, i) => [s, i]));
  const confusion = STANCES.map(() => STANCES.map(() => 0));
  let score = 0;
  let maxScore = 0;
  let correct = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i]!;
    const p = predicted[i]!;
    score += pairScore(g, p);
    maxScore += pairScore(g, g);
    if (g === p) correct++;
    confusion[idx.get(g)!]![idx.get(p)!]!++;
  }
  const f1 = {} as Record<Stance, number>;
  const precision = {} as Record<Stance, number>;
  const recall = {} as Record<Stance, number>;
  STANCES.forEach((s, i) => {
    const tp = confusion[i]![i]!;
    let predCount = 0;
    let goldCount = 0;
    for (let j = 0; j < STANCES.length; j++) {
      predCount += confusion[j]![i]!;
      goldCount += confusion[i]![j]!;
    }
    precision[s] = predCount ? tp / predCount : 0;
    recall[s] = goldCount ? tp / goldCount : 0;
    f1[s] = precision[s] + recall[s] ? (2 * precision[s] * recall[s]) / (precision[s] + recall[s]) : 0;
  });
  const macroF1 = STANCES.reduce((a, s) => a + f1[s], 0) / STANCES.length;
  return {
    score,
    maxScore,
    relative: maxScore ? (score / maxScore) * 100 : 0,
    accuracy: gold.length ? correct / gold.length : 0,
    confusion,
    f1,
    precision,
    recall,
    macroF1,
  };
}

/** A plain-text report: relative score, per-class P/R/F1, macro-F1 and the confusion matrix. */
export function formatEvaluation(e: Evaluation, title = 'evaluation'): string {
  const lines: string[] = [];
  const n = e.confusion.reduce((a, r) => a + r.reduce((x, y) => x + y, 0), 0);
  lines.push(`${title}: ${n} pairs`);
  lines.push(`FNC-1 score: ${e.score.toFixed(2)} / ${e.maxScore.toFixed(2)} = relative ${e.relative.toFixed(2)}`);
  lines.push(`accuracy: ${(e.accuracy * 100).toFixed(2)}%`);
  lines.push('class        precision  recall  F1');
  for (const s of STANCES) {
    lines.push(`${s.padEnd(12)} ${e.precision[s].toFixed(3).padStart(9)}  ${e.recall[s].toFixed(3).padStart(6)}  ${e.f1[s].toFixed(3)}`);
  }
  lines.push(`macro-F1: ${e.macroF1.toFixed(3)}`);
  lines.push('confusion (rows: gold, columns: predicted)');
  lines.push(`${''.padEnd(12)}${STANCES.map((s) => s.padStart(10)).join('')}`);
  STANCES.forEach((s, i) => {
    lines.push(`${s.padEnd(12)}${e.confusion[i]!.map((v) => String(v).padStart(10)).join('')}`);
  });
  return lines.join('\n');
}
