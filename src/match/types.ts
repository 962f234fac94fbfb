import type { ReportRef } from '../corpus/schema.ts';

export type Relation = 'agree' | 'conflict' | 'related';
export const RELATIONS: readonly Relation[] = ['agree', 'conflict', 'related'];

export interface Match {
  relation: Relation;
  /** 0..1: how sure the matcher is of the relation. */
  score: number;
  report: ReportRef;
  statement: { id: string; text: string };
  /** One short, concrete line: the shared claim, who denies it, the differing figure. */
  why: string;
  /**
   * Agrees only in part: the two share their subject, but the page does not
   * tell the report's claim the same way. Such a mark waits for the page to
   * show that the corpus speaks to it (src/match/page-gate.ts). Not printed by
   * `scan`, not sent to the page: the reason already says "in part".
   */
  partial?: true;
}

export interface SentenceResult {
  text: string;
  matches: Match[];
}

/** What `npm run scan` prints, and what the extension shows. */
export interface ScanResult {
  corpus: { reports: number; statements: number };
  statements: SentenceResult[];
}
