import { describe, expect, it } from 'vitest';
import { buildStatements } from '../analysis/analyse.ts';
import { readReports } from '../../cli/lib/corpus.ts';
import { packStatement, unpackStatement } from './packed-statement.ts';

describe('packed statements', () => {
  const statements = readReports().flatMap((r) => buildStatements(r));

  it('come back exactly as analysed, for every bundled statement', () => {
    for (const s of statements) expect(unpackStatement(JSON.parse(JSON.stringify(packStatement(s))))).toStrictEqual(JSON.parse(JSON.stringify(s)));
  });

  it('leave out what says nothing, and keep what does', () => {
    const plain = statements.find((s) => !s.analysis.attribution.length && !s.analysis.quantities.length && !s.analysis.entities.length && !s.analysis.hedges.length && !s.analysis.negated && !s.analysis.denial)!;
    expect(packStatement(plain)).toEqual({ reportId: plain.reportId, index: plain.index, text: plain.text });
    const denial = statements.find((s) => s.analysis.denial && s.analysis.denialTarget)!;
    expect(packStatement(denial).analysis).toMatchObject({ denial: true, denialTarget: denial.analysis.denialTarget });
  });

  it('refuse a statement whose id is not its report and position', () => {
    expect(() => packStatement({ ...statements[0]!, id: 'other#1' })).toThrow(/id is not/);
  });
});
