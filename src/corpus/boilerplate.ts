/**
 * Boilerplate stripping for raw report text (copied from a page or extracted
 * from HTML). Two layers:
 *
 *  - `classifyLine(line)` says what a single line is, without context: article
 *    content, or one of the kinds of page furniture below. It is the clear,
 *    tested core; every rule names the kind it assigns.
 *  - `stripBoilerplate(text)` walks the lines with the context the classifier
 *    cannot see: blocks that run on after their heading ("Related posts" and
 *    its links, "Post a Comment" and the comments), labels whose value sits on
 *    the next line ("Written By" ⏎ name, "Published At:" ⏎ value), the
 *    headline repeated or used as a photo caption, and it collects the
 *    metadata the furniture gives (author, date, site name).
 *
 * Pure: no DOM, no Node APIs.
 */
import { withoutInvisibles } from '../text/invisible.ts';
import { parseDate } from './dates.ts';

export type LineKind =
  | 'content'
  | 'blank'
  /** "Advertisement", "Sponsored", "Story continues below advertisement". */
  | 'ad'
  /** Cookie / consent banners and their buttons. */
  | 'cookie'
  /** "Related posts", "Read more", "You may also like": starts a block of links. */
  | 'related-heading'
  /** A one-line pointer to another story: "Read more: Putin and Trump speak for two hours". */
  | 'related-link'
  /** "Post a Comment", "Leave a Reply": starts the comments, which run to the end. */
  | 'comments-heading'
  /** "0 Comments", "Share", "Tweet", a row of social network names. */
  | 'share'
  /** Section navigation: "Eastern Europe USA World", "Home", "Menu". */
  | 'nav'
  /** Photo credits and captions carrying one: "IMAGO / ABACAPRESS", "Source: Sputnik/AFP/Getty Images". */
  | 'photo-credit'
  /** Author lines: "Written By" (name on the next line), "By Jane Doe". */
  | 'byline'
  /** Date lines: "PublishedNovember 20, 2024", "Published At:", "Updated: …". */
  | 'dateline'
  /** Agency credits: "— With inputs from Reuters", "(Reporting by …)". */
  | 'credit'
  /** Labels that introduce a list: "Summary", "Key Points:". */
  | 'label'
  /** Lines with at most one letter or digit ("X", "x", "•", "—"). */
  | 'junk'
  /** "Title | Section | site.domain": the page's title line. */
  | 'site-title';

export interface LineClass {
  kind: LineKind;
  /** The line with a leading bullet glyph removed (content lines). */
  text: string;
  /** For bylines: the author's name, when on the same line. For datelines: the ISO date, if any. */
  value?: string;
  /** For bylines/datelines whose value is on the following line ("Written By", "Published At:"). */
  valueOnNextLine?: boolean;
  /** For site titles: the headline and the site name. */
  headline?: string;
  site?: string;
}

const BULLET = /^\s*(?:[•·▪◦●‣⁃∙*]|[-–—](?=\s))\s*/u;

/** Photo / news agencies whose names make up credit lines. */
const AGENCIES = [
  'IMAGO', 'ABACAPRESS', 'ABACA', 'Getty Images', 'Getty', 'AFP', 'AP Photo', 'AP', 'Associated Press', 'Reuters', 'REUTERS',
  'EPA', 'EPA-EFE', 'EFE', 'Sputnik', 'TASS', 'Shutterstock', 'Alamy', 'dpa', 'DPA', 'ANI', 'PTI', 'Xinhua', 'SOPA Images',
  'ZUMA', 'ZUMA Wire', 'NurPhoto', 'Anadolu', 'Anadolu Agency', 'Pool', 'POOL', 'Kremlin.ru', 'Wikimedia Commons', 'Bloomberg',
  'LightRocket', 'SIPA', 'Sipa USA', 'Photothek', 'UPI', 'Bildbyran', 'Pixabay', 'Unsplash', 'File photo', 'File',
];
const AGENCY_SET = new Set(AGENCIES.map((a) => a.toLowerCase()));
/** One "/"-separated piece of a credit: a run of capitalised words ("Getty Images", "Maxim Shemetov"). */
const CREDIT_PIECE = String.raw`[A-Z][\p{L}.&'-]*(?:[ -][A-Z][\p{L}.&'-]*){0,3}`;
const SLASH_CREDIT = new RegExp(String.raw`(?:^|\s|\()(${CREDIT_PIECE}(?:\s*/\s*${CREDIT_PIECE})+)\)?\s*$`, 'u');

