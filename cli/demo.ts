/**
 * npm run demo
 *
 * Builds the Chrome and Firefox packages and their store zips, opens the built
 * Chrome extension in headless Chromium on the sample articles in `examples/`
 * (served from 127.0.0.1), and writes to `demo-output/`:
 *   <page>-page.png    the article with its statements marked
 *   <page>-popup.png   the popup opened for that tab
 *   overview.png       the agreeing article next to its popup (the README picture)
 *   summary.json       what was marked and why, per page
 * then prints a short summary: per page, the statements marked and, per
 * statement, the related and conflicting reports.
 *
 * Chromium is `$CHROME_PATH`, else /usr/bin/chromium; when there is none and
 * this runs as root, Debian's `chromium` is installed with apt-get.
 * Shares its browser and page code with the end-to-end tests (tests/e2e/harness).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { TabState } from '../src/messaging/protocol.ts';
import {
  DEMO_OUTPUT_DIR,
  OUT_DIR,
  REPO_ROOT,
  callBackground,
  evaluate,
  findBrowser,
  launch,
  loadExpectations,
  markedStatements,
  missingBrowserMessage,
  normalize,
  openAndSettle,
  openPopup,
  screenshot,
  startServer,
  type ExtensionSession,
  type PageExpectation,
  type SettledPage,
} from '../tests/e2e/harness/index.ts';

const say = (line = '') => process.stdout.write(`${line}\n`);
const rel = (p: string) => relative(process.cwd(), p) || '.';
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function run(cmd: string, args: string[], what: string, options: { quiet?: boolean } = {}): void {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, {
    cwd: REPO_ROOT,
    stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.status !== 0) {
    if (options.quiet) process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
    throw new Error(`${what} failed (${cmd} ${args.join(' ')} exited ${r.status ?? r.signal ?? r.error?.message})`);
  }
  say(`  ${what}: ok (${seconds(performance.now() - t0)})`);
}

/** Chromium from $CHROME_PATH or /usr/bin/chromium; installs Debian's package when root and missing. */
function ensureChromium(): string {
  const found = findBrowser('chromium');
  if (found) return found;
  if (process.env.CHROME_PATH) throw new Error(missingBrowserMessage('chromium'));
  if (process.getuid?.() !== 0) {
    throw new Error(
      `${missingBrowserMessage('chromium')}\nThen run \`npm run demo\` again. (Running as root, the demo installs it itself.)`,
    );
  }
  say('No Chromium found; installing Debian’s chromium package (apt-get) …');
  run('apt-get', ['update'], 'apt-get update');
  run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], 'apt-get install chromium');
  const installed = findBrowser('chromium');
  if (!installed) throw new Error(`apt-get installed chromium but ${missingBrowserMessage('chromium')}`);
  return installed;
}

interface PageResult {
  page: string;
  url: string;
  badge: string;
  status: string;
  sentencesChecked: number;
  statements: TabState['statements'];
  expected: { met: number; total: number; missing: string[] };
  screenshots: { page: string; popup: string };
  settleMs: number;
}

