/**
 * The background worker: owns the corpus (bundled + imported packs), answers
 * look-ups from content scripts, keeps each tab's marked statements for the
 * popup and the badge, and stores settings and packs.
 */
import { browser } from 'wxt/browser';
import { createBackgroundService } from '../src/background/service.ts';
import { browserStore } from '../src/platform/store.ts';
import { listenAsBackground } from '../src/platform/messaging.ts';
import { badge } from '../src/platform/badge.ts';
import { callContent } from '../src/platform/messaging.ts';
import { CORPUS_FILE, loadPackagedCorpus, STANCE_FILE } from '../src/background/packaged-corpus.ts';
import { readPackagedBytes, readPackagedJson } from '../src/platform/packaged.ts';
import { installKnownLiterals } from '../src/text/literals.ts';
import knownLiterals from '../.generated/known-literals.json';

// The words each guarded pattern needs, worked out by this build (src/text/literals.ts): not read from the patterns at every start.
installKnownLiterals(knownLiterals);

export default defineBackground(() => {
  performance.mark('second-source:worker-start');
  const service = createBackgroundService({
    store: browserStore(),
    badge,
    // Trace marks (read by `npm run bench`): where a cold start's time goes.
    // The corpus and the stance model are files of the package, read side by side (packaged-corpus.ts).
    loadCorpus: async () => {
      const [bundle, stance] = await Promise.all([readPackagedJson(CORPUS_FILE), readPackagedBytes(STANCE_FILE)]);
      performance.mark('second-source:corpus-read');
      const corpus = loadPackagedCorpus(bundle, stance);
      performance.mark('second-source:corpus-ready');
      return corpus;
    },
  });
  listenAsBackground({
    ...service.handlers,
    // Chrome opens the real popup from here; Firefox refuses without a user
    // gesture in the background's own event, so the popup page opens in a
    // tab next to the page instead (it reads the tab from ?tab=).
    async openPopup(_request, sender) {
      if (sender.tabId === undefined) throw new Error('openPopup comes from a page tab only');
      const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
      try {
        await action.openPopup();
        return { opened: 'popup' as const };
      } catch {
        await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${sender.tabId}`), openerTabId: sender.tabId });
        return { opened: 'tab' as const };
      }
    },
  });

  // A tab that navigates or closes loses its marks and its badge.
  // Without the `tabs` permission `change.url` is never given, so any load
  // (navigation or reload) clears the tab; the new page's script reports in.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') service.forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => service.forgetTab(tabId));

  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-marks') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await callContent(tab.id, 'toggleMarks', {}).catch(() => undefined);
  });
});
