/**
 * A statement's side (what the relation step reads of it: its terms, names,
 * frame words, event window and speaker) as the packaged corpus can store it.
 *
 * Why: the worker's first look-up made the sides of the ~20 statements it
 * met, each a pass of the phrase, entity, frame and date patterns over the
 * statement and its report, in code not yet compiled: ~9 ms of a ~40 ms first
 * look-up (Chromium, bundled corpus). Stored, they cost 42 kB of the bundled
 * corpus's file. A newsroom corpus stores none (it would grow by a quarter,
 * and parsing it is most of its cold start): its sides are made as needed.
 *
 * Only the worker reads them (bundled-corpus.ts, `storedSides`); Node (the
 * CLI, tests, the benchmark's look-ups) makes every side from the text, so
 * a bundle compiled by older code cannot hand it a stale one. The sides are
 * made by the same code at build time, and stored-side.test.ts checks that
 * read back they equal the sides made from the text.
 */
import type { StatementAnalysis } from '../analysis/types.ts';
import { framePolarity, rememberFrameHits, type FrameHit } from '../match/frames.ts';
import type { Side } from '../match/relate.ts';
import type { EventWindow } from '../match/time.ts';

/** A corpus of up to this many statements stores its sides (the bundled one has ~100: 42 kB). */
export const STORE_SIDES_UP_TO = 2_000;

export interface StoredSide {
  /** Terms, in the side's order. */
  t: string[];
  /** Names, in the side's order. */
  n: string[];
  /** Frame words (omitted when none). */
  h?: FrameHit[];
  /** Event window (omitted when none). */
  w?: EventWindow;
  /** Speaker (omitted when none). */
  s?: string;
}

export function storeSide(side: Side): StoredSide {
  return {
    t: [...side.terms],
    n: [...side.names],
    ...(side.hits.length ? { h: side.hits } : {}),
    ...(side.window ? { w: side.window } : {}),
    ...(side.speaker ? { s: side.speaker } : {}),
  };
}

/**
 * The side back, as makeSide makes it (same fields, in the same order), for
 * the statement's text and analysis. Its frame hits are kept as frameHits'
 * answer for the text too: the positions the claim graph's statements tell
 * are read from them on the first look-up that tells one (17 statements of
 * the bundled corpus).
 */
export function readSide(stored: StoredSide, text: string, analysis: StatementAnalysis): Side {
  const hits = stored.h ?? [];
  rememberFrameHits(text, hits);
  return {
    names: new Set(stored.n),
    text,
    terms: new Set(stored.t),
    analysis,
    hits,
    frames: framePolarity(hits),
    window: stored.w ?? null,
    speaker: stored.s ?? '',
  };
}
