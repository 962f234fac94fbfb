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
