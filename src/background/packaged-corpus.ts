/**
 * The corpus and the models as the worker reads them: the compiled corpus
 * (`corpus.json`) and the stance model (`stance-model.bin`,
 * src/stance/packed-model.ts) are files of the extension package, read side
 * by side (src/platform/packaged.ts); the background document frequencies
 * and the near-synonym table are small enough to ship inside the script.
 * Node (CLI, tests, benchmarks) loads the same data through
 * bundled-corpus.ts, with the stance model's JSON.
 */
import background from '../../data/background-df.json';
import neighbours from '../../data/neighbours.json';
import { setNeighbours } from '../match/neighbours.ts';
import '../match/setup.ts';
import { loadStance } from '../match/stance.ts';
import type { CorpusBundle } from '../search/bundle-schema.ts';
import { Corpus, type CorpusOptions } from '../search/corpus.ts';
import { unpackStanceModel } from '../stance/packed-model.ts';

/** The packaged corpus's file name in the extension (wxt.config.ts puts it there). */
export const CORPUS_FILE = 'corpus.json';
/** The packaged stance model's file name in the extension (wxt.config.ts puts it there). */
export const STANCE_FILE = 'stance-model.bin';

/** The corpus from its compiled bundle, with the models installed; `stanceModel`: the model's JSON (or its unpacked fields), or null for none. */
export function loadCorpusWith(bundle: unknown, stanceModel: unknown, options: CorpusOptions = {}): Corpus {
  if (!bundle || typeof bundle !== 'object' || (bundle as { format?: unknown }).format !== 2) {
    throw new Error(`${CORPUS_FILE}: not a corpus bundle of format 2 (format ${JSON.stringify((bundle as { format?: unknown } | null)?.format)})`);
  }
  setNeighbours(neighbours);
  return Corpus.fromBundle(bundle as CorpusBundle, background, loadStance(stanceModel), options);
}

/** The worker's corpus: the bundle compiled with this build (its stored sides are current: stored-side.ts) and the packaged stance model. */
export function loadPackagedCorpus(bundle: unknown, stanceBytes: Uint8Array): Corpus {
  return loadCorpusWith(bundle, unpackStanceModel(stanceBytes), { storedSides: true });
}
