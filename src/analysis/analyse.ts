/**
 * Statement analysis: who says it, hedges, negation and denial, quantities,
 * entities. STUB — the corpus work replaces this with the real analysis.
 */
import type { StatementAnalysis } from './types.ts';

export interface AnalysisContext {
  /** The report's publication date (ISO), used to resolve titles such as "President-elect". */
  published?: string;
}

export function analyseStatement(text: string, _ctx: AnalysisContext = {}): StatementAnalysis {
  return { attribution: [], hedges: [], negated: /\b(not|never|n't|no)\b/i.test(text), denial: /\b(denied|rejected|dismissed)\b/i.test(text), quantities: [], entities: [] };
}
