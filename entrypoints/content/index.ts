/**
 * The content script: reads the article, asks the background what the corpus
 * says about its sentences, marks them in place. Does nothing at all on a
 * switched-off site or while the global pause is on.
 */
import './style.css';
import { browser } from 'wxt/browser';
import { Scanner } from '../../src/page/scanner.ts';
import { FLASH } from '../../src/page/marks.ts';
import { callBackground, listenAsContent } from '../../src/platform/messaging.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    if (!('highlights' in CSS)) return; // no Custom Highlight API: mark nothing rather than wrap the page's text
    const pageKey = () => location.href.replace(/#.*$/, '');
    const host = location.hostname;

    const settings = await callBackground('getSettings', {}).catch(() => null);
    if (!settings || settings.paused || settings.disabledSites.includes(host)) {
      await callBackground('pageStatus', { page: pageKey(), host, status: 'off' }).catch(() => undefined);
      return;
    }

    let scanner = newScanner();
    function newScanner() {
      return new Scanner({
        signal: ctx.signal,
        lookup: async (sentences) => (await callBackground('lookup', { page: pageKey(), host, sentences })).marked,
        status: async (status, reset) => {
          await callBackground('pageStatus', { page: pageKey(), host, status, reset });
        },
      });
    }

    const stopListening = listenAsContent({
      async showStatement({ id }) {
        const mark = scanner.marks.get(id);
        if (!mark) return { found: false };
        const el = mark.range.startContainer.parentElement;
        el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
        const flash = new Highlight(mark.range);
        CSS.highlights.set(FLASH, flash);
        setTimeout(() => CSS.highlights.get(FLASH) === flash && CSS.highlights.delete(FLASH), 1600);
        return { found: true };
      },
      async toggleMarks() {
        return { visible: scanner.marks.toggle() };
      },
    });
    ctx.onInvalidated(() => {
      stopListening();
      scanner.dispose();
    });

    // Single-page navigation: the old article's marks go, the new one is read.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      scanner.dispose();
      scanner = newScanner();
      void callBackground('pageStatus', { page: pageKey(), host, status: 'scanning', reset: true })
        .then(() => scanner.scan())
        .catch(() => undefined);
    });

    await scanner.scan().catch((e) => console.warn('[second-source] scan failed:', e));
    void browser; // keeps the import for the type of `browser` in this entry
  },
});
