/**
 * The corpus shipped with the extension: compiled at build time
 * (scripts/build-corpus.ts) and packaged as `corpus.json`, which the worker
 * reads on start (src/platform/packaged.ts) and hands here. Nothing is
 * re-analysed: the statements, their analysis, the frozen index and the claim
 * graph come as they were built. The models the matcher needs are small and
 * ship inside the script.
 */
import background from '../../data/background-df.json';
import stanceModel from '../../data/stance-model.json';
import neighbours from '../../data/neighbours.json';
import { setNeighbours } from '../match/neighbours.ts';
import '../match/setup.ts';
import { loadStance } from '../match/stance.ts';
import type { CorpusBundle } from '../search/bundle-schema.ts';
import { Corpus } from '../search/corpus.ts';

/** The packaged file's name in the extension (wxt.config.ts puts it there). */
export const CORPUS_FILE = 'corpus.json';

/** `storedSides`: take the statements' sides stored in the bundle (the worker, whose bundle is compiled with it; see stored-side.ts). */
export function loadBundledCorpus(bundle: unknown, options: { storedSides?: boolean } = {}): Corpus {
  if (!bundle || typeof bundle !== 'object' || (bundle as { format?: unknown }).format !== 2) {
    throw new Error(`${CORPUS_FILE}: not a corpus bundle of format 2 (format ${JSON.stringify((bundle as { format?: unknown } | null)?.format)})`);
  }
  setNeighbours(neighbours);
  return Corpus.fromBundle(bundle as CorpusBundle, background, loadStance(stanceModel), { storedSides: options.storedSides });
}
