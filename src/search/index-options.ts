/**
 * The one MiniSearch configuration, used to build the index at build time and
 * to load it in the worker: both sides must tokenise identically.
 */
import type { Options } from 'minisearch';
import { term, words } from '../text/tokens.ts';

export interface IndexedStatement {
  /** Position in the corpus' statement array. */
  id: number;
  text: string;
  headline: string;
}

export const INDEX_OPTIONS: Options<IndexedStatement> = {
  idField: 'id',
  fields: ['text', 'headline'],
  storeFields: [],
  tokenize: (text) => words(text),
  processTerm: (w) => term(w) || null,
  searchOptions: {
    boost: { text: 3, headline: 1 },
    combineWith: 'OR',
  },
};
