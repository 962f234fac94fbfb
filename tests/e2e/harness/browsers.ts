/**
 * Launches Chromium or Firefox with the BUILT extension loaded, through
 * puppeteer-core (CDP for Chromium, WebDriver BiDi for Firefox), and gives both
 * the same small surface: run code in an extension context, find a page's tab
 * id, read the toolbar badge, open an extension page (the popup) in a tab.
 *
 * How each browser is reached:
 * - Chromium: `enableExtensions` loads `.output/chrome-mv3`; the background
 *   service worker is a `service_worker` target whose URL host is the
 *   extension id. Extension code runs there (`chrome.action`, `chrome.tabs`).
 * - Firefox: `installExtension` loads `.output/firefox-mv2` as a temporary
 *   add-on; its internal UUID is fixed by the `extensions.webextensions.uuids`
 *   pref so `moz-extension://UUID/…` is known in advance. Firefox does not
 *   expose the background page to BiDi (it is not in the browsing-context
 *   tree), and refuses to navigate a tab to moz-extension:// unless the remote
 *   agent is started with `--remote-allow-system-access`. With that flag a tab
 *   is navigated to `moz-extension://UUID/manifest.json`: a document of the
 *   extension's origin in which no extension code runs but the full WebExtension
 *   API (`browser.browserAction`, `browser.tabs`, `browser.runtime`) is
 *   available — the same API the background page has, reading the same browser
 *   state (the badge text is kept by the browser per tab, not by the page).
 *   BiDi sends no load events for pages in the extension process, so those
 *   navigations wait on the `browsingContext.navigate` command itself.
 */
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import {
  BUILD_DIRS,
  FIREFOX_EXTENSION_UUID,
  GECKO_ID,
  findBrowser,
  missingBrowserMessage,
  type BrowserKind,
} from './paths.ts';

export interface LaunchOptions {
  /** Unpacked extension folder; defaults to the `npm run build` output for the browser. */
  extensionDir?: string;
  executablePath?: string;
  /** Default viewport for new pages. */
  viewport?: { width: number; height: number };
  /** A profile folder to keep between launches (default: a fresh temporary one). */
  userDataDir?: string;
  /** Firefox only: prefs on top of the harness's own. */
  extraPrefsFirefox?: Record<string, unknown>;
}

/** A function run inside the browser; `api` is the WebExtension namespace (`browser` or `chrome`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type InExtension<A extends unknown[], R> = (api: any, ...args: A) => R | Promise<R>;

export interface ExtensionSession {
  kind: BrowserKind;
  browser: Browser;
  /** `chrome-extension://ID` or `moz-extension://UUID`. */
  extensionOrigin: string;
  /** How long launching the browser and loading the extension took. */
  launchMs: number;
  extensionUrl(path: string): string;
  /** Runs `fn(api, ...args)` in an extension context (see the module comment) and returns its JSON-able result. */
  evalInExtension<A extends unknown[], R>(fn: InExtension<A, R>, ...args: A): Promise<R>;
  /**
   * A tab showing a document of the extension's origin in which no extension
   * code runs (`manifest.json`) but the WebExtension API is present: for
   * calls an extension page makes, e.g. `runtime.sendMessage` to the background.
   */
  extensionPage(): Promise<Page>;
  /** A new tab at `url`, loaded. */
  newPage(url?: string): Promise<Page>;
  /** Navigates `page` to an extension page (e.g. `popup.html?tab=3`) and waits until it has loaded. */
  gotoExtensionPage(page: Page, path: string): Promise<void>;
  /** The browser's tab id of a page (looked up by its URL, which the tests keep unique). */
  tabIdOf(page: Page): Promise<number>;
  /** The toolbar badge text of a tab ('' when none). */
  badgeText(tabId: number): Promise<string>;
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

/**
 * Builds an expression that runs `fn` with the extension API and `args`, and
 * returns its result as JSON text. JSON rather than the protocol's own value
 * serialisation: WebDriver BiDi sends an object met twice as a reference the
 * second time, which puppeteer turns into `undefined`. Code that tsx/esbuild
 * compiled may call `__name(...)` (keepNames); the browser has no such helper,
 * so one is declared around the function.
 */
