/**
 * Validation of corpus records, shared by `npm run corpus -- check`, the
 * build, and the options page (corpus packs). Pure: callers read the files.
 *
 * Every problem names where (file and field path) and why, so a reviewer can
 * fix it without reading the schema.
 */
import { ISO_DATE, MAX_PACK_REPORTS, ReportSchema, PackSchema, type Pack, type Report } from './schema.ts';
import { parseDate } from './dates.ts';
import { detectLanguage } from './ingest.ts';

export interface Problem {
  file: string;
  /** Field path, e.g. "published", "provenance.source", "reports[3].id"; "json" for syntax errors; "" for the file as a whole. */
  field: string;
  reason: string;
}

export function formatProblem(p: Problem): string {
  return p.field ? `${p.file}: ${p.field}: ${p.reason}` : `${p.file}: ${p.reason}`;
}

type PathKey = PropertyKey;

/** `["reports", 3, "published"]` → `reports[3].published`. */
export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const k of path) {
    if (typeof k === 'number') out += `[${k}]`;
    else out += out ? `.${String(k)}` : String(k);
  }
  return out;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return 'a string';
  return `a ${typeof v}`;
}

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  keys?: string[];
  values?: unknown[];
}

/** Zod issues → readable reasons. zod/mini ships no locale, so generic issues get their wording here. */
function issueReasons(issue: ZodIssueLike, input: unknown): { field: string; reason: string }[] {
  const field = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const v = valueAt(input, issue.path);
      if (v === undefined) return [{ field, reason: 'is missing' }];
      return [{ field, reason: `must be ${issue.expected === 'array' || issue.expected === 'object' ? 'an' : 'a'} ${issue.expected}, not ${describe(v)}` }];
    }
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((k) => ({ field: formatPath([...issue.path, k]), reason: 'is not a known field' }));
    default:
      return [{ field, reason: issue.message && issue.message !== 'Invalid input' ? issue.message : `is invalid (${issue.code})` }];
  }
}

const REPORT_KEYS = new Set(['id', 'headline', 'outlet', 'url', 'published', 'author', 'language', 'body', 'provenance', 'claimReview']);
const PROVENANCE_KEYS = new Set(['source', 'ingestedAt']);
const CLAIM_REVIEW_KEYS = new Set(['claim', 'rating', 'reviewer']);
const PACK_KEYS = new Set(['version', 'name', 'description', 'reports']);

/** Fields the schema would silently drop: almost always a typo ("publised"). */
function unknownFields(v: unknown, prefix: PathKey[]): { field: string; reason: string }[] {
  const out: { field: string; reason: string }[] = [];
  if (!v || typeof v !== 'object' || Array.isArray(v)) return out;
  const rec = v as Record<string, unknown>;
  for (const k of Object.keys(rec)) if (!REPORT_KEYS.has(k)) out.push({ field: formatPath([...prefix, k]), reason: 'is not a known field' });
  for (const [key, known] of [['provenance', PROVENANCE_KEYS], ['claimReview', CLAIM_REVIEW_KEYS]] as const) {
    const sub = rec[key];
    if (sub && typeof sub === 'object' && !Array.isArray(sub)) {
      for (const k of Object.keys(sub)) if (!known.has(k)) out.push({ field: formatPath([...prefix, key, k]), reason: 'is not a known field' });
    }
  }
  return out;
}

/** Checks beyond the schema's shape: a published date that exists on the calendar. */
function semanticProblems(r: Report, prefix: PathKey[]): { field: string; reason: string }[] {
  const out: { field: string; reason: string }[] = [];
  if (r.published && !ISO_DATE.test(r.published)) {
    out.push({ field: formatPath([...prefix, 'published']), reason: 'must be an ISO date (YYYY-MM-DD) or empty' });
  } else if (r.published && parseDate(r.published.slice(0, 10)) !== r.published.slice(0, 10)) {
    out.push({ field: formatPath([...prefix, 'published']), reason: `is not a real calendar date (${r.published.slice(0, 10)})` });
  }
  if (!r.headline.trim()) out.push({ field: formatPath([...prefix, 'headline']), reason: 'must not be blank' });
  if (!r.body.trim()) out.push({ field: formatPath([...prefix, 'body']), reason: 'must not be blank' });
  return out;
}

