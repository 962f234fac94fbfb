/**
 * The sample pages' expectations (examples/expectations.json), checked on the
 * matcher in Node: what `npm run scan` says of each page must be what the
 * extension is expected to mark there. The e2e tests check the same file in
 * the browsers; this one fails in seconds when a matcher change breaks a demo mark.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../src/search/corpus.ts';
import { scanDocument } from '../src/match/scan.ts';
import type { Relation, ScanResult } from '../src/match/types.ts';
import { loadCliCorpus, ROOT } from './lib/corpus.ts';

interface ExpectedMark {
  text: string;
  relation: Relation;
  report: string;
  alsoAcceptable?: string[];
  alsoListed?: { relation: Relation; report: string }[];
}
interface PageExpectation {
  marked: ExpectedMark[];
  forbiddenRelations: Relation[];
  nothingMarked?: boolean;
}

const EXAMPLES = path.join(ROOT, 'examples');
const pages = (JSON.parse(readFileSync(path.join(EXAMPLES, 'expectations.json'), 'utf8')) as { pages: Record<string, PageExpectation> }).pages;
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The relation a sentence is marked under, as `strongestRelation` in src/page/marks.ts decides it. */
const markedAs = (rels: Set<Relation>): Relation => (rels.has('conflict') ? 'conflict' : rels.has('agree') ? 'agree' : 'related');

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCliCorpus();
});

function scan(page: string): ScanResult {
  const html = readFileSync(path.join(EXAMPLES, page), 'utf8');
  return scanDocument(corpus, parseHTML(html).document as unknown as Document);
}

describe.each(Object.entries(pages))('the sample page %s, as the CLI scans it', (page, want) => {
  it('marks what the demo expects, under the expected relation, and nothing forbidden', () => {
    const result = scan(page);
    if (want.nothingMarked) expect(result.statements.map((s) => s.text)).toEqual([]);
    for (const s of result.statements) {
      expect(want.forbiddenRelations, `"${s.text}" is marked ${markedAs(new Set(s.matches.map((m) => m.relation)))}`).not.toContain(markedAs(new Set(s.matches.map((m) => m.relation))));
    }
    for (const mark of want.marked) {
      const got = result.statements.find((s) => normalise(s.text) === normalise(mark.text));
      expect(got, `not marked: "${mark.text}"`).toBeDefined();
      const listed = got!.matches.map((m) => `${m.relation} ${m.report.id}`);
      expect(markedAs(new Set(got!.matches.map((m) => m.relation))), `"${mark.text}": ${listed.join(', ')}`).toBe(mark.relation);
      const acceptable = [mark.report, ...(mark.alsoAcceptable ?? [])];
      expect(listed.some((l) => acceptable.some((r) => l === `${mark.relation} ${r}`)), `"${mark.text}" lists ${listed.join(', ')}; wanted ${mark.relation} ${acceptable.join('|')}`).toBe(true);
      for (const also of mark.alsoListed ?? []) expect(listed, `"${mark.text}"`).toContain(`${also.relation} ${also.report}`);
    }
  });
});