function hasAgency(credit: string): boolean {
  return credit
    .split(/\s*[/,;]\s*/)
    .some((piece) => AGENCY_SET.has(piece.trim().toLowerCase()) || piece.split(/\s+/).some((w) => AGENCY_SET.has(w.toLowerCase())));
}

/** Section names that navigation bars are made of. A line made only of these is navigation. */
const NAV_WORDS = new Set(
  [
    'home', 'news', 'world', 'us', 'usa', 'u.s.', 'uk', 'eu', 'europe', 'eastern', 'western', 'central', 'asia', 'africa', 'americas',
    'america', 'latin', 'middle', 'east', 'pacific', 'politics', 'business', 'economy', 'markets', 'money', 'tech', 'technology',
    'science', 'health', 'sport', 'sports', 'entertainment', 'culture', 'arts', 'opinion', 'opinions', 'lifestyle', 'travel',
    'video', 'videos', 'live', 'latest', 'breaking', 'local', 'national', 'international', 'climate', 'environment', 'features',
    'podcasts', 'podcast', 'menu', 'search', 'subscribe', 'newsletter', 'newsletters', 'login', 'log', 'sign', 'in', 'up', 'more',
    'skip', 'to', 'content', 'main', 'and', '&', 'defense', 'defence', 'security', 'diplomacy', 'war', 'conflict', 'global',
    'top', 'stories', 'trending', 'weather', 'photos', 'gallery', 'multimedia', 'editorial', 'region', 'regions', 'nation',
  ],
);

const AD_RE =
  /^(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| post| links?)?|promoted(?: content)?|paid (?:content|post)|partner content|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?|content continues below|remove ads)\s*:?$/i;
/** Newsletter, app and subscription prompts. */
const PROMO_RE =
  /^(?:sign up (?:for|to)\b.{0,60}|subscribe(?: (?:to|for|now)\b.{0,60})?|(?:get|receive) (?:the latest|our)\b.{0,50}|download (?:the|our) app\b.{0,40}|listen to (?:this|the) (?:article|story)(?: \(?\d+ min(?:ute)?s?\)?)?|click here\b.{0,60}|our standards:.{0,80}|support (?:our|independent) journalism\b.{0,60}|already a subscriber\?.{0,40}|log in to continue.{0,40}|this article is (?:for|available to) subscribers.{0,40})$/i;
const READ_MORE_LINE_RE = /^(?:read (?:more|also|next)|also read|see also|related|more|watch|video|listen)\s*[:|–—-]\s*\S.{0,160}$/i;
const COOKIE_RE = /\bcookies?\b/i;
const COOKIE_CONTEXT_RE = /\b(?:accept|consent|experience|opt[- ]?out|privacy|agree|use of|we use|this (?:web)?site uses|preferences)\b/i;
const COOKIE_BUTTON_RE =
  /^(?:accept(?: all)?(?: cookies)?|reject(?: all)?|decline|allow all|manage (?:preferences|cookies|settings)|cookie settings|got it|i agree|agree|ok|okay|accept read more|read more accept)\s*$/i;
const RELATED_RE =
  /^(?:related(?: posts?| articles?| stories| news| coverage| content| reading| topics)?|read (?:more|also|next)(?: on| about)?|more (?:from|on|about|stories|news|in)\b.{0,60}|you (?:may|might) (?:also )?like|you may have missed|recommended(?: for you| stories| articles| reading)?|also read|see also|trending(?: now| stories)?|most (?:read|popular|viewed)|popular (?:posts|stories|articles)|latest (?:news|stories|posts|articles)|editor'?s picks|don'?t miss|further reading|more like this)\s*:?$/i;
