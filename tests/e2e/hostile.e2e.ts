/**
 * Hostile pages, in real Chromium and Firefox with the built extension: a
 * 5 MB article, a DOM nested 5,000 deep, text in 20 languages and scripts
 * with right-to-left paragraphs, and a page that rewrites itself every
 * 100 ms. Each must leave the page responsive and the extension working, and
 * mark only what the corpus speaks to. The pages are generated into a temp
 * folder (the static fixture in tests/e2e/fixtures/hostile/ is the
 * multilingual one). Needs `npm run build` first.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS } from './harness/browsers.ts';
import { findBrowser } from './harness/paths.ts';
import {
  FIXTURES_DIR,
  TEST_OUTPUT_DIR,
  callBackground,
  evaluate,
  launch,
  markedStatements,
  normalize,
  readMarks,
  screenshot,
  startServer,
  waitForSettle,
  type ExtensionSession,
  type StaticServer,
  E2E_KINDS,
} from './harness/index.ts';

const kinds = E2E_KINDS;

// Sentences the bundled corpus speaks to (the sample articles mark them).
const CALL = 'The telephone call between Putin and Trump on Monday lasted only about twenty minutes, according to people briefed on it.';
// A page the corpus speaks to says so more than once: a second sentence beside CALL (see src/match/page-gate.ts).
const MEMO = 'Putin said afterwards that Russia was ready to work with Ukraine on a memorandum about a future peace accord.';
const PESKOV = 'Kremlin spokesman Dmitry Peskov said that merely freezing the conflict along the current front line would not be enough for Moscow.';
// Sentences it does not: filler for the big pages.
const FILLER = [
  'The city council approved a new budget for the public library after a long debate on Tuesday evening.',
  'Farmers in the valley reported an early harvest of apples and pears this autumn, helped by a warm spring.',
  'The museum will open a new wing dedicated to maritime history, with ship models and old navigation charts.',
  'Local football fans celebrated late into the night after their club won the regional cup final on penalties.',
  'Engineers finished repairs on the old stone bridge two weeks ahead of schedule and under the planned budget.',
  'A small bakery on the main square has been voted the best in the province by readers of a regional magazine.',
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const doc = (title: string, body: string, extra = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>${extra}</head><body>${body}</body></html>\n`;

/** ~5 MB of article: paragraphs of filler with the two corpus sentences near the top and at the very end. */
function fiveMegabytePage(): string {
  const paras: string[] = [`<p>${esc(CALL)}</p>`];
  let size = 0;
  let k = 0;
  while (size < 5_000_000) {
    const p = `<p>${esc([0, 1, 2, 3].map((j) => FILLER[(k + j) % FILLER.length]).join(' '))} Paragraph ${k}.</p>`;
    paras.push(p);
    size += p.length;
    k++;
  }
  paras.push(`<p>${esc(PESKOV)}</p>`);
  return doc('Five megabytes', `<main><article><h1>A very long article</h1>\n${paras.join('\n')}\n</article></main>`);
}

/** A DOM nested `depth` deep, built by script (HTML parsers cap nesting), the article at the bottom. */
function deepPage(depth = 5000): string {
  const script = `
    let node = document.getElementById('root');
    for (let i = 0; i < ${depth}; i++) { const d = document.createElement(i % 2 ? 'div' : 'section'); node.appendChild(d); node = d; }
    const article = document.createElement('article');
    for (const t of ${JSON.stringify([FILLER[0], CALL, MEMO, FILLER[1]])}) { const p = document.createElement('p'); p.textContent = t; article.appendChild(p); }
    node.appendChild(article);
    document.documentElement.dataset.depth = String(${depth});`;
  return doc('Deep', `<div id="root"></div><script>${script}</script>`);
}

/** Every 100 ms the article's paragraphs are replaced; after `stopAfterMs` it settles on text with the CALL sentence. */
function rewritingPage(stopAfterMs: number): string {
  const script = `
    const texts = ${JSON.stringify([...FILLER, PESKOV])};
    const article = document.querySelector('article');
    let n = 0;
    const render = (final) => {
      const frag = document.createDocumentFragment();
      for (let i = 0; i < 6; i++) {
        const p = document.createElement('p');
        // The final text: the CALL and MEMO sentences among filler (no PESKOV any more).
        p.textContent = final ? (i === 2 ? ${JSON.stringify(CALL)} : i === 3 ? ${JSON.stringify(MEMO)} : texts[i % (texts.length - 1)] + ' (final)') : texts[(n + i) % texts.length] + ' (version ' + n + ')';
        frag.appendChild(p);
      }
      article.replaceChildren(frag);
      n++;
    };
    render(false);
    const timer = setInterval(() => render(false), 100);
    setTimeout(() => { clearInterval(timer); render(true); document.documentElement.dataset.rewrites = String(n); }, ${stopAfterMs});`;
  return doc('Rewrites itself', `<main><article></article></main><script>${script}</script>`);
}

