/**
 * The content script: reads the article, asks the background what the corpus
 * says about its sentences, marks them in place, and shows the card over a
 * marked sentence. Does nothing at all — no observer, no listener — on a
 * switched-off site or while the global pause is on.
 */
import './style.css';
import markCss from './style.css?raw';
import { Scanner } from '../../src/page/scanner.ts';
import { sameOriginDocument } from '../../src/page/extract.ts';
import { FLASH } from '../../src/page/marks.ts';
import { watchPage } from '../../src/page/watch.ts';
import { installOverlay } from '../../src/overlay/overlay.ts';
import { browser } from 'wxt/browser';
import { callBackground, listenAsContent } from '../../src/platform/messaging.ts';

/** Performance-timeline marks: what the e2e tests and the bench read to find each scan. */
const trace = (name: string) => performance.mark(`second-source:${name}`);

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    if (!('highlights' in CSS)) return; // no Custom Highlight API: mark nothing rather than wrap the page's text
    const pageKey = () => location.href.replace(/#.*$/, '');
    const host = location.hostname;

    type Switches = { paused?: unknown; disabledSites?: unknown };
    const isOff = (s: Switches) => s.paused === true || (Array.isArray(s.disabledSites) && s.disabledSites.includes(host));
    const settings = await callBackground('getSettings', {}).catch(() => null);
    if (!settings) return; // the background cannot be reached (the extension is going away)

    // Switched off or paused from the popup while the page is open: the marks,
    // the card and the observer go at once; switched back on, the page is read
    // again. Off, only this listener stays: no scan, no observer.
    let running = isOff(settings) ? null : start();
    if (!running) await callBackground('pageStatus', { page: pageKey(), host, status: 'off' }).catch(() => undefined);
    const onSettings = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const next = area === 'local' ? (changes['settings']?.newValue as Switches | undefined) : undefined;
      if (!next || ctx.isInvalid) return;
      if (isOff(next) && running) {
        running.stop();
        running = null;
        void callBackground('pageStatus', { page: pageKey(), host, status: 'off', reset: true }).catch(() => undefined);
      } else if (!isOff(next) && !running) {
        running = start();
      }
    };
    browser.storage.onChanged.addListener(onSettings);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onSettings));

    /** Reads and marks the page, watches it for new text, shows the card; `stop` undoes all of it. */
    function start(): { stop(): void } {
      trace('start');
      const live = new AbortController();
      const signal = AbortSignal.any([ctx.signal, live.signal]);

      // A shadow root or iframe holding a mark gets the marks' styles (document rules do not reach into it).
      const styleTree = (tree: ShadowRoot | Document) => {
        try {
          const win = (tree.nodeType === 9 ? (tree as Document) : tree.ownerDocument)?.defaultView as (Window & typeof globalThis) | null;
          const sheet = new (win ?? window).CSSStyleSheet();
          sheet.replaceSync(markCss);
          tree.adoptedStyleSheets = [...tree.adoptedStyleSheets, sheet];
        } catch {
          // A tree that refuses sheets keeps its marks registered, only unstyled.
        }
      };

      let scanner: Scanner;
      const overlay = installOverlay({
        signal,
        marks: () => scanner.marks,
        async openPopup(statement) {
          try {
            await callBackground('openPopup', { statement });
            return undefined;
          } catch {
            return 'The popup could not be opened from here: click the Second Source button in the toolbar.';
          }
        },
      });
      const watcher = watchPage(document.documentElement, {
        signal,
        ignore: (n) => overlay.isOurs(n),
        flush: (nodes) => {
          trace('rescan');
          void scanner.scanNodes(nodes).then(() => trace('rescan-end'), report);
        },
      });
      // A failed scan is told to the popup (which says what to do), not only logged.
      const report = (e: unknown) => {
        if (ctx.isInvalid) return;
        console.warn('[second-source] scan failed:', e);
        const error = (e instanceof Error ? e.message : String(e)).slice(0, 500);
        void callBackground('pageStatus', { page: pageKey(), host, status: 'error', error }).catch(() => undefined);
      };

      // Each scanner stops with its page: lookups still under way for a page left behind mark nothing.
      let stopScanner = new AbortController();
      function newScanner() {
        stopScanner.abort();
        stopScanner = new AbortController();
        return new Scanner({
          signal: AbortSignal.any([signal, stopScanner.signal]),
          lookup: async (sentences, context, last) => (await callBackground('lookup', { page: pageKey(), host, sentences, context, ...(last ? { last } : {}) })).marked,
          status: async (status, reset) => {
            await callBackground('pageStatus', { page: pageKey(), host, status, reset });
          },
          onShadowRoot: (root) => watcher.observe(root),
          marks: { style: styleTree },
        });
      }
      scanner = newScanner();

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
          const visible = scanner.marks.toggle();
          if (!visible) overlay.close();
          return { visible };
        },
      });
      ctx.onInvalidated(() => {
        stopListening();
        scanner.dispose();
      });



      // Single-page navigation: the old article's marks go, the new one is read.
      ctx.addEventListener(window, 'wxt:locationchange', () => {
        if (signal.aborted) return;
        overlay.close();
        const visible = scanner.marks.shown;
        scanner.dispose();
        scanner = newScanner();
        if (!visible) scanner.marks.toggle();
        trace('navigate');
        void callBackground('pageStatus', { page: pageKey(), host, status: 'scanning', reset: true })
          .then(() => scanner.scan())
          .then(() => trace('scan-end'), report);
      });

      void scanner.scan().then(() => trace('scan-end'), report);
      // An article in a same-origin iframe may load after this script ran:
      // read again when such a frame loads (only blocks not seen before are looked up).
      for (const frame of document.querySelectorAll('iframe')) {
        frame.addEventListener(
          'load',
          () => {
            if (!sameOriginDocument(frame)) return;
            trace('rescan');
            void scanner.scan().then(() => trace('rescan-end'), report);
          },
          { signal },
        );
      }
      return {
        stop() {
          live.abort();
          overlay.close();
          stopListening();
          scanner.dispose();
        },
      };
    }
  },
});
