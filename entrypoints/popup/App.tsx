/**
 * The toolbar popup: what the corpus says about the current tab's article,
 * statement by statement, and a search over the whole corpus.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings, TabState } from '../../src/messaging/protocol.ts';
import { callBackground } from '../../src/platform/messaging.ts';
import { StatementView } from './StatementView.tsx';
import { SearchBox } from './SearchBox.tsx';
import { StateMessage } from './StateMessage.tsx';

async function currentTab(): Promise<{ id?: number; url?: string }> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return { id: Number(param) };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, url: tab?.url };
}

export function App() {
  const [tab, setTab] = useState<{ id?: number; url?: string } | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    currentTab().then(setTab, (e) => setError(String(e)));
    callBackground('getSettings', {}).then(setSettings, (e) => setError(String(e)));
  }, []);

  useEffect(() => {
    if (tab?.id === undefined) return;
    let stop = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const s = await callBackground('tabState', { tabId: tab.id! });
        if (stop) return;
        setState(s);
        setError(null);
        if (s.status === 'scanning' || s.status === 'not-loaded') timer = setTimeout(poll, 500);
      } catch (e) {
        if (!stop) setError(e instanceof Error ? e.message : String(e));
      }
    };
    void poll();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [tab?.id, settings?.paused, settings?.disabledSites.join(',')]);

  const host = state?.host || (tab?.url && /^https?:/.test(tab.url) ? new URL(tab.url).hostname : '');
  const unsupported = !!tab?.url && !/^https?:/.test(tab.url);
  const siteOff = !!settings && !!host && settings.disabledSites.includes(host);

  async function update(patch: Partial<Settings>) {
    try {
      setSettings(await callBackground('setSettings', patch));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const statements = state?.statements ?? [];
  return (
    <main class="popup">
      <header class="bar">
        <h1>Second Source</h1>
        {settings && (
          <div class="switches">
            {host && (
              <label class="switch">
                <input
                  type="checkbox"
                  checked={!siteOff}
                  onChange={(e) =>
                    update({
                      disabledSites: (e.currentTarget as HTMLInputElement).checked
                        ? settings.disabledSites.filter((h) => h !== host)
                        : [...settings.disabledSites, host],
                    })
                  }
                />
                <span>On {host}</span>
              </label>
            )}
            <label class="switch">
              <input type="checkbox" checked={settings.paused} onChange={(e) => update({ paused: (e.currentTarget as HTMLInputElement).checked })} />
              <span>Pause everywhere</span>
            </label>
          </div>
        )}
      </header>

      <SearchBox />

      <section aria-live="polite" aria-busy={state?.status === 'scanning'}>
        <StateMessage state={state} error={error} unsupported={unsupported} siteOff={siteOff} paused={!!settings?.paused} />
        {statements.length > 0 && (
          <ol class="statements" aria-label="Marked statements, in page order">
            {statements.map((s) => (
              <StatementView key={s.id} statement={s} tabId={tab?.id} />
            ))}
          </ol>
        )}
      </section>
      <footer class="foot">Nothing leaves your browser: the corpus and the matching run here.</footer>
    </main>
  );
}
