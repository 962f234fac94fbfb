import { afterAll, describe, expect, it } from 'vitest';
import shipped from '../../data/neighbours.json';
import { neighboursOf, setNeighbours } from './neighbours.ts';

describe('the near-synonym table', () => {
  afterAll(() => setNeighbours(shipped));

  it('ships with every term’s list well formed, and answers each as the file has it', () => {
    setNeighbours(shipped);
    const table = (shipped as unknown as { neighbours: Record<string, [string, number][]> }).neighbours;
    for (const [term, list] of Object.entries(table)) {
      expect(list.every((x) => Array.isArray(x) && x.length === 2 && typeof x[0] === 'string' && typeof x[1] === 'number'), term).toBe(true);
      expect(neighboursOf(term)).toEqual(list);
      expect(neighboursOf(term), 'asked twice').toEqual(list);
    }
    expect(neighboursOf('zzznotaterm')).toEqual([]);
    expect(neighboursOf('constructor')).toEqual([]);
  });

  it('refuses a malformed table, and a malformed list when it is asked for', () => {
    expect(() => setNeighbours({ source: 'x', neighbours: {} })).toThrow(/neighbours table refused/);
    setNeighbours({ source: 'x', minSimilarity: 0.6, neighbours: { good: [['fine', 0.7]], bad: [['fine', 'high']] } });
    expect(neighboursOf('good')).toEqual([['fine', 0.7]]);
    expect(() => neighboursOf('bad')).toThrow(/neighbours table refused: bad/);
  });
});
