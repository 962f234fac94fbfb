/** Searches the whole corpus (prefix and fuzzy), on any tab. */
import { useEffect, useState } from 'preact/hooks';
import * as z from 'zod/mini';
import { SearchHitSchema } from '../../src/messaging/protocol.ts';
import { callBackground } from '../../src/platform/messaging.ts';
import { formatDate, outletName } from '../../src/ui/format.ts';

type Hit = z.infer<typeof SearchHitSchema>;

export function SearchBox() {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (!q) return setHits(null);
    const t = setTimeout(() => {
      callBackground('search', { query: q }).then((r) => setHits(r.hits), () => setHits([]));
    }, 150);
    return () => clearTimeout(t);
  }, [query]);

  return (
    <section class="search" role="search">
      <label class="visually-hidden" for="search">
        Search the corpus
      </label>
      <input
        id="search"
        type="search"
        placeholder="Search the corpus…"
        value={query}
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={(e) => e.key === 'Escape' && query && (e.preventDefault(), setQuery(''))}
      />
      {hits && (
        <div aria-live="polite">
          <p class="state">{hits.length ? `${hits.length} result${hits.length === 1 ? '' : 's'}` : 'No results.'}</p>
          <ul class="hits">
            {hits.map((h) => (
              <li key={h.statement.id} class="hit" data-testid="search-hit" data-report={h.report.id}>
                <div class="match-head">
                  <span class="outlet">{outletName(h.report)}</span>
                  <span class="date">{formatDate(h.report.published)}</span>
                </div>
                <div class="headline">{h.report.headline}</div>
                <blockquote class="corpus-sentence">{h.statement.text}</blockquote>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
