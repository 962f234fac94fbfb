/**
 * Ingest: raw report text or HTML in, a clean Report record out, for review
 * before it joins the corpus. Pure — no Node APIs; HTML parsing is injected
 * (linkedom in the CLI, DOMParser in the browser).
 *
 * Metadata the source does not give stays "" — never invented.
 */
import type { Report } from './schema.ts';
import { parseDate } from './dates.ts';
import { looksLikeName, stripBoilerplate, type DroppedLine } from './boilerplate.ts';

export interface IngestOptions {
  /** Record id; default: derived from the source file name (`idFromSource`). */
  id?: string;
}

/** A record id from a file name: the base name without extension, reduced to the id alphabet. */
export function idFromSource(source: string): string {
  const base = source.split(/[\\/]/).pop() ?? source;
  const stem = base.replace(/\.(?:txt|text|md|html?|xhtml|json)$/i, '');
  const id = stem
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, 128);
  return id || 'report';
}

const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'with', 'as', 'was', 'by', 'has', 'have', 'it', 'its',
  'from', 'at', 'be', 'are', 'said', 'his', 'their', 'this', 'not', 'would', 'will', 'an', 'which', 'who',
]);

/** "en" when the text reads as English (function-word share), "" otherwise: we do not guess other languages. */
export function detectLanguage(text: string): string {
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (tokens.length < 5) return '';
  const hits = tokens.filter((t) => ENGLISH_FUNCTION_WORDS.has(t)).length;
  return hits / tokens.length >= 0.15 ? 'en' : '';
}

function buildReport(
  parts: { headline: string; outlet: string; url: string; published: string; author: string; language: string; paragraphs: string[] },
  source: string,
  now: string,
  opts: IngestOptions,
): Report {
  const body = parts.paragraphs.join('\n\n');
  return {
    id: opts.id ?? idFromSource(source),
    headline: parts.headline,
    outlet: parts.outlet,
    url: parts.url,
    published: parts.published,
    author: parts.author,
    language: parts.language || detectLanguage(`${parts.headline} ${body}`),
    body,
    provenance: { source, ingestedAt: now },
  };
}

export interface IngestResult {
  report: Report;
  /** The lines removed as boilerplate, and why. */
  dropped: DroppedLine[];
}

/** Plain text → record, with the list of removed lines for review. */
export function ingestTextDetailed(raw: string, source: string, now: string, opts: IngestOptions = {}): IngestResult {
  const s = stripBoilerplate(raw);
  const report = buildReport(
    { headline: s.headline, outlet: s.outlet, url: '', published: s.published, author: s.author, language: '', paragraphs: s.paragraphs },
    source,
    now,
    opts,
  );
  return { report, dropped: s.dropped };
}

/** Plain text → record. */
export function ingestText(raw: string, source: string, now: string, opts: IngestOptions = {}): Report {
  return ingestTextDetailed(raw, source, now, opts).report;
}

// ---------------------------------------------------------------------------
// HTML

/** Elements that are never article text. */
const STRIP_SELECTORS = [
  'script', 'style', 'noscript', 'template', 'nav', 'aside', 'footer', 'form', 'button', 'select', 'textarea', 'input',
  'iframe', 'svg', 'canvas', 'video', 'audio', 'figure', 'figcaption', 'dialog', '[role="navigation"]', '[role="banner"]',
  '[role="complementary"]', '[role="contentinfo"]', '[role="dialog"]', '[aria-hidden="true"]', '[hidden]',
];
/** class/id words of page furniture inside the article container. */
const FURNITURE_RE =
  /(?:^|[\s_-])(?:share|sharing|social|related|recommend(?:ed|ations)?|comments?|newsletter|promo|advert(?:isement)?|ads?|cookie|consent|subscribe|subscription|breadcrumbs?|paywall|popup|modal|outbrain|taboola|sidebar|byline-share|tags|author-bio)(?:$|[\s_-])/i;
const BLOCK_SELECTOR = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, dd, dt';

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function meta(doc: Document, ...keys: string[]): string {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return '';
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every object in the page's ld+json, flattened through arrays and @graph. */
function ldObjects(doc: Document): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const visit = (v: Json) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v);
      if (v['@graph']) visit(v['@graph']);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? '') as Json);
    } catch {
      // Broken ld+json is common; the other sources still apply.
    }
  }
  return out;
}

function ldName(v: Json | undefined): string {
  if (typeof v === 'string') return v.trim();
  if (Array.isArray(v)) return v.map(ldName).filter(Boolean).join(', ');
  if (v && typeof v === 'object' && typeof v['name'] === 'string') return v['name'].trim();
  return '';
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|WebPage|Report)$/;

