/**
 * The page scan: read the article in chunks, send its sentences to the
 * background in batches, mark what comes back. Never holds the main thread
 * for long: work yields between chunks.
 */
import type { MarkedStatement } from '../messaging/protocol.ts';
import { MAX_SENTENCE_CHARS } from '../messaging/protocol.ts';
import { extractArticle, type TextBlock } from './extract.ts';
import { Marks } from './marks.ts';
import { blockSentences, sentenceRange, type PageSentence } from './sentences.ts';

export interface ScannerDeps {
  lookup(sentences: { id: number; text: string }[]): Promise<MarkedStatement[]>;
  status(status: 'scanning' | 'done' | 'no-article', reset?: boolean): Promise<void>;
  signal: AbortSignal;
}

/** A chunk of work runs at most this long before yielding to the page. */
const SLICE_MS = 8;
const BATCH = 60;

export const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

export function isHidden(el: Element): boolean {
  const html = el as HTMLElement;
  if (typeof html.checkVisibility === 'function') return !html.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
  return false;
}

export class Scanner {
  readonly marks = new Marks();
  readonly sentences: PageSentence[] = [];
  private readonly seenBlocks = new WeakSet<Element>();

  constructor(private readonly deps: ScannerDeps) {}

  /** Scans blocks not seen before. Returns the number of new sentences. */
  async scan(blocks: TextBlock[] = extractArticle(document, { isHidden })): Promise<number> {
    const fresh = blocks.filter((b) => !this.seenBlocks.has(b.element));
    if (!fresh.length) {
      if (!this.sentences.length) await this.deps.status('no-article');
      return 0;
    }
    await this.deps.status('scanning');
    let pending: PageSentence[] = [];
    let sliceStart = performance.now();
    let added = 0;
    for (const block of fresh) {
      if (this.deps.signal.aborted) return added;
      this.seenBlocks.add(block.element);
      for (const s of blockSentences(block, document.documentElement.lang || 'en')) {
        if (s.text.length > MAX_SENTENCE_CHARS || s.text.length < 20) continue;
        pending.push(s);
      }
      if (pending.length >= BATCH) {
        added += await this.send(pending);
        pending = [];
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
    if (pending.length) added += await this.send(pending);
    await this.deps.status(this.sentences.length ? 'done' : 'no-article');
    return added;
  }

  private async send(batch: PageSentence[]): Promise<number> {
    const first = this.sentences.length;
    this.sentences.push(...batch);
    const marked = await this.deps.lookup(batch.map((s, k) => ({ id: first + k, text: s.text })));
    if (this.deps.signal.aborted) return batch.length;
    for (const m of marked) {
      const s = this.sentences[m.id];
      if (!s || !s.block.element.isConnected) continue;
      const range = sentenceRange(document, s);
      if (range) this.marks.add(m, range);
    }
    return batch.length;
  }

  reset() {
    this.marks.clear();
    this.sentences.length = 0;
  }

  dispose() {
    this.marks.dispose();
  }
}
