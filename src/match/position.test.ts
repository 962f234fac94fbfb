import { beforeAll, describe, expect, it } from 'vitest';
import { loadCliCorpus } from '../../cli/lib/corpus.ts';
import type { Corpus } from '../search/corpus.ts';
import { isCheckable, matchSentence } from './matcher.ts';
import { pageContext } from './page-context.ts';
import { positionOf } from './position.ts';
import type { Match } from './types.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCliCorpus();
});

const rel = (ms: Match[], relation: string, report: string) => ms.find((m) => m.relation === relation && m.report.id === report);
const told = (text: string) => {
  const p = positionOf(text);
  return p && { sign: p.sign, cue: p.cue, holder: [...p.holder].sort() };
};

describe('positionOf: a side\'s terms, softened or held', () => {
  it('reads an offer to halt the war where the armies stand, claims given up and a territory divided as softened terms', () => {
    expect(told('Putin has suggested concluding the conflict along the existing front lines.')).toMatchObject({ sign: 1, cue: 'along the existing front lines', holder: ['putin', 'russia'] });
    expect(told('Putin allegedly said that Russia could relinquish its claims over parts of four regions.')?.sign).toBe(1);
    expect(told('Moscow would be willing to drop its claims to the parts of Donetsk it does not yet occupy.')?.sign).toBe(1);
    expect(told('Putin may be willing to discuss a territorial division involving the four regions.')?.sign).toBe(1);
    // The held word is what shifts: a shift in a hardline stance softens it.
    expect(told('Putin hinted at a potential shift in Russia\'s hardline stance.')?.sign).toBe(1);
  });

  it('reads aims unchanged, a freeze found not enough and terms that still require a withdrawal as held terms', () => {
    expect(told('Peskov said Moscow\'s objectives in Ukraine have not shifted.')).toMatchObject({ sign: -1, cue: 'have not shifted' });
    expect(told('Peskov said Putin has no intention of revising his terms.')?.sign).toBe(-1);
    expect(told('Peskov cautioned that a simple freezing of the conflict wouldn\'t suffice for Russia.')).toMatchObject({ sign: -1, cue: "wouldn't suffice" });
    expect(positionOf('Putin\'s terms require Ukraine to withdraw its military from the four regions.')).toMatchObject({ sign: -1, onlyTerms: true });
  });

  it('finds no position where no terms are told', () => {
    expect(positionOf('Putin spoke with Trump for over an hour.')).toBeNull();
    expect(positionOf('The front line has barely moved this winter.')).toBeNull();
    expect(positionOf('Hamas said its position on the hostages had not changed.')?.holder.has('russia')).toBeFalsy();
  });
});

describe('the claim graph links the tellings of Moscow\'s terms (issue 4, item 2)', () => {
  const index = (needle: string) => corpus.statements.findIndex((s) => s.text.includes(needle));

  it('sets 002\'s freeze along the front lines against 004\'s unchanged objectives and 003\'s "wouldn\'t suffice", with the words of each', () => {
    const freeze = index('along the existing front lines');
    const against = corpus.edgesOf(freeze).filter((e) => e.relation === 'conflict').map((e) => corpus.statements[e.a === freeze ? e.b : e.a]!.text);
    expect(against.some((t) => t.includes('have not shifted'))).toBe(true);
    expect(against.some((t) => t.includes('suffice for Russia'))).toBe(true);
    const edge = corpus.edgesOf(freeze).find((e) => corpus.statements[e.a === freeze ? e.b : e.a]!.text.includes('have not shifted'))!;
    expect(edge.why).toMatch(/unchanged \(“have not shifted”\).*where the armies stand \(“along the existing front lines”\)/);
  });

  it('sets 003\'s territorial division against 004\'s demand to withdraw from the four regions, which it had read as agreeing', () => {
    const divide = index('territorial division');
    const terms = index('withdraw its military from the four regions');
    const edge = corpus.edgesOf(divide).find((e) => (e.a === divide ? e.b : e.a) === terms);
    expect(edge?.relation).toBe('conflict');
  });
});