function ldArticle(doc: Document): Record<string, Json> | undefined {
  const objs = ldObjects(doc);
  const typeOf = (o: Record<string, Json>) => (Array.isArray(o['@type']) ? o['@type'] : [o['@type']]).map(String);
  return objs.find((o) => typeOf(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) ?? objs.find((o) => typeOf(o).includes('WebPage'));
}

/** Splits a <title> like "Headline | Section | Site" or "Headline - Site" into its headline and site name. */
export function splitTitle(title: string): { headline: string; site: string } {
  const parts = title.split(/\s+[|｜–—]\s+|\s+-\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length >= 2) {
    const last = parts[parts.length - 1]!;
    if (last.split(/\s+/).length <= 5) return { headline: parts[0]!, site: last };
  }
  return { headline: title.trim(), site: '' };
}

function pickContainer(doc: Document): Element | null {
  const candidates = [
    ...Array.from(doc.querySelectorAll('[itemprop="articleBody"]')),
    ...Array.from(doc.querySelectorAll('article')),
    ...Array.from(doc.querySelectorAll('main, [role="main"]')),
  ];
  let best: Element | null = null;
  let bestScore = 0;
  for (const c of candidates) {
    const score = Array.from(c.querySelectorAll('p')).reduce((n, p) => n + text(p).length, 0);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best ?? doc.body;
}

function removeFurniture(root: Element) {
  for (const el of Array.from(root.querySelectorAll(STRIP_SELECTORS.join(', ')))) el.remove();
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (el === root) continue;
    const tag = el.tagName.toLowerCase();
    if (tag === 'html' || tag === 'body' || tag === 'main' || tag === 'article') continue;
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (FURNITURE_RE.test(label)) el.remove();
  }
}

/** Article text of a parsed page: one block per line, blocks separated by a blank line. */
export function articleText(doc: Document): string {
  const container = pickContainer(doc);
  if (!container) return '';
  removeFurniture(container);
  const blocks = Array.from(container.querySelectorAll(BLOCK_SELECTOR)).filter((el) => !el.querySelector(BLOCK_SELECTOR));
  if (!blocks.length) return (container.textContent ?? '').replace(/[ \t]+/g, ' ');
  return blocks
    .map((el) => {
      const t = text(el);
      return el.tagName.toLowerCase() === 'li' && t ? `• ${t}` : t;
    })
    .filter(Boolean)
    .join('\n\n');
}

/** HTML → record, with the removed lines for review. */
export function ingestHtmlDetailed(
  html: string,
  source: string,
  now: string,
  parseHtml: (html: string) => Document,
  opts: IngestOptions = {},
): IngestResult {
  const doc = parseHtml(html);
  const ld = ldArticle(doc);
  const title = splitTitle(text(doc.querySelector('title')));
  const ldHeadline = typeof ld?.['headline'] === 'string' ? ld['headline'].trim() : '';
  const h1 = text(doc.querySelector('article h1') ?? doc.querySelector('h1'));
  const headline = meta(doc, 'og:title', 'twitter:title') || ldHeadline || h1 || title.headline;

  const ldPublisher = ldName(ld?.['publisher']);
  const outlet = meta(doc, 'og:site_name', 'application-name') || ldPublisher || title.site;

  const ldDate = typeof ld?.['datePublished'] === 'string' ? ld['datePublished'] : '';
  const timeEl = doc.querySelector('article time[datetime], time[datetime]');
  const published =
    parseDate(meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued', 'sailthru.date', 'parsely-pub-date')) ||
    parseDate(ldDate) ||
    parseDate(timeEl?.getAttribute('datetime') ?? '');

  const metaAuthor = meta(doc, 'author', 'article:author', 'parsely-author', 'sailthru.author');
  // An Organization as "author" is a byline credit (the outlet), not a person.
  const ldAuthors = ld?.['author'];
  const people = (Array.isArray(ldAuthors) ? ldAuthors : ldAuthors ? [ldAuthors] : []).filter(
    (a) => !(a && typeof a === 'object' && !Array.isArray(a) && a['@type'] === 'Organization'),
  );
  const ldAuthor = ldName(people);
  const relAuthor = text(doc.querySelector('[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"]'));
  const author = [ldAuthor, metaAuthor, relAuthor].find((a) => a && !/^https?:/i.test(a) && looksLikeName(a.split(/\s*,\s*/)[0]!)) ?? '';

  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta(doc, 'og:url') || (typeof ld?.['url'] === 'string' ? ld['url'] : '');
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').trim();
  const language = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/i.test(lang) ? lang.replace(/^[A-Za-z]+/, (p) => p.toLowerCase()) : '';

  const body = articleText(doc);
  const s = stripBoilerplate(body, headline ? { headline, noHeadlineFromBody: true } : {});
  const report = buildReport(
    {
      headline: headline || s.headline,
      outlet: outlet || s.outlet,
      url,
      published: published || s.published,
      author: author || s.author,
      language,
      paragraphs: s.paragraphs,
    },
    source,
    now,
    opts,
  );
  return { report, dropped: s.dropped };
}

/** HTML → record. */
export function ingestHtml(html: string, source: string, now: string, parseHtml: (html: string) => Document, opts: IngestOptions = {}): Report {
  return ingestHtmlDetailed(html, source, now, parseHtml, opts).report;
}

/** Whether a file's content is HTML (by extension, else by sniffing its start). */
export function looksLikeHtml(fileName: string, content: string): boolean {
  if (/\.x?html?$/i.test(fileName)) return true;
  if (/\.(?:txt|text|md)$/i.test(fileName)) return false;
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<article[\s>])/i.test(content.slice(0, 1000));
}
