/**
 * Compiles data/ into the packaged corpus the extension loads:
 * .generated/corpus-bundle.json. Run by `npm install` (so type-checking has
 * it) and before every build (wxt.config.ts); fails with the file, field and
 * reason when the corpus does not validate.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileBundle, CorpusInvalid, ROOT } from '../cli/lib/corpus.ts';

export function writeCorpusBundle(): { file: string; reports: number; statements: number; edges: number; bytes: number } {
  const bundle = compileBundle();
  const dir = path.join(ROOT, '.generated');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'corpus-bundle.json');
  const text = JSON.stringify(bundle);
  // Write then rename: a build running beside this one never reads half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
  return { file, reports: bundle.reports.length, statements: bundle.statements.length, edges: bundle.edges.length, bytes: text.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const r = writeCorpusBundle();
    console.log(`corpus: ${r.reports} reports, ${r.statements} statements, ${r.edges} claim links → ${path.relative(ROOT, r.file)} (${Math.round(r.bytes / 1024)} kB)`);
  } catch (e) {
    console.error(e instanceof CorpusInvalid ? e.message : e);
    process.exit(1);
  }
}
