/**
 * Orders the reports that agree with or contradict a statement by date, so a
 * reader sees how the story moved. Reports without a usable date are kept
 * apart rather than guessed into place.
 */
import type { Match } from '../match/types.ts';

export interface TimelineEntry {
  match: Match;
  /** Milliseconds since the epoch; date-only values count as midday UTC. */
  time: number;
}

export interface Timeline {
  dated: TimelineEntry[];
  undated: Match[];
}

export function parsePublished(iso: string): number | undefined {
  if (!iso) return undefined;
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);
  return Number.isNaN(t) ? undefined : t;
}

export function buildTimeline(matches: readonly Match[]): Timeline {
  const dated: TimelineEntry[] = [];
  const undated: Match[] = [];
  const seen = new Set<string>();
  for (const m of matches) {
    if (m.relation === 'related') continue;
    // One report can back a statement with several of its sentences; it happened once.
    const key = `${m.report.id} ${m.relation}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const time = parsePublished(m.report.published);
    if (time === undefined) undated.push(m);
    else dated.push({ match: m, time });
  }
  dated.sort((a, b) => a.time - b.time || a.match.report.outlet.localeCompare(b.match.report.outlet));
  return { dated, undated };
}

/** "3 days later", "same day": the gap from the previous report. */
export function gapLabel(ms: number): string {
  const days = Math.round(ms / 86_400_000);
  if (days <= 0) return 'same day';
  if (days < 60) return `${days} day${days === 1 ? '' : 's'} later`;
  const months = Math.round(days / 30.4);
  if (months < 24) return `${months} months later`;
  return `${Math.round(days / 365)} years later`;
}
