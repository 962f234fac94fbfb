/**
 * The popup in Chromium and Firefox: every state it can be in, the timeline,
 * "Show on page", the search, the switches, keyboard use and the names a
 * screen reader reads. Screenshots (320 and 800 px, light and dark) go to
 * test-output/screenshots/<browser>/ for review.
 */
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { DEFAULT_SETTINGS } from '../../src/messaging/protocol.ts';
import {
  REPO_ROOT,
  callBackground,
  evaluate,
  launch,
  markedStatements,
  openAndSettle,
  readMarks,
  openPopup,
  screenshot,
  startServer,
  waitFor,
  type ExtensionSession,
  type StaticServer,
  E2E_KINDS,
} from './harness/index.ts';

const DEFAULT_SETTINGS_PATCH = { ...DEFAULT_SETTINGS, disabledSites: [] as string[] };

const kinds = E2E_KINDS;

interface StateView {
  status: string;
  text: string;
  role: string | null;
}

const readState = (page: Page) =>
  evaluate(page, () => {
    const el = document.querySelector('[data-testid="state"]');
    return el
      ? { status: el.getAttribute('data-status') ?? '', text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(), role: el.getAttribute('role') }
      : null;
  });

/** Waits until the popup's state has `status` (and is stable), returning it. */
async function waitForStatus(page: Page, status: string, timeoutMs = 12_000): Promise<StateView> {
  const start = performance.now();
  let last: StateView | null = null;
  for (;;) {
    last = await readState(page);
    if (last?.status === status) return last;
    if (performance.now() - start > timeoutMs) throw new Error(`popup state stayed ${JSON.stringify(last)}, expected ${status}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

const click = (page: Page, selector: string) =>
  evaluate(
    page,
    (sel: string) => {
      const el = document.querySelector<HTMLElement>(sel);
      if (!el) return false;
      el.click();
      return true;
    },
    selector,
  );

const text = (page: Page, selector: string) =>
  evaluate(page, (sel: string) => (document.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim(), selector);

describe.each(kinds)('%s popup', (kind) => {
  const shots = resolve(REPO_ROOT, 'test-output/screenshots', kind);
  let server: StaticServer;
  let session: ExtensionSession;
  let darkSupported = true;
  let serial = 0;
  const url = (path: string) => `${server.url(path)}?popup-e2e=${kind}-${++serial}`;

  beforeAll(async () => {
    server = await startServer();
    session = await launch(kind);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  afterEach(async () => {
    await callBackground(session, 'setSettings', DEFAULT_SETTINGS_PATCH).catch(() => undefined);
  });

  /** Light and dark at 320 and 800 px (dark where the browser lets puppeteer emulate it). */
  async function shoot(page: Page, name: string, widths: number[] = [320, 800]) {
    for (const width of widths) {
      await page.setViewport({ width, height: 700 });
      for (const scheme of ['light', 'dark'] as const) {
        if (scheme === 'dark' && !darkSupported) continue;
        try {
          await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        } catch {
          // Firefox over BiDi cannot emulate media features: light (its default) only.
          darkSupported = false;
          if (scheme === 'dark') continue;
        }
        await screenshot(page, resolve(shots, `popup-${name}-${width}-${scheme}.png`));
        // The first screenful, at the size a person would see it.
        await screenshot(page, resolve(shots, `popup-${name}-${width}-${scheme}-top.png`), { fullPage: false });
      }
    }
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]).catch(() => undefined);
  }

  it('lists the marked statements in page order, each with its summary, reports and timeline', async () => {
    const article = await openAndSettle(session, url('/examples/agree.html'));
    const count = Number(article.badge || 0);
    expect(count, 'the sample article has marked statements').toBeGreaterThan(1);
    const { page, statements } = await openPopup(session, article.tabId, { minStatements: count });
    expect(statements.length).toBe(count);
    const st = await waitForStatus(page, 'done');
    expect(st.text).toMatch(new RegExp(`^${count} statements marked: \\d+ sentences checked against \\d+ reports`));

    // Page order: the popup lists them as the article has them.
    const order = await evaluate(page, () => [...document.querySelectorAll('.statement-text')].map((e) => e.textContent ?? ''));
    const pageText = await evaluate(article.page, () => document.body.innerText.replace(/\s+/g, ' '));
    const positions = order.map((t) => pageText.indexOf(t.replace(/\s+/g, ' ').trim().slice(0, 60)));
    expect(positions.every((p) => p >= 0), `statements found on the page: ${JSON.stringify(positions)}`).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    const detail = await evaluate(page, () =>
      [...document.querySelectorAll('[data-testid="statement"]')].map((s) => ({
        summary: s.querySelector('[data-testid="summary"]')?.textContent ?? '',
        matches: [...s.querySelectorAll('[data-testid="match"]')].map((m) => ({
          relation: m.getAttribute('data-relation'),
          outlet: m.querySelector('.outlet')?.textContent ?? '',
          headline: m.querySelector('.headline')?.textContent ?? '',
          date: m.querySelector('.date')?.textContent ?? '',
          emphasised: m.querySelectorAll('.corpus-sentence mark').length,
          why: m.querySelector('.why')?.textContent ?? '',
        })),
      })),
    );
    for (const s of detail) {
      const n = { agree: 0, conflict: 0, related: 0 } as Record<string, number>;
      for (const m of s.matches) n[m.relation!] = (n[m.relation!] ?? 0) + 1;
      const expected = [
        n.agree ? `${n.agree} agree${n.agree === 1 ? 's' : ''}` : '',
        n.conflict ? `${n.conflict} conflict${n.conflict === 1 ? 's' : ''}` : '',
        n.related ? `${n.related} related` : '',
      ].filter(Boolean);
      expect(s.summary).toBe(expected.join(' · '));
      for (const m of s.matches) {
        expect(m.outlet).toMatch(/\S/);
        expect(m.headline).toMatch(/\S/);
        expect(m.date, 'date and how long ago').toMatch(/\d{4}.*ago|date not given/);
        expect(m.why).toMatch(/^Why: \S/);
      }
      expect(Math.max(...s.matches.map((m) => m.emphasised)), 'words shared with the page emphasised').toBeGreaterThan(0);
    }

    // The timeline: agreeing and conflicting reports, oldest first.
    const opened = await click(page, '[data-testid="timeline"] > summary');
    expect(opened, 'a statement with agreeing reports has a timeline').toBe(true);
    const timeline = await evaluate(page, () => {
      const box = document.querySelector('[data-testid="timeline"]')!;
      const statement = box.closest('[data-testid="statement"]')!;
      return {
        open: (box as HTMLDetailsElement).open,
        entries: [...box.querySelectorAll('[data-testid="timeline-entry"]')].map((e) => ({
          time: Number(e.getAttribute('data-time')),
          relation: e.getAttribute('data-relation'),
          visible: (e as HTMLElement).offsetHeight > 0,
        })),
        undated: box.querySelectorAll('[data-testid="timeline-undated"] li').length,
        // One entry per report and side: a report that tells both sides (its sources agree, the Kremlin it quotes does not) is on it twice.
        reports: new Set(
          [...statement.querySelectorAll('[data-testid="match"]')]
            .filter((m) => m.getAttribute('data-relation') !== 'related')
            .map((m) => `${m.getAttribute('data-report')} ${m.getAttribute('data-relation')}`),
        ).size,
      };
    });
    expect(timeline.open).toBe(true);
    expect(timeline.entries.length + timeline.undated).toBe(timeline.reports);
    expect(timeline.entries.every((e) => e.visible && e.relation !== 'related')).toBe(true);
    const times = timeline.entries.map((e) => e.time);
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    await shoot(page, 'marked');
    // Long headlines wrap: nothing is wider than the narrowest popup.
    await page.setViewport({ width: 320, height: 700 });
    const overflow = await evaluate(page, () => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'no sideways scrolling at 320 px').toBeLessThanOrEqual(0);
    await page.close();
    await article.page.close();
  });

  it('"Show on page" scrolls to the statement and flashes it', async () => {
    const article = await openAndSettle(session, url('/examples/agree.html'));
    const { page } = await openPopup(session, article.tabId, { minStatements: Number(article.badge || 0) });
    const before = await evaluate(article.page, () => window.scrollY);
    // As with a real popup, the page is the tab in front (a background tab may skip smooth scrolling).
    await article.page.bringToFront();
    const last = await evaluate(page, () => document.querySelectorAll('[data-testid="show-on-page"]').length);
    expect(last).toBeGreaterThan(0);
    const wanted = await evaluate(
      page,
      (i: number) => {
        const s = document.querySelectorAll('[data-testid="statement"]')[i]!;
        (s.querySelector('[data-testid="show-on-page"]') as HTMLElement).click();
        return (s.querySelector('.statement-text')?.textContent ?? '').replace(/\s+/g, ' ').trim();
      },
      last - 1,
    );
    const flash = await waitFor(
      'flash highlight on the page',
      () =>
        evaluate(article.page, () => {
          const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('second-source-flash');
          return h ? [...h].map((r) => r.toString().replace(/\s+/g, ' ').trim()) : [];
        }),
      (v) => v.length > 0,
      3_000,
    );
    expect(flash[0]).toBe(wanted);
    await waitFor('announcement', () => text(page, '[data-testid="announce"]'), (t) => t === 'Shown on the page.');
    const after = await waitFor('page scrolled', () => evaluate(article.page, () => window.scrollY), (y) => y > before + 100, 5_000);
    expect(after).toBeGreaterThan(before);
    // The flash fades: the marks stay, the flash goes.
    await waitFor(
      'flash gone',
      () => evaluate(article.page, () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('second-source-flash')),
      (v) => v === false,
      5_000,
    );
    await page.close();
    await article.page.close();
  });

  it('says what was checked when nothing matched', async () => {
    const article = await openAndSettle(session, url('/examples/unrelated.html'));
    const { page, statements } = await openPopup(session, article.tabId);
    expect(statements).toEqual([]);
    const st = await waitForStatus(page, 'done');
    expect(st.text).toMatch(/^Nothing matched: \d+ sentences checked against \d+ reports \(\d+ statements\)/);
    const info = await callBackground(session, 'corpusInfo', {});
    expect(st.text).toContain(`against ${info.reports} reports (${info.statements} statements)`);
    await shoot(page, 'nothing-matched');
    await page.close();
    await article.page.close();
  });

  it('says when a page has no article text', async () => {
    const article = await openAndSettle(session, url('/fixtures/no-article.html'));
    const { page } = await openPopup(session, article.tabId);
    const st = await waitForStatus(page, 'no-article');
    expect(st.text).toContain('No article text on this page.');
    await shoot(page, 'no-article', [320]);
    await page.close();
    await article.page.close();
  });

  it('says it cannot run on a browser page, and the search still works there', async () => {
    // (Firefox's privileged about: pages send BiDi no load event; about:blank is as closed to extensions.)
    const tab = await session.newPage(kind === 'chromium' ? 'chrome://version/' : 'about:blank');
    const tabId = await session.tabIdOf(tab);
    const { page } = await openPopup(session, tabId);
    const st = await waitForStatus(page, 'unsupported');
    expect(st.text).toContain('cannot read this page');
    expect(await evaluate(page, () => document.querySelectorAll('[data-testid="site-switch"]').length), 'no site switch for a browser page').toBe(0);
    await page.focus('[data-testid="search"]');
    await page.keyboard.type('Kursk');
    const hits = await waitFor('search hits', () => evaluate(page, () => [...document.querySelectorAll('[data-testid="search-hit"]')].map((h) => h.textContent ?? '')), (h) => h.length > 0);
    expect(hits.some((h) => /Kursk/i.test(h))).toBe(true);
    await waitFor('results announced', () => text(page, '[data-testid="announce"]'), (t) => /results? for Kursk/.test(t));
    await shoot(page, 'unsupported-search', [320]);
    // Fuzzy: a misspelt word still finds the report.
    await page.evaluate(() => ((document.querySelector('[data-testid="search"]') as HTMLInputElement).value = ''));
    await page.keyboard.press('Escape');
    await page.keyboard.type('Peskof');
    await waitFor('fuzzy hits', () => evaluate(page, () => document.querySelectorAll('[data-testid="search-hit"]').length), (n) => n > 0);
    // Escape clears the search.
    await page.keyboard.press('Escape');
    await waitFor('search cleared', () => evaluate(page, () => (document.querySelector('[data-testid="search"]') as HTMLInputElement).value), (v) => v === '');
    await waitFor('results cleared', () => evaluate(page, () => document.querySelectorAll('[data-testid="search-hit"]').length), (n) => n === 0, 3_000);
    // …and stay cleared: a late answer to the cleared query must not bring them back.
    await new Promise((r) => setTimeout(r, 600));
    expect(await evaluate(page, () => document.querySelectorAll('[data-testid="search-hit"]').length)).toBe(0);
    await page.close();
    await tab.close();
  });

  it('shows "still checking" and an error with what to do, as the background reports them', async () => {
    // The helper extension tab reports like a content script would; the popup shows what the background holds.
    const helper = await session.extensionPage();
    const helperId = await evaluate(helper, async () => {
      const g = globalThis as { browser?: any; chrome?: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
      return ((await (g.browser ?? g.chrome).tabs.getCurrent()) as { id: number }).id;
    });
    const report = (status: 'scanning' | 'error', error?: string) =>
      callBackground(session, 'pageStatus', { page: 'https://news.example/story', host: 'news.example', status, ...(error ? { error } : {}) });
    await report('scanning');
    const { page } = await openPopup(session, helperId);
    const scanning = await waitForStatus(page, 'scanning');
    expect(scanning.text).toMatch(/^Still checking: 0 sentences so far/);
    expect(await evaluate(page, () => document.querySelector('[data-testid="state"]')?.closest('[aria-live]') !== null), 'state is in a live region').toBe(true);
    await shoot(page, 'scanning', [320]);
    await report('error', 'the article changed while it was being read');
    const failed = await waitForStatus(page, 'error', 4_000).catch(async () => {
      await page.reload();
      return waitForStatus(page, 'error');
    });
    expect(failed.text).toContain('Checking this page failed: the article changed while it was being read.');
    expect(failed.text).toContain('Reload the page to try again');
    expect(failed.role).toBe('alert');
    await shoot(page, 'error', [320, 800]);
    await page.close();
  });

  it('switches a site off and back on; a page opened while off is read once switched on, without a reload', async () => {
    const article = await openAndSettle(session, url('/examples/agree.html'));
    const host = new URL(article.url).hostname;
    const { page } = await openPopup(session, article.tabId, { minStatements: Number(article.badge || 0) });
    await waitForStatus(page, 'done');
    await page.focus('[data-testid="site-switch"]');
    await page.keyboard.press(' ');
    const off = await waitForStatus(page, 'off');
    expect(off.text).toContain(`Switched off on ${host}.`);
    expect(off.text).toContain('Its marks have been taken off the page.');
    const gone = await waitFor('marks taken off the page', () => readMarks(article.page), (m) => markedStatements(m).length === 0);
    expect(markedStatements(gone)).toEqual([]);
    expect((await callBackground(session, 'getSettings', {})).disabledSites).toContain(host);
    await waitFor('announced', () => text(page, '[data-testid="announce"]'), (t) => t === `Switched off for ${host}.`);
    await shoot(page, 'site-off', [320]);
    await page.close();
    await article.page.close();

    // A page opened while its site is off is not read at all…
    const later = await openAndSettle(session, url('/examples/agree.html'));
    expect(later.badge).toBe('');
    const { page: p2 } = await openPopup(session, later.tabId);
    await waitForStatus(p2, 'off');
    await click(p2, '[data-testid="site-switch"]');
    // …and switching it on reads it, with no reload.
    await waitForStatus(p2, 'done', 20_000);
    await shoot(p2, 'switched-on-read', [320]);
    const listed = await waitFor('statements once switched on', () => evaluate(p2, () => document.querySelectorAll('[data-testid="statement"]').length), (n) => n > 0, 10_000);
    expect(listed).toBeGreaterThan(0);
    await p2.close();
    await later.page.close();
  });

  it('pauses everywhere and runs again', async () => {
    const article = await openAndSettle(session, url('/examples/agree.html'));
    const { page } = await openPopup(session, article.tabId, { minStatements: 1 });
    await click(page, '[data-testid="pause-switch"]');
    const paused = await waitForStatus(page, 'paused');
    expect(paused.text).toContain('Paused everywhere.');
    expect(await evaluate(page, () => document.querySelectorAll('[data-testid="statement"]').length)).toBe(0);
    expect((await callBackground(session, 'getSettings', {})).paused).toBe(true);
    await shoot(page, 'paused', [320]);
    await click(page, '[data-testid="pause-switch"]');
    await waitForStatus(page, 'done');
    expect((await callBackground(session, 'getSettings', {})).paused).toBe(false);
    await page.close();
    await article.page.close();
  });

  it('can be used by keyboard alone, with visible focus, and names every control', async () => {
    const article = await openAndSettle(session, url('/examples/agree.html'));
    const { page } = await openPopup(session, article.tabId, { minStatements: Number(article.badge || 0) });
    await waitForStatus(page, 'done');
    const reached: string[] = [];
    const outlines: Record<string, string> = {};
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      const focus = await evaluate(page, () => {
        const el = document.activeElement as HTMLElement | null;
        const style = el ? getComputedStyle(el) : null;
        return { id: el?.getAttribute('data-testid') ?? el?.tagName.toLowerCase() ?? '', outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '' };
      });
      reached.push(focus.id);
      outlines[focus.id] ??= focus.outline;
    }
    for (const id of ['site-switch', 'pause-switch', 'search', 'show-on-page']) {
      expect(reached, `Tab reaches ${id}`).toContain(id);
    }
    // Tab order follows the layout: switches, then the search, then the statements.
    expect(reached.indexOf('site-switch')).toBeLessThan(reached.indexOf('search'));
    expect(reached.indexOf('search')).toBeLessThan(reached.indexOf('show-on-page'));
    expect(outlines['show-on-page'], 'visible focus on "Show on page"').toMatch(/^solid [1-9]/);
    expect(outlines['site-switch'], 'visible focus on the site switch').toMatch(/^solid [1-9]/);

    // Enter on a focused "Show on page" works like a click.
    await page.focus('[data-testid="show-on-page"]');
    await page.keyboard.press('Enter');
    await waitFor('announcement', () => text(page, '[data-testid="announce"]'), (t) => t === 'Shown on the page.');

    const a11y = await evaluate(page, () => {
      const name = (el: Element) =>
        (el.getAttribute('aria-label') ??
          (el.getAttribute('aria-labelledby') ? document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent : null) ??
          [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent).join(' ') ??
          '').trim() || (el.tagName === 'BUTTON' || el.tagName === 'SUMMARY' ? (el.textContent ?? '').trim() : '');
      return {
        unnamed: [...document.querySelectorAll('input, button, select, textarea, summary')].filter((el) => !name(el)).map((el) => el.outerHTML.slice(0, 80)),
        live: document.querySelectorAll('[aria-live], [role="status"], [role="alert"]').length,
        statementsNamed: [...document.querySelectorAll('[data-testid="statement"]')].every((s) => name(s).length > 0),
        lang: document.documentElement.lang,
      };
    });
    expect(a11y.unnamed, 'controls without an accessible name').toEqual([]);
    expect(a11y.live).toBeGreaterThanOrEqual(2);
    expect(a11y.statementsNamed).toBe(true);
    expect(a11y.lang).toBe('en');
    await page.close();
    await article.page.close();
  });

  it('forgets a tab that navigates away: no badge, no old statements', async () => {
    const article = await openAndSettle(session, url('/examples/agree.html'));
    expect(article.badge).not.toBe('');
    await article.page.goto(url('/fixtures/no-article.html'), { waitUntil: 'load' });
    await waitFor('badge cleared', () => session.badgeText(article.tabId), (b) => b === '', 8_000);
    const { page } = await openPopup(session, article.tabId);
    await waitForStatus(page, 'no-article');
    expect(await evaluate(page, () => document.querySelectorAll('[data-testid="statement"]').length)).toBe(0);
    await page.close();
    await article.page.close();
  });
});
