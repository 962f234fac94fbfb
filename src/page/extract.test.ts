/**
 * Article text on saved-style pages of common publishing systems: what the
 * reader reads is read (headline, paragraphs, quotes, captions, prose set in
 * divs); what sits around it — cookie banners, share bars, "Read more" links,
 * related-story lists, comments, bylines — is not, even where it repeats a
 * corpus claim word for word.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { documentSentences } from '../match/scan.ts';
import { enclosingBlock, articleRoot } from './extract.ts';

const fixture = (name: string) => parseHTML(readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8')).document as unknown as Document;
const read = (name: string) => documentSentences(fixture(name));
const anyWith = (sentences: string[], words: string) => sentences.some((s) => s.includes(words));

describe('a WordPress post', () => {
  const sentences = read('wordpress.html');

  it('reads the headline, paragraphs, the pull quote and the caption in reading order', () => {
    expect(sentences[0]).toBe('Kremlin says Putin is open to talks with Trump');
    for (const words of ['ready to discuss Ukraine with Donald Trump', 'no preparations for a conversation', 'The Kremlin in Moscow, where officials', 'congratulated Mr Trump', '"We are ready to talk to him,"'])
      expect(anyWith(sentences, words), words).toBe(true);
    const order = ['ready to discuss Ukraine', 'no preparations', 'congratulated Mr Trump'].map((w) => sentences.findIndex((s) => s.includes(w)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('leaves out the byline, cookie notice, ads, share bar, "Read more" link, related posts, comments and widgets', () => {
    for (const words of ['Jane Doe', 'We use cookies', 'Advertisement', 'Share this', 'World leaders react', 'Kremlin rejects report', 'everyone knows it', 'would not suffice', 'All rights reserved', 'Posted in'])
      expect(anyWith(sentences, words), words).toBe(false);
  });
});

describe('a wire page that sets its paragraphs in divs', () => {
  const sentences = read('wire-div-paragraphs.html');

  it('reads every paragraph div, links inside them included', () => {
    for (const words of ['a phone call with Donald Trump that lasted more than two hours', 'frank and very useful', 'immediately start negotiations toward a ceasefire'])
      expect(anyWith(sentences, words), words).toBe(true);
  });

  it('leaves out the author line, the "Read Next" box and the sign-up promo', () => {
    for (const words of ['Wire Staff', 'goals in Ukraine remain unchanged', 'Sign up here']) expect(anyWith(sentences, words), words).toBe(false);
  });

  it('maps late text inside a paragraph div back to that div', () => {
    const doc = fixture('wire-div-paragraphs.html');
    const root = articleRoot(doc)!;
    const link = doc.querySelector('[data-testid="paragraph-1"] a')!;
    expect(enclosingBlock(link, root)?.getAttribute('data-testid')).toBe('paragraph-1');
  });
});

describe('a live blog behind a consent platform', () => {
  const sentences = read('consent-and-live.html');

  it('reads the posts, including one written as bare text with line breaks', () => {
    for (const words of ['rejected a Financial Times report', 'the story was not true', 'still holding ground in Russia\'s Kursk region', 'since August'])
      expect(anyWith(sentences, words), words).toBe(true);
  });

  it('leaves out the consent banner, the subscription prompt, the rich link, the tag list and "Most viewed"', () => {
    for (const words of ['partners store', 'subscribe for', 'what a freeze along the front line would mean', 'Vladimir Putin Ukraine', 'over an hour, sources say'])
      expect(anyWith(sentences, words), words).toBe(false);
  });
});