export function callExpression(fn: (...a: never[]) => unknown, args: unknown[], withApi: boolean): string {
  const api = withApi ? `globalThis.browser ?? globalThis.chrome, ` : '';
  const argList = args.map((a) => JSON.stringify(a) ?? 'undefined').join(', ');
  return `(async () => { const __name = (f) => f; return JSON.stringify({ v: await (${fn.toString()})(${api}${argList}) }); })()`;
}

/** Runs a `callExpression` in a page or worker and parses its result. */
export async function run<R>(target: { evaluate(expr: string): Promise<unknown> }, expr: string): Promise<R> {
  const text = await target.evaluate(expr);
  if (typeof text !== 'string') throw new Error(`evaluation returned ${typeof text}, not JSON text`);
  return (JSON.parse(text) as { v: R }).v;
}

/** `page.evaluate` that survives tsx/esbuild's `__name` helper; args and result are JSON. */
export async function evaluate<A extends unknown[], R>(
  page: Page,
  fn: (...args: A) => R | Promise<R>,
  ...args: A
): Promise<R> {
  return run<R>(page, callExpression(fn as never, args, false));
}

/** A new tab, loaded when `url` is given. */
async function newPage(browser: Browser, url?: string): Promise<Page> {
  const page = await browser.newPage();
  if (url) await page.goto(url, { waitUntil: 'load' });
  return page;
}

export async function launch(kind: BrowserKind, options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? BUILD_DIRS[kind];
  if (!existsSync(`${extensionDir}/manifest.json`)) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const executablePath = options.executablePath ?? findBrowser(kind);
  if (!executablePath) throw new Error(missingBrowserMessage(kind));
  const viewport = options.viewport ?? { width: 1280, height: 900 };
  return kind === 'chromium'
    ? launchChromium(executablePath, extensionDir, viewport, options)
    : launchFirefox(executablePath, extensionDir, viewport, options);
}

async function launchChromium(
  executablePath: string,
  extensionDir: string,
  viewport: { width: number; height: number },
  options: LaunchOptions = {},
): Promise<ExtensionSession> {
  const t0 = performance.now();
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    pipe: true,
    ...(options.userDataDir ? { userDataDir: options.userDataDir } : {}),
    enableExtensions: [extensionDir],
    args: CHROMIUM_ARGS,
    defaultViewport: viewport,
  });
  try {
    const swTarget = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 20_000 },
    );
    // (URL#origin is "null" for chrome-extension: in Node.)
    const extensionOrigin = /^chrome-extension:\/\/[a-p]{32}/.exec(swTarget.url())?.[0];
    if (!extensionOrigin) throw new Error(`unexpected service worker URL ${swTarget.url()}`);
    const launchMs = performance.now() - t0;

    let helper: Page | undefined;
    const extensionPage = async () => {
      if (!helper || helper.isClosed()) {
        helper = await browser.newPage();
        await helper.goto(`${extensionOrigin}/manifest.json`);
      }
      return helper;
    };
    // The worker is stopped when idle (puppeteer's attachment usually keeps it
    // alive); find it again on each use, and fall back to an extension page,
    // which has the same API, when none is running.
    const extensionContext = async (): Promise<{ evaluate(expr: string): Promise<unknown> }> => {
      const live = browser
        .targets()
        .find((t) => t.type() === 'service_worker' && t.url().startsWith(extensionOrigin));
      const worker: WebWorker | null = live ? await live.worker() : null;
      return worker ?? extensionPage();
    };

    const session: ExtensionSession = {
      kind: 'chromium',
      browser,
      extensionOrigin,
      launchMs,
      extensionUrl: (path) => `${extensionOrigin}/${path.replace(/^\//, '')}`,
      extensionPage,
      async evalInExtension(fn, ...args) {
        const ctx = await extensionContext();
        return run(ctx, callExpression(fn as never, args, true));
      },
      newPage: (url) => newPage(browser, url),
      async gotoExtensionPage(page, path) {
        await page.goto(session.extensionUrl(path), { waitUntil: 'load' });
      },
      tabIdOf: (page) => tabIdOf(session, page),
      badgeText: (tabId) =>
        session.evalInExtension(async (api, id: number) => (await api.action.getBadgeText({ tabId: id })) as string, tabId),
      async close() {
        await browser.close();
      },
    };
    return session;
  } catch (e) {
    await browser.close().catch(() => {});
    throw e;
  }
}

