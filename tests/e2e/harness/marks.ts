/**
 * Reading what the content script marked: the CSS Custom Highlight API keeps
 * one Highlight per relation in `CSS.highlights` (a per-document registry, so
 * the page's main world sees the ranges the content script's world set), and
 * each entry is a Range over one statement.
 */
import type { Page } from 'puppeteer-core';
import { evaluate, type ExtensionSession } from './browsers.ts';

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
}

export interface SettleOptions {
  /** How long marks and badge must stay unchanged. */
  quietMs?: number;
  timeoutMs?: number;
  pollMs?: number;
}

/**
 * Opens `url` in a new tab and waits until the marks and the badge have stayed
 * the same for `quietMs` (the content script scans, asks the background, then
 * marks; the background then sets the badge). A page with nothing to mark
 * settles after the quiet time.
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

export async function waitForSettle(
  session: ExtensionSession,
  page: Page,
  tabId: number,
  { quietMs = 1500, timeoutMs = 20_000, pollMs = 150 }: SettleOptions = {},
): Promise<{ marks: Marks; badge: string; settled: boolean }> {
  const start = performance.now();
  let last = '';
  let since = start;
  let marks = await readMarks(page);
  let badge = await session.badgeText(tabId);
  for (;;) {
    const key = JSON.stringify([marks.agree, marks.conflict, marks.related, badge]);
    const now = performance.now();
    if (key !== last) {
      last = key;
      since = now;
    } else if (now - since >= quietMs) {
      return { marks, badge, settled: true };
    }
    if (now - start > timeoutMs) return { marks, badge, settled: false };
    await new Promise((r) => setTimeout(r, pollMs));
    marks = await readMarks(page);
    badge = await session.badgeText(tabId);
  }
}
