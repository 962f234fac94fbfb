/**
 * The page scan: read the article in slices, send its sentences to the
 * background in batches, mark what comes back. Never holds the main thread
 * for long: the DOM walk itself stops every few milliseconds and yields.
 *
 * A scanner belongs to one page address: text that turns up later (infinite
 * scroll, late loading) is read with `scanNodes`, and a block already read is
 * read again only when its text changed.
 */
import type { MarkedStatement, PageLead } from '../messaging/protocol.ts';
import { needsBefore } from '../match/anaphora.ts';
import { LEAD_SENTENCES, leadSentences } from '../match/lead.ts';
import { MAX_SENTENCE_CHARS } from '../messaging/protocol.ts';
import { articleRoot, BlockWalker, enclosingBlock, inFurniture, type TextBlock } from './extract.ts';
import { Marks, type MarksOptions } from './marks.ts';
import { blockSentences, sentenceRange, type PageSentence } from './sentences.ts';

export interface ScannerDeps {
  /** `context`: the page's title and first sentences, sent with every batch (whose story the page tells). */
  /** `last`: the batch ends the page as read so far. */
  lookup(sentences: { id: number; text: string; before?: string }[], context: PageLead, last: boolean): Promise<MarkedStatement[]>;
  status(status: 'scanning' | 'done' | 'no-article', reset?: boolean): Promise<void>;
  signal: AbortSignal;
  /** Open shadow roots met while reading: the page watcher observes them too. */
  onShadowRoot?(root: ShadowRoot): void;
  marks?: MarksOptions;
}

/** A slice of work runs at most this long before yielding to the page. */
export const SLICE_MS = 8;
const BATCH = 60;

export const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

export function isHidden(el: Element): boolean {
  const html = el as HTMLElement;
  if (typeof html.checkVisibility === 'function') return !html.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
  return false;
}

