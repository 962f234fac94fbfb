/**
 * The corpus shipped with the extension: compiled at build time
 * (scripts/build-corpus.ts), loaded here without re-analysing anything —
 * the stance model's corpus-side features come precomputed in the bundle.
 */
import bundle from '../../.generated/corpus-bundle.json';
import background from '../../data/background-df.json';
import stanceModel from '../../data/stance-model.json';
import neighbours from '../../data/neighbours.json';
import { setNeighbours } from '../match/neighbours.ts';
import '../match/setup.ts';
import { loadStance } from '../match/stance.ts';
import type { CorpusBundle } from '../search/bundle-schema.ts';
import { Corpus } from '../search/corpus.ts';

export function loadBundledCorpus(): Corpus {
  setNeighbours(neighbours);
  return Corpus.fromBundle(bundle as unknown as CorpusBundle, background, loadStance(stanceModel));
}