/** Validates one parsed record; problems carry field paths under `prefix`. */
export function checkReport(value: unknown, prefix: PathKey[] = []): { report?: Report; problems: { field: string; reason: string }[] } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { problems: [{ field: formatPath(prefix), reason: `must be a JSON object (a report), not ${describe(value)}` }] };
  }
  const problems = unknownFields(value, prefix);
  const parsed = ReportSchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues as unknown as ZodIssueLike[]) {
      problems.push(...issueReasons({ ...issue, path: [...prefix, ...issue.path] }, prefix.length ? wrap(prefix, value) : value));
    }
    return { problems };
  }
  problems.push(...semanticProblems(parsed.data, prefix));
  return problems.length ? { problems } : { report: parsed.data, problems };
}

/** Rebuilds an object holding `value` at `prefix`, so issue paths resolve against it. */
function wrap(prefix: PathKey[], value: unknown): unknown {
  let v: unknown = value;
  for (let i = prefix.length - 1; i >= 0; i--) {
    const k = prefix[i]!;
    if (typeof k === 'number') {
      const arr: unknown[] = [];
      arr[k] = v;
      v = arr;
    } else v = { [k]: v };
  }
  return v;
}

/** Line and column (1-based) of a character offset. */
function lineCol(text: string, pos: number): { line: number; column: number } {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return { line, column: pos - before.lastIndexOf('\n') };
}

/**
 * Where a JSON text first goes wrong: a small scanner, since engines differ in
 * whether (and how) their error messages give a position.
 */
export function jsonErrorAt(text: string): { pos: number; expected: string } | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (expected: string): never => {
    throw { pos: i, expected };
  };
  const str = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('four hex digits after \\u');
          i += 5;
        } else if (text[i] !== undefined && '"\\/bfnrt'.includes(text[i]!)) i++;
        else fail('a valid escape');
      } else if (c < ' ') fail('no control characters in a string (escape newlines as \\n)');
      else i++;
    }
    fail('a closing quote');
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('a double-quoted property name');
        str();
        ws();
        if (text[i] !== ':') fail("':' after the property name");
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail("',' or '}'");
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail("',' or ']'");
      }
    }
    if (c === '"') return str();
    const lit = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (lit) {
      i += lit[0].length;
      return;
    }
    fail(c === undefined ? 'a value (the text ends too early)' : 'a value');
  };
  try {
    value();
    ws();
    if (i < text.length) fail('the end of the text');
    return null;
  } catch (e) {
    if (e && typeof e === 'object' && 'pos' in e) return e as { pos: number; expected: string };
    throw e;
  }
}

/** Parses JSON; on a syntax error, a reason that says where. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  const clean = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(clean) as unknown };
  } catch (e) {
    const at = jsonErrorAt(clean);
    if (at) {
      const { line, column } = lineCol(clean, at.pos);
      const found = at.pos < clean.length ? `found ${JSON.stringify(clean.slice(at.pos, at.pos + 1))}` : 'found the end';
      return { ok: false, reason: `invalid JSON at line ${line}, column ${column}: expected ${at.expected}, ${found}` };
    }
    return { ok: false, reason: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export interface CorpusFile {
  /** The file's path as it should appear in messages, e.g. "data/corpus/seed-003.json". */
  name: string;
  text: string;
}

export interface CorpusValidation {
  /** The valid records, in file order (a file with any problem contributes none). */
  reports: Report[];
  problems: Problem[];
}

function stemOf(name: string): string {
  return (name.split(/[\\/]/).pop() ?? name).replace(/\.json$/i, '');
}

/**
 * Validates the corpus files (`data/corpus/*.json`, one Report each): JSON
 * syntax with position, each field against the schema, unknown fields, the id
 * matching the file name, and ids unique across files.
 */
