/**
 * Whether a page shows its marks. A page shows them once it has given two
 * marked sentences, one of them plain (a sentence that agrees in full, or
 * conflicts); until then they are held.
 *
 * Why two: a page the corpus speaks to says so more than once (every topic
 * page of the eval's tuning splits has at least two marked sentences, one
 * plain), while on a page about something else a lone match is the shared
 * vocabulary of two stories, not a shared claim: "hopes of a peace deal in
 * Ukraine" in a markets story, "I thought we had a deal, Trump told
 * reporters", "the third such increase since the start of the invasion"
 * (every one of the tuning splits' unrelated-page marks was such a lone
 * sentence). Why one plain: a page whose every match agrees only in part, or
 * is only on the same subject (an Easter truce, a missile test), shares
 * words, not a claim. The cost, named in the README: an article that speaks
 * to the corpus in one sentence only gets no mark.
 *
 * One gate per page: the extension's background keeps one per tab and page
 * address, `scan` one per text. Sentences arrive in batches; marks are held,
 * and released with the batch that opens the gate. A text of one sentence
 * (a claim pasted into `scan`) is judged on that sentence alone.
 */
import type { Match } from './types.ts';

/** Every match is "in part" or "related": nothing the page plainly shares with a report. */
export const isTentative = (matches: readonly Match[]): boolean => matches.every((m) => m.relation === 'related' || m.partial);

/** Marked sentences a page gives before its marks are shown. */
const MARKED_TO_OPEN = 2;

export class PageGate<T extends { matches: readonly Match[] }> {
  private held: T[] = [];
  private open = false;
  private plain = false;

  /** `needs`: marked sentences that open the gate (one plain among them). */
  constructor(private readonly needs = MARKED_TO_OPEN) {}

  /**
   * The marks to show now: none until the page has given `needs` marked sentences with a plain one; then those held and `batch`'s.
   * `total`: with the batch that ends the page, its number of sentences (a page of one sentence needs one mark).
   */
  admit(batch: readonly T[], total?: number): T[] {
    if (!this.plain && batch.some((m) => !isTentative(m.matches))) this.plain = true;
    const needs = Math.min(this.needs, total ?? Infinity);
    if (!this.open && this.plain && this.held.length + batch.length >= needs) this.open = true;
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
