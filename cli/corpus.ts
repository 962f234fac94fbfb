/**
 * npm run corpus -- add [--force] [--id ID] [--out DIR] [--now ISO] FILE...
 *   Ingests raw reports (plain text or HTML, by extension or sniffing) and
 *   writes data/corpus/<id>.json for review. Refuses to overwrite without --force.
 *
 * npm run corpus -- check [DIR]
 *   Validates every DIR/*.json (default data/corpus); prints each problem as
 *   `FILE: FIELD: REASON` and exits 1, or prints a one-line summary and exits 0.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { ingestHtmlDetailed, ingestTextDetailed, looksLikeHtml, type IngestResult } from '../src/corpus/ingest.ts';
import { formatProblem, validateCorpusFiles, checkReport } from '../src/corpus/validate.ts';

const DEFAULT_DIR = 'data/corpus';

function usage(): never {
  process.stderr.write(
    [
      'usage:',
      '  npm run corpus -- add [--force] [--id ID] [--out DIR] [--now ISO] FILE...',
      '  npm run corpus -- check [DIR]',
      '',
    ].join('\n'),
  );
  process.exit(2);
}

export function parseHtmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Reads a corpus directory as {name, text} pairs, named as the directory was given ("data/corpus/seed-003.json"). */
export function readCorpusDir(dir: string): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const path = join(dir, f);
      return { name: path, text: readFileSync(path, 'utf8') };
    });
}

function add(args: string[]): number {
  let force = false;
  let id: string | undefined;
  let out = DEFAULT_DIR;
  let now = new Date().toISOString();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--force' || a === '-f') force = true;
    else if (a === '--id') id = args[++i];
    else if (a === '--out') out = args[++i] ?? usage();
    else if (a === '--now') now = args[++i] ?? usage();
    else if (a.startsWith('--')) usage();
    else files.push(a);
  }
  if (!files.length) usage();
  if (id !== undefined && files.length !== 1) {
    process.stderr.write('corpus add: --id names one record; give exactly one FILE with it\n');
    return 2;
  }
  mkdirSync(out, { recursive: true });
  let failed = 0;
  for (const file of files) {
    if (!existsSync(file) || !statSync(file).isFile()) {
      process.stderr.write(`${file}: no such file\n`);
      failed++;
      continue;
    }
    const raw = readFileSync(file, 'utf8');
    const source = basename(file);
    const opts = id !== undefined ? { id } : {};
    const result: IngestResult = looksLikeHtml(file, raw)
      ? ingestHtmlDetailed(raw, source, now, parseHtmlDocument, opts)
      : ingestTextDetailed(raw, source, now, opts);
    const { report, dropped } = result;
    const { problems } = checkReport(report);
    const target = join(out, `${report.id}.json`);
    if (problems.length) {
      for (const p of problems) process.stderr.write(`${file}: ${p.field}: ${p.reason}\n`);
      failed++;
      continue;
    }
    if (existsSync(target) && !force) {
      process.stderr.write(`${target}: already exists (use --force to overwrite)\n`);
      failed++;
      continue;
    }
    writeFileSync(target, `${JSON.stringify(report, null, 2)}\n`);
    const meta = (['headline', 'outlet', 'published', 'author', 'url', 'language'] as const)
      .map((k) => `  ${k}: ${report[k] ? JSON.stringify(report[k]) : '(none)'}`)
      .join('\n');
    const paragraphs = report.body.split('\n\n').length;
    process.stdout.write(`wrote ${target} (from ${file})\n${meta}\n  body: ${paragraphs} paragraphs, ${report.body.length} characters\n`);
    if (dropped.length) {
      process.stdout.write(`  removed ${dropped.length} lines:\n`);
      for (const d of dropped) process.stdout.write(`    [${d.kind}] ${d.line.length > 90 ? `${d.line.slice(0, 87)}...` : d.line}\n`);
    }
  }
  return failed ? 1 : 0;
}

function check(args: string[]): number {
  const dir = args[0] ?? DEFAULT_DIR;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    process.stderr.write(`${dir}: no such directory\n`);
    return 1;
  }
  const files = readCorpusDir(dir);
  const { reports, problems } = validateCorpusFiles(files);
  if (problems.length) {
    for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
    process.stderr.write(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${new Set(problems.map((p) => p.file)).size} of ${files.length} files\n`);
    return 1;
  }
  process.stdout.write(`${dir}: ${reports.length} reports in ${files.length} files, all valid\n`);
  return 0;
}

function main(argv: string[]): number {
  const [cmd, ...rest] = argv;
  if (cmd === 'add') return add(rest);
  if (cmd === 'check') return check(rest);
  return usage();
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('cli/corpus.ts')) {
  // A closed pipe (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2));
}
