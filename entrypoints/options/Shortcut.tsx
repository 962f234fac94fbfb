/** The keyboard shortcut as the browser actually has it bound, and where to change it. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

const isFirefox = () => location.protocol === 'moz-extension:';

export function Shortcut() {
  const [binding, setBinding] = useState<{ shortcut: string; description: string } | null | 'unknown'>(null);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((all) => {
        const c = all.find((x) => x.name === 'toggle-marks');
        setBinding({ shortcut: c?.shortcut ?? '', description: c?.description ?? 'Show or hide the marks on the page' });
      })
      .catch(() => setBinding('unknown'));
  }, []);
  const where = isFirefox()
    ? 'To change it, open about:addons, click the gear menu and choose “Manage Extension Shortcuts”.'
    : 'To change it, open chrome://extensions/shortcuts.';
  return (
    <section aria-labelledby="keys">
      <h2 id="keys">Keyboard</h2>
      {binding === null ? (
        <p>Looking up the shortcut…</p>
      ) : binding === 'unknown' ? (
        <p data-testid="shortcut">The browser did not say which shortcut is set. {where}</p>
      ) : binding.shortcut ? (
        <p data-testid="shortcut">
          <kbd>{binding.shortcut}</kbd> — {binding.description}. {where}
        </p>
      ) : (
        <p data-testid="shortcut">
          No shortcut is set for “{binding.description}” (another extension may have taken it). {where}
        </p>
      )}
      <p>In the popup: Tab moves between the search box, the switches and each statement’s “Show on page”; Escape clears the search, then closes the popup.</p>
    </section>
  );
}
