/**
 * The learned stance model, as the matcher uses it: optional — the relation
 * step decides without it, and weighs it in when a model is shipped.
 *
 * The model is decoded on its first use, not when the worker starts: a
 * verdict asks it only when it can change the outcome, and decoding and
 * validating 690 kB is ~10–30 ms of every cold start otherwise. The shipped
 * model is checked by src/stance/model.test.ts, so a broken one fails the
 * tests, not a reader's look-up.
 */
import type { StanceSupport } from '../search/corpus.ts';
import { loadStanceModel, type PreparedBody, type StanceModel } from '../stance/model.ts';

export function loadStance(json: unknown): StanceSupport | undefined {
  if (json == null) return undefined;
  let model: StanceModel | undefined;
  const get = () => (model ??= loadStanceModel(json));
  return {
    prepareBody: (text) => get().prepareBody(text),
    predict: (headline, body) => get().predict(headline, body as PreparedBody),
  };
}
