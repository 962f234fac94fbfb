/** Says honestly what was checked, or why nothing was. */
import type { TabState } from '../../src/messaging/protocol.ts';

interface Props {
  state: TabState | null;
  error: string | null;
  unsupported: boolean;
  siteOff: boolean;
  paused: boolean;
}

export function StateMessage({ state, error, unsupported, siteOff, paused }: Props) {
  let text: string | null = null;
  let kind = 'info';
  if (error) {
    kind = 'error';
    text = `Something went wrong: ${error}. Reload the page, and if it persists, reload the extension.`;
  } else if (paused || state?.status === 'paused') text = 'Paused everywhere. Untick "Pause everywhere" to mark pages again.';
  else if (siteOff || state?.status === 'off') text = 'Switched off on this site. Tick the switch above and reload the page to check it.';
  else if (unsupported || (state?.status === 'not-loaded' && unsupported)) text = 'The browser does not let extensions read this page.';
  else if (!state) text = 'Loading…';
  else if (state.status === 'not-loaded') text = 'This page has not been read. Reload it to check it, or open a news article.';
  else if (state.status === 'scanning') text = `Checking… ${state.sentencesChecked} sentences so far.`;
  else if (state.status === 'no-article') text = 'No article text on this page.';
  else if (state.status === 'error') {
    kind = 'error';
    text = `Checking failed: ${state.error ?? 'unknown error'}.`;
  } else if (state.statements.length === 0)
    text = `Nothing matched: ${state.sentencesChecked} sentences checked against ${state.corpus.reports} reports (${state.corpus.statements} statements).`;
  else
    text = `${state.statements.length} statement${state.statements.length === 1 ? '' : 's'} marked · ${state.sentencesChecked} sentences checked against ${state.corpus.reports} reports.`;
  return (
    <p class={`state state-${kind}`} data-testid="state" data-status={state?.status ?? ''} role={kind === 'error' ? 'alert' : undefined}>
      {text}
    </p>
  );
}
