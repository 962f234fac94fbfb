/**
 * Which marked sentence is under the pointer. Highlights receive no events,
 * so the pointer position is turned into a caret position and looked up in
 * the marks' ranges — at most once per animation frame, however often the
 * mouse moves, and the only layout read is the browser's own hit test plus
 * the hovered range's line boxes (already laid out by then).
 */
import type { Mark, Marks } from './marks.ts';

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * The caret at a point. Text inside open shadow roots is reached only when
 * the roots are named (`shadowRoots`); browsers without that option stop at
 * the host, and hover there falls back to the keyboard.
 */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = shadowRoots.length ? d.caretPositionFromPoint(x, y, { shadowRoots }) : d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** The mark drawn at the viewport point, if any: the caret's mark, when one of its line boxes holds the point. */
export function markAtPoint(marks: Marks, x: number, y: number): Mark | undefined {
  const caret = caretAt(document, x, y, shadowRootsOf(marks));
  if (!caret || caret.node.nodeType !== 3) return undefined;
  const mark = marks.at(caret.node, caret.offset);
  if (!mark) return undefined;
  // The caret snaps to the nearest text, also from the margin beside a line: check the point is on the sentence.
  for (const r of mark.range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return mark;
  }
  return undefined;
}

const rootsCache = new WeakMap<Marks, { size: number; roots: ShadowRoot[] }>();

/** The open shadow roots that hold marks (recomputed when the marks change in number). */
function shadowRootsOf(marks: Marks): ShadowRoot[] {
  const hit = rootsCache.get(marks);
  if (hit && hit.size === marks.size) return hit.roots;
  const roots = new Set<ShadowRoot>();
  for (const m of marks.entries()) {
    const root = m.range.startContainer.getRootNode();
    if (root instanceof ShadowRoot) roots.add(root);
  }
  const entry = { size: marks.size, roots: [...roots] };
  rootsCache.set(marks, entry);
  return entry.roots;
}

export interface PointerOptions {
  signal: AbortSignal;
  marks: () => Marks;
  /** True while the pointer is over our own UI (the card): no look-up then. */
  overOwnUi: (e: MouseEvent) => boolean;
  /** Called when the mark under the pointer changes (undefined: none). */
  onChange(mark: Mark | undefined, overOwnUi: boolean): void;
}

export function trackPointer(options: PointerOptions) {
  let frame = 0;
  let x = 0;
  let y = 0;
  let ownUi = false;
  let current: Mark | undefined;
  let currentOwn = false;
  const report = (mark: Mark | undefined, own: boolean) => {
    if (mark === current && own === currentOwn) return;
    current = mark;
    currentOwn = own;
    options.onChange(mark, own);
  };
  addEventListener(
    'mousemove',
    (e) => {
      x = e.clientX;
      y = e.clientY;
      ownUi = options.overOwnUi(e);
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (ownUi) return report(current, true);
        const marks = options.marks();
        report(marks.size ? markAtPoint(marks, x, y) : undefined, false);
      });
    },
    { passive: true, signal: options.signal },
  );
  options.signal.addEventListener('abort', () => cancelAnimationFrame(frame), { once: true });
}
