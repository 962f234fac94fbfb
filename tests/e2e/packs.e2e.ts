/**
 * Corpus packs in real Chromium and Firefox, through the options page as a
 * user does it: choose a file in the import input, read the message, see the
 * pack listed; a news page restating one of the pack's sentences is then
 * marked, and no longer once the pack is removed. An invalid pack is refused
 * with its problems and the corpus size stays; a ClaimReview file imports;
 * packs survive a browser restart; the bundled reports have no Remove button.
 *
 * Fixtures: tests/e2e/fixtures/packs/ (the same files src/background/service.test.ts
 * feeds the service). Screenshots: test-output/packs/<browser>/.
 *
 * Restarts: both browsers are launched on a profile folder this suite keeps
 * (`userDataDir`) and relaunched on it. Chromium loads the unpacked build from
 * the same path, so the extension id and its storage are the same. Firefox
 * installs the build again as a temporary add-on; with the add-on id and its
 * internal UUID fixed (wxt.config.ts, harness pref), `storage.local` written
 * before the restart is read back after it (checked on firefox-esr 153).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import {
  FIXTURES_DIR,
  REPO_ROOT,
  callBackground,
  evaluate,
  launch,
  markedStatements,
  normalize,
  openAndSettle,
  openPopup,
  screenshot,
  startServer,
  type ExtensionSession,
  type SettledPage,
  type StaticServer,
  E2E_KINDS,
} from './harness/index.ts';
import { importThroughOptions, openOptions, readOptions, removeThroughOptions, type OptionsView } from './harness/options.ts';

const kinds = E2E_KINDS;

const PACKS = resolve(FIXTURES_DIR, 'packs');
const VALID = resolve(PACKS, 'riverton-tram.json');
const BROKEN = resolve(PACKS, 'riverton-broken.json');
const CLAIM_REVIEW = resolve(PACKS, 'riverton-claimreview.jsonld');
/** The page's sentence that restates the Riverton Ledger report's first sentence. */
const RESTATED = "On Tuesday night Riverton's city council voted 7-4 to approve a 340 million euro extension of the tram line to the eastern districts.";
const LEDGER = 'riverton-ledger-tram-vote';

const isRestated = (marked: string) => normalize(marked).replace(/[.\s]+$/, '') === RESTATED.replace(/\.$/, '');

