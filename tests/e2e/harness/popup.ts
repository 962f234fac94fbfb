/**
 * The popup, opened in a tab as `popup.html?tab=ID` so it shows the state of
 * that tab (a popup opened as a tab would otherwise see itself as the active
 * tab). It renders one `[data-testid="statement"]` per marked statement and,
 * inside, one `[data-testid="match"]` per related or conflicting report with
 * `data-relation` and `data-report`.
 */
import type { Page } from 'puppeteer-core';
import { evaluate, type ExtensionSession } from './browsers.ts';

export interface PopupMatch {
  relation: string;
  report: string;
  text: string;
}
export interface PopupStatement {
  text: string;
  matches: PopupMatch[];
}

export async function readPopup(page: Page): Promise<PopupStatement[]> {
  return evaluate(page, () => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    return [...document.querySelectorAll('[data-testid="statement"]')].map((el) => {
      const own = el.querySelector('[data-testid="statement-text"], .statement-text');
      let text: string;
      if (own) text = own.textContent ?? '';
      else {
        const copy = el.cloneNode(true) as Element;
        copy.querySelectorAll('[data-testid="match"]').forEach((m) => m.remove());
        text = copy.textContent ?? '';
      }
      const matches = [...el.querySelectorAll('[data-testid="match"]')].map((m) => ({
        relation: m.getAttribute('data-relation') ?? '',
        report: m.getAttribute('data-report') ?? '',
        text: norm(m.textContent ?? ''),
      }));
      return { text: norm(text), matches };
    });
  });
}

export interface OpenPopupOptions {
  /** Wait until at least this many statements are listed (or the time is up). */
  minStatements?: number;
  quietMs?: number;
  timeoutMs?: number;
  viewport?: { width: number; height: number };
}

/** Opens `popup.html?tab=ID` in a new tab and waits until its list stops changing. */
export async function openPopup(
  session: ExtensionSession,
  tabId: number,
  { minStatements = 0, quietMs = 700, timeoutMs = 15_000, viewport = { width: 420, height: 640 } }: OpenPopupOptions = {},
): Promise<{ page: Page; statements: PopupStatement[]; settled: boolean }> {
  const page = await session.newPage();
  await page.setViewport(viewport);
  await session.gotoExtensionPage(page, `popup.html?tab=${tabId}`);
  const start = performance.now();
  let last = '';
  let since = start;
  for (;;) {
    const statements = await readPopup(page);
    const key = JSON.stringify(statements);
    const now = performance.now();
    if (key !== last) {
      last = key;
      since = now;
    } else if (now - since >= quietMs && statements.length >= minStatements) {
      return { page, statements, settled: true };
    }
    if (now - start > timeoutMs) return { page, statements, settled: false };
    await new Promise((r) => setTimeout(r, 150));
  }
}
