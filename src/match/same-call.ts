/**
 * A call's length told on the page, against the corpus's figures for a call
 * between the same people: "The conversation went on for roughly 90 minutes"
 * on a page about Putin's call with the President-elect, against 000's "The
 * call, which lasted over an hour". The two sentences share one word, the
 * call, and that is the point: the figure and who was on the line tie them,
 * not their wording, so word overlap cannot find them.
 *
 * Which call? A corpus may hold two calls between the same two people (000's
 * before the inauguration, 001's on a Monday after the Istanbul talks). The
 * page's title and lead say which: the words they share with one call's
 * report and not with the other's (Sochi, President-elect; Istanbul,
 * memorandum). A page that says nothing to tell them apart, or names
 * another day of the week, gets no figure from this step.
 */
import { entitiesOf } from '../analysis/entities.ts';
import type { Corpus } from '../search/corpus.ts';
import { term, terms, words } from '../text/tokens.ts';
import { compareFigures, measureOf } from './figures.ts';
import { sharedOccasion } from './occasion.ts';
import { isCaller, TELLS_OF_A_CALL, type PageContext } from './page-context.ts';
import { knownTo, otherDays, type ReportContext, type Side, type Verdict } from './relate.ts';
import { disjoint } from './time.ts';

const MEASURE = 'call duration';
/** A word that tells one call from another is one few texts use (Sochi, memorandum, President-elect), not "said" or "first". */
const TELLING_WEIGHT = 0.6;
const HEADLINE_FACTOR = 2;
/** Words that place an event before or after another, not which event it is: "ahead of planned Budapest summit". */
const WHEN_WORDS = new Set(['ahead', 'previous', 'upcoming', 'prior', 'subsequent', 'eve', 'run-up'].map(term));

/** Who was on the page's call: the people the sentence names, else those its page's headline or lead puts on it. */
export function pageCallers(text: string, page: PageContext | undefined): string[] {
  const own = entitiesOf(text).filter(isCaller);
  if (own.length >= 2) return own;
  const callers = new Set([...own, ...(page?.callers ?? []).filter(isCaller)]);
  // A lead that does not say who was on the call ("Putin's call, the Sochi drone…") puts its most-named people on it,
  // not everyone it names (Woodward, on a page listing the calls).
  for (const [e] of [...(page?.parties ?? [])].filter(([e]) => isCaller(e)).sort((a, b) => b[1] - a[1])) if (callers.size < 2) callers.add(e);
  return [...callers];
}

export interface SameCall {
  /** The chosen call's lengths that the page's figure fits or contradicts, by statement. */
  verdicts: Map<number, Verdict>;
  /** Lengths of other calls (with someone else, on another day, the other call of the same two): whatever words they share with the page, not its call. */
  elsewhere: Set<number>;
}

/**
 * The corpus's call lengths the sentence's figure speaks to, and those of
 * other calls. `reportContext` gives who each report speaks of.
 */
