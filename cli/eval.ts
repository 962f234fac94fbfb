/**
 * `npm run eval` — measures the matcher on the labelled set in eval/ (see
 * eval/README.md for the format and the exact definitions of every figure).
 *
 *   npm run eval                       every split, then "blind" (holdout2 + holdout3 + holdout4 + holdout5) and overall
 *   npm run eval -- --split holdout    one split (holdout2, holdout3, holdout4, holdout5: the blind holdouts written after the matcher)
 *   npm run eval -- --split tune2      the second tuning split (also printed on its own by default)
 *   npm run eval -- --verbose          every miss and false mark, with the matcher's "why" (not the blind holdouts')
 *   npm run eval -- --unblind          list the blind holdouts' sentences too (only once nothing more will be tuned)
 *   npm run eval -- --json             one JSON document on stdout
 *
 * The matcher runs exactly as `npm run scan` runs it: the CLI corpus, then
 * scanText on the page text. Each page's sentences are joined as paragraphs,
 * after its title as the headline (the extension reads a page's headline too).
 * An unrelated page's headline must not match; a topic page's is not labelled,
 * so its marks are not counted, but they take part in the page as they would
 * in the extension (a plain mark there lets the page's tentative ones show).
 * Exits non-zero only on errors (a broken label file, a matcher that throws),
 * never because a target is missed.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { splitSentences } from '../src/text/sentences.ts';
import type { ScanResult } from '../src/match/types.ts';
import { scanText } from '../src/match/scan.ts';
import { parseCsv } from '../src/stance/csv.ts';
import { loadCliCorpus } from './lib/corpus.ts';
import {
  computeMetrics,
  normaliseForMatch,
  RELATIONS,
  targets,
  type Judged,
  type Metrics,
  type Predicted,
  type Ratio,
  type Relation,
  type Target,
} from './eval-metrics.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SPLITS = ['tune', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'tune2', 'tune3', 'tune4', 'tune5', 'tune6', 'tune7', 'tune8', 'tune9'] as const;
type Split = (typeof SPLITS)[number];
const SPLIT_NOTE: Record<Split, string> = {
  tune: 'the matcher’s authors may read and tune on this split',
  holdout: 'validation — written blind, never tuned on until 2026-11-22; since then used to accept or reject matcher changes (its misses were read), so holdout2 is the honest figure',
  holdout2: 'blind holdout written after the matcher was built, from the five reports only; NEVER tuned on, its sentences not listed unless --unblind — the honest figures',
  holdout3: 'third blind holdout (28 pages in the manner of mainstream outlets, written 2026-11-23 during session 7 by a helper blind to the matcher); NEVER tuned on, its sentences not listed unless --unblind — the honest figures, with holdout2',
  holdout4: 'fourth blind holdout (32 pages in the manner of mainstream outlets, 20 of them hard unrelated pages; written 2026-11-23 during session 9 by a helper blind to the matcher); NEVER tuned on, its sentences not listed unless --unblind — the honest figures, with holdout2 and holdout3',
  tune2: 'second tuning split (unrelated pages, paraphrased topic pages); may be tuned on, reported on its own, not in overall',
  tune4: 'fourth tuning split (24 pages, other outlet styles; written 2026-11-22 after session 5\'s rules, measured before any tuning on it); may be tuned on, reported on its own, not in overall',
  tune5: 'fifth tuning split (24 pages, other outlet styles; written 2026-11-22 during session 6, measured before any tuning on it); may be tuned on, reported on its own, not in overall',
  tune6: 'sixth tuning split (26 pages: references back, split attributions, corrections, telegraphic sub-heads; written 2026-11-23 during session 7, measured before any tuning on it); may be tuned on, reported on its own, not in overall',
  tune7: 'seventh tuning split (36 pages, 24 of them hard unrelated pages; written 2026-11-23 during session 9 by a helper blind to the matcher, measured before any tuning on it); may be tuned on, reported on its own, not in overall',
  holdout5: 'fifth blind holdout (36 pages in the manner of mainstream outlets, 24 of them hard unrelated pages on subjects no other split used; written 2026-11-23 during session 10 by a helper blind to the matcher); NEVER tuned on, its sentences not listed unless --unblind — the honest figures, with holdout2, holdout3 and holdout4',
  tune8: 'eighth tuning split (80 unrelated pages, short, that share the corpus’s people and words: written 2026-11-23 during session 9 by the lead while tuning on them, not blind); may be tuned on, reported on its own, not in overall',
  tune9: 'ninth tuning split (36 pages, 30 of them hard unrelated pages on subjects no other split used; written 2026-11-23 during session 10 by a helper blind to the matcher, measured once before any tuning on it); may be tuned on, reported on its own, not in overall',
  tune3: 'third tuning split (other outlet styles, dense in conflicts; written 2026-11-22, measured once before any tuning on it); may be tuned on, reported on its own, not in overall',
};
/**
 * Splits counted in "overall": the evaluation owner's hand-labelled set, holdouts included (holdout2 is a
 * holdout like holdout, so it goes wherever holdout goes). tune2 and tune3 are reported on their own.
 */
