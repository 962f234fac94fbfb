import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../corpus/schema.ts';
import { analyseStatement, buildStatements, findHedges, findNegation, isStatement } from './analyse.ts';
import type { Statement } from './types.ts';

const CORPUS = join(import.meta.dirname, '..', '..', 'data', 'corpus');
const report = (id: string) => JSON.parse(readFileSync(join(CORPUS, `${id}.json`), 'utf8')) as Report;
const statements = new Map<string, Statement[]>();
function stmts(id: string): Statement[] {
  if (!statements.has(id)) statements.set(id, buildStatements(report(id)));
  return statements.get(id)!;
}
function find(id: string, start: string): Statement {
  const s = stmts(id).find((x) => x.text.startsWith(start));
  if (!s) throw new Error(`${id}: no statement starting “${start}”`);
  return s;
}

describe('hedges', () => {
  it.each([
    ['Putin is reportedly open to discussing the conflict.', ['reportedly']],
    ['Putin allegedly informed Steve Witkoff of the offer.', ['allegedly']],
    ['The alleged drone attack has not been independently verified.', ['alleged', 'unverified']],
    ['Sources say the deal is close.', ['sources say']],
    ['The incident has raised speculation about renewed pressure.', ['speculation']],
    ['Moscow might be willing to scale back its objectives.', ['might']],
    ['Putin and Trump spoke on Tuesday.', []],
    ['In May, Putin proposed direct talks.', []],
  ])('%s', (s, expected) => {
    expect(findHedges(s)).toEqual(expected);
  });
});

describe('negation that governs the claim', () => {
  it.each([
    ['While Peskov confirmed Putin’s readiness for dialogue, he cautioned that a simple “freezing” of the conflict wouldn’t suffice for Russia.', true],
    ['Peskov emphasized that Moscow’s objectives in Ukraine have not shifted.', true],
    ['Trump himself has mentioned to NBC that he has not yet spoken with Putin but anticipates a conversation.', true],
    ['Putin has no intention of revising these terms.', true],
    ['Peskov clarified that Russia’s goals remain unchanged.', true],
    ['Analysts warn that any breakthrough will depend on whether Putin is willing to accept a deal that does not fully meet his maximalist demands.', false],
    ['Trump’s vow to swiftly end the war, without specifying his methods, has prompted both Kyiv and Moscow to position themselves.', false],
    ['Trump has suggested he could end the conflict within 24 hours, though he has not specified his approach.', false],
    ['Putin and Trump spoke for two hours.', false],
    ['Zelensky has ruled out recognising Crimea as Russian.', true],
    ['Kyiv declined to comment on the report.', true],
  ])('%s → %s', (s, negated) => {
    expect(findNegation(s).negated).toBe(negated);
  });
});

