/** Options: how sure a match must be, which relations are marked, the corpus and its packs, the shortcut, privacy. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type CorpusInfo, type Settings } from '../../src/messaging/protocol.ts';
import { callBackground } from '../../src/platform/messaging.ts';
import { formatDate, plural } from '../../src/ui/format.ts';
import { Shortcut } from './Shortcut.tsx';

const RELATIONS = [
  { key: 'agree', label: 'Agree', hint: 'another report says the same (green, solid underline)' },
  { key: 'conflict', label: 'Conflict', hint: 'another report says otherwise (red, wavy underline)' },
  { key: 'related', label: 'Related', hint: 'another report is on the same subject (blue, dotted underline)' },
] as const;

const pct = (x: number) => `${Math.round(x * 100)}%`;
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [info, setInfo] = useState<CorpusInfo | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [saved, setSaved] = useState('');
  const [loadError, setLoadError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = () => callBackground('corpusInfo', {}).then(setInfo, (e) => setMessage({ kind: 'error', text: errorText(e) }));
  useEffect(() => {
    callBackground('getSettings', {}).then(setSettings, (e) => setLoadError(errorText(e)));
    void refresh();
  }, []);

  async function update(patch: Partial<Settings>, said: string) {
    try {
      setSettings(await callBackground('setSettings', patch));
      setSaved(`Saved: ${said}. Pages opened from now on use it.`);
    } catch (e) {
      setSaved(`Not saved: ${errorText(e)}`);
    }
  }

  async function importFile(file: File) {
    setMessage(null);
    try {
      const r = await callBackground('importPack', { fileName: file.name, text: await file.text() });
      setMessage({ kind: 'ok', text: `Imported “${r.name}”: ${plural(r.reports, 'report')}, ${plural(r.statements, 'statement')} added.` });
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    }
    if (fileInput.current) fileInput.current.value = '';
    void refresh();
  }

  async function remove(packId: string, name: string) {
    try {
      await callBackground('removePack', { packId });
      setMessage({ kind: 'ok', text: `Removed “${name}”.` });
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    }
    void refresh();
  }

  return (
    <main class="page options">
      <h1>Second Source — options</h1>
      {loadError && (
        <p class="state state-error" role="alert">
          The settings could not be read: {loadError}. Reload this page; if it happens again, turn the extension off and on in the browser’s extensions page.
        </p>
      )}
      {settings && (
        <section aria-labelledby="marking">
          <h2 id="marking">Marking</h2>
          <label class="field" for="threshold">
            How sure a match must be before it is marked: <strong data-testid="threshold-value">{pct(settings.threshold)}</strong>
          </label>
          <input
            id="threshold"
            data-testid="threshold"
            type="range"
            min="0.3"
            max="0.95"
            step="0.05"
            value={settings.threshold}
            aria-valuetext={pct(settings.threshold)}
            aria-describedby="threshold-help"
            onChange={(e) => {
              const v = Number((e.currentTarget as HTMLInputElement).value);
              void update({ threshold: v }, `marks need ${pct(v)}`);
            }}
          />
          <p id="threshold-help" class="help">
            Lower marks more statements, with more loose matches among them; higher marks fewer, only the close ones. The default, {pct(DEFAULT_SETTINGS.threshold)},
            keeps most wrong marks out without hiding clear agreements and contradictions.{' '}
            {settings.threshold !== DEFAULT_SETTINGS.threshold && (
              <button type="button" class="button-quiet" data-testid="threshold-reset" onClick={() => update({ threshold: DEFAULT_SETTINGS.threshold }, `back to the default, ${pct(DEFAULT_SETTINGS.threshold)}`)}>
                Back to {pct(DEFAULT_SETTINGS.threshold)}
              </button>
            )}
          </p>
          <fieldset>
            <legend>Relations marked on the page</legend>
            {RELATIONS.map((r) => (
              <label key={r.key} class="switch">
                <input
                  type="checkbox"
                  data-testid={`relation-${r.key}`}
                  checked={settings.relations[r.key]}
                  onChange={(e) => {
                    const on = (e.currentTarget as HTMLInputElement).checked;
                    void update({ relations: { ...settings.relations, [r.key]: on } }, `${r.label} ${on ? 'marked' : 'not marked'}`);
                  }}
                />
                <span>
                  <strong>{r.label}</strong> — {r.hint}
                </span>
              </label>
            ))}
          </fieldset>
          <p role="status" class="help" data-testid="saved">
            {saved}
          </p>
        </section>
      )}
      <section aria-labelledby="corpus">
        <h2 id="corpus">Corpus</h2>
        {info && (
          <>
            <p data-testid="corpus-size">
              {plural(info.reports, 'report')}, {plural(info.statements, 'statement')} · built {formatDate(info.builtAt)}
            </p>
            <table class="outlets" data-testid="outlets">
              <caption class="visually-hidden">Reports per outlet</caption>
              <thead>
                <tr>
                  <th scope="col">Outlet</th>
                  <th scope="col">Reports</th>
                </tr>
              </thead>
              <tbody>
                {info.outlets.map((o) => (
                  <tr key={o.outlet}>
                    <td>{o.outlet}</td>
                    <td class="num">{o.reports}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3>Packs you added</h3>
            {info.packs.length === 0 ? (
              <p>None yet. The bundled reports cannot be removed.</p>
            ) : (
              <ul data-testid="packs" class="packs">
                {info.packs.map((p) => (
                  <li key={p.id} data-testid="pack">
                    <span>
                      <strong>{p.name}</strong> — {plural(p.reports, 'report')},{' '}
                      {p.notLoaded ? 'not loaded' : plural(p.statements, 'statement')}, added {formatDate(p.importedAt)}
                      {p.notLoaded && (
                        <span class="pack-problem" data-testid="pack-not-loaded">
                          {' '}
                          — not in the corpus: {p.notLoaded}. Remove it, or import a version with other ids.
                        </span>
                      )}
                    </span>{' '}
                    <button type="button" class="button-quiet" onClick={() => remove(p.id, p.name)} aria-label={`Remove ${p.name}`}>
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        <label class="field" for="import">
          Import a corpus pack (JSON, or schema.org ClaimReview)
        </label>
        <input
          id="import"
          ref={fileInput}
          type="file"
          accept=".json,application/json,application/ld+json"
          data-testid="import"
          onChange={(e) => {
            const f = (e.currentTarget as HTMLInputElement).files?.[0];
            if (f) void importFile(f);
          }}
        />
        <div aria-live="polite">
          {message && (
            <div role={message.kind === 'error' ? 'alert' : 'status'} class={`state state-${message.kind}`} data-testid="import-message">
              {/* The first line says what happened; "• " lines (a refused pack's problems: field and reason) are listed. Text only. */}
              <p class="state-text">{message.text.split('\n')[0]}</p>
              {message.text.includes('\n') && (
                <ul class="state-detail" data-testid="import-problems">
                  {message.text.split('\n').slice(1).filter(Boolean).map((line, i) => (
                    <li key={i}>{line.replace(/^• /, '')}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
      </section>
      <Shortcut />
      <section aria-labelledby="privacy">
        <h2 id="privacy">Privacy</h2>
        <p data-testid="privacy">
          Nothing leaves your browser. The corpus, its index and the matching all run inside the extension, which makes no network request at all: no page text,
          address or search is sent anywhere, and there is no account, analytics or update check of its own. Settings and imported packs are kept in the
          browser’s extension storage on this computer.
        </p>
      </section>
    </main>
  );
}