async function launchFirefox(
  executablePath: string,
  extensionDir: string,
  viewport: { width: number; height: number },
  options: LaunchOptions = {},
): Promise<ExtensionSession> {
  const t0 = performance.now();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    ...(options.userDataDir ? { userDataDir: options.userDataDir } : {}),
    executablePath,
    headless: true,
    defaultViewport: viewport,
    // Lets BiDi navigate tabs to moz-extension:// pages (the popup, the API page).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // Quiet: no update checks, no telemetry, no first-run pages.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
      ...options.extraPrefsFirefox,
    },
  });
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== GECKO_ID) throw new Error(`Firefox installed the add-on as ${id}, expected ${GECKO_ID} (wxt.config.ts)`);
    const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

    const navigate = async (page: Page, url: string) => {
      // Not page.goto: BiDi reports no load events for extension-process pages,
      // but the navigate command itself returns once the page is complete.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const context = (page.mainFrame() as any).browsingContext;
      if (!context?.navigate) throw new Error('puppeteer-core internals changed: no BidiFrame.browsingContext.navigate');
      await context.navigate(url, 'complete');
    };

    let helper: Page | undefined;
    const apiPage = async () => {
      if (!helper || helper.isClosed()) {
        helper = await browser.newPage();
        await navigate(helper, `${extensionOrigin}/manifest.json`);
      }
      return helper;
    };
    // Open it now so the launch time includes what the first check needs.
    await apiPage();
    const launchMs = performance.now() - t0;

    const session: ExtensionSession = {
      kind: 'firefox',
      browser,
      extensionOrigin,
      launchMs,
      extensionUrl: (path) => `${extensionOrigin}/${path.replace(/^\//, '')}`,
      extensionPage: apiPage,
      async evalInExtension(fn, ...args) {
        const page = await apiPage();
        return run(page, callExpression(fn as never, args, true));
      },
      newPage: (url) => newPage(browser, url),
      async gotoExtensionPage(page, path) {
        await navigate(page, session.extensionUrl(path));
      },
      tabIdOf: (page) => tabIdOf(session, page),
      badgeText: (tabId) =>
        session.evalInExtension(
          async (api, id: number) => (await (api.browserAction ?? api.action).getBadgeText({ tabId: id })) as string,
          tabId,
        ),
      async close() {
        await browser.close();
      },
    };
    return session;
  } catch (e) {
    await browser.close().catch(() => {});
    throw e;
  }
}

/**
 * The tab id of a page. With the `tabs` permission a tab's URL is visible and
 * identifies it; without (the extension asks only for `activeTab`), the page's
 * tab is brought to the front and the active tab is asked for — the helper
 * extension tab is opened first so it cannot steal the focus afterwards.
 */
async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  const url = page.url();
  await session.extensionPage();
  await page.bringToFront();
  const tabs = await session.evalInExtension(async (api) =>
    ((await api.tabs.query({})) as { id?: number; url?: string; active?: boolean; windowId?: number }[]).map((t) => ({
      id: t.id,
      url: t.url,
      active: t.active,
      windowId: t.windowId,
    })),
  );
  const byUrl = tabs.filter((t) => t.url === url);
  if (byUrl.length === 1 && byUrl[0]?.id !== undefined) return byUrl[0].id;
  const active = tabs.filter((t) => t.active);
  if (active.length === 1 && active[0]?.id !== undefined && (active[0].url === undefined || active[0].url === url)) {
    return active[0].id;
  }
  throw new Error(`cannot tell the tab of ${url}: ${JSON.stringify(tabs)}`);
}

/**
 * Saves a screenshot (full page unless `fullPage: false`), creating the folder.
 * The tab is brought to the front first: Chromium does not paint a background
 * tab, and a screenshot of one can wait forever. Gives up after `timeoutMs`.
 */
export async function screenshot(
  page: Page,
  path: string,
  options: { fullPage?: boolean; timeoutMs?: number } = {},
): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  const shoot = (async () => {
    await page.bringToFront();
    await page.screenshot({ path: path as `${string}.png`, fullPage: options.fullPage ?? true });
  })();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`screenshot ${path} timed out`)), options.timeoutMs ?? 20_000);
  });
  try {
    await Promise.race([shoot, timeout]);
  } finally {
    clearTimeout(timer);
  }
  return path;
}