describe('matchSentence: positions on the page', () => {
  it('gives a page that repeats the FT\'s freeze the reports that say Moscow\'s terms are unchanged', () => {
    const ms = matchSentence(corpus, 'The Financial Times reported that Putin had offered to halt the invasion along the current front lines.');
    expect(rel(ms, 'agree', 'seed-002')).toBeDefined();
    expect(rel(ms, 'conflict', 'seed-004')?.why).toMatch(/unchanged/);
    expect(rel(ms, 'conflict', 'seed-003')).toBeDefined();
  });

  it('does not set a page that reports the Kremlin\'s rejection of the offer against the Kremlin\'s unchanged terms', () => {
    const ms = matchSentence(corpus, 'The Kremlin on Tuesday rejected a Financial Times report that Putin had offered to freeze the war along the current front line.');
    expect(rel(ms, 'conflict', 'seed-004')).toBeUndefined();
    expect(rel(ms, 'conflict', 'seed-003')).toBeUndefined();
  });

  it('reads claims given up in other words as the FT\'s account, and sets it against the terms still standing', () => {
    const ms = matchSentence(corpus, 'Moscow would be willing to drop its claims to the parts of Donetsk, Luhansk, Zaporizhzhia and Kherson it does not yet occupy, the paper said.');
    expect(rel(ms, 'agree', 'seed-002')).toBeDefined();
    expect(rel(ms, 'conflict', 'seed-004')?.why).toMatch(/unchanged|still demand a withdrawal/);
    expect(rel(ms, 'agree', 'seed-000')).toBeUndefined();
  });

  it('does not turn a page that states Russia\'s terms against every report of flexibility: only "unchanged" is the mirror', () => {
    const ms = matchSentence(corpus, 'Ukraine must drop its ambition to join NATO and withdraw its forces from the entirety of the four regions Russia claims as its own.');
    expect(ms.filter((m) => m.relation === 'conflict')).toEqual([]);
  });

  it('sets a page that states the terms still standing against claims given up, but not against the freeze', () => {
    const ms = matchSentence(corpus, 'Moscow still insists that Kyiv give up on NATO and withdraw its army from all four regions it claims.');
    expect(rel(ms, 'conflict', 'seed-003')?.why).toMatch(/divided.*still demand a withdrawal/);
    expect(rel(ms, 'conflict', 'seed-000')).toBeUndefined();
  });

  it('marks no question: it claims nothing', () => {
    expect(isCheckable('Is Moscow prepared to freeze the war where it is?')).toBe(false);
    expect(matchSentence(corpus, 'Have Russia\'s war aims changed?')).toEqual([]);
  });
});

describe('matchSentence: who someone is is not what is claimed', () => {
  const sentence = 'Steve Witkoff, the special envoy of President-elect Donald Trump, travelled to Doha and Jerusalem to close the deal.';

  it('does not mark Witkoff\'s title on a page about another story, nor carry the FT\'s rejection to it', () => {
    const page = pageContext('Israel and Hamas agree ceasefire after Witkoff joins the mediators', [
      'Israel and Hamas have agreed a ceasefire and hostage release deal, mediators in Qatar announced on Wednesday.',
      'The first phase will last 42 days, during which 33 Israeli hostages are to be freed.',
      sentence,
    ]);
    expect(matchSentence(corpus, sentence, { threshold: 0.5, relations: { agree: true, conflict: true, related: true }, candidates: 10, page })).toEqual([]);
  });

  it('still marks Witkoff\'s meeting on a page about it', () => {
    const text = 'The Russian leader made the offer to Steve Witkoff, Trump\'s special envoy, when the two met in St Petersburg this month, the newspaper said.';
    const page = pageContext('Putin offers to halt war on current front line, FT reports', ['Vladimir Putin has offered to halt his war along the current front line, the Financial Times reported.', text]);
    expect(rel(matchSentence(corpus, text, { threshold: 0.5, relations: { agree: true, conflict: true, related: true }, candidates: 10, page }), 'agree', 'seed-002')).toBeDefined();
  });
});