/** The deepest nesting headless Chromium renders on this machine (it crashes at about 3,000). */
const CHROMIUM_RENDERS_DEPTH = 2800;

describe.each(kinds)('%s hostile pages', (kind) => {
  const out = resolve(TEST_OUTPUT_DIR, kind);
  let server: StaticServer;
  let session: ExtensionSession;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ss-hostile-'));
    await writeFile(join(dir, 'five-mb.html'), fiveMegabytePage());
    await writeFile(join(dir, 'deep.html'), deepPage(5000));
    await writeFile(join(dir, `deep-${CHROMIUM_RENDERS_DEPTH}.html`), deepPage(CHROMIUM_RENDERS_DEPTH));
    await writeFile(join(dir, 'rewrite.html'), rewritingPage(4_000));
    server = await startServer({ mounts: { '/gen': dir, '/fixtures': FIXTURES_DIR } });
    session = await launch(kind);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Page round trip while the extension works: the main thread must answer. */
  async function responsive(page: Page): Promise<number> {
    const t0 = performance.now();
    await evaluate(page, () => document.body?.childElementCount ?? 0);
    return performance.now() - t0;
  }

  async function open(path: string) {
    const page = await session.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String((e as Error).message ?? e)));
    await page.goto(server.url(`${path}?e2e=${kind}`), { waitUntil: 'load', timeout: 60_000 });
    const tabId = await session.tabIdOf(page);
    return { page, tabId, errors };
  }

  it('a 5 MB page: scanned to the end, the main thread stays free, both corpus sentences marked', async (ctx) => {
    const { page, tabId } = await open('/gen/five-mb.html');
    ctx.onTestFailed(() => screenshot(page, resolve(out, 'FAILED-hostile-five-mb.png'), { fullPage: false }).then(() => {}, () => {}));
    const bytes = (await readFile(join(dir, 'five-mb.html'))).length;
    expect(bytes).toBeGreaterThan(5_000_000);
    const rtts: number[] = [];
    const deadline = performance.now() + 150_000;
    let state = await callBackground(session, 'tabState', { tabId });
    while (!(state.status === 'done' && state.sentencesChecked > 0) && performance.now() < deadline) {
      rtts.push(await responsive(page));
      await new Promise((r) => setTimeout(r, 250));
      state = await callBackground(session, 'tabState', { tabId });
    }
    expect(state.status, `scan state after ${((performance.now() - deadline + 150_000) / 1000).toFixed(0)} s`).toBe('done');
    expect(state.sentencesChecked).toBeGreaterThan(30_000);
    expect(Math.max(...rtts, 0), 'slowest page round trip while scanning (ms)').toBeLessThan(1_000);
    const settled = await waitForSettle(session, page, tabId, { quietMs: 1000, timeoutMs: 30_000 });
    const marked = markedStatements(settled.marks);
    expect(marked.some((t) => normalize(t).includes('twenty minutes')), `marked: ${JSON.stringify(marked.slice(0, 5))}`).toBe(true);
    expect(marked.some((t) => normalize(t).includes('freezing the conflict')), 'the last paragraph is read too').toBe(true);
    expect(marked.every((t) => !FILLER.some((f) => normalize(t).includes(f.slice(0, 40)))), 'no filler marked').toBe(true);
    await page.close();
  }, 240_000);

  /** Opens a deep page and checks the extension reads what the browser shows, stays responsive and logs nothing. */
  async function deepCheck(path: string, depth: number, ctx: { onTestFailed(fn: () => unknown): void }) {
    const { page, tabId, errors } = await open(path);
    const crashed = new Promise<never>((_, fail) => page.once('error', (e) => fail(new Error(`the page crashed: ${String(e)}`))));
    ctx.onTestFailed(() => screenshot(page, resolve(out, `FAILED-hostile-deep-${depth}.png`), { fullPage: false }).then(() => {}, () => {}));
    const check = (async () => {
      expect(await evaluate(page, () => document.documentElement.dataset.depth)).toBe(String(depth));
      // Firefox does not lay out boxes this deep (its reflow depth limit): the text is not shown, so not read.
      const shown = await evaluate(page, () => {
        const p = document.querySelector('article p:nth-child(2)');
        const r = p?.getBoundingClientRect();
        return !!p && p.checkVisibility() && !!r && r.height > 0;
      });
      const settled = await waitForSettle(session, page, tabId, { quietMs: 1500, timeoutMs: 30_000 });
      const state = await callBackground(session, 'tabState', { tabId });
      const marked = markedStatements(settled.marks);
      if (shown) {
        expect(state.status).toBe('done');
        expect(marked.some((t) => normalize(t).includes('twenty minutes')), JSON.stringify(settled.marks)).toBe(true);
      } else {
        expect(state.status).toBe('no-article');
        expect(marked).toEqual([]);
      }
      expect(await responsive(page)).toBeLessThan(1_000);
      expect(errors).toEqual([]);
    })();
    await Promise.race([check, crashed]);
    await page.close();
  }

  if (kind === 'firefox') {
    it('a DOM nested 5,000 deep: no crash; the article at the bottom is read where the browser shows it', (ctx) => deepCheck('/gen/deep.html', 5000, ctx), 60_000);
  } else {
    // Headless Chromium 156 here kills the renderer of a page nested about 3,000
    // deep with no extension at all (2,800 renders; 3,000 does not). So in
    // Chromium the extension is held to the deepest page the browser renders,
    // and the crash at 5,000 is shown to be the browser's own.
    it(`a DOM nested ${CHROMIUM_RENDERS_DEPTH} deep (the deepest Chromium renders): no crash, the article at the bottom is marked`, (ctx) =>
      deepCheck(`/gen/deep-${CHROMIUM_RENDERS_DEPTH}.html`, CHROMIUM_RENDERS_DEPTH, ctx), 60_000);

    it('a DOM nested 5,000 deep crashes Chromium’s renderer without the extension too (the browser’s limit, not ours)', async () => {
      const plain = await puppeteer.launch({ executablePath: findBrowser('chromium')!, headless: true, pipe: true, args: CHROMIUM_ARGS });
      try {
        const page = await plain.newPage();
        const crashed = new Promise<boolean>((done) => page.once('error', () => done(true)));
        await page.goto(server.url("/gen/deep.html")).catch(() => undefined);
        const outcome = await Promise.race([crashed, page.evaluate(() => document.documentElement.dataset.depth).then(() => false, () => true), new Promise<boolean>((r) => setTimeout(() => r(false), 10_000))]);
        expect(outcome, 'if this fails, Chromium now renders 5,000 deep: test the extension at 5,000 there too').toBe(true);
      } finally {
        await plain.close();
      }
    }, 40_000);
  }

  it('20 languages and scripts, right-to-left text among them: no false marks, no crash', async (ctx) => {
    const { page, tabId, errors } = await open('/fixtures/hostile/languages.html');
    ctx.onTestFailed(() => screenshot(page, resolve(out, 'FAILED-hostile-languages.png')).then(() => {}, () => {}));
    const langs = await evaluate(page, () => [...new Set([...document.querySelectorAll('[lang]')].map((e) => e.getAttribute('lang')))].length);
    expect(langs).toBeGreaterThanOrEqual(20);
    const settled = await waitForSettle(session, page, tabId, { quietMs: 1500, timeoutMs: 30_000 });
    const state = await callBackground(session, 'tabState', { tabId });
    expect(state.status).toBe('done');
    const marked = markedStatements(settled.marks);
    // The two English control sentences (the corpus speaks to them) are marked; nothing else.
    expect(marked.map(normalize).sort(), JSON.stringify(marked)).toEqual([expect.stringContaining('memorandum'), expect.stringContaining('twenty minutes')]);
    expect(settled.badge).toBe('2');
    expect(errors).toEqual([]);
    await screenshot(page, resolve(out, 'hostile-languages-page.png'));
    await page.close();
  });

  it('a page that rewrites itself every 100 ms: stays responsive, marks only text still on the page, settles on the final text', async (ctx) => {
    const { page, tabId, errors } = await open('/gen/rewrite.html');
    ctx.onTestFailed(() => screenshot(page, resolve(out, 'FAILED-hostile-rewrite.png'), { fullPage: false }).then(() => {}, () => {}));
    const rtts: number[] = [];
    while (!(await evaluate(page, () => document.documentElement.dataset.rewrites ?? ''))) {
      rtts.push(await responsive(page));
      // Whatever is marked while the page churns is text that is on the page now.
      const { marks, text } = await evaluate(page, () => ({
        text: document.querySelector('article')?.textContent ?? '',
        marks: [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights ?? new Map()).entries()]
          .filter(([k]) => k.startsWith('second-source-') && !k.endsWith('flash'))
          .flatMap(([, h]) => [...h].map((r) => r.toString()))
          .filter((t) => t.trim()),
      }));
      for (const m of marks) expect(text, 'a mark on text no longer on the page').toContain(m.trim());
      await new Promise((r) => setTimeout(r, 200));
    }
    const rewrites = Number(await evaluate(page, () => document.documentElement.dataset.rewrites));
    expect(rewrites).toBeGreaterThanOrEqual(20);
    expect(Math.max(...rtts, 0)).toBeLessThan(1_000);
    const settled = await waitForSettle(session, page, tabId, { quietMs: 1500, timeoutMs: 30_000 });
    const marked = markedStatements(settled.marks);
    expect(marked.some((t) => normalize(t).includes('twenty minutes')), `final text marked: ${JSON.stringify(marked)}`).toBe(true);
    expect(marked.some((t) => normalize(t).includes('freezing the conflict')), 'marks of replaced text are gone').toBe(false);
    const state = await callBackground(session, 'tabState', { tabId });
    expect(state.status).not.toBe('error');
    // The worker was not flooded: each rewrite is at most six short paragraphs.
    expect(state.sentencesChecked).toBeLessThan(rewrites * 6 + 50);
    expect(errors).toEqual([]);
    await page.close();
  });
});
