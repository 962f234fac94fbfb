/** Options: how sure a match must be, which relations are marked, the corpus and its packs, privacy. */
import { useEffect, useState } from 'preact/hooks';
import type { CorpusInfo, Settings } from '../../src/messaging/protocol.ts';
import { callBackground } from '../../src/platform/messaging.ts';
import { formatDate } from '../../src/ui/format.ts';

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [info, setInfo] = useState<CorpusInfo | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const refresh = () => callBackground('corpusInfo', {}).then(setInfo, (e) => setMessage({ kind: 'error', text: String(e.message ?? e) }));
  useEffect(() => {
    callBackground('getSettings', {}).then(setSettings);
    void refresh();
  }, []);

  async function update(patch: Partial<Settings>) {
    setSettings(await callBackground('setSettings', patch));
  }

  async function importFile(file: File) {
    setMessage(null);
    try {
      const r = await callBackground('importPack', { fileName: file.name, text: await file.text() });
      setMessage({ kind: 'ok', text: `Imported “${r.name}”: ${r.reports} reports, ${r.statements} statements added.` });
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
    void refresh();
  }

  async function remove(packId: string) {
    await callBackground('removePack', { packId }).catch((e) => setMessage({ kind: 'error', text: String(e.message ?? e) }));
    void refresh();
  }

  return (
    <main class="popup options">
      <h1>Second Source — options</h1>
      {settings && (
        <section aria-labelledby="marking">
          <h2 id="marking">Marking</h2>
          <label>
            How sure a match must be before it is marked: <strong data-testid="threshold-value">{Math.round(settings.threshold * 100)}%</strong>
            <input
              type="range"
              min="0.3"
              max="0.95"
              step="0.05"
              value={settings.threshold}
              onChange={(e) => update({ threshold: Number((e.currentTarget as HTMLInputElement).value) })}
            />
          </label>
          <fieldset>
            <legend>Relations marked on the page</legend>
            {(['agree', 'conflict', 'related'] as const).map((r) => (
              <label key={r} class="switch">
                <input type="checkbox" checked={settings.relations[r]} onChange={(e) => update({ relations: { ...settings.relations, [r]: (e.currentTarget as HTMLInputElement).checked } })} />
                <span>{r === 'agree' ? 'Agree' : r === 'conflict' ? 'Conflict' : 'Related'}</span>
              </label>
            ))}
          </fieldset>
        </section>
      )}
      <section aria-labelledby="corpus">
        <h2 id="corpus">Corpus</h2>
        {info && (
          <>
            <p data-testid="corpus-size">
              {info.reports} reports, {info.statements} statements · built {formatDate(info.builtAt)}
            </p>
            <ul>
              {info.outlets.map((o) => (
                <li key={o.outlet}>
                  {o.outlet}: {o.reports}
                </li>
              ))}
            </ul>
            <h3>Packs you added</h3>
            {info.packs.length === 0 ? (
              <p>None. The bundled reports cannot be removed.</p>
            ) : (
              <ul data-testid="packs">
                {info.packs.map((p) => (
                  <li key={p.id} data-testid="pack">
                    {p.name} — {p.reports} reports, {p.statements} statements, added {formatDate(p.importedAt)}{' '}
                    <button type="button" onClick={() => remove(p.id)}>
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        <label>
          Import a corpus pack (JSON, or schema.org ClaimReview):{' '}
          <input type="file" accept=".json,application/json,application/ld+json" data-testid="import" onChange={(e) => { const f = (e.currentTarget as HTMLInputElement).files?.[0]; if (f) void importFile(f); }} />
        </label>
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
      </section>
      <section aria-labelledby="keys">
        <h2 id="keys">Keyboard</h2>
        <p>Alt+Shift+M shows or hides the marks on the page (change it in the browser's extension shortcuts).</p>
      </section>
      <section aria-labelledby="privacy">
        <h2 id="privacy">Privacy</h2>
        <p>Nothing leaves your browser. The corpus, the index and the matching all run in the extension; it makes no network request at all — no page text, address or search is ever sent anywhere.</p>
      </section>
    </main>
  );
}
