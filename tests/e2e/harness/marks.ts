/**
 * Reading what the content script marked: the CSS Custom Highlight API keeps
 * one Highlight per relation in `CSS.highlights` (a per-document registry, so
 * the page's main world sees the ranges the content script's world set), and
 * each entry is a Range over one statement.
 */
import type { Page } from 'puppeteer-core';
import { evaluate, type ExtensionSession } from './browsers.ts';
import { callBackground } from './background.ts';

export type Relation = 'agree' | 'conflict' | 'related';
export const RELATIONS: readonly Relation[] = ['agree', 'conflict', 'related'];
export const HIGHLIGHT_NAMES: Record<Relation, string> = {
  agree: 'second-source-agree',
  conflict: 'second-source-conflict',
  related: 'second-source-related',
};

export interface Marks {
  /** Marked text per relation, whitespace collapsed, in document order. */
  agree: string[];
  conflict: string[];
  related: string[];
  /** Every highlight name registered on the page (ours and any other). */
  names: string[];
  /** False when the browser has no CSS Custom Highlight API. */
  supported: boolean;
}

export const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

export async function readMarks(page: Page): Promise<Marks> {
  return evaluate(
    page,
    (names: Record<string, string>) => {
      const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
      const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS?.highlights;
      const out: Record<string, unknown> = { supported: !!registry, names: registry ? [...registry.keys()] : [] };
      for (const [relation, name] of Object.entries(names)) {
        const h = registry?.get(name);
        const ranges = h ? [...h] : [];
        ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
        out[relation] = ranges.map((r) => norm(r.toString())).filter((t) => t.length > 0);
      }
      return out as unknown as Marks;
    },
    HIGHLIGHT_NAMES,
  );
}

/** The distinct marked statements on the page, whatever their relation. */
export function markedStatements(marks: Marks): string[] {
  return [...new Set([...marks.agree, ...marks.conflict, ...marks.related])];
}

export interface SettledPage {
  page: Page;
  url: string;
  tabId: number;
  marks: Marks;
  badge: string;
  /** From navigation start until marks and badge stopped changing. */
  settleMs: number;
  /** False when they were still changing at the time limit. */
  settled: boolean;
  /** The background's status for the tab when the wait ended (`unknown` when it could not be read). */
  status: string;
}

export interface SettleOptions {
  /** How long marks and badge must stay unchanged. */
  quietMs?: number;
  timeoutMs?: number;
  pollMs?: number;
  /** How long to wait for the background to report the scan finished before the quiet time alone decides. */
  statusWaitMs?: number;
}

/**
 * Opens `url` in a new tab and waits until the scan has finished and the marks
 * and the badge have stayed the same for `quietMs` (the content script scans,
 * asks the background, then marks; the background sets the badge). See
 * `waitForSettle`.
 */
export async function openAndSettle(
  session: ExtensionSession,
  url: string,
  options: SettleOptions = {},
): Promise<SettledPage> {
  const t0 = performance.now();
  const page = await session.newPage(url);
  const tabId = await session.tabIdOf(page);
  const settled = await waitForSettle(session, page, tabId, options);
  return { page, url, tabId, ...settled, settleMs: performance.now() - t0 };
}

/** Tab states after which the content script sends nothing more for the page. */
const FINAL_STATES = new Set(['done', 'no-article', 'off', 'paused', 'unsupported', 'error']);

/**
 * Waits until the background reports the page's scan finished (tabState
 * status `done`, `no-article`, …) and the marks and the badge have then stayed
 * the same for `quietMs`. On a slow or busy machine the first look-up (which
 * loads the corpus) can take longer than any fixed quiet time; the status
 * keeps the wait from ending before the marks arrive. If the status cannot be
 * read, the quiet time alone decides.
 */
export async function waitForSettle(
  session: ExtensionSession,
  page: Page,
  tabId: number,
  { quietMs = 1000, timeoutMs = 30_000, pollMs = 150, statusWaitMs = 10_000 }: SettleOptions = {},
): Promise<{ marks: Marks; badge: string; settled: boolean; status: string }> {
  const start = performance.now();
  let last = '';
  let since = start;
  const status = async () => {
    try {
      return (await callBackground(session, 'tabState', { tabId })).status as string;
    } catch {
      return 'unknown';
    }
  };
  for (;;) {
    const [marks, badge, state] = [await readMarks(page), await session.badgeText(tabId), await status()];
    // A page whose scan never reports finished (no content script, a page
    // that keeps loading) falls back to the quiet time after `statusWaitMs`.
    const final = FINAL_STATES.has(state) || state === 'unknown' || performance.now() - start > statusWaitMs;
    const key = JSON.stringify([marks.agree, marks.conflict, marks.related, badge, state]);
    const now = performance.now();
    if (key !== last) {
      last = key;
      since = now;
    } else if (final && now - since >= quietMs) {
      return { marks, badge, settled: true, status: state };
    }
    if (now - start > timeoutMs) return { marks, badge, settled: false, status: state };
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
