/**
 * The learned stance model, as the matcher uses it: optional — the relation
 * step decides without it, and weighs it in when a model is shipped.
 */
import type { StanceSupport } from '../search/corpus.ts';

export function loadStance(json: unknown): StanceSupport | undefined {
  if (json == null) return undefined;
  return undefined; // wired when src/stance/model.ts lands
}
