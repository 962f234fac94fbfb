// Structural check for the tune3 draft pages.
//   node eval/tune3/check.mjs
// For every t*.json / u*.json in this folder: parses the JSON, checks the required
// fields, and checks that every `statement` occurs (case-insensitively, after
// normalising curly quotes to straight and dashes to '-') in the ingested text
// (`body`) of the named report in data/corpus/. Also flags sentence
// texts that look like more than one sentence, and prints counts.
// Exits 1 on any failure.
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const DIR = dirname(fileURLToPath(import.meta.url));
const CORPUS = join(DIR, "..", "..", "data", "corpus");
const REPORTS = ["seed-000", "seed-001", "seed-002", "seed-003", "seed-004"];
const RELATIONS = new Set(["agree", "conflict", "related"]);

const norm = (s) =>
  s
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .toLowerCase()
    .trim();

const corpus = {};
for (const id of REPORTS) {
  const j = JSON.parse(readFileSync(join(CORPUS, `${id}.json`), "utf8"));
  if (j.id !== id) throw new Error(`${id}.json has id ${j.id}`);
  corpus[id] = norm(j.body ?? "");
}

const failures = [];
const warnings = [];
const fail = (f, msg) => failures.push(`${f}: ${msg}`);
const warn = (f, msg) => warnings.push(`${f}: ${msg}`);

const files = readdirSync(DIR).filter((f) => /^[tu]\d\d-.*\.json$/.test(f)).sort();
const stats = {
  topic: { pages: 0, sentences: 0, match: 0, agree: 0, conflict: 0, related: 0, none: 0, pairs: { agree: 0, conflict: 0, related: 0 }, pureConflict: 0 },
  unrelated: { pages: 0, sentences: 0, match: 0, agree: 0, conflict: 0, related: 0, none: 0, pairs: { agree: 0, conflict: 0, related: 0 }, pureConflict: 0 },
};
const perPage = [];

for (const f of files) {
  let page;
  try {
    page = JSON.parse(readFileSync(join(DIR, f), "utf8"));
  } catch (e) {
    fail(f, `does not parse: ${e.message}`);
    continue;
  }
  const want = f.startsWith("t") ? "topic" : "unrelated";
  if (typeof page.title !== "string" || !page.title.trim()) fail(f, "missing title");
  if (page.kind !== "topic" && page.kind !== "unrelated") fail(f, `bad kind ${page.kind}`);
  else if (page.kind !== want) fail(f, `kind ${page.kind} but file name says ${want}`);
  if (typeof page.date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(page.date)) fail(f, `bad date ${page.date}`);
  if (page.outlet !== undefined && typeof page.outlet !== "string") fail(f, "outlet not a string");
  if (!Array.isArray(page.sentences) || page.sentences.length === 0) {
    fail(f, "no sentences");
    continue;
  }
  const kind = page.kind === "unrelated" ? "unrelated" : "topic";
  const st = stats[kind];
  st.pages++;
  const n = page.sentences.length;
  if (kind === "topic" && (n < 15 || n > 25)) warn(f, `${n} sentences (brief: 15-25)`);
  if (kind === "unrelated" && (n < 8 || n > 15)) warn(f, `${n} sentences (brief: 8-15)`);
  const seen = new Set();
  let labelled = 0, withConflict = 0, pure = 0;
  page.sentences.forEach((s, i) => {
    const where = `${f} #${i + 1}`;
    if (typeof s.text !== "string" || !s.text.trim()) return fail(where, "missing text");
    if (!Array.isArray(s.expect)) return fail(where, "expect is not an array");
    const t = s.text;
    if (seen.has(norm(t))) fail(where, "duplicate sentence text on the page");
    seen.add(norm(t));
    if (/\n/.test(t)) fail(where, "newline inside sentence");
    // Heuristic: sentence-final punctuation (optionally followed by a closing quote or bracket),
    // whitespace, then an (optional opening quote and an) upper-case letter or digit.
    const inner = t.match(/[.!?]["'\u2019\u201D)\]]?\s+["'\u2018\u201C(]?[A-Z0-9]/);
    if (inner) fail(where, `may split into two sentences at "${inner[0]}": ${t}`);
    if (/\b(?:U\.S|Mr|Mrs|Ms|Dr|St|No|vs|e\.g|i\.e|a\.m|p\.m)\.\s/.test(t)) fail(where, `abbreviation with a period: ${t}`);
    st.sentences++;
    if (kind === "unrelated" && s.expect.length) fail(where, "unrelated page with a non-empty expect");
    if (s.expect.length === 0) {
      st.none++;
      return;
    }
    st.match++;
    labelled++;
    const rels = new Set();
    const pairs = new Set();
    for (const e of s.expect) {
      if (!REPORTS.includes(e.report)) { fail(where, `bad report ${e.report}`); continue; }
      if (!RELATIONS.has(e.relation)) { fail(where, `bad relation ${e.relation}`); continue; }
      if (typeof e.statement !== "string" || !e.statement.trim()) { fail(where, "missing statement"); continue; }
      if (!corpus[e.report].includes(norm(e.statement)))
        fail(where, `statement not in ${e.report}: "${e.statement}"`);
      if (/\.\s/.test(e.statement)) warn(where, `statement spans a sentence boundary? "${e.statement}"`);
      rels.add(e.relation);
      pairs.add(`${e.report}|${e.relation}`);
    }
    for (const r of rels) st[r]++;
    for (const p of pairs) st.pairs[p.split("|")[1]]++;
    if (rels.has("conflict")) withConflict++;
    if (rels.has("conflict") && !rels.has("agree")) { pure++; st.pureConflict++; }
  });
  if (kind === "topic") {
    perPage.push({ f, n, labelled, withConflict, pure });
    if (withConflict * 3 < labelled) warn(f, `only ${withConflict} of ${labelled} labelled sentences expect a conflict (< 1/3)`);
  }
}

const row = (name, s) =>
  `| ${name.padEnd(10)} | ${String(s.pages).padStart(5)} | ${String(s.sentences).padStart(9)} | ${String(s.match).padStart(14)} | ${String(s.agree).padStart(5)} | ${String(s.conflict).padStart(8)} | ${String(s.related).padStart(7)} | ${String(s.none).padStart(14)} |`;
const tot = {};
for (const k of ["pages", "sentences", "match", "agree", "conflict", "related", "none"]) tot[k] = stats.topic[k] + stats.unrelated[k];
console.log("|            | pages | sentences | expect a match | agree | conflict | related | must not match |");
console.log("|------------|------:|----------:|---------------:|------:|---------:|--------:|---------------:|");
console.log(row("topic", stats.topic));
console.log(row("unrelated", stats.unrelated));
console.log(row("total", tot));
console.log(`pairs (sentence, report): agree ${stats.topic.pairs.agree} / conflict ${stats.topic.pairs.conflict} / related ${stats.topic.pairs.related}`);
console.log(`sentences with a conflict and no agree: ${stats.topic.pureConflict}`);
console.log("\nper topic page (sentences / labelled / with a conflict / conflict-only):");
for (const p of perPage) console.log(`  ${p.f.padEnd(40)} ${p.n} / ${p.labelled} / ${p.withConflict} / ${p.pure}`);

for (const w of warnings) console.log(`WARN  ${w}`);
for (const x of failures) console.log(`FAIL  ${x}`);
console.log(`\n${files.length} files, ${failures.length} failure(s), ${warnings.length} warning(s)`);
process.exit(failures.length ? 1 : 0);