describe('analyseStatement', () => {
  it('002: Peskov’s rejection of the FT report is a denial by the Kremlin spokesman', () => {
    const a = find('seed-002', 'Later on Tuesday, Kremlin spokesman Dmitry Peskov rejected').analysis;
    expect(a.denial).toBe(true);
    expect(a.denialTarget).toBe('the Financial Times report');
    expect(a.attribution[0]).toMatchObject({ speaker: 'Kremlin spokesman Dmitry Peskov', speakerId: 'peskov', verb: 'rejected' });
    expect(a.entities).toEqual(expect.arrayContaining(['peskov', 'kremlin', 'financial-times', 'ria-novosti']));
  });

  it('004: “goals remain unchanged” is a negated claim and a denial of flexibility, by Peskov', () => {
    const a = find('seed-004', 'When questioned about whether').analysis;
    expect(a.negated).toBe(true);
    expect(a.denial).toBe(true);
    expect(a.attribution[0]?.speakerId).toBe('peskov');
    const b = find('seed-004', 'Dmitry Peskov, Putin’s spokesperson, emphasized').analysis;
    expect(b.negated).toBe(true);
    expect(b.attribution[0]?.speakerId).toBe('peskov');
  });

  it('004: the Kremlin dispelled rumours and denied such claims', () => {
    const a = find('seed-004', 'The Kremlin has also dispelled rumors').analysis;
    expect(a).toMatchObject({ denial: true, denialTarget: 'rumors that Trump had spoken to Putin since leaving office' });
    expect(find('seed-004', 'The Kremlin, however, has denied such claims.').analysis).toMatchObject({ denial: true, denialTarget: 'such claims' });
  });

  it('000: "neither confirmed nor denied" is no denial; "has not been independently verified" is negated and hedged', () => {
    const a = find('seed-000', 'The alleged drone attack on Putin’s Sochi residence has not been').analysis;
    expect(a.negated).toBe(true);
    expect(a.hedges).toEqual(expect.arrayContaining(['alleged', 'unverified']));
    expect(analyseStatement('Kyiv has neither confirmed nor denied involvement.').denial).toBe(false);
  });

  it('000 and 001: the call durations, "over an hour" and "two-hour"', () => {
    const over = find('seed-000', 'The call, which lasted over an hour').analysis.quantities[0];
    expect(over).toMatchObject({ value: 60, unit: 'min', comparator: 'gt', measure: 'call duration' });
    const two = find('seed-001', 'This statement came shortly after a detailed two-hour phone call').analysis.quantities[0];
    expect(two).toMatchObject({ value: 120, unit: 'min', comparator: 'eq', measure: 'call duration' });
  });

  it('resolves President-elect to Trump for a report of November 2024', () => {
    const a = analyseStatement('The President-elect has not yet spoken with Putin.', { published: '2024-11-20' });
    expect(a.entities).toEqual(['trump', 'putin']);
    expect(analyseStatement('The President-elect has not yet spoken with Putin.', { published: '2025-06-01' }).entities).toEqual(['putin']);
  });

  it('normalises Zelenskiy to zelensky', () => {
    expect(find('seed-004', 'Ukraine has dismissed these conditions').analysis.entities).toEqual(['ukraine', 'zelensky']);
  });

  it('a plain statement has no attribution, hedge, negation or denial', () => {
    expect(analyseStatement('Putin and Trump spoke by phone on Monday.')).toEqual({
      attribution: [],
      hedges: [],
      negated: false,
      denial: false,
      quantities: [],
      entities: ['putin', 'trump'],
    });
  });
});

describe('buildStatements', () => {
  it('splits the body, skips subheads, and numbers statements by their sentence position', () => {
    const s = stmts('seed-001');
    expect(s.every((x) => x.id === `seed-001#${x.index}` && x.reportId === 'seed-001')).toBe(true);
    expect(s.map((x) => x.text)).not.toContain('Direct Talks Resume in Turkey');
    expect(s.map((x) => x.text)).not.toContain('Concerns Among Western Allies');
    // Summary bullets are statements.
    expect(s[1]!.text).toBe('Russia expresses interest in drafting a peace agreement with Ukraine');
    const indexes = s.map((x) => x.index);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(new Set(indexes).size).toBe(indexes.length);
  });

  it('carries a speaker across "He …" and through a quotation over several sentences', () => {
    expect(find('seed-001', 'He emphasized that progress').analysis.attribution[0]?.speakerId).toBe('putin');
    expect(find('seed-004', '“The president has never suggested a shift').analysis.attribution[0]?.speakerId).toBe('peskov');
    expect(find('seed-000', 'We need actions').analysis.attribution[0]?.speakerId).toBe('zelensky');
  });

  it('every seed yields analysed statements', () => {
    for (const id of ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004']) expect(stmts(id).length).toBeGreaterThan(10);
  });

  it('knows a heading from a statement', () => {
    expect(isStatement('Direct Talks Resume in Turkey')).toBe(false);
    expect(isStatement('Summary')).toBe(false);
    expect(isStatement('Trump endorses renewed Russia-Ukraine talks, now underway in Turkey')).toBe(true);
    expect(isStatement('Kyiv has neither confirmed nor denied involvement.')).toBe(true);
  });
});
