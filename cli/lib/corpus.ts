/**
 * The corpus for the command-line tools: compiled from `data/` with the same
 * code and inputs as the extension's build, so the CLI judges as the
 * extension does.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../src/corpus/schema.ts';
import { validateCorpusFiles } from '../../src/corpus/validate.ts';
import type { CorpusBundle } from '../../src/search/bundle-schema.ts';
import { compileCorpus } from '../../src/search/build.ts';
import { Corpus } from '../../src/search/corpus.ts';
import type { BackgroundDf } from '../../src/match/weights.ts';
import { loadStance } from '../../src/match/stance.ts';
import '../../src/match/setup.ts';
import { setNeighbours } from '../../src/match/neighbours.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA = path.join(ROOT, 'data');

// The near-synonym table ships with the data; the CLI installs it as the worker does.
if (existsSync(path.join(DATA, 'neighbours.json'))) setNeighbours(JSON.parse(readFileSync(path.join(DATA, 'neighbours.json'), 'utf8')));

export class CorpusInvalid extends Error {}

export function readReports(dir = path.join(DATA, 'corpus')): Report[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: path.relative(ROOT, path.join(dir, f)), text: readFileSync(path.join(dir, f), 'utf8') }));
  const { reports, problems } = validateCorpusFiles(files);
  if (problems.length) {
    throw new CorpusInvalid(
      `The corpus does not validate:\n${problems.map((p) => `  ${p.file}: ${p.field}: ${p.reason}`).join('\n')}`,
    );
  }
  return reports;
}

export function readBackground(): BackgroundDf {
  return JSON.parse(readFileSync(path.join(DATA, 'background-df.json'), 'utf8')) as BackgroundDf;
}

export function readStanceJson(): unknown {
  const file = path.join(DATA, 'stance-model.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

/** The bundle the build ships. `builtAt` is the newest report's ingest time, so the output is reproducible. */
export function compileBundle(reports = readReports()): CorpusBundle {
  const builtAt = reports.map((r) => r.provenance.ingestedAt).sort().at(-1) ?? new Date(0).toISOString();
  return compileCorpus(reports, builtAt, readBackground());
}

export async function loadCliCorpus(): Promise<Corpus> {
  return Corpus.fromBundle(compileBundle(), readBackground(), loadStance(readStanceJson()));
}
