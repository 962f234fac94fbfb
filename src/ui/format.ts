/** Small formatting helpers shared by the popup and the in-page card. */
import type { Relation } from '../match/types.ts';

export function formatDate(iso: string): string {
  if (!iso) return 'date not given';
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function timeAgo(iso: string, now = Date.now()): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const days = Math.round((now - t) / 86_400_000);
  if (days < 1) return 'today';
  if (days < 60) return `${days} day${days === 1 ? '' : 's'} ago`;
  const months = Math.round(days / 30.4);
  if (months < 24) return `${months} months ago`;
  return `${Math.round(days / 365)} years ago`;
}

export const RELATION_LABEL: Record<Relation, string> = { agree: 'agrees', conflict: 'conflicts', related: 'related' };

/** "2 agree · 1 conflicts" */
export function summarise(relations: Relation[]): string {
  const n = { agree: 0, conflict: 0, related: 0 };
  for (const r of relations) n[r]++;
  const parts: string[] = [];
  if (n.agree) parts.push(`${n.agree} agree${n.agree === 1 ? 's' : ''}`);
  if (n.conflict) parts.push(`${n.conflict} conflict${n.conflict === 1 ? 's' : ''}`);
  if (n.related) parts.push(`${n.related} related`);
  return parts.join(' · ');
}

/** The outlet, else the file the report came from. */
/** The outlet, or — never invented — that the source did not name one, and the file it came from. */
export function outletName(report: { outlet: string; source: string }): string {
  if (report.outlet) return report.outlet;
  return report.source ? `Outlet not named (${report.source})` : 'Outlet not named';
}

/** "1 report", "3 reports". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
