/**
 * The options page in Chromium and Firefox: the threshold and its default,
 * the relations, the corpus, the real keyboard shortcut, the privacy
 * statement, labels and keyboard use. Screenshots go to
 * test-output/screenshots/<browser>/.
 */
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { DEFAULT_SETTINGS } from '../../src/messaging/protocol.ts';
import { E2E_KINDS, REPO_ROOT, callBackground, evaluate, launch, screenshot, waitFor, type ExtensionSession } from './harness/index.ts';

const kinds = E2E_KINDS;

const text = (page: Page, selector: string) =>
  evaluate(page, (sel: string) => (document.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim(), selector);

describe.each(kinds)('%s options', (kind) => {
  const shots = resolve(REPO_ROOT, 'test-output/screenshots', kind);
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    session = await launch(kind);
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(async () => {
    await callBackground(session, 'setSettings', { ...DEFAULT_SETTINGS, disabledSites: [] }).catch(() => undefined);
    await page?.close().catch(() => undefined);
  });

  async function open(width = 800) {
    page = await session.newPage();
    await page.setViewport({ width, height: 900 });
    await session.gotoExtensionPage(page, 'options.html');
    await waitFor('options rendered', () => text(page, '[data-testid="corpus-size"]'), (t) => t.length > 0);
    await waitFor('settings rendered', () => text(page, '[data-testid="threshold-value"]'), (t) => t.length > 0);
    return page;
  }

  it('shows the default threshold with what it means, and saves a change made by keyboard', async () => {
    const p = await open();
    expect(await text(p, '[data-testid="threshold-value"]')).toBe(`${Math.round(DEFAULT_SETTINGS.threshold * 100)}%`);
    expect(await text(p, '#threshold-help')).toMatch(/Lower marks more statements.*higher marks fewer.*default, 50%/);
    await p.focus('[data-testid="threshold"]');
    await p.keyboard.press('ArrowRight');
    await waitFor('threshold saved', async () => (await callBackground(session, 'getSettings', {})).threshold, (t) => Math.abs(t - 0.55) < 1e-9);
    expect(await text(p, '[data-testid="threshold-value"]')).toBe('55%');
    await waitFor('saved announced', () => text(p, '[data-testid="saved"]'), (t) => t.startsWith('Saved: marks need 55%'));
    // Back to the default.
    await evaluate(p, () => (document.querySelector('[data-testid="threshold-reset"]') as HTMLElement).click());
    await waitFor('default restored', async () => (await callBackground(session, 'getSettings', {})).threshold, (t) => t === DEFAULT_SETTINGS.threshold);
    expect(await evaluate(p, () => document.querySelectorAll('[data-testid="threshold-reset"]').length)).toBe(0);
  });

  it('switches a relation off and on', async () => {
    const p = await open();
    await p.focus('[data-testid="relation-related"]');
    await p.keyboard.press(' ');
    await waitFor('related off', async () => (await callBackground(session, 'getSettings', {})).relations, (r) => r.related === false && r.agree && r.conflict);
    await p.keyboard.press(' ');
    await waitFor('related on', async () => (await callBackground(session, 'getSettings', {})).relations.related, (r) => r === true);
  });

  it('describes the corpus: reports per outlet, when it was built, the packs added', async () => {
    const p = await open();
    const info = await callBackground(session, 'corpusInfo', {});
    const size = await text(p, '[data-testid="corpus-size"]');
    expect(size).toContain(`${info.reports} reports, ${info.statements} statements`);
    expect(size).toMatch(/built \d{1,2} \w{3} \d{4}/);
    const rows = await evaluate(p, () => [...document.querySelectorAll('[data-testid="outlets"] tbody tr')].map((r) => [...r.querySelectorAll('td')].map((d) => d.textContent ?? '')));
    expect(rows.length).toBe(info.outlets.length);
    expect(rows.reduce((n, r) => n + Number(r[1]), 0)).toBe(info.reports);
    if (info.packs.length === 0) expect(await text(p, '[data-testid="corpus-size"] ~ h3 + p')).toContain('None yet');
    else expect(await evaluate(p, () => document.querySelectorAll('[data-testid="pack"]').length)).toBe(info.packs.length);
    expect(await evaluate(p, () => (document.querySelector('[data-testid="import"]') as HTMLInputElement).labels?.[0]?.textContent ?? '')).toMatch(/Import a corpus pack/);
  });

  it('shows the keyboard shortcut the browser has bound, and the privacy statement', async () => {
    const p = await open();
    const bound = await session.evalInExtension(async (api) => ((await api.commands.getAll()) as { name: string; shortcut?: string }[]).find((c) => c.name === 'toggle-marks')?.shortcut ?? '');
    const shown = await text(p, '[data-testid="shortcut"]');
    if (bound) {
      expect(await text(p, '[data-testid="shortcut"] kbd')).toBe(bound);
      expect(bound.replace(/\s/g, '')).toMatch(/Alt\+Shift\+M/i);
    } else expect(shown).toContain('No shortcut is set');
    expect(shown).toContain(kind === 'chromium' ? 'chrome://extensions/shortcuts' : 'Manage Extension Shortcuts');
    expect(await text(p, '[data-testid="privacy"]')).toMatch(/^Nothing leaves your browser\..*makes no network request at all/);
  });

  it('labels every control, has a live region, and holds from 320 to 800 px in light and dark', async () => {
    const p = await open(320);
    const a11y = await evaluate(p, () => ({
      unlabelled: [...document.querySelectorAll('input')]
        .filter((i) => !(i.labels && i.labels.length) && !i.getAttribute('aria-label'))
        .map((i) => i.outerHTML.slice(0, 80)),
      unnamedButtons: [...document.querySelectorAll('button')].filter((b) => !(b.getAttribute('aria-label') ?? b.textContent ?? '').trim()).length,
      live: document.querySelectorAll('[aria-live], [role="status"]').length,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    expect(a11y.unlabelled).toEqual([]);
    expect(a11y.unnamedButtons).toBe(0);
    expect(a11y.live).toBeGreaterThanOrEqual(2);
    expect(a11y.overflow, 'no sideways scrolling at 320 px').toBeLessThanOrEqual(0);
    // Tab reaches the threshold, the relations and the import.
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await p.keyboard.press('Tab');
      reached.push(await evaluate(p, () => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName.toLowerCase() ?? ''));
    }
    for (const id of ['threshold', 'relation-agree', 'relation-conflict', 'relation-related', 'import']) expect(reached, `Tab reaches ${id}`).toContain(id);

    for (const width of [320, 800]) {
      await p.setViewport({ width, height: 900 });
      for (const scheme of ['light', 'dark'] as const) {
        const ok = await p.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]).then(
          () => true,
          () => false,
        );
        if (ok || scheme === 'light') await screenshot(p, resolve(shots, `options-${width}-${scheme}.png`));
      }
    }
  });
});
