/**
 * The in-page overlay in real Chromium and Firefox: what is read on news
 * layouts, marks across inline elements, pages that change (SPA, infinite
 * scroll, shadow roots), switched-off sites, and the card (hover, keyboard,
 * Escape). Chromium also records the longest main-thread task during each
 * scan (`longtask` entries; Firefox has none, so it reports no figure) and
 * on a generated 100,000-word page. Needs `npm run build` first.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  TEST_OUTPUT_DIR,
  callBackground,
  evaluate,
  launch,
  markedStatements,
  readMarks,
  screenshot,
  startServer,
  waitForSettle,
  type ExtensionSession,
  type StaticServer,
  E2E_KINDS,
  poll,
} from './harness/index.ts';

const kinds = E2E_KINDS;

const GERASIMOV =
  "Russia's chief of the general staff, Valery Gerasimov, told Putin on Saturday that 99.5% of the Kursk region had been retaken from Ukrainian forces.";
const PESKOV = 'Kremlin spokesman Dmitry Peskov said that merely freezing the conflict along the current front line would not be enough for Moscow.';
const CALL = 'The telephone call between Putin and Trump on Monday lasted only about twenty minutes, according to people briefed on it.';
const ZELENSKY =
  "Ukrainian President Volodymyr Zelensky said Kyiv had not yet received an official proposal from Trump's team, but would answer once it did.";
const TRUCE = 'Vladimir Putin declared a truce in Ukraine over Orthodox Christmas, ordering Russian forces to halt all military activity for a day.';
const TRUCE_GOALS = "Kremlin spokesman Dmitry Peskov said on Friday that Moscow's goals in Ukraine had not changed.";
const TRUMP_TALKS = 'Trump said the agreement followed a long night of talks mediated by the United States.';
const LONG_TASK_LIMIT_MS = 50;

/** Collects long tasks from the first moment of the page (Chromium only; Firefox has no `longtask` entries). */
const LONGTASK_RECORDER = `(() => {
  const w = window; w.__ssLongTasks = [];
  try {
    if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
      new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__ssLongTasks.push({ start: e.startTime, duration: e.duration }); })
        .observe({ type: 'longtask', buffered: true });
    } else w.__ssLongTasks = null;
  } catch { w.__ssLongTasks = null; }
})();`;

interface Opened {
  page: Page;
  tabId: number;
  marks: Awaited<ReturnType<typeof readMarks>>;
}

/** The longest task since the content script started its work on the page; null where the browser has no longtask entries. */
async function longestScanTask(page: Page): Promise<number | null> {
  return (await longTaskRecord(page)).scan;
}

/** `scan`: the longest task since the scan started; `beforeScan`: the longest before (page load), which shows the recorder works. */
function longTaskRecord(page: Page) {
  return evaluate(page, () => {
    const tasks = (window as unknown as { __ssLongTasks: { start: number; duration: number }[] | null }).__ssLongTasks;
    if (!tasks) return { scan: null, beforeScan: null };
    const start = performance.getEntriesByName('second-source:start')[0]?.startTime ?? 0;
    const max = (ts: typeof tasks) => ts.reduce((m, t) => Math.max(m, t.duration), 0);
    return { scan: max(tasks.filter((t) => t.start + t.duration >= start)), beforeScan: max(tasks.filter((t) => t.start + t.duration < start)) };
  });
}

const traceNames = (page: Page) =>
  evaluate(page, () => performance.getEntriesByType('mark').map((m) => m.name).filter((n) => n.startsWith('second-source:')));

/** Ranges of one highlight, as text and whether they lie inside the selector's element. */
function rangesOf(page: Page, relation: string, inside: string) {
  return evaluate(
    page,
    (name: string, sel: string) => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name);
      return [...(h ?? [])].map((r) => {
        const el = r.startContainer.parentElement;
        return { text: r.toString().replace(/\s+/g, ' ').trim(), inside: !!el?.closest(sel), spans: r.cloneContents().querySelectorAll('*').length };
      });
    },
    `second-source-${relation}`,
    inside,
  );
}

