/**
 * What the built extension does in real (headless) Chromium: how long the
 * content script takes to scan a page and the longest main-thread task while
 * it does (PerformanceObserver 'longtask', registered before the page's first
 * script), how long the background worker takes from a cold start to its
 * first answer, and the worker's heap once the corpus is loaded.
 */
import type { CDPSession, Page } from 'puppeteer-core';
import { envelope } from '../src/messaging/rpc.ts';
import { callBackground, evaluate, launch, startServer, type ExtensionSession } from '../tests/e2e/harness/index.ts';
import type { BenchPage } from './pages.ts';

export interface PageFigures {
  page: string;
  words: number;
  sentencesChecked: number;
  marked: number;
  /**
   * Content script start → scan end (its `second-source:start` / `scan-end` marks: reading,
   * all look-ups answered, marks set); without those marks, load event → the background's "done".
   */
  scanMs: number;
  scanClock: string;
  /** Longest main-thread task from the content script's start (else DOMContentLoaded) on. */
  longestTaskMs: number;
  /** Tasks over 50 ms from DOMContentLoaded on. */
  tasksOver50: number;
  /** Longest task that ended before the content script started: the page's own loading. */
  pageLoadTaskMs: number;
}

export interface WorkerFigures {
  /** The first answer after the browser started (the worker may still be loading then). */
  firstMs: number;
  /** Worker stopped → first answer that needs the corpus loaded (`corpusInfo`), each run. */
  coldStartMs: number[];
  /** Worker stopped → first look-up of a page sentence answered (corpus loaded, index read, sentence matched), each run. */
  coldLookupMs: number[];
  /** Where each cold look-up's time went, from the worker's own trace marks. */
  phases: WorkerPhases[];
  /** JS heap used in the worker after a forced GC, corpus loaded. */
  heapMB: number;
  statements: number;
}

const OBSERVE_LONG_TASKS = `(() => {
  const tasks = [];
  Object.defineProperty(window, '__ssLongTasks', { value: tasks });
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

async function waitDone(session: ExtensionSession, page: Page, tabId: number, timeoutMs: number) {
  const start = performance.now();
  for (;;) {
    const state = await callBackground(session, 'tabState', { tabId });
    if (state.status === 'done' && state.sentencesChecked > 0) {
      const at = await evaluate(page, () => performance.now());
      return { at, state };
    }
    if (performance.now() - start > timeoutMs) throw new Error(`page not scanned within ${timeoutMs} ms (status ${state.status})`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function measurePages(session: ExtensionSession, origin: string, pages: BenchPage[]): Promise<PageFigures[]> {
  const out: PageFigures[] = [];
  for (const p of pages) {
    const page = await session.browser.newPage();
    await page.evaluateOnNewDocument(OBSERVE_LONG_TASKS);
    await page.goto(`${origin}/${p.name}.html`, { waitUntil: 'load', timeout: 120_000 });
    const tabId = await session.tabIdOf(page);
    const { at, state } = await waitDone(session, page, tabId, 300_000);
    await new Promise((r) => setTimeout(r, 300)); // marks painted; late long tasks observed
    const nav = await evaluate(page, () => {
      const t = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      // The content script's own trace marks, when it sets them: scan start and end.
      const start = performance.getEntriesByName('second-source:start')[0]?.startTime;
      const end = performance.getEntriesByName('second-source:scan-end').at(-1)?.startTime;
      return { dcl: t.domContentLoadedEventEnd, load: t.loadEventEnd, start: start ?? null, end: end ?? null };
    });
    const tasks = await evaluate(page, () => (window as unknown as { __ssLongTasks: [number, number][] }).__ssLongTasks);
    const from = nav.start ?? nav.dcl;
    const after = tasks.filter(([s, d]) => s + d >= from).map(([, d]) => d);
    const before = tasks.filter(([s, d]) => s + d < from).map(([, d]) => d);
    out.push({
      page: p.name,
      words: p.words,
      sentencesChecked: state.sentencesChecked,
      marked: state.statements.length,
      scanMs: nav.start !== null && nav.end !== null ? nav.end - nav.start : at - nav.load,
      scanClock: nav.start !== null && nav.end !== null ? 'content script start → scan end' : 'load event → background done',
      longestTaskMs: Math.max(0, ...after),
      tasksOver50: after.filter((d) => d > 50).length,
      pageLoadTaskMs: Math.max(0, ...before),
    });
    await page.close();
  }
  return out;
}

async function workerSession(session: ExtensionSession): Promise<CDPSession> {
  const target = await session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(session.extensionOrigin), { timeout: 30_000 });
  return target.createCDPSession();
}

/** From the worker's trace marks (entrypoints/background.ts), ms since the worker's time origin. */
export interface WorkerPhases {
  /** Worker created → its script evaluated (the main function runs). */
  script: number;
  /** → corpus.json read and parsed, and the stance model (stance-model.bin) read beside it. */
  read: number;
  /** → Corpus built from it (index decoded, claim graph linked). */
  build: number;
}

async function workerMarks(session: ExtensionSession): Promise<WorkerPhases> {
  const sw = await workerSession(session);
  const { result } = (await sw.send('Runtime.evaluate', {
    expression: `JSON.stringify(Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])))`,
    returnByValue: true,
  })) as { result: { value: string } };
  await sw.detach();
  const m = JSON.parse(result.value) as Record<string, number>;
  const start = m['second-source:worker-start'] ?? NaN;
  const read = m['second-source:corpus-read'] ?? NaN;
  return { script: start, read: read - start, build: (m['second-source:corpus-ready'] ?? NaN) - read };
}

/** A look-up of one page sentence, as a content script sends it (from an extension page in a tab: it has a tab id). */
const LOOKUP = envelope('lookup', {
  page: 'https://bench.invalid/cold-start',
  host: 'bench.invalid',
  sentences: [{ id: 0, text: 'Kremlin spokesman Dmitry Peskov said on Monday that the goals of the special military operation had not changed.' }],
});

/** Sends a message from the extension page; resolves with the round trip, or rejects after `timeoutMs`. */
function ask(helper: Page, message: unknown, timeoutMs: number) {
  const call = evaluate(
    helper,
    async (msg: unknown) => {
      const api = (globalThis as { chrome?: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome!;
      const t0 = performance.now();
      const reply = (await api.runtime.sendMessage(msg)) as { ok: boolean; value?: { statements?: number } };
      return { ms: performance.now() - t0, ok: reply?.ok, statements: reply?.value?.statements ?? 0 };
    },
    message,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`the worker did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([call, timeout]).finally(() => clearTimeout(timer));
}