export function validateCorpusFiles(files: CorpusFile[]): CorpusValidation {
  const problems: Problem[] = [];
  const reports: Report[] = [];
  const seen = new Map<string, string>();
  for (const f of files) {
    const parsed = parseJson(f.text);
    if (!parsed.ok) {
      problems.push({ file: f.name, field: 'json', reason: parsed.reason });
      continue;
    }
    const { report, problems: ps } = checkReport(parsed.value);
    for (const p of ps) problems.push({ file: f.name, field: p.field, reason: p.reason });
    // Id checks apply even when other fields are broken, so every problem shows at once.
    const id = (parsed.value as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && id) {
      const stem = stemOf(f.name);
      if (stem !== id) problems.push({ file: f.name, field: 'id', reason: `must match the file name (the file is ${stem}.json, the id is "${id}")` });
      const other = seen.get(id);
      if (other !== undefined) problems.push({ file: f.name, field: 'id', reason: `duplicate id "${id}" (also in ${other})` });
      else seen.set(id, f.name);
    }
    if (report && !ps.length && !problems.some((p) => p.file === f.name)) reports.push(report);
  }
  return { reports, problems };
}

// ---------------------------------------------------------------------------
// Packs

export const MAX_LISTED_PROBLEMS = 20;

export type PackValidation =
  | { ok: true; pack: Pack; format: 'pack' | 'claimreview' }
  | { ok: false; problems: string[]; /** How many problems there were in all (only the first 20 are listed). */ total: number };

export interface PackOptions {
  /** Ingest time for records made from ClaimReview (default: now). */
  now?: string;
}

/**
 * Validates a file a user imports: our pack JSON (`version: 1`, `name`,
 * `reports`), or schema.org ClaimReview JSON-LD (one object, an array, or an
 * `@graph`), each review becoming a Report. The file is refused as a whole
 * when anything is invalid; at most the first 20 problems are listed.
 */
export function validatePack(text: string, fileName: string, opts: PackOptions = {}): PackValidation {
  const fail = (all: string[]): PackValidation => ({ ok: false, problems: all.slice(0, MAX_LISTED_PROBLEMS), total: all.length });
  const parsed = parseJson(text);
  if (!parsed.ok) return fail([parsed.reason]);
  const value = parsed.value;

  const reviews = claimReviewsIn(value);
  const isPack = !!value && typeof value === 'object' && !Array.isArray(value) && ('version' in value || 'reports' in value);
  if (!isPack && reviews.length) {
    const now = opts.now ?? new Date().toISOString();
    const reports: unknown[] = reviews.map((r, i) => claimReviewToReport(r, i, fileName, now));
    return checkPackObject({ version: 1, name: stemOf(fileName).replace(/\.(?:jsonld|json)$/i, '') || 'ClaimReview', reports }, 'claimreview', fail);
  }
  if (!isPack) {
    return fail(['not a corpus pack (an object with "version": 1, "name" and "reports") nor schema.org ClaimReview JSON-LD']);
  }
  return checkPackObject(value as Record<string, unknown>, 'pack', fail);
}

function checkPackObject(value: Record<string, unknown>, format: 'pack' | 'claimreview', fail: (all: string[]) => PackValidation): PackValidation {
  const all: string[] = [];
  for (const k of Object.keys(value)) if (!PACK_KEYS.has(k)) all.push(`${k}: is not a known field`);
  // Pack-level fields, with the reports checked one by one below for precise paths.
  const head = PackSchema.safeParse({ ...value, reports: Array.isArray(value['reports']) && value['reports'].length ? [] : value['reports'] });
  if (!head.success) {
    for (const issue of head.error.issues as unknown as ZodIssueLike[]) {
      if (issue.path[0] === 'reports' && Array.isArray(value['reports']) && value['reports'].length && issue.path.length === 1) continue;
      for (const p of issueReasons(issue, value)) all.push(`${p.field}: ${p.reason}`);
    }
  }
  // The head was checked with the reports left out, so the count is checked here —
  // before 20,000 reports are validated one by one for nothing.
  if (Array.isArray(value['reports']) && value['reports'].length > MAX_PACK_REPORTS) {
    return fail([...all, `reports: must hold at most ${MAX_PACK_REPORTS} reports (this file has ${value['reports'].length})`]);
  }
  const reports: Report[] = [];
  if (Array.isArray(value['reports'])) {
    const seen = new Map<string, number>();
    value['reports'].forEach((r, i) => {
      const { report, problems } = checkReport(r, ['reports', i]);
      for (const p of problems) all.push(`${p.field}: ${p.reason}`);
      const id = (r as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && id) {
        const j = seen.get(id);
        if (j !== undefined) all.push(`reports[${i}].id: duplicate id "${id}" (also reports[${j}])`);
        else seen.set(id, i);
      }
      if (report) reports.push(report);
    });
  }
  if (all.length) return fail(all);
  const pack: Pack = { version: 1, name: String(value['name']), reports };
  if (typeof value['description'] === 'string') pack.description = value['description'];
  return { ok: true, pack, format };
}

