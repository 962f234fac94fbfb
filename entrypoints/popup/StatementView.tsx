/** One marked statement: a summary, then its conflicting and its related reports. */
import type { MarkedStatement } from '../../src/messaging/protocol.ts';
import type { Match } from '../../src/match/types.ts';
import { callContent } from '../../src/platform/messaging.ts';
import { formatDate, outletName, summarise, timeAgo } from '../../src/ui/format.ts';
import { Emphasised } from '../../src/ui/Emphasised.tsx';

export function MatchView({ match, pageText }: { match: Match; pageText: string }) {
  const ago = timeAgo(match.report.published);
  return (
    <li class={`match match-${match.relation}`} data-testid="match" data-relation={match.relation} data-report={match.report.id}>
      <div class="match-head">
        <span class={`tag tag-${match.relation}`}>{match.relation === 'conflict' ? 'Conflicts' : match.relation === 'agree' ? 'Agrees' : 'Related'}</span>
        <span class="outlet">{outletName(match.report)}</span>
        <span class="date" title={match.report.published || undefined}>
          {formatDate(match.report.published)}
          {ago && ` · ${ago}`}
        </span>
      </div>
      <div class="headline">{match.report.headline}</div>
      <blockquote class="corpus-sentence">
        <Emphasised text={match.statement.text} against={pageText} />
      </blockquote>
      <p class="why">
        <span class="why-label">Why: </span>
        {match.why}
      </p>
    </li>
  );
}

export function StatementView({ statement, tabId }: { statement: MarkedStatement; tabId?: number }) {
  const conflicts = statement.matches.filter((m) => m.relation === 'conflict');
  const related = statement.matches.filter((m) => m.relation !== 'conflict');
  const show = () => tabId !== undefined && callContent(tabId, 'showStatement', { id: statement.id }).catch(() => undefined);
  return (
    <li class="statement" data-testid="statement">
      <p class="statement-text">{statement.text}</p>
      <div class="statement-meta">
        <span class="summary">{summarise(statement.matches.map((m) => m.relation))}</span>
        <button type="button" class="link" onClick={show}>
          Show on page
        </button>
      </div>
      {conflicts.length > 0 && (
        <section aria-label="Conflicting reports">
          <h3 class="group">Conflicting reports</h3>
          <ul class="matches">
            {conflicts.map((m) => (
              <MatchView key={m.statement.id + m.relation} match={m} pageText={statement.text} />
            ))}
          </ul>
        </section>
      )}
      {related.length > 0 && (
        <section aria-label="Related reports">
          <h3 class="group">Related reports</h3>
          <ul class="matches">
            {related.map((m) => (
              <MatchView key={m.statement.id + m.relation} match={m} pageText={statement.text} />
            ))}
          </ul>
        </section>
      )}
    </li>
  );
}
