/**
 * Near-synonyms for page words that the corpus does not use: "deeds" for
 * actions, "weakened" against "strengthens". A table derived offline from
 * word vectors (scripts/build-neighbours.ts, data/neighbours.json); the
 * matcher counts such a pair as a partly shared word. Installed once by each
 * shell, like the alias table.
 */
import * as z from 'zod/mini';

// Each term's list is checked when a look-up first asks for it: checking all
// 3,255 of them at start was ~7 ms of every cold start in Chromium. The shipped
// table is checked whole by neighbours.test.ts.
// The table itself is checked to be an object, not key by key: a record schema
// walked and copied all 3,255 keys (~3–6 ms of every cold start), and a JSON
// object's keys are strings whatever they hold.
const NeighboursSchema = z.object({
  source: z.string(),
  minSimilarity: z.number(),
  neighbours: z.custom<Record<string, unknown>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'expected an object of term lists'),
});

let table: Record<string, unknown> = {};
// A look-up asks for every page term a statement lacks: the answers are kept in
// a Map (made as asked, so installing the table at start costs nothing more).
const known = new Map<string, readonly [string, number][]>();
const NONE: readonly [string, number][] = [];

/** Installs the table; a malformed one is refused with the reason and nothing changes (a malformed term's list, when it is asked for). */
export function setNeighbours(json: unknown): void {
  const parsed = NeighboursSchema.safeParse(json);
  if (!parsed.success) throw new Error(`neighbours table refused: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  table = parsed.data.neighbours;
  known.clear();
}

/** The corpus terms a page term stands near, best first, with their similarity. */
export function neighboursOf(term: string): readonly [string, number][] {
  let near = known.get(term);
  if (near === undefined) {
    near = Object.hasOwn(table, term) ? entry(term) : NONE;
    if (known.size >= 50_000) known.clear();
    known.set(term, near);
  }
  return near;
}

/**
 * A term's list, checked by hand: a schema's check cost ~5–20 µs for each new
 * page term on the first look-ups, where the worker's answer waits for it.
 * The list is the table's own (read only): [term, similarity] pairs.
 */
function entry(term: string): readonly [string, number][] {
  const list = table[term];
  if (!Array.isArray(list)) throw new Error(`neighbours table refused: ${term}: expected an array of [term, similarity] pairs`);
  for (const x of list) {
    if (!Array.isArray(x) || x.length !== 2 || typeof x[0] !== 'string' || typeof x[1] !== 'number' || !Number.isFinite(x[1])) {
      throw new Error(`neighbours table refused: ${term}: expected an array of [term, similarity] pairs, found ${JSON.stringify(x)}`);
    }
  }
  return list as readonly [string, number][];
}
