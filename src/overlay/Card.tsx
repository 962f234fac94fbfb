/**
 * The card shown over a marked sentence: how the corpus relates to it and the
 * top conflicting and related reports. Text is rendered as text nodes only
 * (Preact escapes it), never as markup.
 */
import type { MarkedStatement } from '../messaging/protocol.ts';
import type { Match, Relation } from '../match/types.ts';
import { formatDate, outletName, summarise } from '../ui/format.ts';

/** How many reports of each kind the card lists; the popup has them all. */
export const TOP = 3;

const HEADING: Record<Relation, string> = {
  conflict: 'Other reports conflict with this',
  agree: 'Other reports agree with this',
  related: 'Other reports cover this',
};

export interface CardProps {
  statement: MarkedStatement;
  relation: Relation;
  /** Position among the page's marks, for keyboard users ("2 of 5"). */
  index: number;
  count: number;
  onOpenPopup(): void;
  onMove(step: 1 | -1): void;
  onClose(): void;
  /** Set when opening the popup failed, with what the user can do instead. */
  notice?: string;
}

function ReportItem({ match }: { match: Match }) {
  return (
    <li class={`report ${match.relation}`} data-report={match.report.id} data-relation={match.relation}>
      <div class="meta">
        <span class={`tag ${match.relation}`}>{match.relation === 'conflict' ? 'Conflicts' : match.relation === 'agree' ? 'Agrees' : 'Related'}</span>
        <span class="outlet">{outletName(match.report)}</span>
        <span class="date">{formatDate(match.report.published)}</span>
      </div>
      <div class="headline">{match.report.headline}</div>
      <blockquote class="sentence">{match.statement.text}</blockquote>
      <p class="why">{match.why}</p>
    </li>
  );
}

export function Card(props: CardProps) {
  const { statement, relation } = props;
  const conflicts = statement.matches.filter((m) => m.relation === 'conflict').slice(0, TOP);
  const related = statement.matches.filter((m) => m.relation !== 'conflict').slice(0, TOP);
  return (
    <div class={`card ${relation}`} role="dialog" aria-label="Second Source: what other reports say" tabIndex={-1} data-relation={relation}>
      <header>
        <span class={`badge ${relation}`} aria-hidden="true" />
        <div>
          <h2>{HEADING[relation]}</h2>
          <p class="summary">{summarise(statement.matches.map((m) => m.relation))}</p>
        </div>
        <button type="button" class="close" aria-label="Close" title="Close (Esc)" onClick={props.onClose}>
          ×
        </button>
      </header>
      {conflicts.length > 0 && (
        <section aria-label="Conflicting reports">
          <h3>Conflicting reports</h3>
          <ul>{conflicts.map((m) => <ReportItem key={`${m.statement.id}-c`} match={m} />)}</ul>
        </section>
      )}
      {related.length > 0 && (
        <section aria-label="Related reports">
          <h3>Related reports</h3>
          <ul>{related.map((m) => <ReportItem key={`${m.statement.id}-r`} match={m} />)}</ul>
        </section>
      )}
      {props.notice && <p class="notice" role="status">{props.notice}</p>}
      <footer>
        <button type="button" class="open" onClick={props.onOpenPopup}>
          Open in popup
        </button>
        <span class="nav">
          <button type="button" aria-label="Previous marked sentence" title="Previous (Alt+Shift+P)" onClick={() => props.onMove(-1)}>
            ‹
          </button>
          <span class="pos">
            {props.index + 1} of {props.count}
          </span>
          <button type="button" aria-label="Next marked sentence" title="Next (Alt+Shift+N)" onClick={() => props.onMove(1)}>
            ›
          </button>
        </span>
      </footer>
    </div>
  );
}
