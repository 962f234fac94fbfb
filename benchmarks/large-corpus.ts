/**
 * The large corpus: the 1,683 FNC-1 news bodies as reports (a stand-in for a
 * newsroom corpus of ~40,000 statements), compiled with the build's own code
 * (`compileBundle`, as scripts/build-corpus.ts does) and cached under
 * bench-output/ keyed by a hash of every input: the CSV, the code that
 * analyses, indexes and links statements, and data/.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileBundle, ROOT } from '../cli/lib/corpus.ts';
import { ReportSchema, type Report } from '../src/corpus/schema.ts';
import { parseCsv } from '../src/stance/csv.ts';
import { splitSentences } from '../src/text/sentences.ts';

export const FNC_DIR = process.env.SS_FNC_DIR ?? path.resolve(ROOT, '../shared/data/fnc-1');
export const FNC_BODIES = path.join(FNC_DIR, 'train_bodies.csv');
export const BENCH_OUT = path.join(ROOT, 'bench-output');

/** FNC-1 bodies as reports; the headline is the body's first sentence (FNC-1 bodies have none). */
export function fncReports(csvText = readFileSync(FNC_BODIES, 'utf8')): Report[] {
  const rows = parseCsv(csvText);
  const header = rows[0] ?? [];
  if (header[0] !== 'Body ID' || header[1] !== 'articleBody') throw new Error(`${FNC_BODIES}: expected the header "Body ID,articleBody", got ${JSON.stringify(header)}`);
  const reports: Report[] = [];
  for (const [k, row] of rows.slice(1).entries()) {
    const [id, body] = row;
    if (!id || !body?.trim()) throw new Error(`${FNC_BODIES}: record ${k + 2} has no Body ID or no body`);
    const first = splitSentences(body, 'en')[0]?.text.trim() || `FNC-1 body ${id}`;
    const report = {
      id: `fnc-${id}`,
      headline: first.length > 200 ? `${first.slice(0, 197)}…` : first,
      outlet: '',
      url: '',
      published: '',
      author: '',
      language: 'en',
      body: body.trim(),
      provenance: { source: `train_bodies.csv#${id}`, ingestedAt: '2017-06-01T00:00:00Z' },
    };
    const parsed = ReportSchema.safeParse(report);
    if (!parsed.success) throw new Error(`${FNC_BODIES}: body ${id} is not a valid report: ${parsed.error.issues[0]?.message}`);
    reports.push(parsed.data);
  }
  return reports;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(p);
    return /\.test\.tsx?$/.test(e.name) ? [] : [p];
  });
}

/** A hash of everything the compiled large bundle depends on. */
export function inputHash(csvText: string): string {
  const h = createHash('sha256').update(csvText);
  const code = ['src/analysis', 'src/match', 'src/search', 'src/text', 'src/stance', 'src/corpus', 'data'].flatMap((d) => filesUnder(path.join(ROOT, d)));
  for (const f of code.sort()) {
    if (f.includes(`${path.sep}data${path.sep}corpus${path.sep}`)) continue; // the bundled reports do not enter the large corpus
    h.update(path.relative(ROOT, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

export interface LargeBundle {
  file: string;
  text: string;
  reports: number;
  /** Wall-clock time of the compile, or undefined when it came from the cache. */
  compileMs?: number;
  /** The compile time the cached bundle took when it was made. */
  cachedCompileMs?: number;
  phases?: Record<string, number>;
  hash: string;
}

export function largeBundle(log: (m: string) => void = () => {}): LargeBundle {
  const csvText = readFileSync(FNC_BODIES, 'utf8');
  const hash = inputHash(csvText);
  mkdirSync(BENCH_OUT, { recursive: true });
  const file = path.join(BENCH_OUT, `large-bundle-${hash}.json`);
  const meta = `${file}.meta.json`;
  if (existsSync(file) && existsSync(meta)) {
    const m = JSON.parse(readFileSync(meta, 'utf8')) as { compileMs: number; reports: number; phases?: Record<string, number> };
    log(`large corpus: cached ${path.relative(ROOT, file)} (${(statSync(file).size / 1e6).toFixed(1)} MB)`);
    return { file, text: readFileSync(file, 'utf8'), reports: m.reports, cachedCompileMs: m.compileMs, phases: m.phases, hash };
  }
  log(`large corpus: compiling ${path.relative(ROOT, FNC_BODIES)} (input hash ${hash}) …`);
  const t0 = performance.now();
  const reports = fncReports(csvText);
  const bundle = compileBundle(reports);
  const compileMs = performance.now() - t0;
  const text = JSON.stringify(bundle);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
  writeFileSync(meta, JSON.stringify({ compileMs, reports: reports.length }));
  log(`large corpus: ${reports.length} reports, ${bundle.statements.length} statements, ${bundle.edges.length} links in ${(compileMs / 1000).toFixed(1)} s`);
  return { file, text, reports: reports.length, compileMs, hash };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  largeBundle(console.log);
}
