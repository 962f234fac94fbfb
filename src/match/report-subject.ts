/**
 * What a report the page speaks of is about. "The Kremlin dismissed a report on
 * Putin's health" and "dismisses FT report on Nord Stream 2 restart talks" deny
 * a report, as 002's "Peskov rejected the Financial Times report" does; only
 * the subject they give it tells that it is another report than 002's.
 */
import { tokenForm } from '../analysis/entities.ts';
import { terms } from '../text/tokens.ts';
import type { ReportContext } from './relate.ts';
import type { TermWeights } from './weights.ts';

// "report(s)/story/article/claims/allegations/rumours on|about|of|into X", X up to a clause's end or "as fake".
const ABOUT = /\b(?:reports?|story|stories|article|claims?|allegations?|rumou?rs?)\s+(?:on|about|into|regarding|concerning|of)\s+([^,.;:!?"“”()]{3,80}?)(?=\s+(?:as|and|but|that|which|saying|after|before|while)\b|[,.;:!?"“”()]|$)/i;

/** The terms of the subject a sentence gives a report it names ("a report on Putin's health" → putin, health), or null. */
export function reportSubject(text: string): string[] | null {
  const m = ABOUT.exec(text);
  if (!m) return null;
  const ts = terms(m[1]!);
  return ts.length ? ts : null;
}

/**
 * The subject is another report's: fewer than half of its words (names most
 * reports give, as Putin, aside), by weight, are words the statement's report
 * uses. By weight, so "war" in "a report on prisoners of war" says less than "prisoners".
 */
export function otherSubject(subject: readonly string[], ctx: ReportContext, weights: TermWeights): boolean {
  const ubiquitous = new Set([...ctx.ubiquitous].map(tokenForm));
  const telling = subject.filter((t) => !ubiquitous.has(t));
  if (!telling.length) return false;
  const sum = (ts: string[]) => ts.reduce((n, t) => n + weights.weight(t), 0);
  return sum(telling.filter((t) => ctx.terms.has(t))) * 2 < sum(telling);
}
