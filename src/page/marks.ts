/**
 * The marks on the page: one CSS highlight per relation. A sentence is marked
 * once, under its strongest relation (conflict, then agree, then related).
 */
import type { MarkedStatement } from '../messaging/protocol.ts';
import type { Relation } from '../match/types.ts';

export const HIGHLIGHT = {
  agree: 'second-source-agree',
  conflict: 'second-source-conflict',
  related: 'second-source-related',
} as const satisfies Record<Relation, string>;
export const FLASH = 'second-source-flash';

export function strongestRelation(m: MarkedStatement): Relation {
  const rels = new Set(m.matches.map((x) => x.relation));
  return rels.has('conflict') ? 'conflict' : rels.has('agree') ? 'agree' : 'related';
}

export class Marks {
  private readonly ranges = new Map<number, { range: Range; relation: Relation; statement: MarkedStatement }>();
  private readonly highlights: Record<Relation, Highlight>;
  private visible = true;

  constructor() {
    this.highlights = { agree: new Highlight(), conflict: new Highlight(), related: new Highlight() };
    this.attach();
  }

  private attach() {
    for (const rel of Object.keys(HIGHLIGHT) as Relation[]) CSS.highlights.set(HIGHLIGHT[rel], this.highlights[rel]);
  }

  private detach() {
    for (const name of Object.values(HIGHLIGHT)) CSS.highlights.delete(name);
  }

  add(statement: MarkedStatement, range: Range) {
    this.remove(statement.id);
    const relation = strongestRelation(statement);
    this.ranges.set(statement.id, { range, relation, statement });
    this.highlights[relation].add(range);
  }

  remove(id: number) {
    const prev = this.ranges.get(id);
    if (!prev) return;
    this.highlights[prev.relation].delete(prev.range);
    this.ranges.delete(id);
  }

  clear() {
    for (const h of Object.values(this.highlights)) h.clear();
    this.ranges.clear();
  }

  get size() {
    return this.ranges.size;
  }

  get(id: number) {
    return this.ranges.get(id);
  }

  entries() {
    return this.ranges.values();
  }

  toggle(): boolean {
    this.visible = !this.visible;
    if (this.visible) this.attach();
    else this.detach();
    return this.visible;
  }

  dispose() {
    this.clear();
    this.detach();
  }
}
