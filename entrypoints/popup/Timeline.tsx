/** The reports that agree with or contradict a statement, by date; undated ones listed apart. */
import type { Match } from '../../src/match/types.ts';
import { formatDate, outletName } from '../../src/ui/format.ts';
import { buildTimeline, gapLabel } from '../../src/ui/timeline.ts';

const WORD = { agree: 'agrees', conflict: 'conflicts', related: 'related' } as const;

export function Timeline({ matches }: { matches: readonly Match[] }) {
  const { dated, undated } = buildTimeline(matches);
  const total = dated.length + undated.length;
  if (total === 0) return null;
  return (
    <details class="timeline-box" data-testid="timeline">
      <summary>
        Timeline <span class="muted">({total} report{total === 1 ? '' : 's'} that agree or conflict)</span>
      </summary>
      {dated.length > 0 && (
        <ol class="timeline" aria-label="Reports by date, oldest first">
          {dated.map((e, i) => {
            const prev = dated[i - 1];
            return (
              <li
                key={e.match.report.id + e.match.relation}
                class={`tl tl-${e.match.relation}`}
                data-testid="timeline-entry"
                data-relation={e.match.relation}
                data-report={e.match.report.id}
                data-time={e.time}
              >
                <span class="tl-dot" aria-hidden="true" />
                <div class="tl-when">
                  <time dateTime={e.match.report.published}>{formatDate(e.match.report.published)}</time>
                  {prev && <span class="muted"> · {gapLabel(e.time - prev.time)}</span>}
                </div>
                <div>
                  <span class={`tag tag-${e.match.relation}`}>{WORD[e.match.relation]}</span> <span class="outlet">{outletName(e.match.report)}</span>
                  {': '}
                  <span class="tl-headline">{e.match.report.headline}</span>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {undated.length > 0 && (
        <div data-testid="timeline-undated">
          <p class="group">Without a date — cannot be placed</p>
          <ul class="timeline-undated">
            {undated.map((m) => (
              <li key={m.report.id + m.relation} data-report={m.report.id}>
                <span class={`tag tag-${m.relation}`}>{WORD[m.relation]}</span> <span class="outlet">{outletName(m.report)}</span>: {m.report.headline}
              </li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}