const COMMENTS_HEADING_RE =
  /^(?:post a comment|leave a (?:comment|reply)|add a comment|write a comment|join the (?:conversation|discussion)|comments are closed|show comments|view comments|discussion)\s*:?$/i;
const SHARE_RE =
  /^(?:\d+\s+comments?|comments?(?:\s*\(\d+\))?|no comments(?: yet)?|share(?: this| on| via)?(?: article| story| post| page)?:?|share|tweet|email|e-mail|print|copy link|link copied|save|bookmark|follow us(?: on .{1,40})?|(?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|email|print|pinterest|flipboard|messenger|copy link)(?:[\s,|•·]+(?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|email|print|pinterest|flipboard|messenger|copy link))*)$/i;
const LABEL_RE =
  /^(?:summary|key points|key takeaways|takeaways|highlights|story highlights|in brief|in short|at a glance|tl;?dr|what we know|what you need to know|quick read|the gist|overview)\s*:?$/i;
const CREDIT_RE =
  /^(?:[-–—]+\s*)?(?:\(?\s*(?:with (?:inputs|input|agency inputs) from|with reporting from|(?:additional )?reporting by|writing by|editing by|compiled by|edited by|inputs from)\b.*|\(?\s*(?:reuters|afp|ap|ani|pti|ians|tass|dpa)\s*\)?)$/i;
const BYLINE_LABEL_RE = /^(?:written|reported|posted|story|words|article|text)\s+by\s*:?$|^(?:author|by|byline)\s*:?$/i;
const BYLINE_RE = /^(?:written\s+|reported\s+|posted\s+|story\s+|words\s+)?by:?\s+(.+)$/i;
const AUTHOR_NAME_RE = /^(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|de|van|von|der|da|di|al|bin|el|la|le)){0,4}$/u;
const DATELINE_KEYWORDS = ['first published', 'last updated', 'published', 'updated', 'posted', 'modified', 'released', 'date'];

/**
 * "Published", "Updated: …", "PublishedNovember 20, 2024" (keyword glued to
 * the date, as copied pages give it). Returns what follows the keyword, or
 * null when the line does not start with a date keyword.
 */
function datelineRest(text: string): string | null {
  const lower = text.toLowerCase();
  for (const k of DATELINE_KEYWORDS) {
    if (!lower.startsWith(k)) continue;
    const next = text.charAt(k.length);
    // The keyword must end there: a space, a colon, the end, or a glued capital/digit ("PublishedNovember").
    if (next && !/[\s:]/.test(next) && !/[A-Z0-9]/.test(next)) return null;
    return text.slice(k.length).replace(/^\s*(?:at|on)\b/i, '').replace(/^\s*:?\s*/, '');
  }
  return null;
}
const TIME_ONLY_RE = /^(?:\d{1,2}:\d{2}\s*(?:am|pm)?(?:\s*[A-Z]{2,4})?|\d+\s+(?:min|mins|minutes|hours?|days?)\s+ago|\d+\s+min(?:ute)?s?\s+read)$/i;

function alnumCount(s: string, enough = Infinity): number {
  // By character codes for ASCII, by the Unicode pattern for any other character (a code point at a time, as for…of reads it).
  let n = 0;
  for (let i = 0; i < s.length && n < enough; ) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
      i++;
    } else {
      const cp = s.codePointAt(i)!;
      if (/[\p{L}\p{N}]/u.test(String.fromCodePoint(cp))) n++;
      i += cp > 0xffff ? 2 : 1;
    }
  }
  return n;
}

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** A person's name as bylines give it: 1–5 capitalised words, possibly several joined by "and" or commas. */
export function looksLikeName(s: string): boolean {
  const t = s.trim().replace(/[,;|].*$/, '').trim();
  if (!t || t.length > 80) return false;
  return t.split(/\s+(?:and|&)\s+/).every((p) => AUTHOR_NAME_RE.test(p.trim()) && words(p).length >= 1 && words(p).length <= 5);
}

