/**
 * When a statement's events happened, told from what the text calls people:
 * Trump is "President-elect" only between the 2024 election and his second
 * inauguration, "former President" between his terms. Two accounts of "the
 * call" in windows that do not meet describe different calls.
 */

import { keptPerText } from '../text/memo.ts';

export type Window = [number, number];

const DAY = 86_400_000;
const t = (iso: string) => Date.parse(iso);

const CUES: { re: RegExp; window: Window; label: string }[] = [
  { re: /\bpresident[- ]elect\b[^.]{0,40}\btrump\b|\btrump\b[^.]{0,10}\bpresident[- ]elect\b|\bincoming trump administration\b/i, window: [t('2024-11-06'), t('2025-01-20')], label: 'Trump as President-elect (Nov 2024 – Jan 2025)' },
  { re: /\bformer (?:us |u\.s\. )?president (?:donald )?trump\b/i, window: [t('2021-01-20'), t('2024-11-05')], label: 'Trump as former President (2021 – Nov 2024)' },
];

export interface EventWindow {
  window: Window;
  /** What the window was told from: "published 2024-11-20", "Trump as President-elect …". */
  basis: string;
}

/** The window a sentence's events fall in: its own cues, else the report's, else its publication date. */
export function eventWindow(sentence: string, reportText: string, published: string): EventWindow | null {
  for (const c of CUES) if (c.re.test(sentence)) return { window: c.window, basis: c.label };
  if (published) {
    const p = t(published);
    if (!Number.isNaN(p)) return { window: [p - 14 * DAY, p + DAY], basis: `published ${published.slice(0, 10)}` };
  }
  const found = reportCues(reportText);
  if (found.length === 1) return { window: found[0]!.window, basis: found[0]!.label };
  return null;
}

/** The cues a whole report's text holds: read once per report, not once for each of its statements. */
const reportCues: (reportText: string) => typeof CUES = keptPerText(4096, (reportText) => CUES.filter((c) => c.re.test(reportText)));

export function disjoint(a: EventWindow | null, b: EventWindow | null): boolean {
  return !!a && !!b && (a.window[1] < b.window[0] || b.window[1] < a.window[0]);
}
