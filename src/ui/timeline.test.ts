import { describe, expect, it } from 'vitest';
import type { Match } from '../match/types.ts';
import { buildTimeline, gapLabel } from './timeline.ts';

function match(id: string, relation: Match['relation'], published: string, sentence = `${id}-s1`): Match {
  return {
    relation,
    score: 0.8,
    report: { id, headline: `Headline ${id}`, outlet: `Outlet ${id}`, published, source: `${id}.json`, url: '' },
    statement: { id: sentence, text: 'A sentence.' },
    why: 'because',
  };
}

describe('buildTimeline', () => {
  it('orders agreeing and conflicting reports by date and keeps undated ones apart', () => {
    const t = buildTimeline([
      match('c', 'conflict', '2025-05-21T09:00:00Z'),
      match('a', 'agree', '2025-05-19'),
      match('x', 'agree', ''),
      match('y', 'conflict', 'sometime in May'),
      match('b', 'agree', '2025-05-20T18:30:00+02:00'),
    ]);
    expect(t.dated.map((e) => e.match.report.id)).toEqual(['a', 'b', 'c']);
    expect(t.undated.map((m) => m.report.id)).toEqual(['x', 'y']);
  });

  it('leaves out related reports and lists a report once per relation', () => {
    const t = buildTimeline([
      match('a', 'agree', '2025-05-19', 's1'),
      match('a', 'agree', '2025-05-19', 's2'),
      match('r', 'related', '2025-05-18'),
    ]);
    expect(t.dated.map((e) => e.match.report.id)).toEqual(['a']);
    expect(t.undated).toEqual([]);
  });
});

describe('gapLabel', () => {
  it('says how much later the next report came', () => {
    expect(gapLabel(3 * 3_600_000)).toBe('same day');
    expect(gapLabel(86_400_000)).toBe('1 day later');
    expect(gapLabel(90 * 86_400_000)).toBe('3 months later');
  });
});
