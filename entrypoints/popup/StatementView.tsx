/** One marked statement: a summary, its conflicting and its related reports, and their timeline. */
import type { MarkedStatement } from '../../src/messaging/protocol.ts';
import type { Match } from '../../src/match/types.ts';
import { callContent } from '../../src/platform/messaging.ts';
import { formatDate, outletName, summarise, timeAgo } from '../../src/ui/format.ts';
import { Emphasised } from '../../src/ui/Emphasised.tsx';
import { Timeline } from './Timeline.tsx';

const TAG = { conflict: 'Conflicts', agree: 'Agrees', related: 'Related' } as const;

export function MatchView({ match, pageText }: { match: Match; pageText: string }) {
  const ago = timeAgo(match.report.published);
  return (
    <li class={`match match-${match.relation}`} data-testid="match" data-relation={match.relation} data-report={match.report.id}>
      <div class="match-head">
        <span class={`tag tag-${match.relation}`}>{TAG[match.relation]}</span>
        <span class="outlet">{outletName(match.report)}</span>
        <span class="date">
          {match.report.published ? <time dateTime={match.report.published}>{formatDate(match.report.published)}</time> : 'date not given'}
          {ago && ` · ${ago}`}
        </span>
      </div>
      <div class="headline">{match.report.headline}</div>
      <blockquote class="corpus-sentence" aria-label={`${outletName(match.report)} wrote`}>
        <Emphasised text={match.statement.text} against={pageText} />
      </blockquote>
      <p class="why">
        <span class="why-label">Why: </span>
        {match.why}
      </p>
    </li>
  );
}

interface Props {
  statement: MarkedStatement;
  tabId?: number;
  announce(text: string): void;
}

export function StatementView({ statement, tabId, announce }: Props) {
  const conflicts = statement.matches.filter((m) => m.relation === 'conflict');
  const related = statement.matches.filter((m) => m.relation !== 'conflict');
  const summary = summarise(statement.matches.map((m) => m.relation));
  const textId = `statement-${statement.id}`;
  async function show() {
    if (tabId === undefined) return;
    try {
      const { found } = await callContent(tabId, 'showStatement', { id: statement.id });
      announce(found ? 'Shown on the page.' : 'That statement is no longer on the page. Reload the page to check it again.');
    } catch {
      announce('The page did not answer. Reload it to check it again.');
    }
  }
  return (
    <li class="statement" data-testid="statement" aria-labelledby={textId}>
      <p class="statement-text" id={textId}>
        {statement.text}
      </p>
      <div class="statement-meta">
        <span class="summary" data-testid="summary">
          {summary}
        </span>
        <button type="button" class="link" data-testid="show-on-page" onClick={show} aria-describedby={textId}>
          Show on page
        </button>
      </div>
      {conflicts.length > 0 && (
        <section aria-label="Conflicting reports">
          <h3 class="group">Conflicting reports</h3>
          <ul class="matches">
            {conflicts.map((m) => (
              <MatchView key={m.report.id + m.statement.id + m.relation} match={m} pageText={statement.text} />
            ))}
          </ul>
        </section>
      )}
      {related.length > 0 && (
        <section aria-label="Agreeing and related reports">
          <h3 class="group">Agreeing and related reports</h3>
          <ul class="matches">
            {related.map((m) => (
              <MatchView key={m.report.id + m.statement.id + m.relation} match={m} pageText={statement.text} />
            ))}
          </ul>
        </section>
      )}
      <Timeline matches={statement.matches} />
    </li>
  );
}