/** The card as the user sees it: inside our host's shadow root. */
function cardState(page: Page) {
  return evaluate(page, () => {
    const host = document.querySelector('second-source-card');
    const card = host?.shadowRoot?.querySelector<HTMLElement>('.card');
    if (!host || !card) return { open: false as const, inShadow: !!host?.shadowRoot, inLightDom: !!document.querySelector('.card[role="dialog"]') };
    const style = getComputedStyle(card);
    const rect = card.getBoundingClientRect();
    return {
      open: true as const,
      inShadow: true,
      inLightDom: !!document.querySelector('.card[role="dialog"]'),
      relation: card.dataset.relation ?? '',
      text: card.textContent ?? '',
      reports: [...card.querySelectorAll<HTMLElement>('[data-report]')].map((e) => ({ id: e.dataset.report, relation: e.dataset.relation })),
      focused: host.shadowRoot!.activeElement === card,
      fontSize: style.fontSize,
      color: style.color,
      visible: rect.width > 100 && rect.height > 50 && style.display !== 'none',
    };
  });
}

describe.each(kinds)('%s overlay', (kind) => {
  const out = resolve(TEST_OUTPUT_DIR, kind);
  let server: StaticServer;
  let session: ExtensionSession;
  const longTasks: Record<string, number | null> = {};

  beforeAll(async () => {
    server = await startServer();
    session = await launch(kind);
  });

  afterAll(async () => {
    console.log(`[e2e ${kind} overlay] longest task during each scan (ms; null = no longtask entries in this browser): ${JSON.stringify(longTasks)}`);
    await session?.close();
    await server?.close();
  });

  async function open(path: string, origin = server.origin): Promise<Opened> {
    const page = await session.newPage();
    if (kind === 'chromium') await page.evaluateOnNewDocument(LONGTASK_RECORDER);
    await page.goto(`${origin}/fixtures/overlay/${path}?e2e=${kind}`, { waitUntil: 'load' });
    const tabId = await session.tabIdOf(page);
    const settled = await waitForSettle(session, page, tabId);
    return { page, tabId, marks: settled.marks };
  }

  async function recordLongTask(name: string, page: Page) {
    const ms = await longestScanTask(page);
    longTasks[name] = ms === null ? null : Math.round(ms);
    if (ms !== null) expect(ms, `longest task during the scan of ${name}`).toBeLessThanOrEqual(LONG_TASK_LIMIT_MS);
  }

  describe('news layout', () => {
    let p: Opened;
    beforeAll(async () => {
      p = await open('news.html');
    });
    afterAll(() => p?.page.close());

    it('marks only the article copy of a sentence that also appears in nav, ads, comments, forms, code and hidden text', async () => {
      const agree = await rangesOf(p.page, 'agree', 'article');
      const gerasimov = agree.filter((r) => r.text === GERASIMOV);
      expect(gerasimov, JSON.stringify(agree)).toHaveLength(1);
      expect(gerasimov[0]!.inside).toBe(true);
      const all = markedStatements(p.marks).filter((t) => t === GERASIMOV);
      expect(all).toHaveLength(1);
      await recordLongTask('news.html', p.page);
      if (kind === 'chromium') {
        // The recorder must see a long task when there is one, or the 50 ms checks prove nothing.
        // (A page task: DevTools-protocol evaluations are not reported as long tasks.)
        await evaluate(p.page, () => {
          setTimeout(() => {
            const end = performance.now() + 90;
            while (performance.now() < end);
          }, 0);
        });
        await new Promise((r) => setTimeout(r, 300));
        expect(await longestScanTask(p.page), 'a 90 ms busy loop is recorded').toBeGreaterThanOrEqual(80);
      }
      await screenshot(p.page, resolve(out, 'overlay-news.png'));
    });

    it('marks a sentence with a link and emphasis inside it over its whole length', async () => {
      const ranges = [...(await rangesOf(p.page, 'agree', 'article')), ...(await rangesOf(p.page, 'conflict', 'article')), ...(await rangesOf(p.page, 'related', 'article'))];
      const peskov = ranges.find((r) => r.text.startsWith('Kremlin spokesman'));
      expect(peskov?.text, JSON.stringify(ranges)).toBe(PESKOV);
      expect(peskov!.spans, 'the range holds the <a> and the <em>').toBeGreaterThanOrEqual(2);
    });

    it('shows the card on hover, inside a shadow root, with the reports; page styles do not reach it; Escape closes it', async () => {
      const point = await evaluate(p.page, () => {
        const r = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('second-source-agree');
        const range = [...(r ?? [])].find((x) => x.toString().includes('Gerasimov'))!;
        range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const box = range.getClientRects()[0]!;
        return { x: box.left + Math.min(60, box.width / 2), y: box.top + box.height / 2 };
      });
      await p.page.mouse.move(point.x, point.y, { steps: 3 });
      const card = await poll(() => cardState(p.page), (c) => c.open);
      expect(card.open, 'card opened on hover').toBe(true);
      if (!card.open) return;
      expect(card.inShadow).toBe(true);
      expect(card.inLightDom).toBe(false);
      expect(card.visible).toBe(true);
      expect(card.relation).toBe('agree');
      expect(card.reports.length).toBeGreaterThan(0);
      expect(card.reports.every((r) => r.relation === 'agree' || r.relation === 'related' || r.relation === 'conflict')).toBe(true);
      expect(card.text).toMatch(/Open in popup/);
      expect(card.text).toMatch(/Kursk/);
      expect(card.fontSize, 'page rule .card { font-size: 40px !important } stays out').toBe('13px');
      const pageCard = await evaluate(p.page, () => {
        const s = getComputedStyle(document.querySelector('article .card')!);
        return { position: s.position, fontSize: s.fontSize };
      });
      expect(pageCard, 'card styles stay out of the page').toEqual({ position: 'static', fontSize: '40px' });
      await screenshot(p.page, resolve(out, 'overlay-card-hover.png'), { fullPage: false });
      await p.page.keyboard.press('Escape');
      expect((await poll(() => cardState(p.page), (c) => !c.open)).open).toBe(false);
      await p.page.mouse.move(2, 2);
    });

    it('opens the card by keyboard (Alt+Shift+N steps through marks, focus goes into the card) and Escape gives focus back', async () => {
      await p.page.mouse.move(2, 2);
      await p.page.focus('h1').catch(() => undefined);
      await p.page.keyboard.down('Alt');
      await p.page.keyboard.down('Shift');
      await p.page.keyboard.press('KeyN');
      await p.page.keyboard.up('Shift');
      await p.page.keyboard.up('Alt');
      const first = await poll(() => cardState(p.page), (c) => c.open);
      expect(first.open).toBe(true);
      if (!first.open) return;
      expect(first.focused, 'focus moved into the card').toBe(true);
      expect(first.text).toContain('1 of');
      await p.page.keyboard.press('Escape');
      const closed = await poll(() => cardState(p.page), (c) => !c.open);
      expect(closed.open).toBe(false);
      // A link inside a marked sentence, reached by keyboard focus, opens its card too.
      await p.page.focus('#peskov-link');
      const byFocus = await poll(() => cardState(p.page), (c) => c.open);
      expect(byFocus.open).toBe(true);
      if (byFocus.open) expect(byFocus.focused, 'focus stays on the link').toBe(false);
      await p.page.keyboard.press('Escape');
      expect((await poll(() => cardState(p.page), (c) => !c.open)).open).toBe(false);
    });

    it('hides all marks with the toggle and shows them again', async () => {
      const tabId = p.tabId;
      const toggle = () =>
        session.evalInExtension(async (api, id: number) => {
          const reply = await api.tabs.sendMessage(id, { channel: 'second-source', call: 'toggleMarks', payload: {} });
          return reply as { ok: boolean; value?: { visible: boolean } };
        }, tabId);
      const off = await toggle();
      expect(off.value?.visible).toBe(false);
      expect(markedStatements(await readMarks(p.page))).toEqual([]);
      const on = await toggle();
      expect(on.value?.visible).toBe(true);
      expect(markedStatements(await readMarks(p.page))).toContain(GERASIMOV);
    });
  });

  it('on a wire layout reads the headlines in the article header (Title Case too) and paragraphs set in divs, not "Read Next" or "Read more" links', async () => {
    const p = await open('wire.html');
    try {
      const agree = await rangesOf(p.page, 'agree', '[data-testid="paragraph-0"]');
      expect(agree.filter((r) => r.text.endsWith(GERASIMOV) && r.inside), JSON.stringify(agree)).toHaveLength(1);
      const conflict = await rangesOf(p.page, 'conflict', '#headline');
      expect(conflict.filter((r) => r.text === CALL && r.inside), JSON.stringify(conflict)).toHaveLength(1);
      // A Title Case subheadline is read in sentence case, and marked.
      expect(markedStatements(p.marks)).toContain('Kremlin Spokesman Says Freezing the Conflict Along the Front Line Would Not Be Enough');
      expect(markedStatements(p.marks).filter((t) => t.includes('merely freezing'))).toEqual([]);
    } finally {
      await p.page.close();
    }
  });

  it('reads a sentence that names no party of its own as about the page\'s parties: the same sentence is marked on a page about Putin and Trump, not on one about India and Pakistan', async () => {
    const ours = await open('our-story.html');
    const elsewhere = await open('other-story.html');
    try {
      expect(markedStatements(ours.marks)).toContain(TRUMP_TALKS);
      expect(markedStatements(elsewhere.marks)).toEqual([]);
    } finally {
      await ours.page.close();
      await elsewhere.page.close();
    }
  });

  it('reads a short denial of the sentence before it ("The Kremlin says it never happened") as a conflict with what that sentence claims, and the same words after an unrelated sentence as nothing; reads "He insisted…" as said by the person the sentence before names', async () => {
    const p = await open('answer.html');
    try {
      const conflict = await rangesOf(p.page, 'conflict', '#answer');
      expect(conflict.filter((r) => r.text === 'The Kremlin says it never happened.' && r.inside), JSON.stringify(conflict)).toHaveLength(1);
      expect(markedStatements(p.marks)).not.toContain('The mayor says it never happened.');
      // "He" after a sentence that names Putin is Putin: his "root causes" agree with 001's "fundamental causes"; after the mayor, nothing.
      const agree = await rangesOf(p.page, 'agree', '#pronoun');
      expect(agree.filter((r) => r.text.startsWith('He insisted') && r.inside), JSON.stringify(agree)).toHaveLength(1);
      expect((await rangesOf(p.page, 'agree', '#pronoun-control')).filter((r) => r.inside)).toEqual([]);
    } finally {
      await p.page.close();
    }
  });

  it('holds a lone mark on a page that speaks to the corpus in one sentence (a markets story), and shows it when a later update speaks to it again', async () => {
    const p = await open('lone.html');
    const GOALS = "Kremlin spokesman Dmitry Peskov said on Friday that Moscow's goals in Ukraine had not changed.";
    const TERMS = 'Peskov added that Putin had no plans to revisit his terms.';
    try {
      expect(markedStatements(p.marks)).toEqual([]);
      const before = await callBackground(session, 'tabState', { tabId: p.tabId });
      expect(before.statements).toEqual([]);
      expect(before.sentencesChecked).toBeGreaterThanOrEqual(3);
      await evaluate(p.page, () => window.scrollTo(0, document.body.scrollHeight));
      const after = await poll(() => readMarks(p.page), (m) => markedStatements(m).includes(TERMS), 10_000);
      expect(markedStatements(after)).toContain(GOALS);
      const settled = await waitForSettle(session, p.page, p.tabId);
      expect(settled.badge).toBe('2');
    } finally {
      await p.page.close();
    }
  });

  it('marks a sentence that agrees with a report only in part once the page plainly speaks to a report: nothing on a truce page, then both when a later paragraph does', async () => {
    const p = await open('truce.html');
    try {
      expect(markedStatements(p.marks)).toEqual([]);
      expect((await callBackground(session, 'tabState', { tabId: p.tabId })).statements).toEqual([]);
      await evaluate(p.page, () => window.scrollTo(0, document.body.scrollHeight));
      const after = await poll(() => readMarks(p.page), (m) => markedStatements(m).includes(TRUCE_GOALS), 10_000);
      expect(after.agree).toContain(TRUCE);
      const settled = await waitForSettle(session, p.page, p.tabId);
      expect(settled.badge).toBe('2');
    } finally {
      await p.page.close();
    }
  });

  it('reads text inside an open shadow root, and opens the card on hover there', async () => {
    const p = await open('shadow.html');
    expect(p.marks.agree).toContain(GERASIMOV);
    await recordLongTask('shadow.html', p.page);
    const point = await evaluate(p.page, () => {
      const r = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('second-source-agree');
      const box = [...(r ?? [])].find((x) => x.toString().includes('Gerasimov'))!.getClientRects()[0]!;
      return { x: box.left + Math.min(60, box.width / 2), y: box.top + box.height / 2 };
    });
    await p.page.mouse.move(point.x, point.y, { steps: 3 });
    const card = await poll(() => cardState(p.page), (c) => c.open);
    expect(card.open, 'card opened on hover over text in a shadow root').toBe(true);
    await p.page.keyboard.press('Escape');
    await p.page.close();
  });

  it('reads an article that lives in a same-origin iframe, and marks it in the frame', async () => {
    const p = await open('frame.html');
    const inFrame = await poll(
      () =>
        evaluate(p.page, () => {
          const doc = document.querySelector('iframe')!.contentDocument!;
          const reg = (doc.defaultView as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
          return [...(reg.get('second-source-agree') ?? [])].map((r) => r.toString());
        }),
      (marked) => marked.length > 0,
      10_000,
    );
    expect(inFrame).toContain(GERASIMOV);
    const settled = await waitForSettle(session, p.page, p.tabId);
    expect(settled.badge, 'the badge counts the frame article').toBe('2');
    await p.page.close();
  });

  it('on a single-page app, removes the old marks and marks the new article after history.pushState', async () => {
    const p = await open('spa.html');
    expect(p.marks.agree).toContain(GERASIMOV);
    await recordLongTask('spa.html', p.page);
    await evaluate(p.page, () => (window as unknown as { showNextStory(): void }).showNextStory());
    const after = await poll(
      () => readMarks(p.page),
      (m) => markedStatements(m).includes(CALL) && !markedStatements(m).includes(GERASIMOV),
      10_000,
    );
    expect(markedStatements(after)).not.toContain(GERASIMOV);
    expect(after.conflict).toContain(CALL);
    const settled = await waitForSettle(session, p.page, p.tabId);
    expect(settled.badge, 'badge counts the new article only').toBe(String(markedStatements(settled.marks).length));
    await p.page.close();
  });

  it('on an infinite-scroll page, marks a paragraph appended later, without reading the first ones again', async () => {
    const p = await open('scroll.html');
    expect(p.marks.agree).toContain(GERASIMOV);
    await recordLongTask('scroll.html', p.page);
    const before = await callBackground(session, 'tabState', { tabId: p.tabId });
    await evaluate(p.page, () => window.scrollTo(0, document.body.scrollHeight));
    const after = await poll(() => readMarks(p.page), (m) => markedStatements(m).includes(ZELENSKY), 10_000);
    expect(after.agree).toContain(ZELENSKY);
    expect(after.agree.filter((t) => t === GERASIMOV)).toHaveLength(1);
    await waitForSettle(session, p.page, p.tabId);
    const state = await callBackground(session, 'tabState', { tabId: p.tabId });
    expect(state.sentencesChecked - before.sentencesChecked, 'only the new paragraph is looked up').toBe(1);
    await p.page.close();
  });

  it('on a dark page, draws marks in the relation colours (screenshot for legibility)', async () => {
    const p = await open('dark.html');
    expect(p.marks.agree).toContain(GERASIMOV);
    expect(p.marks.conflict).toContain(CALL);
    await screenshot(p.page, resolve(out, 'overlay-dark.png'), { fullPage: false });
    await p.page.close();
  });

  it('on a switched-off site marks nothing and does no work, even when text arrives later', async () => {
    // localhost: another host name for the same server, so the other tests' host stays switched on.
    const origin = server.origin.replace('127.0.0.1', 'localhost');
    const before = await callBackground(session, 'getSettings', {});
    await callBackground(session, 'setSettings', { disabledSites: [...before.disabledSites, 'localhost'] });
    try {
      const p = await open('news.html', origin);
      const state = await callBackground(session, 'tabState', { tabId: p.tabId });
      expect(state.status, 'the content script ran and stood down').toBe('off');
      expect(markedStatements(p.marks)).toEqual([]);
      await evaluate(p.page, (text: string) => {
        const el = document.createElement('p');
        el.textContent = text;
        document.querySelector('article')!.append(el);
      }, ZELENSKY);
      await new Promise((r) => setTimeout(r, 1500));
      expect(markedStatements(await readMarks(p.page))).toEqual([]);
      expect(await traceNames(p.page), 'no scan, watcher or rescan ran').toEqual([]);
      expect(await evaluate(p.page, () => !!document.querySelector('second-source-card'))).toBe(false);
      await p.page.close();
    } finally {
      await callBackground(session, 'setSettings', { disabledSites: before.disabledSites });
    }
  });

  it('switching the site off while the page is open removes its marks and badge at once, and later text is not read', async () => {
    const origin = server.origin.replace('127.0.0.1', 'localhost');
    const before = await callBackground(session, 'getSettings', {});
    const p = await open('news.html', origin);
    try {
      expect(markedStatements(p.marks).length, 'marked before switching off').toBeGreaterThan(0);
      await callBackground(session, 'setSettings', { disabledSites: [...before.disabledSites, 'localhost'] });
      const after = await poll(() => readMarks(p.page), (m) => markedStatements(m).length === 0, 5_000);
      expect(markedStatements(after)).toEqual([]);
      const state = await poll(() => callBackground(session, 'tabState', { tabId: p.tabId }), (s) => s.status === 'off', 5_000);
      expect(state.status).toBe('off');
      expect(state.statements).toEqual([]);
      expect(await session.badgeText(p.tabId)).toBe('');
      await evaluate(p.page, (text: string) => {
        const el = document.createElement('p');
        el.textContent = text;
        document.querySelector('article')!.append(el);
      }, ZELENSKY);
      await new Promise((r) => setTimeout(r, 1500));
      expect(markedStatements(await readMarks(p.page)), 'text added after switching off is not read').toEqual([]);
    } finally {
      await callBackground(session, 'setSettings', { disabledSites: before.disabledSites });
      await p.page.close();
    }
  });

  it('reports the longest task while scanning a generated 100,000-word page', { timeout: 240_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ss-huge-'));
    try {
      await writeFile(join(dir, 'huge.html'), hugePage(100_000));
      const huge = await startServer({ mounts: { '/fixtures/overlay': dir } });
      try {
        const page = await session.newPage();
        if (kind === 'chromium') await page.evaluateOnNewDocument(LONGTASK_RECORDER);
        const t0 = performance.now();
        await page.goto(`${huge.origin}/fixtures/overlay/huge.html?e2e=${kind}`, { waitUntil: 'load', timeout: 60_000 });
        const tabId = await session.tabIdOf(page);
        await poll(() => traceNames(page), (n) => n.includes('second-source:scan-end'), 200_000);
        const scanMs = Math.round(performance.now() - t0);
        const state = await callBackground(session, 'tabState', { tabId });
        const record = await longTaskRecord(page);
        const longest = record.scan;

        longTasks['huge-100k-words'] = longest === null ? null : Math.round(longest);
        console.log(
          `[e2e ${kind} overlay] 100,000-word page: ${state.sentencesChecked} sentences checked, ${state.statements.length} marked, ` +
            `load→scan end ${scanMs} ms, longest task ${longest === null ? 'n/a (no longtask entries)' : `${Math.round(longest)} ms`}` +
            ` (page load before the scan: ${record.beforeScan === null ? 'n/a' : `${Math.round(record.beforeScan)} ms`})`,
        );
        expect(state.sentencesChecked).toBeGreaterThan(4000);
        await page.close();
      } finally {
        await huge.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** A long live blog: `words` words of filler in 20-word paragraphs, a marked sentence every 500 paragraphs. */
function hugePage(words: number): string {
  const vocab = 'the council met again on a quiet morning while reporters waited outside for news of budget talks and regional weather'.split(' ');
  const paras: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    if (i % 500 === 250) {
      paras.push(`<p>${GERASIMOV}</p>`);
      n += GERASIMOV.split(' ').length;
      continue;
    }
    const w: string[] = [];
    for (let k = 0; k < 20; k++) w.push(vocab[(i * 7 + k * 3) % vocab.length]!);
    paras.push(`<p>Update ${i}: ${w.join(' ')}.</p>`);
    n += 22;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Huge live blog</title></head><body><main><article><h1>Live</h1>${paras.join('\n')}</article></main></body></html>`;
}

