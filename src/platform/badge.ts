/** The toolbar badge: how many statements are marked on a tab. */
import { browser } from 'wxt/browser';

export interface Badge {
  show(tabId: number, count: number): void;
}

const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

export const badge: Badge = {
  show(tabId, count) {
    // After the answer: a look-up's reply goes out first, and the badge follows
    // in the next task (the first call of the action API in a fresh worker
    // took ~2–3 ms of a cold start's look-up).
    setTimeout(() => {
      const text = count > 0 ? String(count) : '';
      action()
        .setBadgeText({ tabId, text })
        .catch(() => undefined); // the tab may be gone
      if (count > 0) action().setBadgeBackgroundColor({ tabId, color: '#5b3cc4' }).catch(() => undefined);
    }, 0);
  },
};
