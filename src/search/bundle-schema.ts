/**
 * The packaged corpus: reports, analysed statements, the claim graph and the
 * MiniSearch index (frozen), built once at build time (`src/search/build.ts`),
 * shipped as the extension's `corpus.json` and loaded as-is by the background
 * worker and the CLI.
 */
import type { Report } from '../corpus/schema.ts';
import type { Relation } from '../match/types.ts';
import type { FrozenIndexData } from './frozen-index.ts';
import type { PackedStatement } from './packed-statement.ts';
import type { StoredSide } from './stored-side.ts';

/** A report as the bundle keeps it: everything but the body (statements carry the text). */
export type BundledReport = Omit<Report, 'body'>;

/** Two corpus statements that make, deny or qualify the same claim. */
export interface ClaimEdge {
  /** Statement positions in the bundle's statement array. */
  a: number;
  b: number;
  relation: Relation;
  /** Why, in one short line, written from `a`'s side. */
  why: string;
  /** True when `b` denies `a` (a rejection of the report `a` comes from). */
  denies?: boolean;
  /** What the conflict is about (terms): only a page sentence that says something about these inherits it. */
  about?: string[];
  /** Only a page sentence that agrees with this end (`a` or `b`) inherits the conflict. */
  from?: number;
  /** Two tellings of a side's position (position.ts): the end that tells it held, the other softened. */
  held?: number;
}

export interface CorpusBundle {
  format: 2;
  builtAt: string;
  reports: BundledReport[];
  /** In corpus order: a statement's position here is its id in the index and the claim graph. */
  statements: PackedStatement[];
  edges: ClaimEdge[];
  /** MiniSearch's index of the statements, frozen (frozen-index.ts). */
  index: FrozenIndexData;
  /**
   * Per term, how many of the bundled statements use it: counted at build time
   * so the worker does not re-tokenise every statement when it starts (absent
   * in bundles from before it was added: then counted at load).
   */
  df?: Record<string, number>;
  /**
   * Each statement's side for the relation step, by position, stored for a
   * small corpus only (stored-side.ts): read by the worker instead of made
   * on its first look-ups.
   */
  sides?: StoredSide[];
}
