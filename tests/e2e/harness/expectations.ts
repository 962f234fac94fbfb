/** The expected marks per sample page, from `examples/expectations.json`. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXAMPLES_DIR } from './paths.ts';
import type { Relation } from './marks.ts';

export interface ExpectedMark {
  text: string;
  relation: Relation;
  report: string;
  /** Reports that may stand in for `report` (the popup must list one of them under `relation`). */
  alsoAcceptable?: string[];
  /** Further matches the popup must list for this statement. */
  alsoListed?: { relation: Relation; report: string }[];
  claim?: string;
}
export interface PageExpectation {
  marked: ExpectedMark[];
  forbiddenRelations: Relation[];
  nothingMarked?: boolean;
}

export function loadExpectations(): Record<string, PageExpectation> {
  const raw = JSON.parse(readFileSync(resolve(EXAMPLES_DIR, 'expectations.json'), 'utf8')) as {
    pages: Record<string, PageExpectation>;
  };
  return raw.pages;
}