export function sameCallFigures(corpus: Corpus, page: Side, context: PageContext | undefined, reportContext: (id: string) => ReportContext): SameCall {
  const out: SameCall = { verdicts: new Map(), elsewhere: new Set() };
  // A bare length in minutes is a call's in a sentence about a call ("The conversation stretched to roughly 100 minutes").
  const mine = page.analysis.quantities.filter((q) => q.measure === MEASURE || (!q.measure && measureOf(q) === MEASURE && TELLS_OF_A_CALL.test(page.text)));
  if (!mine.length || !context?.words) return out;
  const callers = pageCallers(page.text, context);
  if (callers.length < 2) return out;
  // The corpus's calls between these people, by report; the rest are other calls.
  const calls = new Map<string, number[]>();
  for (const i of corpus.withMeasure(MEASURE)) {
    const st = corpus.statements[i]!;
    const ctx = reportContext(st.reportId);
    // …a report that never speaks of one of the page's callers, or a statement that puts someone else on its call ("Putin's call with Xi").
    if (!callers.every((e) => knownTo(ctx, e)) || entitiesOf(st.text).filter(isCaller).some((e) => !callers.includes(e))) out.elsewhere.add(i);
    else calls.set(st.reportId, [...(calls.get(st.reportId) ?? []), i]);
  }
  // …on another day of the week (whichever of its sentences names the day), or in other years.
  for (const [id, list] of calls) {
    if (otherDays(page.text, list.map((i) => corpus.statements[i]!.text).join(' ')) || list.some((i) => disjoint(page.window, corpus.side(i).window))) {
      for (const i of list) out.elsewhere.add(i);
      calls.delete(id);
    }
  }
  if (!calls.size) return out;
  // Which report's call the page tells of: the lead's words that one report has and the others do not…
  const ids = [...calls.keys()];
  // …not the callers' names, nor names every report uses (the Kremlin).
  const callerTerms = new Set([...callers, ...reportContext(ids[0]!).ubiquitous].flatMap((e) => terms(e)));
  const lead = new Map(context.words);
  for (const w of words(page.text)) {
    const t = term(w);
    if (t && !lead.has(t)) lead.set(t, w);
  }
  const tells = ids.map((id) => {
    const ctx = reportContext(id);
    const others = ids.filter((x) => x !== id).map(reportContext);
    const told = [...lead.keys()]
      .filter((t) => corpus.weights.weight(t) >= TELLING_WEIGHT && !/\d/.test(t) && !WHEN_WORDS.has(t) && ctx.terms.has(t) && !callerTerms.has(t) && !others.some((o) => o.terms.has(t)))
      // A word of the headline says what the page is about; one of the lead may be where someone spoke ("told reporters in Sochi").
      .map((t) => ({ word: lead.get(t)!, weight: corpus.weights.weight(t) * (context.headline?.has(t) ? HEADLINE_FACTOR : 1) }));
    // The day of the week the sentence names, when this call's report names it too ("Monday's phone call"): a word of full weight.
    const day = sharedOccasion(page.text, calls.get(id)!.map((i) => corpus.statements[i]!.text).join(' '));
    if (day && day !== 'this-week') told.unshift({ word: day[0]!.toUpperCase() + day.slice(1), weight: 1 });
    return { id, told, weight: told.reduce((s, t) => s + t.weight, 0) };
  });
  tells.sort((a, b) => b.weight - a.weight);
  const best = tells[0]!;
  // Nothing on the page tells the calls apart, or a single call the lead says nothing specific of: no tie.
  // A sentence that leaves it to the page to say who was on the call ("The Tuesday call lasted more than
  // two hours, Ushakov said") then tells of none of them; one that names the two callers may still, in its own words.
  if (!best.told.length || (tells[1] && tells[1].weight >= best.weight * 0.5)) {
    if (entitiesOf(page.text).filter(isCaller).length < 2) for (const list of calls.values()) for (const i of list) out.elsewhere.add(i);
    return out;
  }
  for (const [id, list] of calls) if (id !== best.id) for (const i of list) out.elsewhere.add(i);
  for (const i of calls.get(best.id)!) {
    const fig = compareFigures(mine, corpus.statements[i]!.analysis.quantities.filter((x) => x.measure === MEASURE));
    if (!fig) continue;
    const tie = `the same call (${best.told.slice(0, 3).map((t) => `“${t.word}”`).join(', ')} on the page)`;
    out.verdicts.set(i, fig.relation === 'conflict'
      ? { relation: 'conflict', score: 0.7, coverage: 0, figure: true, about: ['call'], why: `Different figure for ${tie}: “${fig.corpus.text}” here, “${fig.page.text}” on the page` }
      : { relation: 'agree', score: 0.65, coverage: 0, why: `The figures fit, for ${tie}: “${fig.corpus.text}” and “${fig.page.text}”` });
  }
  return out;
}
