// Checks the pages of one eval split, as its writer delivered them: JSON parses,
// fields are valid, each text is one sentence, and each `statement` occurs in the
// named report's body or headline (case-insensitive, curly quotes -> straight,
// dashes -> '-', whitespace collapsed). Prints a counts table. Exits 1 on any failure.
// (`npm run eval` validates every split its own way; this is the writers' check,
// run before a split is handed over.)
//
//   node eval/check-pages.mjs tune5
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const SPLIT = process.argv[2];
if (!SPLIT) {
  console.error("usage: node eval/check-pages.mjs <split>   (a folder under eval/, e.g. tune5)");
  process.exit(2);
}
const EVAL = dirname(fileURLToPath(import.meta.url));
const DIR = join(EVAL, SPLIT);
const CORPUS = join(EVAL, "..", "data", "corpus");
const REPORTS = ["seed-000", "seed-001", "seed-002", "seed-003", "seed-004"];
const RELATIONS = new Set(["agree", "conflict", "related"]);
const PAGE_KEYS = new Set(["title", "kind", "outlet", "date", "note", "sentences"]);
const SENT_KEYS = new Set(["text", "expect", "note"]);
const EXP_KEYS = new Set(["report", "statement", "relation"]);

const failures = [];
const warnings = [];
const fail = (where, msg) => failures.push(`${where}: ${msg}`);

function norm(s) {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

const corpus = {};
for (const id of REPORTS) {
  const d = JSON.parse(readFileSync(join(CORPUS, `${id}.json`), "utf8"));
  corpus[id] = { body: norm(d.body ?? ""), headline: norm(d.headline ?? "") };
}

// A sentence end inside the text: . ! or ? (optionally followed by closing quotes or
// brackets), whitespace, then (optionally opening quotes) a capital letter or digit.
const INNER_END = /[.!?]["'\u201D\u2019)\]]*\s+["'\u201C\u2018(\[]*[A-Z0-9]/;

const files = readdirSync(DIR).filter((f) => f.endsWith(".json")).sort();
const counts = { topic: newCount(), unrelated: newCount() };
const pairs = { agree: 0, conflict: 0, related: 0 };
const seenTexts = new Map();

function newCount() {
  return { pages: 0, sentences: 0, match: 0, agree: 0, conflict: 0, related: 0, none: 0 };
}

for (const file of files) {
  let page;
  try {
    page = JSON.parse(readFileSync(join(DIR, file), "utf8"));
  } catch (e) {
    fail(file, `does not parse: ${e.message}`);
    continue;
  }
  const m = /^([tu])(\d\d)-[a-z0-9-]+\.json$/.exec(file);
  if (!m) fail(file, "file name is not t##-….json / u##-….json");
  for (const k of Object.keys(page)) if (!PAGE_KEYS.has(k)) fail(file, `unknown field "${k}"`);
  if (typeof page.title !== "string" || !page.title.trim()) fail(file, "title missing");
  if (page.kind !== "topic" && page.kind !== "unrelated") fail(file, `kind "${page.kind}"`);
  if (m && (m[1] === "t") !== (page.kind === "topic")) fail(file, "kind does not match the file prefix");
  if (typeof page.outlet !== "string" || !page.outlet.trim()) fail(file, "outlet missing");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(page.date ?? "")) fail(file, `date "${page.date}"`);
  if (page.note !== undefined && typeof page.note !== "string") fail(file, "note is not a string");
  if (!Array.isArray(page.sentences)) {
    fail(file, "sentences is not an array");
    continue;
  }
  const n = page.sentences.length;
  const [lo, hi] = page.kind === "topic" ? [14, 22] : [8, 14];
  if (n < lo || n > hi) fail(file, `${n} sentences, want ${lo}-${hi}`);

  const c = counts[page.kind] ?? newCount();
  c.pages++;
  page.sentences.forEach((s, i) => {
    const where = `${file} #${i + 1}`;
    for (const k of Object.keys(s)) if (!SENT_KEYS.has(k)) fail(where, `unknown field "${k}"`);
    if (typeof s.text !== "string" || !s.text.trim()) return fail(where, "text missing");
    if (/[\n\r]/.test(s.text)) fail(where, "text contains a line break");
    if (s.text !== s.text.trim()) fail(where, "text has leading/trailing space");
    if (INNER_END.test(s.text)) fail(where, `more than one sentence: ${s.text}`);
    if (/\bU\.S\.\s+[A-Z]/.test(s.text)) fail(where, 'write "US", not "U.S." before a capital');
    const key = norm(s.text);
    if (seenTexts.has(key)) fail(where, `same text as ${seenTexts.get(key)}`);
    seenTexts.set(key, where);
    if (!Array.isArray(s.expect)) return fail(where, "expect is not an array");
    if (page.kind === "unrelated" && s.expect.length) fail(where, "unrelated page with a non-empty expect");
    const rels = new Set();
    const byStatement = new Map();
    const pairSeen = new Set();
    for (const e of s.expect) {
      for (const k of Object.keys(e)) if (!EXP_KEYS.has(k)) fail(where, `unknown expect field "${k}"`);
      if (!REPORTS.includes(e.report)) fail(where, `report "${e.report}"`);
      if (!RELATIONS.has(e.relation)) fail(where, `relation "${e.relation}"`);
      if (typeof e.statement !== "string" || !e.statement.trim()) {
        fail(where, "statement missing");
        continue;
      }
      const st = norm(e.statement);
      const doc = corpus[e.report];
      if (doc && !doc.body.includes(st) && !doc.headline.includes(st))
        fail(where, `statement not in ${e.report}: "${e.statement}"`);
      if (/[.!?]\s/.test(st)) fail(where, `statement spans sentences: "${e.statement}"`);
      const sk = `${e.report}|${st}`;
      if (byStatement.has(sk)) fail(where, `statement "${e.statement}" labelled twice (${byStatement.get(sk)}, ${e.relation})`);
      byStatement.set(sk, e.relation);
      rels.add(e.relation);
      const pk = `${e.report}|${e.relation}`;
      if (!pairSeen.has(pk)) {
        pairSeen.add(pk);
        if (pairs[e.relation] !== undefined) pairs[e.relation]++;
      }
    }
    c.sentences++;
    if (s.expect.length) c.match++;
    else c.none++;
    for (const r of rels) c[r]++;
  });
}


const row = (name, c) =>
  `| ${name.padEnd(16)} | ${String(c.pages).padStart(5)} | ${String(c.sentences).padStart(9)} | ${String(c.match).padStart(14)} | ${String(c.agree).padStart(5)} | ${String(c.conflict).padStart(8)} | ${String(c.related).padStart(7)} | ${String(c.none).padStart(14)} |`;
const total = newCount();
for (const c of Object.values(counts)) for (const k of Object.keys(total)) total[k] += c[k];
console.log("|                  | pages | sentences | expect a match | agree | conflict | related | must not match |");
console.log("|------------------|------:|----------:|---------------:|------:|---------:|--------:|---------------:|");
console.log(row(`${SPLIT}, topic`, counts.topic));
console.log(row(`${SPLIT}, unrelated`, counts.unrelated));
console.log(row(`**${SPLIT}**`, total));
console.log(`(sentence, report) pairs: ${pairs.agree} agree / ${pairs.conflict} conflict / ${pairs.related} related`);

for (const w of warnings) console.log(`WARN  ${w}`);
for (const f of failures) console.log(`FAIL  ${f}`);
console.log(failures.length ? `${failures.length} failure(s) in ${files.length} files` : `OK: ${files.length} files, no failures`);
process.exit(failures.length ? 1 : 0);
