/**
 * Reads the article text of a page: the blocks a reader reads (paragraphs,
 * list items, quotes, headlines) inside the article, not navigation, ads,
 * comments, cookie banners, forms, code or hidden text.
 *
 * Works on any DOM — the live page in the content script, linkedom in the
 * CLI — so `npm run scan` reads a saved page exactly as the extension does.
 * Each block keeps its text nodes, so sentences map back to DOM ranges.
 */

export interface TextBlock {
  element: Element;
  /** The block's text nodes, in order, and where each starts in `text`. */
  nodes: { node: Text; start: number }[];
  text: string;
}

const BLOCK_TAGS = new Set(['P', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION', 'DD', 'DT', 'TD', 'PRE']);
// Elements that hold blocks: one of them inside a <div> makes it a container, not a paragraph.
const CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'DL', 'TABLE', 'FIGURE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'FORM']);
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'BUTTON', 'SELECT', 'OPTION',
  'TEXTAREA', 'INPUT', 'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'VIDEO', 'AUDIO', 'MENU', 'DIALOG',
]);
// Class, id and role words of page furniture.
// Tested on the words of class, id, data-testid and data-component, with
// camelCase split ("ReadNext" reads as "read next").
const FURNITURE =
  /(^|[\s_-])(nav|navbar|menu|breadcrumbs?|ads?|adsbygoogle|ad[_-]?(slot|unit)|advert\w*|sponsor\w*|promo\w*|banner|cookies?|consent|gdpr|onetrust|cmp|comments?|disqus|share|sharing|social|related\w*|recommend\w*|read[\s_-]?next|more[\s_-]on|most[\s_-]?(read|viewed|popular)|trending|newsletter|subscribe|signup|sidebar|footer|masthead|byline|author|paywall|popup|modal|toolbar|tags|outbrain|taboola)($|[\s_-])/i;
const FURNITURE_ROLES = new Set(['textbox', 'navigation', 'banner', 'complementary', 'contentinfo', 'search', 'form', 'dialog', 'alert', 'menu', 'menubar', 'toolbar']);

export interface ExtractOptions {
  /** Live pages pass a visibility test (computed style); the CLI has none. */
  isHidden?: (el: Element) => boolean;
}

function isFurniture(el: Element): boolean {
  return SKIP_TAGS.has(el.tagName) || markedAsFurniture(el);
}