function endsSentence(s: string): boolean {
  return /[.!?]["'”’)\]]*$/.test(s.trim());
}

/** Looks like a domain name or a short site name, for "Title | Section | site" lines. */
function looksLikeSite(s: string): boolean {
  const t = s.trim();
  if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(t)) return true;
  return words(t).length <= 4 && /^[\p{Lu}0-9]/u.test(t) && !endsSentence(t);
}

/**
 * What one line is, without context. Leading bullet glyphs are removed first;
 * the returned `text` is the line without its bullet.
 */
export function classifyLine(raw: string): LineClass {
  const trimmed = raw.trim();
  if (!trimmed) return { kind: 'blank', text: '' };
  const text = trimmed.replace(BULLET, '').trim();
  if (alnumCount(text, 2) <= 1) return { kind: 'junk', text };
  const lower = text.toLowerCase();
  const n = words(text).length;

  if (AD_RE.test(text) || PROMO_RE.test(text)) return { kind: 'ad', text };
  const pieces = text.split(/\s*[·|•]\s*/).filter(Boolean);
  if (pieces.length > 1 && pieces.every((p) => AD_RE.test(p) || PROMO_RE.test(p))) return { kind: 'ad', text };
  if ((COOKIE_RE.test(text) && COOKIE_CONTEXT_RE.test(text)) || COOKIE_BUTTON_RE.test(text)) return { kind: 'cookie', text };
  if (COMMENTS_HEADING_RE.test(text)) return { kind: 'comments-heading', text };
  if (RELATED_RE.test(text)) return { kind: 'related-heading', text };
  if (SHARE_RE.test(text)) return { kind: 'share', text };
  if (READ_MORE_LINE_RE.test(text) && n <= 25) return { kind: 'related-link', text };
  if (LABEL_RE.test(text)) return { kind: 'label', text };

  // "Title | Section | site.domain"
  const parts = text.split(/\s+[|｜]\s+/);
  if (parts.length >= 2 && looksLikeSite(parts[parts.length - 1]!) && parts[0]!.length >= 10) {
    return { kind: 'site-title', text, headline: parts[0]!.trim(), site: parts[parts.length - 1]!.trim() };
  }

  if (CREDIT_RE.test(text) && n <= 15) return { kind: 'credit', text };

  // Photo credits: "Source: Sputnik/AFP/Getty Images", "Photo: Reuters", "(Photo by X/AFP via Getty Images)",
  // and captions ending in a slash credit: "Ukraine Peace Talks To Take U-turn? IMAGO / ABACAPRESS".
  const labelled = /^\(?\s*(?:photo(?:graph)?s?|images?|pictures?|source|credit|credits|file photo|main image|top image|header image|cover image|illustration)\s*(?:by|:)\s*(.+?)\)?$/i.exec(text);
  if (labelled && n <= 16 && (hasAgency(labelled[1]!) || /\//.test(labelled[1]!) || /^(?:photo|image|picture|credit)/i.test(text))) {
    return { kind: 'photo-credit', text };
  }
  if (/^©|^\(c\)\s|copyright\s/i.test(text) && n <= 16) return { kind: 'photo-credit', text };
  if (/\bvia Getty Images\)?$/i.test(text)) return { kind: 'photo-credit', text };
  const slash = SLASH_CREDIT.exec(text);
  if (slash && hasAgency(slash[1]!)) return { kind: 'photo-credit', text };
  if (n <= 3 && words(text).every((w) => AGENCY_SET.has(w.toLowerCase()) || w === '/')) return { kind: 'photo-credit', text };

  // Bylines.
  if (BYLINE_LABEL_RE.test(text)) return { kind: 'byline', text, valueOnNextLine: true };
  const by = BYLINE_RE.exec(text);
  if (by && n <= 12 && !endsSentence(text) && by[1]!.split(/\s*[,;|]\s*/).every((p) => looksLikeName(p))) {
    return { kind: 'byline', text, value: by[1]!.replace(/[,;|].*$/, '').trim() };
  }

  // Datelines: "PublishedNovember 20, 2024", "Published At:", "Updated: 3 hours ago".
  const restOfDateline = datelineRest(text);
  if (restOfDateline !== null && n <= 14 && !endsSentence(text.replace(/\b(?:a\.m|p\.m)\.$/i, ''))) {
    const rest = restOfDateline.trim();
    const date = parseDate(rest);
    if (date || !rest) return { kind: 'dateline', text, ...(date ? { value: date } : {}), ...(rest ? {} : { valueOnNextLine: true }) };
    if (TIME_ONLY_RE.test(rest) || /^\d/.test(rest)) return { kind: 'dateline', text };
  }
  if (TIME_ONLY_RE.test(text)) return { kind: 'dateline', text };
  // A bare date line: "Nov 20, 2024, 10:05 AM ET".
  const bareDate = parseDate(text);
  if (bareDate && n <= 10 && !endsSentence(text)) {
    const rest = text
      .replace(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\b/gi, '')
      .replace(/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b\.?/gi, '')
      .replace(/\b\d{1,4}(?:st|nd|rd|th)?\b|\d{1,2}:\d{2}|\b(?:am|pm|a\.m\.|p\.m\.|gmt|utc|et|est|edt|pt|pst|pdt|bst|cet|cest|msk|ist|updated|published)\b/gi, '')
      .replace(/[\s,.:\-–|/]+/g, '');
    if (!rest) return { kind: 'dateline', text, value: bareDate };
  }

  // Navigation: a short line made only of section names.
  const navTokens = lower.split(/[\s/|•·>»,]+/).filter(Boolean);
  if (n <= 10 && navTokens.length > 0 && navTokens.every((w) => NAV_WORDS.has(w))) {
    // A bare "In", "To" or "And" is junk too, but a real nav line has at least one section name.
    if (navTokens.some((w) => !['in', 'to', 'and', '&', 'up', 'log', 'sign', 'more', 'main', 'content', 'skip'].includes(w)) || n >= 2) {
      return { kind: 'nav', text };
    }
  }

  return { kind: 'content', text };
}

