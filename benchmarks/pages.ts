/**
 * Benchmark pages made of corpus-like text: sentences of the bundled reports
 * (so the extension has something to mark) among sentences of FNC-1 news
 * bodies, in <article> paragraphs of a plain news page. Deterministic.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readReports } from '../cli/lib/corpus.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { BENCH_OUT, fncReports } from './large-corpus.ts';

export interface BenchPage {
  name: 'small' | 'typical' | 'huge';
  words: number;
  file: string;
  /** The sentences in the page, in order (the lookup benchmark's queries). */
  sentences: string[];
}

export const PAGE_WORDS = { small: 400, typical: 3_000, huge: 100_000 } as const;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

export function sentencePools() {
  const clean = (t: string) => t.replace(/\s+/g, ' ').trim();
  const ok = (t: string) => wordCount(t) >= 6 && wordCount(t) <= 60;
  const bundled = readReports().flatMap((r) => splitSentences(r.body, 'en').map((s) => clean(s.text))).filter(ok);
  const news = fncReports().flatMap((r) => splitSentences(r.body, 'en').map((s) => clean(s.text))).filter(ok);
  return { bundled, news };
}

export function makePages(pools = sentencePools()): BenchPage[] {
  const dir = path.join(BENCH_OUT, 'pages');
  mkdirSync(dir, { recursive: true });
  return (Object.keys(PAGE_WORDS) as BenchPage['name'][]).map((name, k) => {
    const rand = rng(1234 + k);
    const target = PAGE_WORDS[name];
    const paragraphs: string[][] = [];
    const sentences: string[] = [];
    let words = 0;
    let para: string[] = [];
    while (words < target) {
      // One sentence in five from the bundled reports, the rest from news bodies.
      const pool = rand() < 0.2 ? pools.bundled : pools.news;
      const s = pool[Math.floor(rand() * pool.length)]!;
      para.push(s);
      sentences.push(s);
      words += wordCount(s);
      if (para.length >= 4) {
        paragraphs.push(para);
        para = [];
      }
    }
    if (para.length) paragraphs.push(para);
    const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Benchmark page: ${name} (${words} words)</title></head>
<body><header class="masthead"><nav><a href="#">World</a> <a href="#">Politics</a></nav></header>
<main><article><h1>Benchmark article, ${name}</h1>
${paragraphs.map((p) => `<p>${escape(p.join(' '))}</p>`).join('\n')}
</article></main><footer>Bench footer</footer></body></html>
`;
    const file = path.join(dir, `${name}.html`);
    writeFileSync(file, html);
    return { name, words, file, sentences };
  });
}
