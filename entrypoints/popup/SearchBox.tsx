/** Searches the whole corpus (prefix and fuzzy), on any tab. */
import { useEffect, useState } from 'preact/hooks';
import * as z from 'zod/mini';
import { SearchHitSchema } from '../../src/messaging/protocol.ts';
import { callBackground } from '../../src/platform/messaging.ts';
import { formatDate, outletName } from '../../src/ui/format.ts';
import { Emphasised } from '../../src/ui/Emphasised.tsx';

type Hit = z.infer<typeof SearchHitSchema>;

export function SearchBox({ announce }: { announce(text: string): void }) {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ query: string; hits: Hit[] } | { query: string; error: string } | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (!q) return setResult(null);
    // An answer that arrives after the query changed (or was cleared) is dropped.
    let current = true;
    const t = setTimeout(() => {
      callBackground('search', { query: q }).then(
        (r) => {
          if (!current) return;
          setResult({ query: q, hits: r.hits });
          announce(r.hits.length ? `${r.hits.length} result${r.hits.length === 1 ? '' : 's'} for ${q}.` : `No results for ${q}.`);
        },
        (e) => current && setResult({ query: q, error: e instanceof Error ? e.message : String(e) }),
      );
    }, 150);
    return () => {
      current = false;
      clearTimeout(t);
    };
  }, [query]);

  return (
    <section class="search" role="search" aria-label="Search the corpus">
      <label class="search-label" for="search">
        Search all reports
      </label>
      <input
        id="search"
        type="search"
        data-testid="search"
        placeholder="e.g. Kursk, Peskov, ceasefire"
        autocomplete="off"
        spellcheck={false}
        aria-describedby="search-help"
        value={query}
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={(e) => {
          // Escape clears the box first; only an empty box lets it close the popup.
          if (e.key === 'Escape' && query) {
            e.preventDefault();
            e.stopPropagation();
            setQuery('');
            announce('Search cleared.');
          }
        }}
      />
      <p id="search-help" class="visually-hidden">
        Finds words by their start and forgives small misspellings. Escape clears the search.
      </p>
      {result && 'error' in result && (
        <p class="state state-error" role="alert">
          The search failed: {result.error}. Close and reopen this window to try again.
        </p>
      )}
      {result && 'hits' in result && (
        <div data-testid="search-results">
          <p class="state" data-testid="search-count">
            {result.hits.length ? `${result.hits.length} result${result.hits.length === 1 ? '' : 's'} in the corpus` : `Nothing in the corpus matches “${result.query}”.`}
          </p>
          <ul class="hits" aria-label="Search results">
            {result.hits.map((h) => (
              <li key={h.statement.id} class="hit" data-testid="search-hit" data-report={h.report.id}>
                <div class="match-head">
                  <span class="outlet">{outletName(h.report)}</span>
                  <span class="date">{formatDate(h.report.published)}</span>
                </div>
                <div class="headline">{h.report.headline}</div>
                <blockquote class="corpus-sentence">
                  <Emphasised text={h.statement.text} against={result.query} />
                </blockquote>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