describe.each(kinds)('%s', (kind) => {
  const out = resolve(REPO_ROOT, 'test-output/packs', kind);
  let server: StaticServer;
  let session: ExtensionSession;
  let profile: string;
  let options: Page;
  /** The corpus as bundled, read before any import. */
  let bundled: OptionsView;
  let run = 0;

  const start = () => launch(kind, { userDataDir: profile });

  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), `second-source-packs-${kind}-`));
    server = await startServer();
    session = await start();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  /** The options page, opened once per browser session and reloaded for fresh reads. */
  async function optionsPage(): Promise<Page> {
    if (!options || options.isClosed()) options = (await openOptions(session)).page;
    return options;
  }

  /** The Riverton article in a new tab, settled (marks and badge no longer changing). */
  async function riverton(label: string): Promise<SettledPage> {
    const p = await openAndSettle(session, `${server.url('/fixtures/packs/riverton.html')}?e2e=${kind}-${++run}`);
    await screenshot(p.page, resolve(out, `page-${label}.png`));
    return p;
  }

  function shootOnFailure(ctx: TestContext) {
    ctx.onTestFailed(async () => {
      const slug = ctx.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
      if (options && !options.isClosed()) await screenshot(options, resolve(out, `FAILED-${slug}-options.png`)).catch(() => {});
    });
  }

  it('options page: the bundled corpus is listed with its size and has no Remove button; the Riverton page is not marked', async (ctx) => {
    shootOnFailure(ctx);
    expect(session.extensionOrigin).toMatch(kind === 'chromium' ? /^chrome-extension:\/\/[a-p]{32}$/ : /^moz-extension:\/\//);
    const { page, view } = await openOptions(session);
    options = page;
    bundled = view;
    expect(view.reports).toBeGreaterThanOrEqual(5);
    expect(view.statements).toBeGreaterThan(view.reports);
    expect(view.packs).toEqual([]);
    expect(view.removeButtons).toEqual([]);
    expect(await evaluate(page, () => document.body.innerText)).toContain('The bundled reports cannot be removed.');
    await screenshot(page, resolve(out, 'options-bundled.png'));

    const p = await riverton('before-import');
    expect(p.settled).toBe(true);
    expect(markedStatements(p.marks)).toEqual([]);
    expect(p.badge).toBe('');
    await p.page.close();
  });

  it('imports a valid pack through the file input: the message gives its counts, the pack is listed with a Remove button', async (ctx) => {
    shootOnFailure(ctx);
    const page = await optionsPage();
    const view = await importThroughOptions(page, VALID);
    await screenshot(page, resolve(out, 'options-imported.png'));
    expect(view.messageIsError, view.message).toBe(false);
    const m = /^Imported “Riverton tram vote”: 3 reports, (\d+) statements added\.$/.exec(view.message);
    expect(m, view.message).not.toBeNull();
    const added = Number(m![1]);
    expect(added).toBeGreaterThanOrEqual(8);
    expect(view.reports).toBe(bundled.reports + 3);
    expect(view.statements).toBe(bundled.statements + added);
    expect(view.packs).toHaveLength(1);
    expect(view.packs[0]).toMatch(/^Riverton tram vote — 3 reports, \d+ statements, added /);
    expect(view.removeButtons).toEqual(['Remove Riverton tram vote Remove']);
  });

  it('a page restating one of the pack’s sentences is now marked, and its popup lists the pack’s report', async (ctx) => {
    shootOnFailure(ctx);
    const p = await riverton('after-import');
    expect(p.settled).toBe(true);
    const marked = markedStatements(p.marks);
    expect(marked.some(isRestated), `marked: ${JSON.stringify(p.marks)}`).toBe(true);
    expect(p.marks.agree.some(isRestated), 'marked as agreeing').toBe(true);
    expect(p.badge).toBe(String(marked.length));
    const popup = await openPopup(session, p.tabId, { minStatements: marked.length });
    await screenshot(popup.page, resolve(out, 'popup-after-import.png'));
    const statement = popup.statements.find((s) => normalize(s.text).includes('voted 7-4'));
    expect(statement, JSON.stringify(popup.statements)).toBeDefined();
    expect(statement!.matches.some((x) => x.report === LEDGER && x.relation === 'agree')).toBe(true);
    expect(statement!.matches.find((x) => x.report === LEDGER)!.text).toContain('Riverton Ledger');
    await popup.page.close();
    await p.page.close();
  });

  it('an invalid pack is refused: its problems are listed with field and reason, the corpus size and packs stay as they were', async (ctx) => {
    shootOnFailure(ctx);
    const page = await optionsPage();
    const before = await readOptions(page);
    const view = await importThroughOptions(page, BROKEN);
    await screenshot(page, resolve(out, 'options-invalid.png'));
    expect(view.messageIsError).toBe(true);
    expect(view.message).toMatch(/^riverton-broken\.json was not imported: 27 problems \(first 20 listed\):\n/);
    // One list item per problem, each naming the field and the reason.
    expect(view.messageItems).toHaveLength(20);
    expect(view.messageItems.slice(0, 5)).toEqual([
      'version: must be 1',
      'reports[0].published: is not a real calendar date (2026-02-30)',
      'reports[1].headline: is missing',
      'reports[2].published: is not a real calendar date (2026-02-30)',
      'reports[2].id: duplicate id "broken-0" (also reports[0])',
    ]);
    for (const item of view.messageItems) expect(item).toMatch(/^(version|reports\[\d+\]\.\w+): \S/);
    expect(view.corpusSize).toBe(before.corpusSize);
    expect(view.packs).toEqual(before.packs);
    // The background agrees: nothing of the file is in the corpus.
    const info = await callBackground(session, 'corpusInfo', {});
    expect({ reports: info.reports, statements: info.statements }).toEqual({ reports: before.reports, statements: before.statements });
    expect(info.packs.map((p) => p.name)).toEqual(['Riverton tram vote']);
  });

  it('imports a schema.org ClaimReview file: one report, listed under its reviewer', async (ctx) => {
    shootOnFailure(ctx);
    const page = await optionsPage();
    const before = await readOptions(page);
    const view = await importThroughOptions(page, CLAIM_REVIEW);
    await screenshot(page, resolve(out, 'options-claimreview.png'));
    expect(view.messageIsError, view.message).toBe(false);
    expect(view.message).toMatch(/^Imported “riverton-claimreview”: 1 report, \d+ statements added\.$/);
    expect(view.reports).toBe(before.reports + 1);
    expect(view.packs).toHaveLength(2);
    expect(view.removeButtons).toHaveLength(2);
    expect(await evaluate(page, () => document.querySelector('[data-testid="outlets"]')?.textContent ?? '')).toContain('Riverton Fact Desk');
  });

  it('packs persist across a browser restart, and the page is still marked; a stored pack whose ids a new version bundles is listed as not loaded, with why', async (ctx) => {
    shootOnFailure(ctx);
    const before = await readOptions(await optionsPage());
    // As after an update that bundles a report under the id an old pack used: put such a pack in storage.
    const bundledId = (await callBackground(session, 'search', { query: 'Peskov' })).hits.find((h) => !h.report.id.startsWith('riverton'))!.report.id;
    await evaluate(
      await session.extensionPage(),
      async (id: string) => {
        const g = globalThis as { browser?: any; chrome?: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
        const local = (g.browser ?? g.chrome).storage.local;
        const { packs } = await local.get('packs');
        await local.set({ packs: [...packs, { ...packs[0], id: 'pack-old', name: 'Old pack', reports: [{ ...packs[0].reports[0], id }] }] });
      },
      bundledId,
    );
    await session.close();
    session = await start();
    const opened = await openOptions(session);
    const page = opened.page;
    let view = opened.view;
    options = page;
    await screenshot(page, resolve(out, 'options-after-restart.png'));
    expect(view.corpusSize.replace(/ · .*/, '')).toBe(before.corpusSize.replace(/ · .*/, ''));
    expect(view.packs.slice(0, -1)).toEqual(before.packs);
    expect(view.packs.at(-1)).toMatch(new RegExp(`^Old pack — 1 report, not loaded, added .* — not in the corpus: report id ${bundledId} is already in the corpus\\. Remove it`));
    view = await removeThroughOptions(page, 'Old pack');
    expect(view.packs).toEqual(before.packs);
    expect(view.corpusSize.replace(/ · .*/, '')).toBe(before.corpusSize.replace(/ · .*/, ''));
    const p = await riverton('after-restart');
    expect(markedStatements(p.marks).some(isRestated), `marked: ${JSON.stringify(p.marks)}`).toBe(true);
    await p.page.close();
  });

  it('removing the packs: the page is no longer marked, the corpus is the bundled one again, no Remove button is left', async (ctx) => {
    shootOnFailure(ctx);
    const page = await optionsPage();
    let view = await removeThroughOptions(page, 'Riverton tram vote');
    expect(view.message).toBe('Removed “Riverton tram vote”.');
    expect(view.reports).toBe(bundled.reports + 1);
    view = await removeThroughOptions(page, 'riverton-claimreview');
    await screenshot(page, resolve(out, 'options-removed.png'));
    expect(view.reports).toBe(bundled.reports);
    expect(view.statements).toBe(bundled.statements);
    expect(view.packs).toEqual([]);
    expect(view.removeButtons).toEqual([]);
    const p = await riverton('after-removal');
    expect(p.settled).toBe(true);
    expect(markedStatements(p.marks)).toEqual([]);
    expect(p.badge).toBe('');
    await p.page.close();
  });
});
