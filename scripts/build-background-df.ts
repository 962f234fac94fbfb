/**
 * Writes data/background-df.json: how many of the 1,683 FNC-1 news bodies use
 * each term. The matcher weighs words by how rare they are in news at large,
 * not only in our small corpus — "talks" and "leaders" are common in news even
 * when only one of our five reports says them. It also lists the terms news
 * writes as names (capitalised in mid-sentence), for reading Title Case headlines.
 *
 *   node --import tsx scripts/build-background-df.ts [--data DIR]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../src/stance/csv.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { term, terms, words } from '../src/text/tokens.ts';
import '../src/match/setup.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--data');
const dir = i > 0 ? process.argv[i + 1]! : path.resolve(root, '../shared/data/fnc-1');
const rows = parseCsv(readFileSync(path.join(dir, 'train_bodies.csv'), 'utf8'));
const bodies = rows.slice(1).map((r) => r[1] ?? '');
const df = new Map<string, number>();
for (const body of bodies) for (const t of new Set(terms(body))) df.set(t, (df.get(t) ?? 0) + 1);
const kept = [...df].filter(([t, n]) => n >= 3 && t.length <= 24).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

// Names: terms written with a capital in mid-sentence at least 70% of the
// times they appear there. A Title Case headline capitalises every word, and
// this says which of its capitals to believe ("Tells" no, "Xi" or "China" yes).
const caps = new Map<string, [number, number]>();
for (const body of bodies) {
  for (const s of splitSentences(body.replace(/\s+/g, ' '))) {
    words(s.text).forEach((w, k) => {
      const t = term(w);
      if (k === 0 || !t || !/^\p{L}/u.test(w) || w === w.toUpperCase()) return;
      const c = caps.get(t) ?? [0, 0];
      c[/^\p{Lu}/u.test(w) ? 0 : 1]++;
      caps.set(t, c);
    });
  }
}
const keptTerms = new Set(kept.map(([t]) => t));
const names = [...caps]
  .filter(([t, [upper, lower]]) => keptTerms.has(t) && upper >= 3 && upper >= 0.7 * (upper + lower))
  .map(([t]) => t)
  .sort();
writeFileSync(
  path.join(root, 'data/background-df.json'),
  JSON.stringify({ source: 'FNC-1 train_bodies.csv', documents: bodies.length, df: Object.fromEntries(kept), names }) + '\n',
);
console.log(`${bodies.length} bodies, ${kept.length} terms (${names.length} mostly written as names) → data/background-df.json`);
