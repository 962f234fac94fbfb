/**
 * The corpus shipped with the extension: compiled at build time
 * (scripts/build-corpus.ts) and packaged as `corpus.json`, which the worker
 * reads on start (packaged-corpus.ts) and hands over. Nothing is re-analysed:
 * the statements, their analysis, the frozen index and the claim graph come
 * as they were built.
 *
 * This is the loader for Node (CLI, tests, benchmarks): it takes the stance
 * model from data/ as a module. The worker reads the model as a packaged
 * file instead (packaged-corpus.ts), so that it is not part of its script.
 */
import stanceModel from '../../data/stance-model.json';
import type { Corpus } from '../search/corpus.ts';
import { CORPUS_FILE, loadCorpusWith } from './packaged-corpus.ts';

export { CORPUS_FILE };

/** `storedSides`: take the statements' sides stored in the bundle (see stored-side.ts; Node makes them from the text). */
export function loadBundledCorpus(bundle: unknown, options: { storedSides?: boolean } = {}): Corpus {
  return loadCorpusWith(bundle, stanceModel, options);
}
