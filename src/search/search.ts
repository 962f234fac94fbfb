/** The popup's search box: the whole corpus, prefix and fuzzy, any tab. */
import type { Corpus } from './corpus.ts';

export interface SearchHit {
  report: ReturnType<Corpus['report']> extends infer E ? (E extends { ref: infer R } ? R : never) : never;
  statement: { id: string; text: string };
  score: number;
}

export function searchCorpus(corpus: Corpus, query: string, limit: number): SearchHit[] {
  const q = query.trim();
  if (!q) return [];
  const opts = { prefix: true, fuzzy: 0.2, boost: { text: 2, headline: 1 } } as const;
  const index = corpus.searchIndex();
  let hits = index.search(q, { ...opts, combineWith: 'AND' });
  if (hits.length === 0) hits = index.search(q, { ...opts, combineWith: 'OR' });
  const out: SearchHit[] = [];
  for (const h of hits) {
    const i = h.id as number;
    if (!corpus.isLive(i)) continue;
    const st = corpus.statements[i]!;
    const entry = corpus.report(st.reportId);
    if (!entry) continue;
    out.push({ report: entry.ref, statement: { id: st.id, text: st.text }, score: Math.round(h.score * 100) / 100 });
    if (out.length >= limit) break;
  }
  return out;
}
