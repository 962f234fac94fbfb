/**
 * The packaged corpus: reports, analysed statements, the claim graph and the
 * MiniSearch index, built once at build time (`src/search/build.ts`) and loaded
 * as-is by the background worker and the CLI.
 */
import type { AsPlainObject } from 'minisearch';
import type { Statement } from '../analysis/types.ts';
import type { Report } from '../corpus/schema.ts';
import type { Relation } from '../match/types.ts';

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
}

export interface CorpusBundle {
  format: 1;
  builtAt: string;
  reports: BundledReport[];
  statements: Statement[];
  edges: ClaimEdge[];
  index: AsPlainObject;
  /**
   * Per term, how many of the bundled statements use it: counted at build time
   * so the worker does not re-tokenise every statement when it starts (absent
   * in bundles from before it was added: then counted at load).
   */
  df?: Record<string, number>;
  /** Per statement, the stance model's body-side features (absent when no model shipped). */
  stance?: unknown[];
}
