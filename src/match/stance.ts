/**
 * The learned stance model, as the matcher uses it: optional — the relation
 * step decides without it, and weighs it in when a model is shipped.
 */
import type { StanceSupport } from '../search/corpus.ts';
import { loadStanceModel, type PreparedBody } from '../stance/model.ts';

export function loadStance(json: unknown): StanceSupport | undefined {
  if (json == null) return undefined;
  const model = loadStanceModel(json);
  return {
    prepareBody: (text) => model.prepareBody(text),
    predict: (headline, body) => model.predict(headline, body as PreparedBody),
  };
}
