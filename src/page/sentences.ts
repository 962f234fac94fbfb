/**
 * Page sentences: the blocks' text cut with the shared splitter, each mapped
 * back to where it stands in the DOM (text node and offset at both ends), so
 * a mark covers exactly the sentence across links and emphasis.
 */
import { splitSentences } from '../text/sentences.ts';
import type { TextBlock } from './extract.ts';

export interface PageSentence {
  text: string;
  block: TextBlock;
  start: number;
  end: number;
}

export function blockSentences(block: TextBlock, lang = 'en'): PageSentence[] {
  return splitSentences(block.text, lang).map((s) => ({
    text: s.text.replace(/\s+/g, ' '),
    block,
    start: s.start,
    end: s.end,
  }));
}

/** The DOM position of a character offset in a block. */
export function positionAt(block: TextBlock, offset: number): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = block.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (block.nodes[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const n = block.nodes[lo];
  if (!n) return null;
  return { node: n.node, offset: Math.min(offset - n.start, n.node.data.length) };
}

/** A live Range over the sentence (call only where `document.createRange` exists). */
export function sentenceRange(doc: Document, s: PageSentence): Range | null {
  const a = positionAt(s.block, s.start);
  const b = positionAt(s.block, s.end);
  if (!a || !b) return null;
  const r = doc.createRange();
  r.setStart(a.node, a.offset);
  r.setEnd(b.node, b.offset);
  return r;
}