export interface DroppedLine {
  line: string;
  kind: Exclude<LineKind, 'content' | 'blank'> | 'headline' | 'repeated-headline' | 'comment' | 'byline-value' | 'dateline-value';
}

export interface StripResult {
  /** The headline the text gives (site-title line, or its first content line). */
  headline: string;
  /** Site name from a "Title | Section | site" line. */
  outlet: string;
  /** ISO date from a "Published …" line. */
  published: string;
  /** Author from a byline. */
  author: string;
  /** Clean body paragraphs (the headline excluded). */
  paragraphs: string[];
  /** Every line that was removed, and why — for review. */
  dropped: DroppedLine[];
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
}

/** Whether a line in a related-links block still looks like a link (a headline), not article prose. */
function looksLikeLinkLine(s: string): boolean {
  const n = words(s).length;
  if (n <= 20 && !endsSentence(s)) return true;
  return n <= 8;
}

export interface StripOptions {
  /** A headline known from elsewhere (HTML <title>/og:title); lines repeating it are dropped. */
  headline?: string;
  /** Do not take the first content line as the headline (HTML: the body holds no headline). */
  noHeadlineFromBody?: boolean;
}

/**
 * Strips page furniture from raw text and collects the metadata it carries.
 * Paragraphs are the runs of content lines between blank lines; a line that
 * ends without sentence punctuation and is followed by a line starting in
 * lower case is a hard-wrapped paragraph and is joined to it.
 */
