/**
 * The marks on the page: one CSS highlight per relation. A sentence is marked
 * once, under its strongest relation (conflict, then agree, then related).
 *
 * The highlight registry belongs to a document, so a range inside a
 * same-origin iframe is registered with the iframe's own registry; and
 * `::highlight()` rules only style the tree they are in, so a shadow root or
 * iframe holding a mark is handed the marks' style sheet (`style`).
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

export interface Mark {
  range: Range;
  relation: Relation;
  statement: MarkedStatement;
}

export interface MarksOptions {
  /** Gives a shadow root or a foreign (iframe) document the marks' style sheet; called once per tree. */
  style?: (tree: ShadowRoot | Document) => void;
}

type Registry = Map<string, Highlight>;
const RELATIONS = Object.keys(HIGHLIGHT) as Relation[];

export class Marks {
  private readonly ranges = new Map<number, Mark>();
  // Which marks lie under an element: finding the mark at a caret position walks up from it.
  private readonly byElement = new WeakMap<Element, Set<number>>();
  private readonly docs = new Map<Document, Record<Relation, Highlight>>();
  private readonly styled = new WeakSet<ShadowRoot | Document>();
  private visible = true;

  constructor(private readonly options: MarksOptions = {}) {
    if (typeof document !== 'undefined') this.highlightsOf(document);
  }

  private registry(doc: Document): Registry | undefined {
    return (doc.defaultView as (Window & { CSS?: { highlights?: Registry } }) | null)?.CSS?.highlights;
  }

  private highlightsOf(doc: Document): Record<Relation, Highlight> {
    let h = this.docs.get(doc);
    if (!h) {
      h = { agree: new Highlight(), conflict: new Highlight(), related: new Highlight() };
      this.docs.set(doc, h);
      if (this.visible) this.attach(doc, h);
    }
    return h;
  }

  private attach(doc: Document, h: Record<Relation, Highlight>) {
    const reg = this.registry(doc);
    if (reg) for (const rel of RELATIONS) reg.set(HIGHLIGHT[rel], h[rel]);
  }

  private detach(doc: Document) {
    const reg = this.registry(doc);
    if (reg) for (const name of Object.values(HIGHLIGHT)) reg.delete(name);
  }

  add(statement: MarkedStatement, range: Range) {
    this.remove(statement.id);
    const relation = strongestRelation(statement);
    const doc = range.startContainer.ownerDocument ?? document;
    this.ranges.set(statement.id, { range, relation, statement });
    this.highlightsOf(doc)[relation].add(range);
    const el = elementOf(range.commonAncestorContainer);
    if (el) {
      let ids = this.byElement.get(el);
      if (!ids) this.byElement.set(el, (ids = new Set()));
      ids.add(statement.id);
    }
    const tree = range.startContainer.getRootNode() as ShadowRoot | Document;
    if ((tree !== document && 'host' in tree) || (tree !== document && tree.nodeType === 9)) {
      if (!this.styled.has(tree)) {
        this.styled.add(tree);
        this.options.style?.(tree);
      }
    }
  }

  remove(id: number) {
    const prev = this.ranges.get(id);
    if (!prev) return;
    this.docs.get(prev.range.startContainer.ownerDocument ?? document)?.[prev.relation].delete(prev.range);
    this.ranges.delete(id);
    const el = elementOf(prev.range.commonAncestorContainer);
    if (el) this.byElement.get(el)?.delete(id);
  }

  clear() {
    for (const h of this.docs.values()) for (const rel of RELATIONS) h[rel].clear();
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

  /** The marks in document order (for moving between them by keyboard). */
  ordered(): Mark[] {
    return [...this.ranges.values()]
      .filter((m) => m.range.startContainer.isConnected)
      .sort((a, b) => {
        if (a.range.startContainer.ownerDocument !== b.range.startContainer.ownerDocument) return 0;
        try {
          return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
        } catch {
          return 0; // ranges in different trees (a shadow root) cannot be compared
        }
      });
  }

  /** The mark whose sentence contains the DOM position, if any. */
  at(node: Node, offset: number): Mark | undefined {
    for (let el = elementOf(node); el; el = el.parentElement ?? ((el.getRootNode() as { host?: Element }).host ?? null)) {
      const ids = this.byElement.get(el);
      if (!ids) continue;
      for (const id of ids) {
        const m = this.ranges.get(id);
        try {
          if (m && m.range.isPointInRange(node, offset)) return m;
        } catch {
          // a node from another tree: not in this range
        }
      }
    }
    return undefined;
  }

  /** The mark whose sentence contains any part of `node` (a focused link inside a sentence). */
  containing(node: Node): Mark | undefined {
    for (const m of this.ranges.values()) {
      try {
        if (m.range.intersectsNode(node)) return m;
      } catch {
        // another tree
      }
    }
    return undefined;
  }

  get shown() {
    return this.visible;
  }

  toggle(): boolean {
    this.visible = !this.visible;
    for (const [doc, h] of this.docs) {
      if (this.visible) this.attach(doc, h);
      else this.detach(doc);
    }
    return this.visible;
  }

  dispose() {
    this.clear();
    for (const doc of this.docs.keys()) this.detach(doc);
  }
}

function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}