export async function measureWorker(session: ExtensionSession, runs: number): Promise<WorkerFigures> {
  const helper = await session.extensionPage();
  // The first start after install (script evaluated, corpus loaded): stopping a worker
  // in the middle of that first evaluation can leave it unable to answer.
  const first = await ask(helper, envelope('corpusInfo', {}), 120_000);
  if (!first.ok) throw new Error('the worker did not answer corpusInfo');
  const cdp = await helper.createCDPSession();
  await cdp.send('ServiceWorker.enable');
  let running = true;
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { runningStatus: string }[] }) => {
    running = e.versions.some((v) => v.runningStatus !== 'stopped');
  });
  const stop = async () => {
    await cdp.send('ServiceWorker.stopAllWorkers');
    for (let i = 0; i < 200 && running; i++) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, 200));
  };
  const coldStartMs: number[] = [];
  const coldLookupMs: number[] = [];
  const phases: WorkerPhases[] = [];
  const statements = first.statements;
  for (let k = 0; k < runs; k++) {
    await stop();
    const info = await ask(helper, envelope('corpusInfo', {}), 60_000);
    if (!info.ok) throw new Error('the worker did not answer corpusInfo');
    coldStartMs.push(info.ms);
    await stop();
    const look = await ask(helper, LOOKUP, 60_000);
    if (!look.ok) throw new Error('the worker did not answer a look-up');
    coldLookupMs.push(look.ms);
    phases.push(await workerMarks(session));
  }
  const sw = await workerSession(session);
  await sw.send('HeapProfiler.enable');
  await sw.send('HeapProfiler.collectGarbage');
  const heap = (await sw.send('Runtime.getHeapUsage')) as { usedSize: number };
  await sw.detach();
  await cdp.detach();
  return { firstMs: first.ms, coldStartMs, coldLookupMs, phases, heapMB: heap.usedSize / 1024 / 1024, statements };
}

export async function benchExtension(extensionDir: string, pagesDir: string, pages: BenchPage[], runs: number) {
  const server = await startServer({ mounts: { '/pages': pagesDir } });
  const session = await launch('chromium', { extensionDir });
  try {
    const worker = await measureWorker(session, runs);
    const pageFigures = pages.length ? await measurePages(session, `${server.origin}/pages`, pages) : [];
    return { worker, pages: pageFigures };
  } finally {
    await session.close();
    await server.close();
  }
}
