/**
 * The built extension in real browsers: the same suite against Chromium and
 * Firefox. Needs `npm run build` first (scripts/test-all.sh does it).
 * `E2E_BROWSERS=chromium` (or `firefox`) runs one browser only.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  RELATIONS,
  TEST_OUTPUT_DIR,
  callBackground,
  launch,
  loadExpectations,
  markedStatements,
  normalize,
  openAndSettle,
  openPopup,
  readMarks,
  waitForSettle,
  screenshot,
  startServer,
  type ExtensionSession,
  type PopupStatement,
  type SettledPage,
  type StaticServer,
  E2E_KINDS,
} from './harness/index.ts';

const kinds = E2E_KINDS;
const expectations = loadExpectations();
const PAGES = Object.keys(expectations);

/** Same statement, allowing the marked range to leave out or add end punctuation and quotes. */
function sameStatement(marked: string, expected: string): boolean {
  const trim = (s: string) => normalize(s).replace(/^[\s"“”'‘’]+|[\s.!?"“”'‘’]+$/g, '');
  const a = trim(marked);
  const b = trim(expected);
  return a === b || (a.includes(b) && b.length >= 0.8 * a.length) || (b.includes(a) && a.length >= 0.8 * b.length);
}

const badgeCount = (badge: string) => (badge === '' ? 0 : Number(badge));

describe.each(kinds)('%s', (kind) => {
  const out = resolve(TEST_OUTPUT_DIR, kind);
  let server: StaticServer;
  let session: ExtensionSession;
  // Promises, so a page that failed to open fails each test once, not reopened per test.
  const opening = new Map<string, Promise<SettledPage>>();
  const settled = new Map<string, SettledPage>();
  const popupOpening = new Map<string, Promise<{ page: Page; statements: PopupStatement[] }>>();
  const popups = new Map<string, { page: Page; statements: PopupStatement[] }>();
  const timings: Record<string, number> = {};
  let suiteStart = 0;

  beforeAll(async () => {
    suiteStart = performance.now();
    await mkdir(out, { recursive: true });
    server = await startServer();
    session = await launch(kind);
    timings.launchMs = Math.round(session.launchMs);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    timings.totalMs = Math.round(performance.now() - suiteStart);
    await writeFile(resolve(out, 'timings.json'), JSON.stringify(timings, null, 2) + '\n');
    console.log(`[e2e ${kind}] timings (ms): ${JSON.stringify(timings)}`);
  });

  /** Each sample page is opened once per browser; the tests share the settled state. */
  function page(name: string, dir = 'examples'): Promise<SettledPage> {
    let p = opening.get(name);
    if (!p) {
      p = (async () => {
        const s = await openAndSettle(session, `${server.url(`/${dir}/${name}`)}?e2e=${kind}`);
        settled.set(name, s);
        timings[`settle:${name}`] = Math.round(s.settleMs);
        await screenshot(s.page, resolve(out, `${name.replace(/\.html$/, '')}-page.png`));
        return s;
      })();
      opening.set(name, p);
    }
    return p;
  }

  function popup(name: string, minStatements: number) {
    let p = popupOpening.get(name);
    if (!p) {
      p = (async () => {
        const { tabId } = await page(name);
        const t0 = performance.now();
        const pp = await openPopup(session, tabId, { minStatements });
        timings[`popup:${name}`] = Math.round(performance.now() - t0);
        popups.set(name, pp);
        await screenshot(pp.page, resolve(out, `${name.replace(/\.html$/, '')}-popup.png`));
        return pp;
      })();
      popupOpening.set(name, p);
    }
    return p;
  }

  /** On failure, a screenshot of the page (and popup) the test looked at. */
  function shootOnFailure(ctx: TestContext, name: string) {
    ctx.onTestFailed(async () => {
      const slug = ctx.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
      const p = settled.get(name);
      if (p) await screenshot(p.page, resolve(out, `FAILED-${slug}-page.png`)).catch(() => {});
      const pp = popups.get(name);
      if (pp) await screenshot(pp.page, resolve(out, `FAILED-${slug}-popup.png`)).catch(() => {});
    });
  }

  it('loads the built extension; the content script reports the page to the background', async (ctx) => {
    shootOnFailure(ctx, 'agree.html');
    expect(session.extensionOrigin).toMatch(kind === 'chromium' ? /^chrome-extension:\/\// : /^moz-extension:\/\//);
    const p = await page('agree.html');
    const marks = await readMarks(p.page);
    expect(marks.supported, 'CSS Custom Highlight API').toBe(true);
    const state = await callBackground(session, 'tabState', { tabId: p.tabId });
    expect(state.status).toBe('done');
    expect(state.sentencesChecked).toBeGreaterThan(0);
    expect(state.corpus.reports).toBeGreaterThanOrEqual(5);
  });

  describe.each(PAGES)('%s', (name) => {
    const exp = expectations[name]!;

    if (exp.marked.length > 0) {
      it(`marks the expected sentences under their relation's highlight`, async (ctx) => {
        shootOnFailure(ctx, name);
        const { marks } = await page(name);
        const missing = exp.marked
          .filter((m) => !marks[m.relation].some((t) => sameStatement(t, m.text)))
          .map((m) => `${m.relation}: ${m.text}`);
        expect(missing, `not marked (marked: ${JSON.stringify(marks, null, 1)})`).toEqual([]);
      });
    }

    if (exp.forbiddenRelations.length > 0) {
      it(`marks nothing under ${exp.forbiddenRelations.join(', ')}`, async (ctx) => {
        shootOnFailure(ctx, name);
        const { marks } = await page(name);
        for (const relation of exp.forbiddenRelations) expect(marks[relation], relation).toEqual([]);
      });
    }

    it('shows the number of marked statements on the badge', async (ctx) => {
      shootOnFailure(ctx, name);
      const p = await page(name);
      expect(p.settled, 'marks and badge settled').toBe(true);
      const count = markedStatements(p.marks).length;
      expect(p.badge, `badge for ${count} marked statements`).toBe(count === 0 ? '' : String(count));
      if (exp.nothingMarked) expect(count).toBe(0);
    });

    it('lists the marked statements in the popup with the right reports and relations', async (ctx) => {
      shootOnFailure(ctx, name);
      const p = await page(name);
      const { statements } = await popup(name, badgeCount(p.badge));
      expect(statements.length, 'popup statements = badge').toBe(badgeCount(p.badge));
      for (const m of exp.marked) {
        const s = statements.find((st) => sameStatement(st.text, m.text) || normalize(st.text).includes(normalize(m.text)));
        expect(s, `popup lists: ${m.text}`).toBeDefined();
        const reports = [m.report, ...(m.alsoAcceptable ?? [])];
        const listed = JSON.stringify(s!.matches.map((x) => `${x.relation} ${x.report}`));
        const found = s!.matches.some((x) => x.relation === m.relation && reports.includes(x.report));
        expect(found, `${reports.join(' or ')} listed as ${m.relation} for: ${m.text} (lists ${listed})`).toBe(true);
        for (const extra of m.alsoListed ?? []) {
          const has = s!.matches.some((x) => x.relation === extra.relation && x.report === extra.report);
          expect(has, `${extra.report} listed as ${extra.relation} for: ${m.text} (lists ${listed})`).toBe(true);
        }
      }
      for (const st of statements) {
        expect(st.matches.length, `reports for: ${st.text}`).toBeGreaterThan(0);
        for (const x of st.matches) {
          expect(RELATIONS).toContain(x.relation);
          expect(x.report).toMatch(/\S/);
        }
      }
    });
  });

  it('clears the marks and the badge when the tab goes on to an unrelated article', async (ctx) => {
    // A fresh tab, so the shared agree.html tab stays as the other tests saw it.
    const first = await openAndSettle(session, `${server.url('/examples/agree.html')}?e2e=${kind}-navigate`);
    ctx.onTestFailed(async () => {
      await screenshot(first.page, resolve(out, 'FAILED-navigate-page.png')).catch(() => {});
    });
    expect(first.badge).not.toBe('');
    await first.page.goto(`${server.url('/examples/unrelated.html')}?e2e=${kind}-navigate`, { waitUntil: 'load' });
    const after = await waitForSettle(session, first.page, first.tabId);
    expect(markedStatements(after.marks)).toEqual([]);
    expect(after.badge).toBe('');
    await first.page.close();
  });

  it('marks nothing and shows no badge on a page without an article', async (ctx) => {
    const name = 'no-article.html';
    shootOnFailure(ctx, name);
    const p = await page(name, 'fixtures');
    expect(markedStatements(p.marks)).toEqual([]);
    expect(p.badge).toBe('');
  });
});
