/**
 * Privacy, in real Chromium and Firefox with the built extension: every
 * request the browser makes while the extension scans the sample articles and
 * its popup and options pages are open is recorded, and none may go anywhere
 * but the local test server or the extension's own files. Also checks that the
 * built manifests ask for no more than `storage`, `activeTab` and the content
 * script's http/https matches (README "Permissions" says why each).
 *
 * What is recorded: every page and tab (puppeteer `request` events: the
 * articles, the popup, the options page, the helper extension page), and in
 * Chromium the background service worker too (CDP `Network` on the worker
 * target, re-attached whenever the worker restarts). Firefox does not expose
 * the background page to WebDriver BiDi (see harness/browsers.ts), so there
 * the worker is covered by the source check below: no network API is used
 * anywhere in the extension's built code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page, Target } from 'puppeteer-core';
import {
  BUILD_DIRS,
  TEST_OUTPUT_DIR,
  evaluate,
  launch,
  openAndSettle,
  openPopup,
  screenshot,
  startServer,
  type ExtensionSession,
  type StaticServer,
  E2E_KINDS,
} from './harness/index.ts';

const kinds = E2E_KINDS;

interface Seen {
  url: string;
  from: string;
}

describe.each(kinds)('%s privacy', (kind) => {
  const out = resolve(TEST_OUTPUT_DIR, kind);
  let server: StaticServer;
  let session: ExtensionSession;
  const seen: Seen[] = [];
  const watchedPages = new WeakSet<Page>();
  const workerSessions: CDPSession[] = [];

  function watchPage(page: Page, from: string) {
    if (watchedPages.has(page)) return;
    watchedPages.add(page);
    page.on('request', (r) => seen.push({ url: r.url(), from }));
  }

  async function watchTarget(t: Target) {
    try {
      if (t.type() === 'page') {
        const p = await t.page();
        if (p) watchPage(p, `page ${t.url()}`);
      } else if (kind === 'chromium' && ['service_worker', 'shared_worker', 'background_page', 'other'].includes(t.type())) {
        const cdp = await t.createCDPSession();
        cdp.on('Network.requestWillBeSent', (e: { request: { url: string } }) => seen.push({ url: e.request.url, from: `${t.type()} ${t.url()}` }));
        await cdp.send('Network.enable');
        workerSessions.push(cdp);
      }
    } catch {
      // a target that closed while being attached
    }
  }

  beforeAll(async () => {
    server = await startServer();
    session = await launch(kind);
    session.browser.on('targetcreated', (t: Target) => void watchTarget(t));
    for (const t of session.browser.targets()) await watchTarget(t);
    for (const p of await session.browser.pages()) watchPage(p, `page ${p.url()}`);
  });

  afterAll(async () => {
    for (const s of workerSessions) await s.detach().catch(() => {});
    await session?.close();
    await server?.close();
  });

  const allowed = (url: string) =>
    url.startsWith(`${server.origin}/`) ||
    url === server.origin ||
    url.startsWith(`${session.extensionOrigin}/`) ||
    /^(data|blob|about):/.test(url);

  it('scanning articles, the popup and the options page: no request leaves the machine', async () => {
    if (kind === 'chromium') {
      expect(workerSessions.length, 'the service worker is watched').toBeGreaterThan(0);
    }
    const opened: Page[] = [];
    for (const name of ['agree.html', 'conflict.html', 'unrelated.html']) {
      // Pages are watched from creation (targetcreated), before their first request.
      const s = await openAndSettle(session, `${server.url(`/examples/${name}`)}?e2e=${kind}-privacy`);
      watchPage(s.page, `page ${name}`);
      opened.push(s.page);
      expect(s.settled).toBe(true);
      if (name === 'agree.html') {
        expect(s.badge, 'the extension did its work on the page').not.toBe('');
        const popup = await openPopup(session, s.tabId, { minStatements: 1 });
        watchPage(popup.page, 'popup');
        expect(popup.statements.length).toBeGreaterThan(0);
        // Use the popup's search box, which queries the corpus in the worker.
        const box = await popup.page.$('input[type="search"], input');
        if (box) {
          await box.type('Kremlin ceasefire', { delay: 10 });
          await new Promise((r) => setTimeout(r, 800));
        }
        await screenshot(popup.page, resolve(out, 'privacy-popup.png')).catch(() => {});
        opened.push(popup.page);
      }
    }
    const options = await session.newPage();
    watchPage(options, 'options');
    await session.gotoExtensionPage(options, 'options.html');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await evaluate(options, () => document.body.textContent?.length ?? 0)).toBeGreaterThan(0);
    opened.push(options);

    // The counts prove the recorders were live: the articles' own files came from the test server.
    expect(seen.some((s) => s.url.startsWith(`${server.origin}/examples/agree.html`))).toBe(true);
    // (Firefox's BiDi sends no network events for pages in the extension process.)
    if (kind === 'chromium') expect(seen.some((s) => s.url.startsWith(`${session.extensionOrigin}/`))).toBe(true);
    const outside = seen.filter((s) => !allowed(s.url));
    expect(outside, `requests beyond the test server and the extension (of ${seen.length} recorded)`).toEqual([]);
    for (const p of opened) await p.close().catch(() => {});
  });

  it('the manifest asks for storage, activeTab and the content script’s http/https pages only', () => {
    const manifest = JSON.parse(readFileSync(join(BUILD_DIRS[kind], 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect([...((manifest['permissions'] as string[]) ?? [])].sort()).toEqual(['activeTab', 'storage']);
    expect(manifest['host_permissions']).toBeUndefined();
    expect(manifest['optional_permissions']).toBeUndefined();
    expect(manifest['optional_host_permissions']).toBeUndefined();
    expect(manifest['externally_connectable']).toBeUndefined();
    expect(manifest['web_accessible_resources']).toBeUndefined();
    expect(manifest['content_security_policy']).toBeUndefined(); // the browser's default: no remote code
    const scripts = manifest['content_scripts'] as { matches: string[] }[];
    expect(scripts.flatMap((c) => c.matches).sort()).toEqual(['http://*/*', 'https://*/*']);
  });

  it('the built code has no network API and no code from strings', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d)) {
        const p = join(d, e);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(js|html)$/.test(e)) files.push(p);
      }
    };
    walk(BUILD_DIRS[kind]);
    expect(files.length).toBeGreaterThan(3);
    const found: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      // Vite's modulepreload polyfill fetches the page's own <link rel=modulepreload> chunks (extension files): allowed.
      // A method named fetch (MiniSearch's SearchableMap#fetch) is not the network API either.
      // The worker reads its packaged corpus with fetch(browser.runtime.getURL(…)): the extension's own file (src/platform/packaged.ts).
      const scan = (text.includes('modulepreload') ? text.replace(/(?<![.\w$])fetch\(\w+\.href,/g, 'PRELOAD(') : text)
        .replace(/(?<![.\w$])fetch\(([\w$]+(,[\w$]+)*)?\)\{/g, 'METHOD(){')
        .replace(/(?<![.\w$])fetch\([\w$]+\.runtime\.getURL\(/g, 'PACKAGED(');
      for (const re of [/(?<![.\w$])fetch\s*\(/, /\bXMLHttpRequest\b/, /\bnew\s+WebSocket\b/, /\bEventSource\b/, /\bsendBeacon\b/, /\beval\s*\(/, /\bnew\s+Function\s*\(/, /<script[^>]+src=["']https?:/, /\bimportScripts\s*\(\s*["']https?:/]) {
        const m = re.exec(scan);
        if (m) found.push(`${f.slice(BUILD_DIRS[kind].length + 1)}: ${scan.slice(Math.max(0, m.index - 60), m.index + 40).replace(/\s+/g, ' ')}`);
      }
    }
    expect(found).toEqual([]);
  });
});
