/**
 * A bundled report's terms read from the frozen index are the terms of its
 * headline and statements read from the texts; a report with a pack's
 * statements is not answered from the index.
 */
import { describe, expect, it } from 'vitest';
import bundle from '../../.generated/corpus-bundle.json';
import { loadBundledCorpus } from '../background/bundled-corpus.ts';
import { terms } from '../text/tokens.ts';
import { packReport } from './pack-report.fixture.ts';

describe('report terms from the index', () => {
  const corpus = loadBundledCorpus(bundle);
  const all = new Set(corpus.statements.flatMap((s) => terms(s.text)));

  it('answers every term as the report texts do', () => {
    for (const [id, entry] of corpus.reports) {
      const fromTexts = new Set(terms(entry.report.headline));
      for (const i of entry.statements) for (const t of terms(corpus.statements[i]!.text)) fromTexts.add(t);
      const indexed = corpus.indexedReportTerms(id);
      expect(indexed, id).toBeDefined();
      for (const t of [...all, ...terms(entry.report.headline), 'zzzunknown', '']) expect(indexed!.has(t), `${id}: ${t}`).toBe(fromTexts.has(t));
    }
  });

  it('leaves a pack report and an unknown report to the texts', () => {
    const c = loadBundledCorpus(bundle);
    c.addPack('p1', [packReport('pack-r1', 'The inquiry into the ferry sinking opened on Monday in Tallinn. Investigators said the hull had been inspected twice.')]);
    expect(c.indexedReportTerms('pack-r1')).toBeUndefined();
    expect(c.indexedReportTerms('no-such-report')).toBeUndefined();
  });
});
