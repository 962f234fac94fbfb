/**
 * A whole page or text, matched: what `npm run scan` prints and what the
 * extension marks. Only sentences with at least one match are listed.
 */
import { extractArticle } from '../page/extract.ts';
import { blockSentences } from '../page/sentences.ts';
import type { Corpus } from '../search/corpus.ts';
import { splitSentences } from '../text/sentences.ts';
import { pageContext } from './page-context.ts';
import { DEFAULT_MATCH_OPTIONS, matchSentence, type MatchOptions } from './matcher.ts';
import { PageGate, shownMatches } from './page-gate.ts';
import type { ScanResult, SentenceResult } from './types.ts';

function scanSentences(corpus: Corpus, sentences: string[], options: MatchOptions, title: string): ScanResult {
  const found: SentenceResult[] = [];
  const page = pageContext(title, sentences);
  for (const [k, text] of sentences.entries()) {
    const matches = matchSentence(corpus, text, { ...options, page, ...(k > 0 ? { before: sentences[k - 1]! } : {}) });
    if (matches.length) found.push({ text, matches });
  }
  // The whole text is one batch; a one-sentence text is judged on its sentence.
  const statements = new PageGate<SentenceResult>().admit(found, sentences.length).map((s) => ({ text: s.text, matches: shownMatches(s.matches) }));
  return { corpus: corpus.size, statements };
}

/** Plain text: every line (or paragraph) is a block, cut into sentences. */
export function textSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => splitSentences(line).map((s) => s.text.replace(/\s+/g, ' ')))
    .filter(Boolean);
}

/** `title`: the page's title when it is not part of the text (the lead tells whose story the page is). */
export function scanText(corpus: Corpus, text: string, options: MatchOptions = DEFAULT_MATCH_OPTIONS, title = ''): ScanResult {
  return scanSentences(corpus, textSentences(text), options, title);
}

export function documentSentences(doc: Document): string[] {
  return extractArticle(doc).flatMap((b) => blockSentences(b).map((s) => s.text));
}

export function scanDocument(corpus: Corpus, doc: Document, options: MatchOptions = DEFAULT_MATCH_OPTIONS): ScanResult {
  return scanSentences(corpus, documentSentences(doc), options, doc.title ?? '');
}
