import { beforeAll, describe, expect, it } from 'vitest';
import { frameHits, negatedWords, shownHit } from './frames.ts';
import { loadCliCorpus } from '../../cli/lib/corpus.ts';
import type { Corpus } from '../search/corpus.ts';
import { matchSentence } from './matcher.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCliCorpus();
});

const all = () => true;

describe('negatedWords', () => {
  it('reads "has yet to receive" as a negation, like "has not received"', () => {
    expect([...negatedWords('Kyiv has yet to receive a formal offer.', all)]).toContain('receive');
    expect([...negatedWords('Kyiv has not received a formal offer.', all)]).toContain('formal');
  });

  it('reads "ruled out" and "refused to" as negating what follows', () => {
    expect([...negatedWords('Zelensky ruled out recognising Crimea as Russian.', all)]).toContain('recognising');
    expect([...negatedWords('Kyiv refused to cede the four regions.', all)]).toContain('cede');
  });
});

describe('frameHits', () => {
  it('reads what follows a colon as the same clause: "the line has not moved: the objectives are …"', () => {
    const hit = frameHits("The Kremlin's line has not moved: Russia's objectives are what they always were.").find((h) => h.frame === 'change');
    expect(hit?.sign).toBe(-1);
    expect(hit?.near).toContain('objectives');
  });

  it('finds both sides of a frame in one sentence', () => {
    const signs = frameHits('Peskov refused to give a date but said Putin was still open to a settlement.').filter((h) => h.frame === 'accept').map((h) => h.sign);
    expect(signs).toEqual([-1, 1]);
  });
});

describe('frames of reception and of progress', () => {
  it('reads "welcomed" against "cautioned", and "gains" against "setbacks"', () => {
    expect(frameHits('NATO officials welcomed the report.').find((h) => h.frame === 'reception')?.sign).toBe(1);
    expect(frameHits('European officials cautioned that it could be a tactic.').find((h) => h.frame === 'reception')?.sign).toBe(-1);
    expect(frameHits("Kyiv's forces have made notable gains in the east.").find((h) => h.frame === 'progress')?.sign).toBe(1);
    expect(frameHits('Kyiv has recently experienced setbacks in eastern regions.').find((h) => h.frame === 'progress')?.sign).toBe(-1);
  });

  it('sets gains in the east against 003\'s setbacks in eastern regions', () => {
    const m = matchSentence(corpus, "Kyiv's forces, meanwhile, have made notable gains in the east in recent weeks.").find((x) => x.report.id === 'seed-003');
    expect(m?.relation).toBe('conflict');
    expect(m?.why).toMatch(/losing ground.*gaining ground/);
  });
});

describe('a call arranged, or not', () => {
  it('reads "no confirmed plans for a call" and "no call had been arranged" as nothing arranged, "set for next week" as arranged', () => {
    const side = (t: string) => frameHits(t).find((h) => h.frame === 'arranged')?.sign;
    expect(side('There are no confirmed plans for a call between Trump and Putin.')).toBe(-1);
    expect(side('No call with Trump had been arranged, the spokesman said.')).toBe(-1);
    expect(side('A phone call between the two leaders was set for next week.')).toBe(1);
    expect(side('Trump said he expected to speak to Putin soon.')).toBeUndefined();
  });

  it('sets a call "already scheduled" against the Kremlin\'s "no confirmed plans for a call", but not a call Trump only expects', () => {
    const conflict = (t: string) => matchSentence(corpus, t).find((m) => m.relation === 'conflict' && m.report.id === 'seed-004');
    expect(conflict('Peskov said a telephone call between Putin and Trump had already been scheduled for Tuesday.')?.why).toMatch(/nothing has been arranged/);
    expect(conflict('Trump told NBC he had not talked to Putin yet but expected to speak to him soon.')).toBeUndefined();
  });
});

describe('a move towards something', () => {
  it('does not read "any move to end the fighting" as a shift of position, as it reads "Moscow has moved"', () => {
    expect(frameHits('Putin said any move to end the fighting depended on agreeing the terms of a ceasefire.').some((h) => h.frame === 'change')).toBe(false);
    expect(frameHits('Moscow has moved on the question of the front line.').find((h) => h.frame === 'change')?.sign).toBe(1);
  });

  it('does not read a move into a place as a shift of position', () => {
    expect(frameHits('He says the alliance has repeatedly moved into what Moscow regards as its sphere of influence.').some((h) => h.frame === 'change')).toBe(false);
  });

  it('reads "no plans to revisit his terms" as no shift', () => {
    expect(frameHits('Peskov added that Putin had no plans to revisit his terms.').find((h) => h.frame === 'change')?.sign).toBe(-1);
  });
});


describe('a line that has not budged', () => {
  it('reads "the Kremlin\'s public line has not budged" as the terms unchanged, against 000\'s flexibility', () => {
    const ms = matchSentence(corpus, "Yet the Kremlin's public line has not budged.");
    expect(ms.find((m) => m.relation === 'agree' && m.report.id === 'seed-004')).toBeDefined();
    expect(ms.find((m) => m.relation === 'conflict' && m.report.id === 'seed-000')).toBeDefined();
  });
});

describe('nothing has moved', () => {
  it('reads "nothing in Moscow\'s position has actually moved" as no shift: "nothing" opens the subject, an adverb before the verb', () => {
    const hit = frameHits("Whitfield argues that nothing in Moscow's position has actually moved.").find((h) => h.frame === 'change');
    expect(hit?.sign).toBe(-1);
    expect(frameHits("Moscow's position has actually moved.").find((h) => h.frame === 'change')?.sign).toBe(1);
  });
});

describe('how two countries get on', () => {
  it('reads "warmer" and "an all-time low" as the two sides of relations, and "ties between" as relations', () => {
    expect(frameHits('Relations between Russia and the United States are warmer than at any point since the Cold War.').find((h) => h.frame === 'relations')?.sign).toBe(1);
    expect(frameHits('Current U.S.-Russia relations are at an all-time low.').find((h) => h.frame === 'relations')?.sign).toBe(-1);
    expect(matchSentence(corpus, 'Relations between Russia and the United States are warmer than at any point since the Cold War.').find((m) => m.relation === 'conflict' && m.report.id === 'seed-004')?.why).toMatch(/relations are at their worst/);
  });
});

describe('a frame hit as the reason shows it', () => {
  it('quotes the words the idioms folded, not the folded word', () => {
    expect(matchSentence(corpus, 'Relations between Russia and the United States are warmer than at any point since the Cold War.').find((m) => m.relation === 'conflict')?.why).toMatch(/“an all-time low”/);
    expect(shownHit('are unscheduled')).toBe('are no plans');
  });
});