const OVERALL_SPLITS: readonly Split[] = ['tune', 'holdout', 'holdout2'];

// ---------------------------------------------------------------- the label files

const ExpectationSchema = z.object({
  report: z.string().check(z.regex(/^seed-\d{3}$/, 'must be a report id such as "seed-002"')),
  statement: z.string().check(z.minLength(8, 'must be a distinctive substring of the corpus sentence (8+ characters)')),
  relation: z.enum(['agree', 'conflict', 'related'], 'must be "agree", "conflict" or "related"'),
});

const SentenceSchema = z.object({
  text: z.string().check(z.minLength(1, 'must not be empty')),
  expect: z.array(ExpectationSchema),
  note: z.optional(z.string()),
});

const PageSchema = z.object({
  title: z.string().check(z.minLength(1, 'must not be empty')),
  kind: z.enum(['topic', 'unrelated'], 'must be "topic" or "unrelated"'),
  outlet: z.optional(z.string()),
  date: z.optional(z.string()),
  note: z.optional(z.string()),
  sentences: z.array(SentenceSchema).check(z.minLength(1, 'must hold at least one sentence')),
});
type Page = z.infer<typeof PageSchema>;

interface LoadedPage extends Page {
  split: Split;
  id: string;
  file: string;
}

const normaliseText = (s: string) => s.replace(/\s+/g, ' ').trim();

function loadSplit(dir: string, split: Split, errors: string[]): LoadedPage[] {
  const d = path.join(dir, split);
  if (!existsSync(d) || !statSync(d).isDirectory()) {
    errors.push(`${path.relative(root, d)}: missing split directory`);
    return [];
  }
  const pages: LoadedPage[] = [];
  for (const name of readdirSync(d).filter((f) => f.endsWith('.json')).sort()) {
    const file = path.join(d, name);
    const rel = path.relative(root, file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      errors.push(`${rel}: not JSON (${(e as Error).message})`);
      continue;
    }
    const parsed = PageSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(`${rel}: ${issue.path.join('.') || '(page)'}: ${issue.message}`);
      continue;
    }
    const page = parsed.data;
    const seen = new Set<string>();
    page.sentences.forEach((s, i) => {
      const where = `${rel}: sentences.${i}`;
      const n = normaliseText(s.text);
      if (seen.has(n)) errors.push(`${where}: the same sentence twice on one page`);
      seen.add(n);
      const parts = splitSentences(s.text);
      if (parts.length !== 1) errors.push(`${where}: the shared splitter cuts it into ${parts.length} sentences: ${parts.map((p) => JSON.stringify(p.text)).join(' | ')}`);
      if (page.kind === 'unrelated' && s.expect.length > 0) errors.push(`${where}: an unrelated page cannot expect matches`);
      const dup = new Set<string>();
      for (const e of s.expect) {
        const k = `${e.report} ${e.relation} ${e.statement}`;
        if (dup.has(k)) errors.push(`${where}: the same expectation twice`);
        dup.add(k);
      }
    });
    pages.push({ ...page, split, id: name.replace(/\.json$/, ''), file: rel });
  }
  return pages;
}

/**
 * The labelled substrings must be in the corpus. Report bodies come from the
 * records in data/ (issue 3: the seeds live there as validated records); when
 * none are found, the check is skipped with a note.
 */
