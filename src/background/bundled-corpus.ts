/**
 * The corpus shipped with the extension: compiled at build time
 * (scripts/build-corpus.ts), loaded here without re-analysing anything.
 */
import bundle from '../../.generated/corpus-bundle.json';
import background from '../../data/background-df.json';
import '../match/setup.ts';
import type { CorpusBundle } from '../search/bundle-schema.ts';
import { Corpus } from '../search/corpus.ts';

export function loadBundledCorpus(): Corpus {
  return Corpus.fromBundle(bundle as unknown as CorpusBundle, background);
}
