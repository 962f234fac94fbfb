/**
 * The toolbar popup: what the corpus says about the current tab's article,
 * statement by statement, and a search over the whole corpus.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings, TabState } from '../../src/messaging/protocol.ts';
import { callBackground } from '../../src/platform/messaging.ts';
import { StatementView } from './StatementView.tsx';
import { SearchBox } from './SearchBox.tsx';
import { StateMessage, type PopupView } from './StateMessage.tsx';
import { Switches } from './Switches.tsx';
import { blockedReason, contentScriptAnswers, currentTab, hostOf, type PopupTab } from './tab.ts';

const POLL_MS = 400;
/** How long a tab may stay silent before it is taken for one without a content script. */
const SILENT_MS = 1_500;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function App() {
  const [tab, setTab] = useState<PopupTab | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [silent, setSilent] = useState(false);
  /** Set when the user switched this site (or the pause) here: the page keeps what it had until reloaded. */
  const [needsReload, setNeedsReload] = useState<null | 'on' | 'off'>(null);
  const [announcement, setAnnouncement] = useState('');
  const [generation, setGeneration] = useState(0);
  const announceSeq = useRef(0);

  const announce = (text: string) => {
    // A repeated message must still be spoken: clear, then set on the next frame.
    const seq = ++announceSeq.current;
    setAnnouncement('');
    setTimeout(() => seq === announceSeq.current && setAnnouncement(text), 50);
  };

  useEffect(() => {
    currentTab().then((t) => {
      setTab(t);
      document.documentElement.dataset.mode = t.explicit ? 'tab' : 'popup';
    }, (e) => setError(`the popup could not tell which tab it is for (${message(e)})`));
    callBackground('getSettings', {}).then(setSettings, (e) => setError(`the extension's background did not answer (${message(e)})`));
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Escape in a field is handled there (it clears the search); elsewhere it closes a real popup.
      if (e.key !== 'Escape' || e.defaultPrevented || !tab || tab.explicit) return;
      window.close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [tab]);

  const blocked = blockedReason(tab?.url);

  useEffect(() => {
    if (tab?.id === undefined) return;
    const tabId = tab.id;
    let stop = false;
    let timer: ReturnType<typeof setTimeout>;
    const started = performance.now();
    setSilent(false);
    const poll = async () => {
      try {
        const s = await callBackground('tabState', { tabId });
        if (stop) return;
        setState(s);
        setError(null);
        if (s.status === 'not-loaded' && blocked) return;
        if (s.status === 'not-loaded' && performance.now() - started > SILENT_MS) {
          if (!(await contentScriptAnswers(tabId))) {
            if (!stop) setSilent(true);
            return;
          }
        }
        // Just after a reload the background may still hold the old page's state for a moment.
        const justReloaded = generation > 0 && performance.now() - started < 4_000;
        // Switched back on: the page's script starts reading again on its own; follow it.
        const resuming =
          (s.status === 'off' || s.status === 'paused') && !!settings && !settings.paused && !settings.disabledSites.includes(s.host) && performance.now() - started < 15_000;
        if (s.status === 'scanning' || s.status === 'not-loaded' || justReloaded || resuming) timer = setTimeout(poll, POLL_MS);
      } catch (e) {
        if (!stop) setError(`the extension's background did not answer (${message(e)})`);
      }
    };
    void poll();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [tab?.id, blocked, settings?.paused, settings?.disabledSites.join('\n'), generation]);

  const host = state?.host || hostOf(tab?.url);
  const siteOff = !!settings && !!host && settings.disabledSites.includes(host);

  async function update(patch: Partial<Settings>, change: 'on' | 'off', spoken: string) {
    try {
      setSettings(await callBackground('setSettings', patch));
      setNeedsReload(change);
      announce(spoken);
    } catch (e) {
      setError(`the setting was not saved (${message(e)})`);
    }
  }

  async function reload() {
    if (tab?.id === undefined) return;
    try {
      await browser.tabs.reload(tab.id);
      setNeedsReload(null);
      setState(null);
      setGeneration((g) => g + 1);
      announce('Reloading the page to check it.');
    } catch (e) {
      setError(`the page could not be reloaded (${message(e)})`);
    }
  }

  // What the background knows about the tab comes first: if a content script
  // reported from it, the extension runs there whatever its address looks like.
  const reported = state && state.status !== 'not-loaded' ? state : null;
  const view: PopupView = error
    ? { kind: 'error', message: error }
    : settings?.paused
      ? { kind: 'paused' }
      : siteOff
        ? { kind: 'off', host }
        : reported?.status === 'off' || reported?.status === 'paused'
          ? { kind: 'stale-off' }
          : reported
            ? { kind: 'tab', state: reported }
            : blocked
              ? { kind: 'unsupported', reason: blocked }
              : silent
                ? { kind: 'silent', urlKnown: !!tab?.url }
                : state
                  ? { kind: 'tab', state }
                  : { kind: 'loading' };

  const showList = view.kind === 'tab';
  const statements = showList ? (state?.statements ?? []) : [];
  return (
    <main class="popup">
      <header class="bar">
        <h1>Second Source</h1>
        {settings && (
          <Switches
            host={blocked && !reported ? '' : host}
            siteOn={!siteOff}
            paused={settings.paused}
            onSite={(on) =>
              update(
                { disabledSites: on ? settings.disabledSites.filter((h) => h !== host) : [...settings.disabledSites, host] },
                on ? 'on' : 'off',
                on ? `Switched on for ${host}.` : `Switched off for ${host}.`,
              )
            }
            onPause={(paused) => update({ paused }, paused ? 'off' : 'on', paused ? 'Paused everywhere.' : 'Running again.')}
          />
        )}
      </header>

      <SearchBox announce={announce} />

      <div aria-live="polite" class="live">
        <StateMessage view={view} needsReload={needsReload} onReload={tab?.id !== undefined && (!blocked || reported) ? reload : undefined} />
      </div>
      {statements.length > 0 && (
        <ol class="statements" aria-label="Marked statements, in page order">
          {statements.map((s) => (
            <StatementView key={s.id} statement={s} tabId={tab?.id} announce={announce} />
          ))}
        </ol>
      )}
      <p class="visually-hidden" role="status" data-testid="announce">
        {announcement}
      </p>
      <footer class="foot">
        Nothing leaves your browser: the corpus and the matching run here.{' '}
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          Options
        </a>
      </footer>
    </main>
  );
}
