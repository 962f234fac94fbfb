/**
 * Compiles data/ into the packaged corpus the extension loads:
 * .generated/corpus-bundle.json. Run by `npm install` (so type-checking has
 * it) and before every build (wxt.config.ts); fails with the file, field and
 * reason when the corpus does not validate. Writes beside it the words each
 * guarded pattern needs (.generated/known-literals.json, src/text/literals.ts),
 * which the worker installs instead of reading the patterns at every start,
 * and the stance model as the extension packages it (.generated/stance-model.bin).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileBundle, CorpusInvalid, ROOT } from '../cli/lib/corpus.ts';
import { knownLiterals } from '../src/text/literals.ts';
import { packStanceModel } from '../src/stance/packed-model.ts';
import { readStanceJson } from '../cli/lib/corpus.ts';

function writeAtomically(file: string, text: string | Uint8Array): void {
  // Write then rename: a build running beside this one never reads half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

export function writeCorpusBundle(): { file: string; reports: number; statements: number; edges: number; bytes: number } {
  const bundle = compileBundle();
  const dir = path.join(ROOT, '.generated');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'corpus-bundle.json');
  const text = JSON.stringify(bundle);
  writeAtomically(file, text);
  // Every guarded pattern is registered by now: compiling the corpus loaded the modules that hold them.
  writeAtomically(path.join(dir, 'known-literals.json'), JSON.stringify(knownLiterals()));
  // The stance model as the extension packages it (src/stance/packed-model.ts): checked, then its weights as bytes.
  const stance = readStanceJson();
  if (stance) writeAtomically(path.join(dir, 'stance-model.bin'), packStanceModel(stance));
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
