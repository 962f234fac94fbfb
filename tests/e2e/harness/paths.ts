/**
 * Where things are: the repo, the built extension, the browsers, the output
 * folders. Everything is absolute so the browsers and the server never depend
 * on the working directory.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type BrowserKind = 'chromium' | 'firefox';
export const BROWSER_KINDS: readonly BrowserKind[] = ['chromium', 'firefox'];

/** The browsers this run tests: all, or those named in `E2E_BROWSERS` (e.g. `chromium`). */
export const E2E_KINDS: readonly BrowserKind[] = (process.env.E2E_BROWSERS?.split(',').map((s) => s.trim()) ?? [...BROWSER_KINDS]).filter(
  (k): k is BrowserKind => (BROWSER_KINDS as readonly string[]).includes(k),
);

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXAMPLES_DIR = resolve(REPO_ROOT, 'examples');
export const FIXTURES_DIR = resolve(REPO_ROOT, 'tests/e2e/fixtures');
export const TEST_OUTPUT_DIR = resolve(REPO_ROOT, 'test-output/e2e');
export const DEMO_OUTPUT_DIR = resolve(REPO_ROOT, 'demo-output');

/** The unpacked builds `npm run build` makes. */
export const OUT_DIR = resolve(REPO_ROOT, process.env.SS_OUT_DIR ?? '.output');
export const BUILD_DIRS: Record<BrowserKind, string> = {
  chromium: resolve(OUT_DIR, 'chrome-mv3'),
  firefox: resolve(OUT_DIR, 'firefox-mv2'),
};

/** Must match `GECKO_ID` in wxt.config.ts. */
export const GECKO_ID = 'second-source@example.org';

/**
 * The internal UUID Firefox gives the add-on, fixed through the
 * `extensions.webextensions.uuids` pref so `moz-extension://UUID/…` is known.
 */
export const FIREFOX_EXTENSION_UUID = '5ec0dd5e-0a7c-4e2d-9c1f-5ec0dd5ec0dd';

const DEFAULT_EXECUTABLES: Record<BrowserKind, { env: string; paths: string[]; debian: string }> = {
  chromium: { env: 'CHROME_PATH', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'], debian: 'chromium' },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], debian: 'firefox-esr' },
};

/** `$CHROME_PATH` / `$FIREFOX_PATH` when set, else the Debian package's binary; undefined when none exists. */
export function findBrowser(kind: BrowserKind): string | undefined {
  const spec = DEFAULT_EXECUTABLES[kind];
  const fromEnv = process.env[spec.env];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return spec.paths.find((p) => existsSync(p));
}

/** What to tell a person when the browser is missing. */
export function missingBrowserMessage(kind: BrowserKind): string {
  const spec = DEFAULT_EXECUTABLES[kind];
  const set = process.env[spec.env];
  return set
    ? `${spec.env} is set to ${set}, which does not exist.`
    : `No ${kind} found at ${spec.paths.join(' or ')}. Install Debian's package: sudo apt-get update && sudo apt-get install -y ${spec.debian} (or set ${spec.env} to a ${kind} binary).`;
}
