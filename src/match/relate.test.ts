import { beforeAll, describe, expect, it } from 'vitest';
import { loadCliCorpus } from '../../cli/lib/corpus.ts';
import { analyseStatement } from '../analysis/analyse.ts';
import type { Corpus } from '../search/corpus.ts';
import { makeSide, reportTies, type ReportContext } from './relate.ts';
import { matchSentence } from './matcher.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCliCorpus(); // installs the alias table
});

const side = (text: string) => makeSide(text, analyseStatement(text), null);
const ctx = (parties: string[]): ReportContext => ({ parties: new Set(parties), ubiquitous: new Set(['putin', 'trump', 'russia']), terms: new Set(parties) });

describe('reportTies: a statement that names no one, read in its report', () => {
  it('ties a page naming only parties the report speaks of', () => {
    expect(corpus.statements.length).toBeGreaterThan(0);
    const page = side('Putin and Trump agreed that the hard questions were still open.');
    const stmt = side('The hard questions remain open, the two sides agreed.');
    expect(reportTies(page, stmt, ctx(['putin', 'trump', 'russia']))).toBe(true);
  });

  it('does not tie a page naming a party the report never mentions', () => {
    const page = side('Macron and Trump agreed that the hard questions were still open.');
    const stmt = side('The hard questions remain open, the two sides agreed.');
    expect(reportTies(page, stmt, ctx(['putin', 'trump', 'russia']))).toBe(false);
  });

  it('does not apply when the statement names parties of its own, or the page none', () => {
    const stmt = side('Putin said the hard questions remain open.');
    expect(reportTies(side('Trump agreed that the hard questions were still open.'), stmt, ctx(['putin', 'trump']))).toBe(false);
    expect(reportTies(side('Both agreed that the hard questions were still open.'), side('The hard questions remain open.'), ctx(['putin', 'trump']))).toBe(false);
  });
});

describe('a page sentence that names no one', () => {
  it('agrees with an unnamed statement when it shares three claim words and half its claim', async () => {
    const { relate } = await import('./relate.ts');
    const stmt = side('Obstacles to a durable peace settlement remain, both sides admitted.');
    // Claim shared: 0.56 of the page's weight (below the 0.6 asked when names differ).
    const page = side('Both sides admitted that serious hurdles to a durable peace remained, and the gap over territory was wide.');
    expect(relate(page, stmt, corpus.weights, undefined, undefined, ctx(['putin', 'trump']))?.relation).toBe('agree');
    // Naming someone the statement does not still asks for the higher share.
    const named = side('Zelensky admitted that serious hurdles to a durable peace remained, and the gap over territory was wide.');
    expect(relate(named, stmt, corpus.weights, undefined, undefined, ctx(['putin', 'trump']))).toBeNull();
  });
});

describe('makeSide: names', () => {
  it('does not take a word capitalised by an opening quote or a colon for a name', () => {
    const s = side('Ukrainian officials remain sceptical, with Zelensky stating: “Words are cheap.”');
    expect([...s.names]).toContain('zelensky');
    expect([...s.names]).not.toContain('word');
    expect([...side('Officials met Lammy in London.').names]).toContain('lammi');
  });
});

describe('relate: one rare claim word', () => {
  it('lets one rare word shared with the same actors make the claim: "described the episode as a provocation" / "an attempted provocation"', () => {
    expect(matchSentence(corpus, 'The Kremlin described the episode as a provocation staged by Kyiv.').some((m) => m.report.id === 'seed-000' && m.relation === 'agree')).toBe(true);
    // A common word ("report", "call") with the same names is not a claim.
    expect(matchSentence(corpus, 'The Kremlin described the call as a report from Kyiv.').filter((m) => m.relation !== 'related')).toEqual([]);
  });
});

describe('relate: a page that corrects a place, and "the bar"', () => {
  it('sets "in Moscow, not in St Petersburg as some outlets wrote" against 002, and "not the one in Sochi" against 000', () => {
    const a = matchSentence(corpus, "As I understand it, it came during Witkoff's visit to Moscow earlier in April, not in St Petersburg as some outlets wrote.").find((m) => m.report.id === 'seed-002');
    expect(a?.relation).toBe('conflict');
    expect(a?.why).toMatch(/not St\. Petersburg/);
    const b = matchSentence(corpus, "A widely shared comment said the attack had targeted Putin's Valdai residence, not the one in Sochi.").find((m) => m.report.id === 'seed-000');
    expect(b?.relation).toBe('conflict');
    // Naming the place without setting it aside is no correction.
    expect(matchSentence(corpus, 'The attack targeted Putin’s residence in Sochi, officials said.').filter((m) => /The page says not/.test(m.why))).toEqual([]);
  });

  it('reads "raising the bar for nuclear use" against 003\'s lowered threshold', () => {
    const m = matchSentence(corpus, 'Washington lets Kyiv fire ATACMS missiles deep into Russia, and Putin responds by raising the bar for nuclear use.').find((x) => x.report.id === 'seed-003');
    expect(m?.relation).toBe('conflict');
  });
});

describe('relate: a non-answer against an answer', () => {
  it('sets "Peskov declined to comment on the report" against his rejection of the FT report, not "Trump\'s team declined to comment on the conversation" against Putin\'s words', () => {
    const m = matchSentence(corpus, 'Kremlin spokesman Dmitry Peskov declined to comment on the report.').find((x) => x.report.id === 'seed-002');
    expect(m?.relation).toBe('conflict');
    expect(m?.why).toMatch(/says none was given/);
    expect(matchSentence(corpus, "Trump's transition team declined to comment on the conversation.").filter((x) => /none was given/.test(x.why))).toEqual([]);
    expect(matchSentence(corpus, 'Peskov said the Kremlin had no comment on a separate report about prisoner exchanges.').filter((x) => /none was given/.test(x.why))).toEqual([]);
  });
});