// ---------------------------------------------------------------------------
// schema.org ClaimReview

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function hasType(o: Obj, t: string): boolean {
  const ty = o['@type'];
  return Array.isArray(ty) ? ty.some((x) => x === t || x === `schema:${t}` || x === `http://schema.org/${t}` || x === `https://schema.org/${t}`) : ty === t || ty === `schema:${t}` || ty === `http://schema.org/${t}` || ty === `https://schema.org/${t}`;
}

/** The ClaimReview objects in a JSON-LD document: a single object, an array, or an @graph (nested too). */
export function claimReviewsIn(value: unknown): Obj[] {
  const out: Obj[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (isObj(v)) {
      if (hasType(v, 'ClaimReview')) out.push(v);
      else if (v['@graph']) visit(v['@graph'], depth + 1);
      else if (Array.isArray(v['itemListElement'])) visit(v['itemListElement'].map((e: unknown) => (isObj(e) && e['item'] ? e['item'] : e)), depth + 1);
    }
  };
  visit(value, 0);
  return out;
}

function str(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  return '';
}

function nameOf(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ');
  if (isObj(v)) return str(v['name']) || str(v['alternateName']);
  return '';
}

/** FNV-1a, for stable ids of imported reviews. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function ratingOf(r: Obj): string {
  const rr = Array.isArray(r['reviewRating']) ? r['reviewRating'][0] : r['reviewRating'];
  if (!isObj(rr)) return '';
  const alt = str(rr['alternateName']) || str(rr['name']);
  if (alt) return alt;
  const v = str(rr['ratingValue']);
  const best = str(rr['bestRating']);
  return v ? (best ? `${v}/${best}` : v) : '';
}

/** A ClaimReview → a Report-shaped object (validated afterwards like any pack record). */
export function claimReviewToReport(r: Obj, index: number, fileName: string, now: string): unknown {
  const claim = str(r['claimReviewed']);
  const rating = ratingOf(r);
  const reviewer = nameOf(r['author']) || nameOf(r['publisher']);
  const reviewBody = str(r['reviewBody']) || str(r['description']);
  const url = str(r['url']);
  const rawDate = str(r['datePublished']);
  const date = rawDate ? parseDate(rawDate) || rawDate : '';
  const paragraphs = [claim, rating ? `${reviewer ? `${reviewer} rating` : 'Rating'}: ${rating}${/[.!?]$/.test(rating) ? '' : '.'}` : '', reviewBody];
  const body = paragraphs.filter(Boolean).join('\n\n');
  const lang = str(r['inLanguage']);
  return {
    id: `claimreview-${hash(`${url}\n${claim}`)}`,
    headline: claim.length > 1000 ? `${claim.slice(0, 997)}...` : claim,
    outlet: reviewer,
    url,
    published: date,
    author: '',
    language: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(lang) ? lang.replace(/^[A-Za-z]+/, (p) => p.toLowerCase()) : detectLanguage(body),
    body,
    provenance: { source: `${fileName}#${index}`, ingestedAt: now },
    claimReview: { claim, rating, reviewer },
  };
}