function checkStatements(pages: LoadedPage[], warnings: string[]): number {
  const bodies = new Map<string, string>();
  const dataDir = path.join(root, 'data');
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.json')) {
        try {
          const v: unknown = JSON.parse(readFileSync(p, 'utf8'));
          for (const r of Array.isArray(v) ? v : [v]) {
            const rec = r as { body?: unknown; headline?: unknown; provenance?: { source?: unknown } } | null;
            if (!rec || typeof rec.body !== 'string' || typeof rec.provenance?.source !== 'string') continue;
            const m = /^(\d{3})_/.exec(path.basename(rec.provenance.source));
            if (m) bodies.set(`seed-${m[1]}`, normaliseForMatch(`${String(rec.headline ?? '')}\n${rec.body}`));
          }
        } catch {
          /* not a record */
        }
      }
    }
  };
  walk(dataDir);
  if (bodies.size === 0) {
    warnings.push('no corpus records found under data/: labelled statements were not checked against the corpus text');
    return 0;
  }
  let checked = 0;
  for (const p of pages)
    p.sentences.forEach((s, i) => {
      for (const e of s.expect) {
        const body = bodies.get(e.report);
        checked++;
        if (!body) warnings.push(`${p.file}: sentences.${i}: report ${e.report} is not in data/`);
        else if (!body.includes(normaliseForMatch(e.statement)))
          warnings.push(`${p.file}: sentences.${i}: "${e.statement}" is not in the text of ${e.report}`);
      }
    });
  return checked;
}

// ---------------------------------------------------------------- running the matcher

/** Report ids as the labels name them: `seed-NNN`, from the id or the ingested file name. */
function labelId(report: { id: string; source?: string }): string {
  if (/^seed-\d{3}$/.test(report.id)) return report.id;
  const m = /^(\d{3})_/.exec(path.basename(report.source ?? ''));
  return m ? `seed-${m[1]}` : report.id;
}

interface Matcher {
  corpus: { reports: number; statements: number };
  scan(text: string, title?: string): ScanResult;
}

/** The same corpus and entry point as `npm run scan` on a plain-text file. */
async function loadMatcher(): Promise<Matcher> {
  const corpus = await loadCliCorpus();
  const probe = scanText(corpus, '');
  return { corpus: probe.corpus, scan: (text, title) => scanText(corpus, text, undefined, title) };
}

/** The page as the extension reads it: its headline, then its sentences. */
export function pageText(page: { title: string; sentences: { text: string }[] }): string {
  const first = page.sentences[0]?.text;
  const head = first !== undefined && normaliseText(first) === normaliseText(page.title) ? [] : [page.title];
  return [...head, ...page.sentences.map((s) => s.text)].join('\n\n');
}

function judgePage(page: LoadedPage, result: ScanResult, warnings: string[]): Judged[] {
  const headline = page.sentences.some((s) => normaliseText(s.text) === normaliseText(page.title))
    ? []
    : [{ text: page.title, expect: [] as LoadedPage['sentences'][number]['expect'] }];
  // A topic page's headline is read but not labelled: its marks are set aside.
  const unlabelled = page.kind === 'topic' ? headline.map((h) => normaliseText(h.text)) : [];
  const items: Judged[] = [...(page.kind === 'unrelated' ? headline : []), ...page.sentences].map((s) => ({
    split: page.split,
    page: page.id,
    kind: page.kind,
    text: s.text,
    expect: s.expect.map((e) => ({ ...e, relation: e.relation as Relation })),
    got: [],
  }));
  const byText = new Map(items.map((j) => [normaliseText(j.text), j]));
  for (const r of result.statements) {
    if (r.matches.length === 0) continue;
    const t = normaliseText(r.text);
    // (A headline the splitter reads as two sentences, "Putin is not softening. Here is why", is set aside whole.)
    if (unlabelled.some((u) => u === t || (u.includes(t) && !byText.has(t)))) continue;
    // Exact first; a splitter that cut differently still lands on the sentence that holds it.
    const j = byText.get(t) ?? items.find((x) => normaliseText(x.text).includes(t) || t.includes(normaliseText(x.text)));
    if (!j) {
      warnings.push(`${page.file}: the matcher marked text that is not one of the page's sentences: ${JSON.stringify(r.text)}`);
      continue;
    }
    for (const m of r.matches) {
      const p: Predicted = { report: labelId(m.report), relation: m.relation, score: m.score, statement: m.statement.text, why: m.why };
      j.got.push(p);
    }
  }
  return items;
}

// ---------------------------------------------------------------- printing

const fmt = (r: Ratio) => (r.value === null ? '   n/a' : r.value.toFixed(3).padStart(6)) + ` (${r.num}/${r.den})`.padEnd(12);
const fmtV = (v: number | null) => (v === null ? 'n/a' : v.toFixed(3));

/** The blind holdouts' sentences stay unread: their figures are printed, their false marks and misses only with --unblind. */
const BLIND: ReadonlySet<Split> = new Set(['holdout2', 'holdout3', 'holdout4', 'holdout5']);

