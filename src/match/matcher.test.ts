import { beforeAll, describe, expect, it } from 'vitest';
import { loadCliCorpus } from '../../cli/lib/corpus.ts';
import type { Corpus } from '../search/corpus.ts';
import { clauses, DEFAULT_MATCH_OPTIONS, deniedClaim, matchSentence, reportedClaim } from './matcher.ts';
import { pageContext } from './page-context.ts';
import type { Match } from './types.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCliCorpus();
});

const rel = (ms: Match[], relation: string, report: string) => ms.find((m) => m.relation === relation && m.report.id === report);
/** Options for a headline read as its own page's title, as the extension reads one. */
const page = (title: string) => ({ ...DEFAULT_MATCH_OPTIONS, page: pageContext(title, []) });

describe('matchSentence on the seed corpus', () => {
  it('a report that contradicts the sentence is not also shown agreeing with it in part', () => {
    const ms = matchSentence(corpus, 'Valery Gerasimov, the head of Russia\'s general staff, told Putin on Saturday that only about 50% of the Kursk region had been retaken.');
    expect(rel(ms, 'conflict', 'seed-002')?.why).toMatch(/99\.5%.*about 50%/);
    expect(rel(ms, 'agree', 'seed-002')).toBeUndefined();
  });

  it('declaring a truce is not declaring a willingness to negotiate one: a truce headline matches nothing', () => {
    // 003: "Russia has declared its willingness to engage in ceasefire negotiations with the incoming Trump administration."
    expect(matchSentence(corpus, 'Christmas truce declared in Ukraine', page('Christmas truce declared in Ukraine'))).toEqual([]);
    expect(rel(matchSentence(corpus, 'Russia declared its readiness for ceasefire talks with the new US administration.'), 'agree', 'seed-003')).toBeDefined();
  });

  it('another attack is not the Sochi attack: a headline on drones striking Moscow matches nothing', () => {
    const moscow = 'Moscow hit by largest drone attack of the war';
    expect(matchSentence(corpus, moscow, page(moscow))).toEqual([]);
    const sochi = "A Ukrainian drone attack on Putin's residence in Sochi came two days before the call";
    expect(rel(matchSentence(corpus, sochi, page(sochi)), 'agree', 'seed-000')).toBeDefined();
  });

  it('a strike on Kyiv is not Ukraine striking Russian territory: what was struck differs', () => {
    // 003: "Moscow said that Ukraine used these missiles to strike Russian territory for the first time".
    const kyiv = 'Massive Russian missile strike on Kyiv kills at least 12';
    expect(matchSentence(corpus, kyiv, page(kyiv))).toEqual([]);
    const atacms = 'Ukraine fired US-made ATACMS missiles to strike Russian territory for the first time, Moscow said';
    expect(rel(matchSentence(corpus, atacms, page(atacms)), 'agree', 'seed-003')).toBeDefined();
  });

  it("another leader's call is not the Putin–Trump call: Ushakov's 'constructive' about Putin's call with Modi matches nothing", () => {
    const title = 'Ushakov: Putin and Modi discussed oil supplies in hour-long call';
    const options = { ...DEFAULT_MATCH_OPTIONS, page: pageContext(title, ['Russian President Vladimir Putin and Indian Prime Minister Narendra Modi held a telephone conversation that lasted about an hour, Kremlin aide Yuri Ushakov said.']) };
    expect(matchSentence(corpus, 'Ushakov said the conversation was "friendly and constructive".', options)).toEqual([]);
    const ours = 'Putin and Trump discussed Ukraine in a phone call on Tuesday';
    const same = { ...DEFAULT_MATCH_OPTIONS, page: pageContext(ours, ['The Kremlin said the conversation between Putin and Trump was held at the initiative of the American side.']) };
    expect(rel(matchSentence(corpus, 'Peskov said the conversation was "businesslike and constructive".', same), 'agree', 'seed-000')).toBeDefined();
  });

  it('declining to comment on plans says nothing of any plan', () => {
    // 004: "Zelenskiy has presented a 'victory plan' calling for increased Western military aid".
    const title = 'Kremlin rejects report that Russia is preparing new offensive in Zaporizhzhia';
    expect(matchSentence(corpus, '"This is not true," Peskov told journalists, adding that he would not comment on military plans.', page(title))).toEqual([]);
  });

  it("one side's readiness is not the other's: Ukraine ready for a ceasefire does not agree with Putin's willingness", () => {
    const ms = matchSentence(corpus, 'Zelensky said Ukraine was ready for a ceasefire.');
    expect(ms.filter((m) => m.relation !== 'related')).toEqual([]);
    expect(rel(matchSentence(corpus, 'Putin is willing to consider a ceasefire along the current front lines, sources told Reuters.'), 'agree', 'seed-000')).toBeDefined();
  });

  it('a deal of another kind is another matter: a minerals deal is not a peace deal', () => {
    const minerals = 'Ukraine and US sign minerals deal after weeks of talks';
    expect(matchSentence(corpus, minerals, page(minerals))).toEqual([]);
  });

  it('a date and a common word say when, not what: "in place since February 2022" matches nothing', () => {
    expect(matchSentence(corpus, 'The measures have been in place since February 2022.')).toEqual([]);
    const biden = matchSentence(corpus, 'That is wrong: Putin and Biden last spoke in February 2022, shortly before Russian troops crossed the border.');
    expect(biden.map((m) => m.report.id)).toEqual(['seed-004']);
  });

  it("aims for the economy are no war aims, and a report on prisoners of war is not the FT's report", () => {
    const economy = "Kremlin says Putin's goals for the economy unchanged despite slowdown";
    expect(matchSentence(corpus, economy, page(economy)).filter((m) => m.relation === 'conflict' || !m.why.includes('in part'))).toEqual([]);
    const amnesty = 'Kremlin rejects Amnesty report on prisoners of war';
    expect(matchSentence(corpus, amnesty, page(amnesty))).toEqual([]);
    const goals = "Kremlin says Putin's goals in Ukraine unchanged";
    expect(rel(matchSentence(corpus, goals, page(goals)), 'agree', 'seed-004')).toBeDefined();
  });

  it("words every report uses are the corpus's subject, not a claim: a battlefield report agrees with 004's terms in part only", () => {
    const ms = matchSentence(corpus, 'In other news, Russian forces said they had taken two more villages in the Donetsk region.');
    expect(ms.filter((m) => m.relation !== 'related' && !m.why.startsWith('Reports the same, in part'))).toEqual([]);
  });

  it('a unit carries a figure, not a claim: a meeting that lasted hours does not agree with a call that lasted over an hour', () => {
    const title = 'Trump hosts Zelensky at White House for talks on Tomahawk missiles';
    expect(matchSentence(corpus, 'The meeting lasted about two and a half hours, a Ukrainian official said.', page(title))).toEqual([]);
  });

  it('ending a summit is not ending the war: a summit that ends without a deal matches nothing', () => {
    const summit = 'Putin and Trump end Alaska summit without a deal';
    expect(matchSentence(corpus, summit, page(summit))).toEqual([]);
    const vow = 'Trump has promised to end the war within 24 hours and wants a quick deal';
    expect(rel(matchSentence(corpus, vow, page(vow)), 'agree', 'seed-000')).toBeDefined();
  });

  it('a report the page names by another subject is another report: dismissing a report on Putin\'s health is not rejecting the FT report', () => {
    const health = 'Kremlin dismisses report on Putin health as "absolutely fake"';
    expect(matchSentence(corpus, health, page(health))).toEqual([]);
    const pipeline = 'Kremlin dismisses FT report on Nord Stream 2 restart talks';
    expect(matchSentence(corpus, pipeline, page(pipeline))).toEqual([]);
    const offer = 'Kremlin dismisses FT report on Putin peace offer as false';
    expect(matchSentence(corpus, offer, page(offer)).map((m) => m.report.id)).toContain('seed-002');
  });

  it('finds a differing figure for the same call, and says which', () => {
    const ms = matchSentence(corpus, 'The telephone call between Putin and Trump on Monday lasted only about twenty minutes, according to people briefed on it.');
    const m = rel(ms, 'conflict', 'seed-000');
    expect(m?.why).toMatch(/over an hour/);
    expect(m?.why).toMatch(/twenty minutes/);
  });

  it('reads "barely 30 minutes" as a call length that conflicts with a two-hour call', () => {
    // On Monday, as 001 says of its two-hour call (a call on another day is another call).
    const ms = matchSentence(corpus, 'Vladimir Putin and Donald Trump spoke for barely 30 minutes on Monday, in a call aides on both sides described as short and to the point.');
    expect(ms.find((m) => m.relation === 'conflict')?.why).toMatch(/barely 30 minutes/);
  });

  it('compares "a full week before" with "48 hours after" in one unit', () => {
    const m = rel(matchSentence(corpus, 'Moscow says the drone attack happened a full week before the two leaders spoke.'), 'conflict', 'seed-000');
    expect(m?.why).toMatch(/48 hours.*a full week/);
  });

  it('agrees when the figures fit ("about two hours" and "two-hour")', () => {
    const ms = matchSentence(corpus, 'Putin and Trump spoke by telephone for about two hours on Monday.');
    expect(rel(ms, 'agree', 'seed-001')?.why).toMatch(/figures fit/);
    expect(ms.some((m) => m.relation === 'conflict')).toBe(false);
  });

  it('sees the Kremlin confirming what it rejected as a conflict with the rejection', () => {
    const ms = matchSentence(corpus, 'Kremlin spokesman Dmitry Peskov confirmed the Financial Times report, saying it accurately described what Putin had offered.');
    const m = rel(ms, 'conflict', 'seed-002');
    expect(m?.statement.text).toMatch(/rejected the Financial Times report/);
  });

  it('reads a short "the Kremlin rejected the report" as 002\'s rejection of the Financial Times report, whatever else Peskov said', () => {
    expect(rel(matchSentence(corpus, 'The Kremlin dismissed the report within a few hours.'), 'agree', 'seed-002')?.why).toMatch(/denied/);
  });

  it('carries the rejection to a page that repeats the FT claim (claim graph)', () => {
    const ms = matchSentence(corpus, 'Putin has suggested ending the conflict in Ukraine along the existing front lines, the Financial Times reported, citing several sources familiar with the talks.');
    expect(rel(ms, 'agree', 'seed-002')).toBeDefined();
    const c = rel(ms, 'conflict', 'seed-002');
    expect(c?.statement.text).toMatch(/Peskov rejected/);
    expect(c?.why).toMatch(/rejected the Financial Times report/);
  });

  it('does not carry the Kremlin\'s rejection of the FT story to a page that repeats what the story says the US proposed', () => {
    const ms = matchSentence(corpus, "Under the US plan, Washington would recognise Russia's 2014 annexation of Crimea.");
    expect(rel(ms, 'agree', 'seed-002')).toBeDefined();
    expect(rel(ms, 'conflict', 'seed-002')).toBeUndefined();
  });

  it('does not make an opinion on the page a conflict: "officials believe Putin is unwilling" agrees with NATO\'s belief and contradicts no account', () => {
    const ms = matchSentence(corpus, 'Western officials believe Putin is still unwilling to make any concessions in the talks.');
    expect(rel(ms, 'agree', 'seed-003')).toBeDefined();
    expect(ms.filter((m) => m.relation === 'conflict')).toEqual([]);
  });

  it('does not set a page that repeats the Kremlin against an opinion ("their belief that Putin remains unwilling")', () => {
    const ms = matchSentence(corpus, 'Peskov said Putin remained open to contacts, though no call with Trump had been set up.');
    expect(rel(ms, 'agree', 'seed-004')).toBeDefined();
    expect(rel(ms, 'conflict', 'seed-003')).toBeUndefined();
  });

  it('keeps what the page itself says about a statement over a conflict it would inherit', () => {
    // The page agrees with 000's account of a shift outright; agreeing with 004's "open to
    // discussing" must not turn 000 into a conflict through 004's "remains resolute".
    const ms = matchSentence(corpus, 'Russian President Vladimir Putin told U.S. President-elect Donald Trump by phone that he was prepared to look at new terms for a ceasefire in Ukraine.');
    expect(rel(ms, 'agree', 'seed-000')).toBeDefined();
    expect(rel(ms, 'conflict', 'seed-000')).toBeUndefined();
  });

  it('sets a page that reports a denial against the account denied, and says it is the denial the page reports', () => {
    const ms = matchSentence(corpus, 'Peskov dismissed the Financial Times report, saying many false claims were being made even by reputable publications.');
    expect(rel(ms, 'agree', 'seed-002')?.statement.text).toMatch(/Peskov rejected/);
    expect(rel(ms, 'conflict', 'seed-002')?.why).toMatch(/^Denied, as the page reports: /);
  });

  it('reads "would be satisfied with a freeze" against "a simple freezing wouldn\'t suffice"', () => {
    const m = rel(matchSentence(corpus, 'Peskov said Moscow would be satisfied with a simple freeze of the front line for now.'), 'conflict', 'seed-003');
    expect(m?.why).toMatch(/not acceptable.*wouldn't suffice/);
  });

  it('reads a ceasefire "based on the existing front lines" as the freeze, with the freeze\'s conflicts', () => {
    const ms = matchSentence(corpus, 'In November, Reuters reported that Putin was open to a ceasefire based on the existing front lines.');
    expect(rel(ms, 'agree', 'seed-000')).toBeDefined();
    // Peskov: a simple freeze "wouldn't suffice" (003), and his rejection of the FT's account (002).
    expect(rel(ms, 'conflict', 'seed-003')?.why).toMatch(/suffice/);
    expect(rel(ms, 'conflict', 'seed-002')?.why).toMatch(/rejected the Financial Times report/);
  });

  it('reads "froze" as "freeze"', () => {
    expect(rel(matchSentence(corpus, 'Russia would accept a deal that froze the fighting, Peskov said.'), 'conflict', 'seed-003')).toBeDefined();
  });

  it('carries a conflict to a page that restates a statement nearly whole ("not enough" — against 000\'s sources)', () => {
    const ms = matchSentence(corpus, "The Kremlin's spokesman has said that simply freezing the war would not be enough for Russia.");
    expect(rel(ms, 'agree', 'seed-003')).toBeDefined();
    // Said outright by the reported clause, or carried from 003 along the claim graph: either way 000's sources are contradicted, and the reason says how.
    expect(rel(ms, 'conflict', 'seed-000')?.why).toMatch(/against what the page repeats|not acceptable|a freeze is not enough/);
  });

  it('reads a call described as "tense" against "businesslike and constructive", and not a call between others', () => {
    const m = rel(matchSentence(corpus, 'Peskov described the conversation as tense and unproductive.'), 'conflict', 'seed-000');
    expect(m?.why).toMatch(/went well.*businesslike.*went badly.*tense/);
    expect(matchSentence(corpus, 'The Kremlin said the call between Putin and Erdogan was constructive.')).toEqual([]);
  });

  it('opposes "goals have changed" to "objectives have not shifted"', () => {
    const ms = matchSentence(corpus, "Peskov said Moscow's goals in Ukraine had changed and that Putin was now prepared to revise his terms.");
    expect(rel(ms, 'conflict', 'seed-004')?.why).toMatch(/no shift/);
  });

  it('reads "has received" against "has not received" as a conflict', () => {
    const ms = matchSentence(corpus, "Zelensky said Kyiv had received an official offer from Trump's team and was studying it.");
    expect(rel(ms, 'conflict', 'seed-002')).toBeDefined();
    const same = matchSentence(corpus, "Zelensky said Kyiv had not yet received an official offer from Trump's team.");
    expect(rel(same, 'agree', 'seed-002')).toBeDefined();
    expect(rel(same, 'conflict', 'seed-002')).toBeUndefined();
  });

  it('says a report agrees in part when it shares part of the claim and nothing sets them apart', () => {
    const ms = matchSentence(corpus, 'Ukraine fired the US-supplied missiles at Russian territory, officials said, though the damage is unclear.');
    const m = rel(ms, 'agree', 'seed-003');
    expect(m?.why).toMatch(/^Reports the same, in part: .*missiles/);
  });

  it('lists no merely related report once the sentence has a verdict', () => {
    const ms = matchSentence(corpus, "Moscow is ready to discuss a ceasefire in Ukraine with Donald Trump's incoming administration, the Kremlin said.");
    expect(ms.some((m) => m.relation === 'agree')).toBe(true);
    expect(ms.filter((m) => m.relation === 'related')).toEqual([]);
  });

  it('marks nothing on sentences about other subjects that share names', () => {
    for (const s of [
      'Manchester United beat Chelsea 3-1 on Saturday, with two late goals.',
      'Trump said on Tuesday he would meet European leaders in London to discuss trade tariffs.',
      'Putin will visit Mongolia next week, the Kremlin said, despite an international arrest warrant.',
      'Zelensky thanked Germany for a new air defence system delivered on Friday.',
    ]) expect(matchSentence(corpus, s), s).toEqual([]);
  });
});

describe('matchSentence: wire datelines', () => {
  it('judges a first paragraph without its dateline, and a live-blog post without its time: the filing city and time are not the story\'s', () => {
    const story = 'The telephone call between Putin and Trump on Monday lasted only about twenty minutes, according to people briefed on it.';
    const plain = matchSentence(corpus, story).map((m) => `${m.relation} ${m.report.id}`);
    expect(plain).toContain('conflict seed-000');
    for (const dateline of ['BERLIN, 22 November (dpa) - ', 'LONDON, Nov 22 (Reuters) - ', 'WASHINGTON (AP) — ', '10.32 GMT: ', 'Updated 9:05 am ET — '])
      expect(matchSentence(corpus, dateline + story).map((m) => `${m.relation} ${m.report.id}`), dateline).toEqual(plain);
  });
});

describe('matchSentence: British and American spelling', () => {
  it('meets a report in the other spelling ("demilitarization" / 000\'s "demilitarisation")', () => {
    const us = matchSentence(corpus, "Putin no longer insists on Ukraine's complete demilitarization, people familiar with the call said.");
    const uk = matchSentence(corpus, "Putin no longer insists on Ukraine's complete demilitarisation, people familiar with the call said.");
    expect(rel(us, 'agree', 'seed-000')).toBeDefined();
    expect(us.map((m) => `${m.relation} ${m.report.id}`)).toEqual(uk.map((m) => `${m.relation} ${m.report.id}`));
  });
});

describe('matchSentence: page furniture', () => {
  it('marks nothing on a promotion or a credit line that reached the article text', () => {
    for (const s of ['Click here for our full coverage of the war in Ukraine.', 'Sign up for our newsletter for the latest on the talks between Putin and Trump.', 'Reporting by the Moscow bureau; editing by the Ukraine desk'])
      expect(matchSentence(corpus, s), s).toEqual([]);
  });
});

describe('matchSentence: contractions', () => {
  it('reads "wasn\'t enough" as "was not enough": the same agreement and the same conflicts', () => {
    const full = matchSentence(corpus, "At the time, the Kremlin's spokesman said simply freezing the conflict was not enough for Moscow.");
    const short = matchSentence(corpus, "At the time, the Kremlin's spokesman said simply freezing the conflict wasn't enough for Moscow.");
    expect(rel(short, 'agree', 'seed-003')).toBeDefined();
    expect(rel(short, 'conflict', 'seed-000')).toBeDefined();
    expect(short.map((m) => `${m.relation} ${m.report.id}`)).toEqual(full.map((m) => `${m.relation} ${m.report.id}`));
  });
});

describe('matchSentence: someone else’s event', () => {
  it('reads a country none of the reports speaks of as another event: a Kremlin denial about Polish airspace is not 000\'s', () => {
    const ms = matchSentence(corpus, 'The Kremlin denied reports that Russian drones had entered Polish airspace, calling them a provocation.');
    expect(ms.filter((m) => m.relation !== 'related')).toEqual([]);
  });

  it('does not mark another leader’s readiness to work with the incoming Trump administration', () => {
    // The words fit Kyiv's or Russia's readiness in the corpus; the party does not: China is named by no report.
    expect(matchSentence(corpus, 'The Chinese president said Beijing was ready to work with the incoming Trump administration.')).toEqual([]);
  });

  it('does not take another Trump envoy for Witkoff on a shared "special envoy"', () => {
    expect(matchSentence(corpus, "Trump's special envoy, Keith Kellogg, has argued for a different approach.")).toEqual([]);
  });

  it('reads "Kyiv has kept silent" on the Sochi attack as 000\'s "neither confirmed nor denied"', () => {
    const page = pageContext('Drone targets Putin residence in Sochi', ['Russia said a Ukrainian drone targeted Putin\'s residence in Sochi.']);
    expect(rel(matchSentence(corpus, 'Kyiv has kept silent about the attack, the paper notes.', { ...DEFAULT_MATCH_OPTIONS, page }), 'agree', 'seed-000')).toBeDefined();
  });

  it('ties a figure of a named measure to a report through a party both name, whoever else the page names; not another war\'s same figure', () => {
    expect(rel(matchSentence(corpus, 'Zelensky said again that Ukraine backs a full and unconditional 30-day ceasefire.'), 'agree', 'seed-001')).toBeDefined();
    expect(matchSentence(corpus, 'Israel and Hamas agreed to a full and unconditional 30-day ceasefire.')).toEqual([]);
  });

  it('ties a sentence to a report by someone specific to it (Woodward) that the statement leaves to its context, whoever on the page says it', () => {
    const ms = matchSentence(corpus, "Professor Lindgren pointed out that Bob Woodward's new book reports as many as seven calls.");
    expect(rel(ms, 'agree', 'seed-004')?.statement.text).toMatch(/as many as seven conversations/);
  });

  it('reads a telegraphic line in which someone takes a side ("Kremlin: goals unchanged"), but not a short heading', () => {
    const ms = matchSentence(corpus, 'Peskov: war aims unchanged');
    expect(rel(ms, 'agree', 'seed-004')).toBeDefined();
    expect(rel(ms, 'conflict', 'seed-000')).toBeDefined();
    expect(matchSentence(corpus, 'Live: Ukraine peace talks')).toEqual([]);
  });

  it('sets a meeting "in Moscow" against the meeting "in St. Petersburg", but not "sources in Moscow"', () => {
    expect(rel(matchSentence(corpus, 'Witkoff met Putin in Moscow earlier this month, according to the Financial Times.'), 'conflict', 'seed-002')?.why).toMatch(/Moscow|Petersburg|rejected/);
    expect(rel(matchSentence(corpus, 'Witkoff met Putin in Moscow earlier this month, according to the Financial Times.'), 'agree', 'seed-002')).toBeUndefined();
  });

  it('reads a place the report never names, where its statement names another, as another event: a meeting in Jeddah is not the one in London', () => {
    expect(matchSentence(corpus, 'The attack came hours before US and Ukrainian officials were scheduled to meet in Jeddah.')).toEqual([]);
    expect(matchSentence(corpus, 'The Ukrainian attack came hours before officials were due to meet in Jeddah, Saudi Arabia.')).toEqual([]);
    // …a city in a country the report names is its place: Istanbul is the talks "in Turkey".
    expect(rel(matchSentence(corpus, 'Warring sides met in Istanbul last week, their first direct talks since 2022.'), 'agree', 'seed-001')).toBeDefined();
  });

  it('does not mark a sentence that shares nothing with a report but who Witkoff is, and still marks one that shares the place he was met', () => {
    const s = "He was flown out of Moscow on a plane carrying Steve Witkoff, Trump's special envoy for the Middle East.";
    const page = pageContext('Witkoff flies freed teacher out of Moscow', ['An American teacher arrived back in the United States late on Tuesday after three years in Russian custody.', s]);
    expect(matchSentence(corpus, s, { ...DEFAULT_MATCH_OPTIONS, page })).toEqual([]);
    expect(matchSentence(corpus, "Putin put it to Steve Witkoff, Trump's special envoy, when the two sat down in St Petersburg.").length).toBeGreaterThan(0);
  });

  it('does not lend the Kremlin’s description of its call to another office that calls its own call constructive', () => {
    expect(matchSentence(corpus, 'The Quirinale described the phone call as "candid and constructive".')).toEqual([]);
    // The Kremlin's own words still agree.
    const ms = matchSentence(corpus, 'The Kremlin described the conversation with Trump as "businesslike and constructive".');
    expect(rel(ms, 'agree', 'seed-000')).toBeDefined();
  });

  it('still ties a page sentence to a report through a specific party both name, whoever else the page names', () => {
    // The White House is not in 002, but Crimea is: the FT's terms.
    const ms = matchSentence(corpus, 'In return, the White House would have to formally recognise Crimea as Russian and promise that Ukraine will never join NATO, the report said.');
    expect(rel(ms, 'agree', 'seed-002')).toBeDefined();
  });
});

describe('matchSentence: figures of one event', () => {
  it('does not set a ceasefire’s 24 hours against the two-hour call on one shared name', () => {
    expect(matchSentence(corpus, 'The truce between the two armies was to take effect in stages over 24 hours, Trump wrote online.')).toEqual([]);
  });

  it('still sets a call’s length against the call when the page names both leaders', () => {
    const ms = matchSentence(corpus, 'Putin and Trump spoke by phone for barely 20 minutes on Monday.');
    expect(ms.find((m) => m.relation === 'conflict')?.why).toMatch(/Different figure/);
  });
});

describe('matchSentence: negation', () => {
  it('sets "confirmed the report" against "rejected the Financial Times report": the frame words\' object is the same, though common', () => {
    const m = rel(matchSentence(corpus, 'Later that day the Kremlin confirmed the report, with Peskov telling RIA Novosti it was accurate.'), 'conflict', 'seed-002');
    expect(m?.why).toMatch(/denied.*confirmed/);
  });

  it('does not take a question for a claim: "it is not clear whether Putin would accept a freeze" agrees and conflicts with no one', () => {
    for (const s of ['It is not clear whether Putin is ready to accept a freeze of the front lines.', 'Officials would not say if Trump and Putin had spoken by phone.']) {
      const ms = matchSentence(corpus, s);
      expect(ms.filter((m) => m.relation !== 'related'), s).toEqual([]);
      expect(ms.length, s).toBeGreaterThan(0);
    }
  });

  it('sets "raised the threshold" against 003\'s "lowered the threshold", but not "widened the conditions" (said of another thing)', () => {
    expect(rel(matchSentence(corpus, 'Putin has raised the threshold for the use of nuclear weapons.'), 'conflict', 'seed-003')?.why).toMatch(/went down.*went up/);
    expect(rel(matchSentence(corpus, 'Putin approved a new doctrine that widens the conditions for using nuclear weapons.'), 'conflict', 'seed-003')).toBeUndefined();
  });

  it('does not let "ruled out recognising Crimea" agree with a proposal to recognise it: the same subject, said the other way', () => {
    const ms = matchSentence(corpus, 'Kyiv has always ruled out recognising Crimea as Russian land.');
    expect(rel(ms, 'agree', 'seed-002')).toBeUndefined();
    expect(rel(ms, 'conflict', 'seed-002')).toBeUndefined();
    // …while the proposal itself still agrees.
    expect(rel(matchSentence(corpus, "Washington's proposal would recognise Crimea as Russian land."), 'agree', 'seed-002')).toBeDefined();
  });

  it('does not set "has yet to receive an offer" against "has not received an offer"', () => {
    const ms = matchSentence(corpus, "Zelensky said Kyiv has yet to receive an official offer from Trump's team.");
    expect(rel(ms, 'conflict', 'seed-002')).toBeUndefined();
    expect(rel(ms, 'agree', 'seed-002')).toBeDefined();
  });
});

describe('matchSentence: a sentence that takes both sides of a frame', () => {
  it('agrees with "remains open" when the page refuses one thing but stays open to the settlement', () => {
    const ms = matchSentence(corpus, 'Peskov refused to name a date for any ceasefire, but insisted Putin remained open to a peaceful solution.');
    // 002: "Peskov … didn't want to discuss a timeline for a potential ceasefire, but … Putin remains open to a peaceful settlement".
    expect(rel(ms, 'conflict', 'seed-002')).toBeUndefined();
    expect(rel(ms, 'agree', 'seed-002')).toBeDefined();
  });
});

describe('matchSentence: days of the week', () => {
  it('does not set a call "on Thursday" against the two-hour call "on Monday": another call', () => {
    const ms = matchSentence(corpus, 'Putin and Trump spoke by phone for only 20 minutes on Thursday, in a call both sides called brief.');
    expect(rel(ms, 'conflict', 'seed-001')).toBeUndefined();
  });

  it('still sets a call on the same day against it', () => {
    const ms = matchSentence(corpus, 'Putin and Trump spoke by phone for only 20 minutes on Monday, in a call both sides called brief.');
    expect(rel(ms, 'conflict', 'seed-001')?.why).toMatch(/two-hour/);
  });
});

describe('clauses', () => {
  it('splits a two-claim sentence at ", and"', () => {
    expect(clauses('Putin and Trump spoke for about two hours on Monday, and Putin said afterwards that Moscow was ready to work on a memorandum.')).toHaveLength(2);
    expect(clauses('Putin spoke to Trump.')).toEqual([]);
  });

  it('splits "said that X and that Y" into its two reported claims', () => {
    expect(clauses('Zelensky said that promises from Moscow were worthless and that Kyiv wanted Russian troops to leave its territory.')).toHaveLength(2);
  });

  it('splits at a trailing "with" or "adding that" clause, and marks the claim hung there', () => {
    const s = 'Both hosts agree that Moscow has tried to play the incident down, with officials branding it a Ukrainian provocation.';
    expect(clauses(s)).toEqual(['Both hosts agree that Moscow has tried to play the incident down', 'officials branding it a Ukrainian provocation.']);
    expect(rel(matchSentence(corpus, s), 'agree', 'seed-000')).toBeDefined();
  });
});

describe('reportedClaim', () => {
  it('takes the claim out of its frame and asides', () => {
    expect(reportedClaim('Orlov, though, repeats a claim circulating on Russian Telegram channels that the attack happened a full week before the call, not a matter of days.')).toEqual([
      'the attack happened a full week before the call',
    ]);
    expect(reportedClaim('Putin spoke to Trump for over an hour.')).toEqual([]);
  });

  it('marks a claim a long frame would dilute: Reuters\' sources on a freeze, reported inside a sentence about a signal', () => {
    const ms = matchSentence(corpus, 'The signal came after Reuters, quoting five Russian sources, reported that Moscow could accept a deal that freezes the war more or less along the current front.');
    expect(ms.filter((m) => m.relation === 'agree').map((m) => m.report.id)).toEqual(expect.arrayContaining(['seed-000']));
  });

  it('does not let a reported claim agree across people: Gerasimov\'s figure is not Remchukov\'s', () => {
    const ms = matchSentence(corpus, "Valery Gerasimov, the head of Russia's general staff, told Putin on Saturday that only about 50% of the Kursk region had been retaken.");
    expect(ms.filter((m) => /Remchukov/.test(m.statement.text))).toEqual([]);
  });
});

describe('a denial the page reports', () => {
  it('finds the claim denied', () => {
    expect(deniedClaim("Ukraine's general staff denied that its forces had been pushed out of Kursk, saying fighting continued near the border.")).toBe('its forces had been pushed out of Kursk');
    expect(deniedClaim('Peskov rejected claims that Putin had spoken to Trump.')).toBe('Putin had spoken to Trump.');
    expect(deniedClaim('Putin spoke to Trump.')).toBeNull();
  });

  it('sets the page against the report that tells the denied claim as so, though the two share most of their words', () => {
    const ms = matchSentence(corpus, "Ukraine's general staff denied that Russian forces had retaken 99.5% of the Kursk region.");
    expect(rel(ms, 'conflict', 'seed-002')?.statement.text).toMatch(/Gerasimov/);
    expect(rel(ms, 'agree', 'seed-002')).toBeUndefined();
  });

  it('still agrees with a report that tells the same denial', () => {
    const ms = matchSentence(corpus, 'Kremlin spokesman Dmitry Peskov denied that Putin had offered to freeze the war along the current front line.');
    expect(ms.some((m) => m.relation === 'conflict' && /suggested concluding the conflict/.test(m.statement.text))).toBe(true);
    expect(ms.some((m) => m.relation === 'agree' && /wouldn’t suffice|wouldn't suffice/.test(m.statement.text))).toBe(true);
  });
});

describe('parties named and implied', () => {
  it('takes "the Kremlin" for the party of "Kremlin spokesman Peskov": "never confirmed the call took place" conflicts with his confirmation', () => {
    const ms = matchSentence(corpus, "In Orlov's telling, the Kremlin never actually confirmed that the call took place, leaving it to Trump's team to announce it.");
    expect(rel(ms, 'conflict', 'seed-000')?.statement.text).toMatch(/Peskov confirmed the conversation took place/);
  });
});

describe('a claim a report denies', () => {
  it('sets a page that makes the claim against the report that denies it, though they share its words', () => {
    const m = rel(matchSentence(corpus, 'Trump told NBC this week that he had already spoken to Putin since his election victory.'), 'conflict', 'seed-004');
    expect(m?.why).toMatch(/denies what the page says/);
  });

  it('keeps agreeing when the page reports the denial too', () => {
    const ms = matchSentence(corpus, 'The Kremlin denied rumours that Trump had spoken to Putin since leaving office.');
    expect(rel(ms, 'agree', 'seed-004')).toBeDefined();
    expect(rel(ms, 'conflict', 'seed-004')?.why ?? '').not.toMatch(/denies what the page says/);
  });
});

describe('agreeing in part', () => {
  it('does not let a report agree in part when one of its statements says the page\'s claim the other way', () => {
    const ms = matchSentence(corpus, 'Zelensky says Kyiv already has a formal American offer on the table and is studying it.');
    expect(rel(ms, 'agree', 'seed-002')).toBeUndefined();
  });
});

describe('matchSentence: a call told in few words', () => {
  const opts = (title: string, lead: string[]) => ({ ...DEFAULT_MATCH_OPTIONS, page: pageContext(title, lead) });

  it('ties a sentence that names no one to the call its lead is about, by the figure: "more than 60 minutes" / "over an hour"', () => {
    const o = opts('Putin hints at softer line in call with Trump', ['Russian President Vladimir Putin has hinted at a softer line on Ukraine in a rare telephone conversation with US President-elect Donald Trump, according to people close to the Kremlin.']);
    expect(rel(matchSentence(corpus, 'The conversation lasted more than 60 minutes, the sources said.', o), 'agree', 'seed-000')).toBeDefined();
    // …and not without a lead that names the call's people.
    expect(rel(matchSentence(corpus, 'The conversation lasted more than 60 minutes, the sources said.', opts('Stocks rally', ['Shares rose in Tokyo on Monday.'])), 'agree', 'seed-000')).toBeUndefined();
  });

  it('reads the same call on the same day with the same length as one event, however few words they share', () => {
    const ms = matchSentence(corpus, 'Okay so on Monday Trump and Putin had a really long phone call, like two hours long.');
    expect(rel(ms, 'agree', 'seed-001')).toBeDefined();
  });
});

describe('matchSentence: two sides that both say what is avoided', () => {
  it('does not read "so as not to have to trade territory" against "to avoid negotiating territory exchanges"', () => {
    const ms = matchSentence(corpus, 'Konstantin Remchukov, who edits Nezavisimaya Gazeta, said Putin clearly wanted all of Kursk back before agreeing to a US-brokered ceasefire, so as not to have to trade territory.');
    expect(rel(ms, 'agree', 'seed-002')).toBeDefined();
  });
});

describe('matchSentence: an answer against a report that has no answer', () => {
  const sochi = pageContext('Putin hints at softer line in call with Trump', [
    'Russian President Vladimir Putin has hinted at a softer line on Ukraine in a rare telephone conversation with US President-elect Donald Trump.',
    'It took place two days after what Moscow called a Ukrainian drone attack on Putin\'s residence in the Black Sea resort of Sochi.',
  ]);

  it('sets "Kyiv denied any role in the attack" against "Kyiv has neither confirmed nor denied involvement", on a page about the Sochi attack', () => {
    const m = rel(matchSentence(corpus, 'Kyiv denied any role in the attack.', { ...DEFAULT_MATCH_OPTIONS, page: sochi }), 'conflict', 'seed-000');
    expect(m?.why).toMatch(/neither confirmed nor denied.*an answer was given \(“denied”\)/);
  });

  it('does not, for an attack the report does not tell of', () => {
    const bridge = pageContext('Explosion damages Crimean bridge', ['An explosion damaged the bridge linking Russia to the annexed Crimean peninsula on Saturday.']);
    expect(matchSentence(corpus, 'Ukraine claimed responsibility for the attack on the bridge.', { ...DEFAULT_MATCH_OPTIONS, page: bridge })).toEqual([]);
  });
});

describe('matchSentence: one claim word, when the statement says most of the sentence', () => {
  it('agrees with "he has not yet spoken with Putin" on "spoken" alone, the rest being who and to whom', () => {
    expect(rel(matchSentence(corpus, 'Trump told NBC News on 7 November 2024 that he had not yet spoken to Putin.'), 'agree', 'seed-004')).toBeDefined();
  });

  it('still needs a rarer word when the statement says less of it', () => {
    expect(matchSentence(corpus, 'Trump has not yet spoken about the tariffs with the Japanese prime minister or his trade team.')).toEqual([]);
  });
});

describe('matchSentence: a label is not part of the claim', () => {
  it('reads a transcript line without its speaker, and a cable\'s paragraph without its number and class', () => {
    expect(rel(matchSentence(corpus, "KELLER: Ukraine's envoy to the EU, Vsevolod Chentsov, argues the missile decision puts Kyiv in a stronger position at any talks."), 'agree', 'seed-003')).toBeDefined();
    expect(rel(matchSentence(corpus, "1) (SBU) Summary: Kremlin spokesman Peskov on 22 April dismissed as false a Financial Times account of Putin's offer to end the war along the current line of contact."), 'agree', 'seed-002')).toBeDefined();
  });
});

describe('matchSentence: no answer, told twice', () => {
  const sochi = pageContext('Drone attack on Putin\'s Sochi residence precedes call', ['A drone attack on Vladimir Putin\'s residence in Sochi came two days before his call with Donald Trump.']);

  it('agrees with "Kyiv has neither confirmed nor denied involvement" on a page about the Sochi attack', () => {
    const m = rel(matchSentence(corpus, 'Ukrainian side traditionally keeps silence, neither confirming nor denying.', { ...DEFAULT_MATCH_OPTIONS, page: sochi }), 'agree', 'seed-000');
    expect(m?.why).toMatch(/no answer/);
  });
});

describe('matchSentence: the same talks by their city', () => {
  it('reads direct talks "in Istanbul" as the talks that "resumed recently in Turkey"', () => {
    expect(rel(matchSentence(corpus, 'Direct talks between Russian and Ukrainian delegations resumed in Istanbul on 16 May 2025, the first since the spring of 2022.'), 'agree', 'seed-001')).toBeDefined();
  });
});

describe('matchSentence: a date and a common word, with two names shared', () => {
  it('agrees with "Putin’s last direct communication with U.S. President Joe Biden occurred in February 2022"', () => {
    expect(rel(matchSentence(corpus, 'The last time Putin spoke to a sitting American president was in February 2022, days before the invasion.'), 'agree', 'seed-004')?.statement.text).toMatch(/February 2022/);
  });
});

describe('matchSentence: not saying whether', () => {
  const sochi = pageContext('Putin and Trump speak after Sochi drone attack', ['A drone attack on Vladimir Putin\'s residence in Sochi came days before his call with Donald Trump.']);
  it('agrees with "Kyiv has neither confirmed nor denied involvement" on "Kyiv has not said whether it was behind the strike"', () => {
    expect(rel(matchSentence(corpus, 'Kyiv has not said whether it was behind the strike.', { ...DEFAULT_MATCH_OPTIONS, page: sochi }), 'agree', 'seed-000')?.why).toMatch(/no answer/);
  });
});

describe('matchSentence: a figure told otherwise', () => {
  const call = pageContext('Putin and Trump speak by phone days after reported Sochi drone strike', [
    'Vladimir Putin has spoken by phone with US President-elect Donald Trump, according to people close to the Kremlin.',
  ]);
  it('conflicts with "over an hour" and does not also agree with the same report on who spoke and who says so', () => {
    const ms = matchSentence(corpus, 'The Putin–Trump call lasted only about 20 minutes, one of those sources said.', { ...DEFAULT_MATCH_OPTIONS, page: call });
    expect(rel(ms, 'conflict', 'seed-000')?.why).toMatch(/over an hour/);
    expect(rel(ms, 'agree', 'seed-000')).toBeUndefined();
  });
});

describe('matchSentence: a capital as the place, not a party', () => {
  it('sets "due to meet in Paris on Wednesday" against the London talks, Paris being where, not who', () => {
    const ms = matchSentence(corpus, 'Ukrainian, American and European officials are due to meet in Paris on Wednesday to discuss the proposals.');
    expect(rel(ms, 'conflict', 'seed-002')?.why).toMatch(/Different place/);
  });
});