export function stripBoilerplate(text: string, opts: StripOptions = {}): StripResult {
  const lines = withoutInvisibles(text.replace(/\r\n?/g, '\n')).split('\n');
  const dropped: DroppedLine[] = [];
  let headline = opts.headline?.trim() ?? '';
  let outlet = '';
  let published = '';
  let author = '';
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) paragraphs.push(current.join(' ').replace(/\s+/g, ' ').trim());
    current = [];
  };

  let block: 'related' | 'comments' | null = null;
  let pendingValue: 'byline' | 'dateline' | null = null;
  const headlineNorms = new Set<string>();
  if (headline) headlineNorms.add(norm(headline));
  let prevContent = '';

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const c = classifyLine(raw);

    if (block === 'comments') {
      if (c.kind !== 'blank') dropped.push({ line: raw.trim(), kind: 'comment' });
      continue;
    }
    if (pendingValue && c.kind !== 'blank') {
      const kind = pendingValue;
      pendingValue = null;
      if (kind === 'byline' && c.kind === 'content' && looksLikeName(c.text)) {
        if (!author) author = c.text.replace(/[,;|].*$/, '').trim();
        dropped.push({ line: raw.trim(), kind: 'byline-value' });
        continue;
      }
      if (kind === 'dateline' && (c.kind === 'content' || c.kind === 'nav') && words(c.text).length <= 6 && !endsSentence(c.text)) {
        const d = parseDate(c.text);
        if (d && !published) published = d;
        dropped.push({ line: raw.trim(), kind: 'dateline-value' });
        continue;
      }
    }
    if (block === 'related') {
      if (c.kind === 'blank') continue;
      if (c.kind === 'content' && looksLikeLinkLine(c.text)) {
        dropped.push({ line: raw.trim(), kind: 'related-link' });
        continue;
      }
      block = null;
    }

    switch (c.kind) {
      case 'blank':
        flush();
        prevContent = '';
        continue;
      case 'content':
        break;
      case 'site-title':
        if (!headline && c.headline) {
          headline = c.headline;
          headlineNorms.add(norm(headline));
        }
        if (!outlet && c.site) outlet = c.site;
        dropped.push({ line: raw.trim(), kind: 'site-title' });
        continue;
      case 'related-heading':
        flush();
        block = 'related';
        dropped.push({ line: raw.trim(), kind: c.kind });
        continue;
      case 'comments-heading':
        flush();
        block = 'comments';
        dropped.push({ line: raw.trim(), kind: c.kind });
        continue;
      case 'byline':
        if (c.value && !author) author = c.value;
        if (c.valueOnNextLine) pendingValue = 'byline';
        flush();
        dropped.push({ line: raw.trim(), kind: c.kind });
        continue;
      case 'dateline':
        if (c.value && !published) published = c.value;
        if (c.valueOnNextLine) pendingValue = 'dateline';
        flush();
        dropped.push({ line: raw.trim(), kind: c.kind });
        continue;
      default:
        flush();
        dropped.push({ line: raw.trim(), kind: c.kind });
        continue;
    }

    // Content.
    const t = c.text;
    const nt = norm(t);
    if (!headline && !opts.noHeadlineFromBody) {
      headline = firstHeadline(t);
      headlineNorms.add(norm(headline));
      if (norm(headline) === nt) {
        dropped.push({ line: raw.trim(), kind: 'headline' });
        continue;
      }
    } else if (headlineNorms.has(nt)) {
      dropped.push({ line: raw.trim(), kind: 'repeated-headline' });
      continue;
    }
    // A bulleted line is a paragraph of its own.
    if (BULLET.test(raw)) {
      flush();
      current.push(t);
      flush();
      prevContent = '';
      continue;
    }
    // Hard-wrapped prose continues in lower case; anything else starts a new paragraph.
    if (current.length && !(prevContent && !endsSentence(prevContent) && /^[\p{Ll}(“"'‘]/u.test(t) && /[\p{L},;:]$/u.test(prevContent))) flush();
    current.push(t);
    prevContent = t;
  }
  flush();
  return { headline, outlet, published, author, paragraphs, dropped };
}

/** The headline a first content line gives: the line itself, or its first sentence when it is prose. */
function firstHeadline(line: string): string {
  if (line.length <= 250) return line;
  const m = /^(.{20,250}?[.!?])\s/.exec(line);
  return (m ? m[1]! : line.slice(0, 200)).trim();
}