function printMetrics(title: string, m: Metrics, t: Target[], out: string[], listSentences = true) {
  out.push('', `== ${title}`);
  out.push(
    `   ${m.pages.topic} topic + ${m.pages.unrelated} unrelated pages, ${m.sentences} sentences: ` +
      `${m.labels.anyMatch} expect a match (agree ${m.labels.agree}, conflict ${m.labels.conflict}, related ${m.labels.related}), ${m.labels.none} must not match`,
  );
  out.push(`   marked sentences: ${m.marking.marked} (${m.marking.falsePositives} on sentences that must not match)`);
  out.push(`     precision                        ${fmt(m.marking.precision)}`);
  out.push(`     precision, strict (right report) ${fmt(m.marking.strictPrecision)}`);
  out.push(`     recall (agree|conflict)          ${fmt(m.marking.recallAgreeConflict)}`);
  out.push(`     recall (all expected, +related)  ${fmt(m.marking.recallAll)}`);
  out.push(`   per relation      precision             recall                pair precision        pair recall`);
  for (const r of RELATIONS) {
    const x = m.relations[r];
    out.push(`     ${r.padEnd(14)}  ${fmt(x.precision)}  ${fmt(x.recall)}  ${fmt(x.pairPrecision)}  ${fmt(x.pairRecall)}`);
  }
  out.push(`   right report+relation naming the labelled corpus sentence: ${fmt(m.statementAgreement)}`);
  const u = m.unrelated;
  out.push(`   unrelated pages: ${u.marks} marks (${u.matches} matches) on ${u.pages} pages = ${fmtV(u.marksPerPage)} marks per page`);
  for (const p of listSentences ? u.pagesWithMarks : [])
    for (const s of p.sentences)
      out.push(`     ${p.page}: ${JSON.stringify(s.text)}`, ...s.got.map((g) => `         → ${g.relation} ${g.report} (${g.score.toFixed(2)}): ${g.why}`));
  out.push('   targets (issue 4)');
  for (const x of t) out.push(`     [${x.pass ? 'PASS' : 'FAIL'}] ${x.name.padEnd(42)} ${fmtV(x.value).padStart(6)}  target ${x.op} ${x.threshold}`);
}

function describeGot(g: Predicted) {
  return `${g.relation} ${g.report} (${g.score.toFixed(2)}) via ${JSON.stringify(g.statement.slice(0, 90))}: ${g.why}`;
}

function verboseLines(items: Judged[], out: string[]) {
  for (const j of items) {
    const exp = new Set(j.expect.map((e) => `${e.report}/${e.relation}`));
    const got = new Set(j.got.map((g) => `${g.report}/${g.relation}`));
    const missed = j.expect.filter((e) => !got.has(`${e.report}/${e.relation}`));
    const wrong = j.got.filter((g) => !exp.has(`${g.report}/${g.relation}`));
    if (missed.length === 0 && wrong.length === 0) continue;
    let tag: string;
    if (j.expect.length === 0) tag = 'FALSE MARK';
    else if (j.got.length === 0) tag = 'MISS';
    else tag = 'PARTIAL';
    out.push(`   [${tag}] ${j.split}/${j.page}: ${JSON.stringify(j.text)}`);
    for (const e of missed) out.push(`       expected ${e.relation} ${e.report} ~ ${JSON.stringify(e.statement)}`);
    for (const g of wrong) out.push(`       got      ${describeGot(g)}`);
  }
}

// ---------------------------------------------------------------- main