const short = (s: string, n = 110) => {
  const t = normalize(s);
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

function printPage(r: PageResult): void {
  const n = r.statements.length;
  say();
  say(`${r.page} — ${n} statement${n === 1 ? '' : 's'} marked (badge “${r.badge}”), ${r.sentencesChecked} sentences checked, ${seconds(r.settleMs)} to settle`);
  if (r.expected.total > 0) say(`  expected marks met: ${r.expected.met}/${r.expected.total}${r.expected.missing.map((m) => `\n    missing: ${m}`).join('')}`);
  r.statements.forEach((s, i) => {
    say(`  ${i + 1}. “${short(s.text)}”`);
    const order = { conflict: 0, agree: 1, related: 2 } as const;
    for (const m of [...s.matches].sort((a, b) => order[a.relation] - order[b.relation])) {
      const outlet = m.report.outlet || m.report.source || 'unknown outlet';
      const date = m.report.published ? `, ${m.report.published.slice(0, 10)}` : '';
      say(`     ${m.relation.padEnd(8)} ${m.report.id}  ${outlet}${date} — “${short(m.report.headline, 80)}”`);
      say(`              why: ${short(m.why, 140)}`);
    }
  });
  say(`  screenshots: ${rel(r.screenshots.page)}, ${rel(r.screenshots.popup)}`);
}

function checkExpected(exp: PageExpectation | undefined, p: SettledPage): PageResult['expected'] {
  if (!exp) return { met: 0, total: 0, missing: [] };
  const missing = exp.marked
    .filter((m) => !p.marks[m.relation].some((t) => normalize(t).includes(normalize(m.text).replace(/[.]$/, ''))))
    .map((m) => `${m.relation} ${m.report}: “${short(m.text, 90)}”`);
  const unexpected = exp.nothingMarked ? markedStatements(p.marks).map((t) => `nothing expected, marked: “${short(t, 90)}”`) : [];
  return { met: exp.marked.length - missing.length, total: exp.marked.length, missing: [...missing, ...unexpected] };
}

/** The agreeing article (first screen) beside its popup: the picture for the README. */
async function overview(session: ExtensionSession, pagePng: string, popupPng: string, out: string): Promise<void> {
  const [a, b] = await Promise.all([readFile(pagePng), readFile(popupPng)]);
  const page = await session.newPage();
  await page.setViewport({ width: 1392, height: 856 });
  await page.setContent(
    `<!doctype html><body style="margin:0;background:#d9dce3;display:flex;gap:24px;padding:24px;align-items:flex-start;font-family:system-ui">
      <div style="width:900px;height:808px;overflow:hidden;border-radius:8px;box-shadow:0 4px 20px #0003;background:#fff">
        <img src="data:image/png;base64,${a.toString('base64')}" style="width:900px;display:block"></div>
      <div style="width:420px;height:808px;overflow:hidden;border-radius:8px;box-shadow:0 4px 20px #0003;background:#fff">
        <img src="data:image/png;base64,${b.toString('base64')}" style="width:420px;display:block"></div>
    </body>`,
    { waitUntil: 'load' },
  );
  await evaluate(page, () => Promise.all([...document.images].map((i) => i.decode())).then(() => true));
  await screenshot(page, out, { fullPage: false });
  await page.close();
}

async function main(): Promise<number> {
  const t0 = performance.now();
  say('Second Source demo');
  // The browser first: a missing one should stop the demo before a build.
  const executablePath = ensureChromium();
  say('Building the Chrome and Firefox packages and zips …');
  // `wxt zip` builds first: this leaves .output/chrome-mv3 and .output/firefox-mv2
  // as `npm run build` would, plus the store zips.
  run('npm', ['run', '--silent', 'zip'], 'npm run zip (builds chrome-mv3 and firefox-mv2, then zips them)', { quiet: true });
  const zips = (await readdir(OUT_DIR)).filter((f) => f.endsWith('.zip')).sort();
  for (const z of zips) {
    const { size } = await stat(resolve(OUT_DIR, z));
    say(`  ${rel(resolve(OUT_DIR, z))} (${(size / 1024).toFixed(0)} kB)`);
  }

  await rm(DEMO_OUTPUT_DIR, { recursive: true, force: true });
  await mkdir(DEMO_OUTPUT_DIR, { recursive: true });

  const expectations = loadExpectations();
  const pages = Object.keys(expectations);
  const server = await startServer();
  const session = await launch('chromium', { executablePath });
  say(`Chromium (${executablePath}) started with the extension in ${seconds(session.launchMs)}; pages from ${server.origin}/examples/`);

  const results: PageResult[] = [];
  try {
    for (const name of pages) {
      const base = name.replace(/\.html$/, '');
      const settled = await openAndSettle(session, server.url(`/examples/${name}`));
      const state = await callBackground(session, 'tabState', { tabId: settled.tabId });
      const pagePng = await screenshot(settled.page, resolve(DEMO_OUTPUT_DIR, `${base}-page.png`));
      const popup = await openPopup(session, settled.tabId, { minStatements: state.statements.length });
      const popupPng = await screenshot(popup.page, resolve(DEMO_OUTPUT_DIR, `${base}-popup.png`));
      const result: PageResult = {
        page: name,
        url: settled.url,
        badge: settled.badge,
        status: state.status,
        sentencesChecked: state.sentencesChecked,
        statements: state.statements,
        expected: checkExpected(expectations[name], settled),
        screenshots: { page: pagePng, popup: popupPng },
        settleMs: settled.settleMs,
      };
      results.push(result);
      printPage(result);
      if (name === 'agree.html') {
        // The first screens of the page and the popup, for the overview picture.
        await settled.page.setViewport({ width: 1280, height: 1150 });
        await popup.page.setViewport({ width: 420, height: 808 });
        const first = await screenshot(settled.page, resolve(DEMO_OUTPUT_DIR, '.agree-first-screen.png'), { fullPage: false });
        const firstPopup = await screenshot(popup.page, resolve(DEMO_OUTPUT_DIR, '.agree-popup-first-screen.png'), { fullPage: false });
        await overview(session, first, firstPopup, resolve(DEMO_OUTPUT_DIR, 'overview.png'));
        await rm(first);
        await rm(firstPopup);
      }
      await popup.page.close();
      await settled.page.close();
    }
  } finally {
    await session.close();
    await server.close();
  }

  await writeFile(
    resolve(DEMO_OUTPUT_DIR, 'summary.json'),
    JSON.stringify(
      results.map((r) => ({ ...r, screenshots: { page: rel(r.screenshots.page), popup: rel(r.screenshots.popup) } })),
      null,
      2,
    ) + '\n',
  );
  say();
  say(`Wrote ${rel(DEMO_OUTPUT_DIR)}/: ${(await readdir(DEMO_OUTPUT_DIR)).sort().join(', ')}`);
  say(`Done in ${seconds(performance.now() - t0)}.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`demo: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
