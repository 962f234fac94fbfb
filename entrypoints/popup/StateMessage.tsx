/** Says honestly what was checked, or why nothing was, and what the reader can do about it. */
import type { TabState } from '../../src/messaging/protocol.ts';
import { plural } from '../../src/ui/format.ts';

export type PopupView =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'unsupported'; reason: string }
  | { kind: 'paused' }
  | { kind: 'off'; host: string }
  /** Switched on (or unpaused) since the page loaded, while it was off: its content script stood down. */
  | { kind: 'stale-off' }
  /** No content script answers in the tab; `urlKnown` when the tab's address was seen to be a web page. */
  | { kind: 'silent'; urlKnown: boolean }
  | { kind: 'tab'; state: TabState };

interface Props {
  view: PopupView;
  /** The user switched something here; the page shows what it had until it is reloaded. */
  needsReload: null | 'on' | 'off';
  onReload?: () => void;
}

function describe(view: PopupView): { status: string; text: string; detail?: string; kind: 'info' | 'error' } {
  switch (view.kind) {
    case 'loading':
      return { status: 'loading', text: 'Loading…', kind: 'info' };
    case 'error':
      return {
        status: 'error',
        kind: 'error',
        text: `Something went wrong: ${view.message}.`,
        detail: 'Close and reopen this window. If it happens again, reload the page, or turn the extension off and on in the browser’s extensions page.',
      };
    case 'unsupported':
      return {
        status: 'unsupported',
        kind: 'info',
        text: 'Second Source cannot run on this page.',
        detail: `Browsers do not let extensions read their own pages (${view.reason}). Open a news article to check it; the search below still works.`,
      };
    case 'silent':
      return view.urlKnown
        ? {
            status: 'not-loaded',
            kind: 'info',
            text: 'This page has not been read.',
            detail: 'It was probably opened before Second Source was installed or updated. Reload it to check it.',
          }
        : {
            status: 'unsupported',
            kind: 'info',
            text: 'Second Source cannot read this page.',
            detail:
              'Either the browser keeps extensions off it (a browser page such as chrome:// or about:, or an extension store), or it was opened before Second Source was installed — then reloading it will check it. The search below works anywhere.',
          };
    case 'paused':
      return { status: 'paused', kind: 'info', text: 'Paused everywhere.', detail: 'Nothing is read or marked on any page. Switch “Pause everywhere” off to check pages again.' };
    case 'off':
      return {
        status: 'off',
        kind: 'info',
        text: `Switched off on ${view.host || 'this site'}.`,
        detail: 'Pages on this site are not read or marked. Switch it on above to check them.',
      };
    case 'stale-off':
      return {
        status: 'reload',
        kind: 'info',
        text: 'Switched on: reading the page…',
        detail: 'This page was opened while Second Source was off for it. If nothing appears in a moment, reload it.',
      };
    case 'tab':
      return describeTab(view.state);
  }
}

function describeTab(state: TabState): ReturnType<typeof describe> {
  const against = `${plural(state.corpus.reports, 'report')} (${plural(state.corpus.statements, 'statement')})`;
  switch (state.status) {
    case 'paused':
      return describe({ kind: 'paused' });
    case 'off':
      return describe({ kind: 'off', host: state.host });
    case 'unsupported':
      return describe({ kind: 'unsupported', reason: 'this kind of page' });
    case 'not-loaded':
      return { status: 'not-loaded', kind: 'info', text: 'Waiting for the page…', detail: 'The page has not been read yet.' };
    case 'scanning':
      return {
        status: 'scanning',
        kind: 'info',
        text: `Still checking: ${plural(state.sentencesChecked, 'sentence')} so far…`,
        detail: state.statements.length ? `${plural(state.statements.length, 'statement')} marked so far.` : undefined,
      };
    case 'no-article':
      return {
        status: 'no-article',
        kind: 'info',
        text: 'No article text on this page.',
        detail: 'Second Source reads news articles: running text in sentences. This page has none it could check.',
      };
    case 'error':
      return {
        status: 'error',
        kind: 'error',
        text: `Checking this page failed: ${state.error ?? 'no reason was given'}.`,
        detail: 'Reload the page to try again. If it fails again, this page may be built in a way Second Source cannot read.',
      };
    case 'done':
      return state.statements.length === 0
        ? {
            status: 'done',
            kind: 'info',
            text: `Nothing matched: ${plural(state.sentencesChecked, 'sentence')} checked against ${against}.`,
            detail: 'No report in the corpus says the same thing, contradicts it, or is on the same subject.',
          }
        : {
            status: 'done',
            kind: 'info',
            text: `${plural(state.statements.length, 'statement')} marked: ${plural(state.sentencesChecked, 'sentence')} checked against ${against}.`,
          };
  }
}

export function StateMessage({ view, needsReload, onReload }: Props) {
  const d = describe(view);
  const reloadHint =
    needsReload === 'off' && (view.kind === 'off' || view.kind === 'paused')
        ? 'Its marks have been taken off the page.'
        : null;
  const offerReload = !!onReload && (reloadHint !== null || view.kind === 'stale-off' || (view.kind === 'silent' && view.urlKnown) || (view.kind === 'tab' && view.state.status === 'error'));
  return (
    <div class={`state state-${d.kind}`} data-testid="state" data-status={d.status} role={d.kind === 'error' ? 'alert' : undefined}>
      <p class="state-text">{d.text}</p>
      {d.detail && <p class="state-detail">{d.detail}</p>}
      {reloadHint && (
        <p class="state-detail" data-testid="reload-hint">
          {reloadHint}
        </p>
      )}
      {offerReload && (
        <button type="button" class="button" data-testid="reload" onClick={onReload}>
          Reload the page
        </button>
      )}
    </div>
  );
}
