import { beforeAll, describe, expect, it } from 'vitest';
import { loadCliCorpus } from '../../cli/lib/corpus.ts';
import type { Corpus } from '../search/corpus.ts';
import { isTentative, PageGate } from './page-gate.ts';
import { scanText } from './scan.ts';
import type { Match, Relation } from './types.ts';

const match = (relation: Relation, partial = false): Match => ({
  relation,
  score: 0.6,
  report: { id: 'r', headline: 'h', outlet: 'o', published: '2025-01-01', source: 's', url: '' },
  statement: { id: 's1', text: 't' },
  why: partial ? 'Reports the same, in part: x' : 'Reports the same: x',
  ...(partial ? { partial: true as const } : {}),
});
const mark = (id: number, ...matches: Match[]) => ({ id, matches });

describe('PageGate', () => {
  it('holds marks that only agree in part or are only related, until a plain agreement or conflict arrives, then gives them all in page order', () => {
    const gate = new PageGate<ReturnType<typeof mark>>();
    expect(gate.admit([mark(0, match('agree', true))])).toEqual([]);
    expect(gate.admit([mark(1, match('related')), mark(2)])).toEqual([]);
    expect(gate.admit([mark(3, match('conflict'))]).map((m) => m.id)).toEqual([0, 1, 2, 3]);
    // Open from then on: a later tentative mark is shown at once.
    expect(gate.admit([mark(4, match('agree', true))]).map((m) => m.id)).toEqual([4]);
  });

  it('holds a lone plain mark until a second marked sentence arrives; a page that ends with one sentence shows it', () => {
    const gate = new PageGate<ReturnType<typeof mark>>();
    expect(gate.admit([mark(0, match('agree'))])).toEqual([]);
    expect(gate.admit([mark(1, match('agree', true))]).map((m) => m.id)).toEqual([0, 1]);
    expect(new PageGate<ReturnType<typeof mark>>().admit([mark(0, match('conflict'))], 1).map((m) => m.id)).toEqual([0]);
    // Two sentences read, one marked: held.
    expect(new PageGate<ReturnType<typeof mark>>().admit([mark(0, match('conflict'))], 2)).toEqual([]);
  });

  it('a sentence with a plain match beside a partial one is plain', () => {
    expect(isTentative([match('agree', true), match('agree')])).toBe(false);
    expect(isTentative([match('agree', true), match('related')])).toBe(true);
  });
});

describe('scan: a page marks once two of its sentences match, one plainly', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await loadCliCorpus();
  });
  const TRUCE = 'Vladimir Putin declared a truce in Ukraine over Orthodox Christmas, ordering Russian forces to halt all military activity for a day.';
  const OTHER = 'Churches in Kyiv held services under air-raid alerts, and both sides reported shelling overnight.';
  const GOALS = "Kremlin spokesman Dmitry Peskov said on Friday that Moscow's goals in Ukraine had not changed.";

  it('a truce page whose one match is a partial agreement marks nothing', () => {
    expect(scanText(corpus, `${TRUCE}\n${OTHER}`).statements).toEqual([]);
  });

  it('a markets page whose one match is a lone plain agreement marks nothing; the same sentence alone is marked', () => {
    const RALLY = 'The rouble firmed 1.2% against the dollar as traders weighed tariff news from Washington.';
    expect(scanText(corpus, `${RALLY}\n${GOALS}\n${OTHER}`).statements).toEqual([]);
    expect(scanText(corpus, GOALS).statements.map((s) => s.text)).toEqual([GOALS]);
  });

  it('the same sentence is marked on a page that also plainly agrees with a report, and the printed match carries no internal flag', () => {
    const marked = scanText(corpus, `${TRUCE}\n${OTHER}\n${GOALS}`).statements;
    expect(marked.map((s) => s.text)).toEqual([TRUCE, GOALS]);
    expect(marked[0]!.matches[0]!.why).toMatch(/in part/);
    expect(marked.flatMap((s) => s.matches).some((m) => 'partial' in m)).toBe(false);
  });
});