/** Furniture by its attributes (hidden, a furniture role, class or id), whatever its tag. */
function markedAsFurniture(el: Element): boolean {
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden') || el.getAttribute('inert') !== null) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  const style = el.getAttribute('style') ?? '';
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const tokens = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('data-component') ?? ''}`;
  return tokens.trim().length > 0 && FURNITURE.test(tokens.replace(/([a-z])([A-Z])/g, '$1 $2'));
}

/**
 * The element that holds the article: <article>, else <main>, else the
 * element with most paragraph text. A page that is a frame around the
 * article (a same-origin iframe holding more paragraph text than the page
 * itself) gives the iframe's article.
 */
export function articleRoot(doc: Document): Element | null {
  const own = ownArticleRoot(doc);
  const frames = doc.querySelectorAll('iframe');
  if (!frames.length) return own;
  const ownText = own ? textLength(own) : 0;
  let best = own;
  let bestText = Math.max(ownText, 200);
  for (const frame of frames) {
    const inner = sameOriginDocument(frame);
    if (!inner || isFurnitureChain(frame)) continue;
    const root = ownArticleRoot(inner);
    const n = root ? textLength(root) : 0;
    if (root && n > bestText) [best, bestText] = [root, n];
  }
  return best;
}

/** The iframe's document when the page may read it (same origin, loaded), else null. */
export function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    const d = frame.contentDocument;
    return d?.body ? d : null;
  } catch {
    return null;
  }
}

function ownArticleRoot(doc: Document): Element | null {
  const articles = [...doc.querySelectorAll('article, [itemprop="articleBody"], [role="article"]')].filter((a) => !isFurnitureChain(a));
  if (articles.length) return articles.reduce((a, b) => (textLength(b) > textLength(a) ? b : a));
  const main = doc.querySelector('main, [role="main"]');
  if (main) return main;
  // Fallback: the parent of the most paragraph text.
  const score = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (!parent || isFurnitureChain(p)) continue;
    score.set(parent, (score.get(parent) ?? 0) + (p.textContent ?? '').length);
  }
  let best: Element | null = null;
  let bestScore = 200;
  for (const [el, n] of score) if (n > bestScore) [best, bestScore] = [el, n];
  return best ?? doc.body;
}

function textLength(el: Element): number {
  let n = 0;
  for (const p of el.querySelectorAll('p')) n += (p.textContent ?? '').length;
  return n;
}

function isFurnitureChain(el: Element): boolean {
  for (let e: Element | null = el.parentElement; e; e = e.parentElement) if (isFurniture(e)) return true;
  return false;
}

export interface WalkHooks {
  /** An open shadow root the walk entered: the live page watches it for late text too. */
  onShadowRoot?(root: ShadowRoot): void;
  /** When the walk finds no block, read the root's bare text as one (default true). */
  bareText?: boolean;
}

/**
 * A walk over the blocks under `root` that can stop at any element and carry
 * on later: a huge page is read a slice at a time, so no single task holds
 * the page's main thread. Open shadow roots are read too; a block inside
 * another block (a <p> in an <li>) is read once.
 */
export class BlockWalker {
  // Elements still to visit, the next one last.
  private readonly stack: Element[];
  private found = 0;

  constructor(
    private readonly root: Element,
    private readonly options: ExtractOptions = {},
    private readonly hooks: WalkHooks = {},
  ) {
    this.stack = [root];
  }

  get done(): boolean {
    return this.stack.length === 0;
  }

  /** Visits elements until `stop()` is true (checked between elements) or the walk ends. */
  next(stop: () => boolean = () => false): TextBlock[] {
    const blocks: TextBlock[] = [];
    while (this.stack.length && !stop()) {
      const el = this.stack.pop()!;
      if (el !== this.root && el.tagName === 'HEADER') {
        // An article's header holds its headline among the byline and date: only the headline is read.
        if (markedAsFurniture(el) || this.options.isHidden?.(el)) continue;
        const headings = [...el.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => !inFurniture(h.parentElement!, el));
        for (let i = headings.length - 1; i >= 0; i--) this.stack.push(headings[i]!);
        continue;
      }
      if (el !== this.root && isFurniture(el)) continue;
      if (this.options.isHidden?.(el)) continue;
      if (isReadingBlock(el)) {
        const block = collect(el, this.options);
        if (block.text.trim().length > 0 && !mostlyLinks(el, block.text)) blocks.push(block);
        continue;
      }
      const children = [...el.children];
      const shadow = (el as HTMLElement).shadowRoot;
      if (shadow) {
        this.hooks.onShadowRoot?.(shadow);
        children.unshift(...shadow.children);
      }
      for (let i = children.length - 1; i >= 0; i--) this.stack.push(children[i]!);
    }
    this.found += blocks.length;
    // Bare text directly in a container (no <p>) still counts: treat the root as one block.
    if (this.done && this.found === 0 && this.hooks.bareText !== false) {
      const block = collect(this.root, this.options);
      if (block.text.trim()) blocks.push(block);
      this.found = blocks.length;
    }
    return blocks;
  }
}

/** Text blocks under `root` in document order, in one go (the CLI; the page uses BlockWalker in slices). */
export function extractBlocks(root: Element, options: ExtractOptions = {}): TextBlock[] {
  return new BlockWalker(root, options).next();
}

/** The reading block `el` lies in (a paragraph around a link), below `root`; null when none. */
export function enclosingBlock(el: Element, root: Element): Element | null {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (isReadingBlock(e)) return e;
  return null;
}

/**
 * A block a reader reads: a paragraph-like element with no block inside it,
 * or a <div>/<section> used as a paragraph (wire sites set their prose in
 * divs): no block inside, and text of its own, not only links or labels.
 */
function isReadingBlock(el: Element): boolean {
  if (BLOCK_TAGS.has(el.tagName)) return !hasBlockChild(el);
  if (el.tagName !== 'DIV' && el.tagName !== 'SECTION') return false;
  if (hasBlockChild(el)) return false;
  for (const c of el.childNodes) if (c.nodeType === 3 && /\S/.test((c as Text).data)) return true;
  return false;
}

/**
 * "Read more: <a>another story</a>", a list of headline links: text that is
 * mostly links is a pointer to other pages, not the article's own words.
 */
function mostlyLinks(el: Element, text: string): boolean {
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked > 0 && linked >= 0.5 * text.replace(/\s+/g, '').length;
}

/** True when `el` sits in page furniture (navigation, ads, comments…) below `root`, or is furniture itself. */
export function inFurniture(el: Element, root: Element | null): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement ?? hostOf(e)) if (isFurniture(e)) return true;
  return false;
}

function hostOf(el: Element): Element | null {
  return (el.getRootNode() as { host?: Element }).host ?? null;
}

function hasBlockChild(el: Element): boolean {
  for (const c of el.children) if (BLOCK_TAGS.has(c.tagName) || CONTAINER_TAGS.has(c.tagName)) return true;
  return false;
}

function collect(el: Element, options: ExtractOptions): TextBlock {
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      nodes.push({ node: n as Text, start: text.length });
      text += (n as Text).data;
      return;
    }
    if (n.nodeType !== 1) return;
    const e = n as Element;
    if (e !== el && (SKIP_TAGS.has(e.tagName) || e.getAttribute('aria-hidden') === 'true' || options.isHidden?.(e))) return;
    if (e.tagName === 'BR') text += '\n';
    for (const c of e.childNodes) walk(c);
  };
  walk(el);
  return { element: el, nodes, text };
}

/** Whole-document convenience: the article's blocks. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): TextBlock[] {
  const root = articleRoot(doc);
  return root ? extractBlocks(root, options) : [];
}
