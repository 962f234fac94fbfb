/**
 * Whether a page shows its tentative marks. A sentence whose every match is
 * tentative (the report agrees only in part, or is only on the same subject)
 * is marked only once the page holds a plain mark: a sentence that agrees in
 * full, or conflicts. Why: a page the corpus speaks to has such a sentence
 * (on every topic page of the eval's tuning splits), while on a page about
 * something else (an Easter truce, a missile test) a lone "in part" is the
 * shared vocabulary of two stories, not a shared claim.
 *
 * One gate per page: the extension's background keeps one per tab and page
 * address, `scan` one per text. Sentences arrive in batches; tentative ones
 * are held, and released with the first plain mark.
 */
import type { Match } from './types.ts';

/** Every match is "in part" or "related": nothing the page plainly shares with a report. */
export const isTentative = (matches: readonly Match[]): boolean => matches.every((m) => m.relation === 'related' || m.partial);

export class PageGate<T extends { matches: readonly Match[] }> {
  private held: T[] = [];
  private open = false;

  /** The marks to show now: `batch`'s plain ones and, once the page has one, every tentative one held so far. */
  admit(batch: readonly T[]): T[] {
    if (!this.open && batch.some((m) => !isTentative(m.matches))) this.open = true;
    if (this.open) {
      const out = [...this.held, ...batch];
      this.held = [];
      return out;
    }
    this.held.push(...batch);
    return [];
  }
}

/** A sentence's matches as the page gets them: whether one agrees only in part is the gate's business, and the reason says so. */
export const shownMatches = (matches: readonly Match[]): Match[] => matches.map(({ partial: _, ...m }) => m);