export class Scanner {
  readonly marks: Marks;
  readonly sentences: PageSentence[] = [];
  /** Each block read, with the text it had then. */
  private readonly seenBlocks = new WeakMap<Element, { text: string; ids: number[] }>();
  private root: Element | null = null;
  // Scans run one after another, so sentence ids stay in reading order.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: ScannerDeps) {
    this.marks = new Marks(deps.marks);
  }

  /** Reads the article (blocks not read before). Resolves with the number of new sentences. */
  scan(): Promise<number> {
    return this.serial(async () => {
      this.root = articleRoot(document);
      if (!this.root) {
        await this.deps.status('no-article');
        return 0;
      }
      return this.read([this.root], true);
    });
  }

  /**
   * Reads what was added or changed under `nodes` (from the page watcher):
   * only text inside the article, or a new article next to it.
   */
  scanNodes(nodes: Iterable<Node>): Promise<number> {
    return this.serial(async () => {
      if (!this.root?.isConnected) this.root = articleRoot(document);
      const root = this.root;
      if (!root) return 0;
      const targets: Element[] = [];
      for (const node of nodes) {
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (!el?.isConnected) continue;
        if (root.contains(el)) {
          if (!inFurniture(el, root)) targets.push(enclosingBlock(el, root) ?? el);
        } else if (el.contains(root)) {
          targets.push(root);
        } else {
          // A further article appended next to the first (infinite scroll).
          if (el.matches('article')) targets.push(el);
          else targets.push(...el.querySelectorAll('article'));
        }
      }
      return this.read(outermost(targets));
    });
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async read(roots: Element[], bareText = false): Promise<number> {
    if (!roots.length) return 0;
    let announced = false;
    let pending: PageSentence[] = [];
    let added = 0;
    const lookups: Promise<number>[] = [];
    let sliceStart = performance.now();
    const overdue = () => performance.now() - sliceStart > SLICE_MS;
    const lang = document.documentElement.lang || 'en';
    for (const root of roots) {
      // A block itself (late text inside a paragraph) is walked from its own element.
      const walker = new BlockWalker(root, { isHidden }, { onShadowRoot: this.deps.onShadowRoot, bareText });
      while (!walker.done) {
        if (this.deps.signal.aborted) return added;
        // The walk stops when the slice is used up; the blocks it found are still cut into sentences in this slice.
        const blocks = walker.next(overdue);
        for (const block of blocks) {
          if (this.deps.signal.aborted) return added;
          if (!this.fresh(block)) continue;
          const ids: number[] = [];
          for (const s of blockSentences(block, lang)) {
            if (s.text.length > MAX_SENTENCE_CHARS || s.text.length < 20) continue;
            ids.push(this.sentences.length + pending.length);
            pending.push(s);
          }
          this.seenBlocks.set(block.element, { text: block.text, ids });
          if (pending.length >= BATCH) {
            if (!announced) {
              announced = true;
              await this.deps.status('scanning');
            }
            lookups.push(this.send(pending));
            pending = [];
          }
          // Cutting blocks into sentences costs far more than finding them:
          // the slice is checked after each block, not only after the walk.
          if (overdue()) {
            await yieldToPage();
            sliceStart = performance.now();
          }
        }
        if (overdue()) {
          await yieldToPage();
          sliceStart = performance.now();
        }
      }
    }
    if (pending.length) {
      if (!announced) await this.deps.status('scanning');
      lookups.push(this.send(pending, true));
    }
    for (const n of await Promise.all(lookups)) added += n;
    if (this.deps.signal.aborted) return added;
    if (added || !this.sentences.length) await this.deps.status(this.sentences.length ? 'done' : 'no-article');
    return added;
  }

  /** True when the block is new, or its text changed since it was read (its old marks then go). */
  private fresh(block: TextBlock): boolean {
    const seen = this.seenBlocks.get(block.element);
    if (!seen) return true;
    if (seen.text === block.text) return false;
    for (const id of seen.ids) this.marks.remove(id);
    return true;
  }

  private send(batch: PageSentence[], last = false): Promise<number> {
    const first = this.sentences.length;
    this.sentences.push(...batch);
    const title = document.title.slice(0, MAX_SENTENCE_CHARS);
    const context = { title, lead: leadSentences(title, this.sentences.slice(0, LEAD_SENTENCES + 2).map((s) => s.text)) };
    // A sentence that answers the one before it ("The Kremlin says it never happened"), or says "he" of someone it names, goes with that one.
    const before = (k: number) => (k + first > 0 && needsBefore(batch[k]!.text) ? { before: this.sentences[first + k - 1]!.text } : {});
    return this.deps.lookup(batch.map((s, k) => ({ id: first + k, text: s.text, ...before(k) })), context, last).then((marked) => {
      // Replies that arrive together would all be marked in one task: each
      // waits its turn, and is marked in slices of its own tasks.
      const turn = this.marking.then(() => this.mark(marked));
      this.marking = turn;
      return turn.then(() => batch.length);
    });
  }

  private marking: Promise<void> = Promise.resolve();

  private async mark(marked: MarkedStatement[]): Promise<void> {
    await yieldToPage();
    let sliceStart = performance.now();
    for (const m of marked) {
      if (this.deps.signal.aborted) return;
      const s = this.sentences[m.id];
      if (!s || !s.block.element.isConnected || this.seenBlocks.get(s.block.element)?.text !== s.block.text) continue;
      const range = sentenceRange(s.block.element.ownerDocument, s);
      if (range) this.marks.add(m, range);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
  }

  reset() {
    this.marks.clear();
    this.sentences.length = 0;
  }

  dispose() {
    this.marks.dispose();
  }
}

/** Drops elements that lie inside another in the list, and repeats. */
function outermost(els: Element[]): Element[] {
  const unique = [...new Set(els)];
  return unique.filter((el) => !unique.some((o) => o !== el && o.contains(el)));
}
