/**
 * The options page as a user drives it: opened in a tab
 * (`chrome-extension://ID/options.html`, `moz-extension://UUID/options.html`),
 * a file chosen in its import input, the message it shows, the packs it lists
 * and their Remove buttons. Reads go through `data-testid`s: `import`,
 * `import-message`, `corpus-size`, `packs` / `pack`.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { evaluate, type ExtensionSession } from './browsers.ts';
import { poll } from './wait.ts';

export interface OptionsView {
  /** The `corpus-size` line, e.g. "8 reports, 71 statements · built 22 Nov 2026" ('' before it loads). */
  corpusSize: string;
  /** Reports and statements read from that line. */
  reports: number;
  statements: number;
  /** The text of each listed pack. */
  packs: string[];
  /** Every button on the page whose name says Remove (one per pack, none for the bundled reports). */
  removeButtons: string[];
  /** The import/remove message ('' when none), and whether it is shown as an error. */
  message: string;
  messageIsError: boolean;
  /** The message's list items, when it shows problems as a list. */
  messageItems: string[];
}

export async function readOptions(page: Page): Promise<OptionsView> {
  return evaluate(page, () => {
    const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const size = text(document.querySelector('[data-testid="corpus-size"]'));
    const m = /(\d+) reports?, (\d+) statements?/.exec(size);
    const msg = document.querySelector('[data-testid="import-message"]');
    return {
      corpusSize: size,
      reports: m ? Number(m[1]) : NaN,
      statements: m ? Number(m[2]) : NaN,
      packs: [...document.querySelectorAll('[data-testid="pack"]')].map(text),
      removeButtons: [...document.querySelectorAll('button')]
        .map((b) => `${b.getAttribute('aria-label') ?? ''} ${text(b)}`.trim())
        .filter((n) => /remove/i.test(n)),
      message: msg ? ((msg as HTMLElement).innerText ?? msg.textContent ?? '').trim() : '',
      messageIsError: !!msg && (msg.getAttribute('role') === 'alert' || /error/.test(msg.className)),
      messageItems: msg ? [...msg.querySelectorAll('li')].map(text) : [],
    };
  });
}

/** Polls `readOptions` until `done` holds; returns the last view (check it: this does not throw). */
export async function waitForOptions(
  page: Page,
  done: (v: OptionsView) => boolean,
  timeoutMs = 20_000,
): Promise<OptionsView> {
  return poll(() => readOptions(page), done, timeoutMs, 150);
}

/** Opens options.html in a new tab and waits until the corpus size is shown. */
export async function openOptions(session: ExtensionSession): Promise<{ page: Page; view: OptionsView }> {
  const page = await session.newPage();
  await session.gotoExtensionPage(page, 'options.html');
  const view = await waitForOptions(page, (v) => v.corpusSize !== '');
  return { page, view };
}

/**
 * Chooses `file` in the import input, as a user picking it in the file dialog,
 * and waits for the message that answers it (a new message, not the last one).
 */
export async function importThroughOptions(page: Page, file: string): Promise<OptionsView> {
  // Clear the last message so the next one is known to answer this file.
  const before = await readOptions(page);
  const input = (await page.$('[data-testid="import"]')) as ElementHandle<HTMLInputElement> | null;
  if (!input) throw new Error('options page: no [data-testid="import"] file input');
  await input.uploadFile(file);
  // The message can show before the corpus line and the pack list re-render: an import that
  // succeeded is waited for until both have changed (a Firefox run once read the old count).
  return waitForOptions(
    page,
    (v) =>
      v.message !== '' &&
      (v.message !== before.message || v.corpusSize !== before.corpusSize || v.packs.join() !== before.packs.join()) &&
      (v.messageIsError || (v.corpusSize !== before.corpusSize && v.packs.join() !== before.packs.join())),
  );
}

/** Clicks the Remove button of the listed pack whose text includes `name`; waits until it is gone from the list. */
export async function removeThroughOptions(page: Page, name: string): Promise<OptionsView> {
  const clicked = await evaluate(
    page,
    (n: string) => {
      const item = [...document.querySelectorAll('[data-testid="pack"]')].find((li) => (li.textContent ?? '').includes(n));
      const button = item?.querySelector('button');
      if (!button) return false;
      (button as HTMLButtonElement).click();
      return true;
    },
    name,
  );
  if (!clicked) throw new Error(`options page: no pack "${name}" with a Remove button`);
  return waitForOptions(page, (v) => !v.packs.some((p) => p.includes(name)));
}