async function main() {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose') || args.includes('-v');
  const json = args.includes('--json');
  const unblind = args.includes('--unblind');
  let only: Split | undefined;
  const si = args.indexOf('--split');
  if (si >= 0) {
    const v = args[si + 1];
    if (!(SPLITS as readonly string[]).includes(v ?? '')) throw new Error(`--split takes ${SPLITS.map((x) => `"${x}"`).join(', ')}, not ${JSON.stringify(v)}`);
    only = v as Split;
  }
  const di = args.indexOf('--dir');
  const dir = di >= 0 ? path.resolve(args[di + 1] ?? '') : path.join(root, 'eval');
  const known = new Set(['--verbose', '-v', '--json', '--unblind', '--split', '--dir', only, di >= 0 ? args[di + 1] : undefined]);
  const unknown = args.filter((a) => !known.has(a));
  if (unknown.length) throw new Error(`unknown argument(s): ${unknown.join(' ')} (use --split ${SPLITS.join('|')}, --verbose, --json, --unblind)`);

  const errors: string[] = [];
  const warnings: string[] = [];
  const splits = only ? [only] : [...SPLITS];
  const pages = splits.flatMap((s) => loadSplit(dir, s, errors));
  if (errors.length) {
    for (const e of errors) process.stderr.write(`eval: ${e}\n`);
    process.exitCode = 1;
    return;
  }
  checkStatements(pages, warnings);

  const matcher = await loadMatcher();
  const items: Judged[] = [];
  const started = performance.now();
  for (const page of pages) {
    items.push(...judgePage(page, matcher.scan(pageText(page), page.title), warnings));
  }
  const ms = performance.now() - started;

  const sections: { name: string; note: string; items: Judged[] }[] = splits.map((s) => ({ name: s, note: SPLIT_NOTE[s], items: items.filter((j) => j.split === s) }));
  if (!only) {
    sections.push({ name: 'blind', note: 'holdout2 + holdout3 + holdout4 + holdout5: every page never tuned on — the figures to quote', items: items.filter((j) => BLIND.has(j.split as Split)) });
    sections.push({ name: 'overall', note: 'tune + holdout + holdout2', items: items.filter((j) => OVERALL_SPLITS.includes(j.split as Split)) });
  }
  const results = sections.map((s) => {
    const m = computeMetrics(s.items);
    return { ...s, metrics: m, targets: targets(m) };
  });

  if (json) {
    const doc = {
      corpus: matcher.corpus,
      holdout: 'eval/holdout2, eval/holdout3, eval/holdout4 and eval/holdout5 are never tuned on and their sentences are not listed: their figures ("blind") are the ones to report; eval/holdout is a validation split since 2026-11-22',
      scanMs: Math.round(ms),
      warnings,
      splits: Object.fromEntries(results.map((r) => [r.name, { note: r.note, metrics: r.metrics, targets: r.targets }])),
      ...(verbose ? { sentences: items.filter((j) => unblind || !BLIND.has(j.split as Split)) } : {}),
    };
    process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
    return;
  }

  const out: string[] = [];
  out.push(`Second Source — matcher evaluation on eval/ (corpus: ${matcher.corpus.reports} reports, ${matcher.corpus.statements} statements; ${pages.length} pages scanned in ${Math.round(ms)} ms)`);
  out.push('eval/holdout2, eval/holdout3, eval/holdout4 and eval/holdout5 are NEVER tuned on and their sentences are not listed (--unblind lists them): their figures ("blind") are the honest ones. eval/holdout validates changes since 2026-11-22; eval/tune and eval/tune2 … tune9 may be read and tuned on.');
  for (const r of results) {
    const listed = r.name !== 'overall' && r.name !== 'blind' && (unblind || !BLIND.has(r.name as Split));
    printMetrics(`${r.name} — ${r.note}`, r.metrics, r.targets, out, listed);
    if (verbose && listed) verboseLines(r.items, out);
  }
  if (!only) {
    const other = otherNews(matcher);
    if (other) out.push('', `== other news — FNC-1's ${other.bodies} news bodies (2014–15, other subjects; a stand-in for unrelated pages at scale, not blind: the term weights come from them)`, `     marked sentences                  ${other.marked} (${(other.marked / other.bodies).toFixed(3)} per body)`);
  }
  if (warnings.length) out.push('', 'warnings:', ...warnings.map((w) => `   ${w}`));
  process.stdout.write(out.join('\n') + '\n');
}

/** Marked sentences (agree or conflict) on FNC-1's news bodies, when the shared data is on this machine; null when not. */
function otherNews(matcher: Matcher): { bodies: number; marked: number } | null {
  const file = path.resolve(root, '../shared/data/fnc-1/train_bodies.csv');
  if (!existsSync(file)) return null;
  const bodies = parseCsv(readFileSync(file, 'utf8')).slice(1).map((r) => r[1] ?? '');
  let marked = 0;
  for (const body of bodies) marked += matcher.scan(body).statements.filter((s) => s.matches.some((m) => m.relation !== 'related')).length;
  return { bodies: bodies.length, marked };
}

main().catch((e: unknown) => {
  process.stderr.write(`eval: ${e instanceof Error ? (process.env.DEBUG ? (e.stack ?? e.message) : e.message) : String(e)}\n`);
  process.exitCode = 1;
});
