/**
 * Which tab the popup speaks for, and whether the extension can run there.
 *
 * The extension asks only for `activeTab`, which shows the popup the active
 * tab's address when the user opens it — enough to recognise browser pages
 * (chrome://, about:, the web stores). When the address is not known (the
 * popup opened as `popup.html?tab=ID`, as the tests do), a tab the background
 * has heard nothing from is probed: a tab with no content script to answer is
 * one the browser keeps extensions out of, or one opened before the extension
 * was installed.
 */
import { browser } from 'wxt/browser';
import { callContent } from '../../src/platform/messaging.ts';

export interface PopupTab {
  id?: number;
  url?: string;
  /** True when the tab came from `?tab=`: the popup is then itself a tab and must not close itself. */
  explicit: boolean;
}

export async function currentTab(): Promise<PopupTab> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) {
    const id = Number(param);
    const tab = await browser.tabs.get(id).catch(() => undefined);
    return { id, url: tab?.url || undefined, explicit: true };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, url: tab?.url || undefined, explicit: false };
}

// Content scripts are refused on the stores' pages even though they are https.
const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** Why the extension cannot run on `url`, or null when it can (or the address is not known). */
export function blockedReason(url: string | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return `${u.protocol}// pages belong to the browser`;
  if (STORE_HOSTS.includes(u.hostname)) return `the browser keeps extensions off ${u.hostname}`;
  return null;
}

export function hostOf(url: string | undefined): string {
  if (!url || blockedReason(url)) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** True when a content script answers in the tab. */
export async function contentScriptAnswers(tabId: number): Promise<boolean> {
  // No statement has id -1: the content script answers "not found" and does nothing.
  return callContent(tabId, 'showStatement', { id: -1 }).then(
    () => true,
    () => false,
  );
}
