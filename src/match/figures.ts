/**
 * Figures for the same fact, compared: "over an hour" and "two-hour" fit
 * together (120 > 60); "two-hour" and "twenty minutes" do not.
 */
import type { Quantity } from '../analysis/types.ts';
import { term, terms } from '../text/tokens.ts';
import { ENTITY_TERMS, PLACE_TERMS } from './setup.ts';

type Interval = [number, number];

function interval(q: Quantity): Interval {
  const v = q.value;
  // A share is read in points, not in proportion: "about 90%" is not "99.5%", though within a quarter of it.
  if (q.unit === 'percent' && (q.comparator === 'approx' || q.comparator === 'eq')) {
    const d = q.comparator === 'approx' ? 5 : 0.5;
    return [v - d, v + d];
  }
  switch (q.comparator) {
    case 'gt':
      return [v * 1.0001, Infinity];
    case 'gt-near':
      // "just over an hour": past it, but by a little (a quarter at most).
      return [v * 1.0001, v * 1.25];
    case 'lt-near':
      return [v * 0.75, v * 0.9999];
    case 'ge':
      return [v, Infinity];
    case 'lt':
      return [-Infinity, v * 0.9999];
    case 'le':
      return [-Infinity, v];
    case 'approx':
      // "Around ninety minutes" is not "two hours": a writer who rounds says so within about a sixth.
      return [v * 0.85, v * 1.15];
    default:
      return [v * 0.9, v * 1.1];
  }
}

/** Minutes per unit of time: "48 hours after" and "a full week before" are compared in one unit. */
const MINUTES: Partial<Record<Quantity['unit'], number>> = { min: 1, hours: 60, days: 1440, years: 525_600 };

function inMinutes(q: Quantity): Quantity {
  const k = MINUTES[q.unit];
  return k && q.unit !== 'min' ? { ...q, value: q.value * k, unit: 'min' } : q;
}

/**
 * Dates of events that happen once: an inauguration, the last time two
 * leaders spoke. Any other date may be one of several such events — a call
 * "on 7 November", Crimea's annexation in 2014 and four regions' in 2022, a
 * war "begun" in 2014 or in 2022 — so it is not compared.
 */
const ONCE = new Set(['inauguration date', 'last contact date', 'first since']);

/** Two dates (YYYYMMDD, 00 where the text gives no year, month or day) differ at the precision both give. */
function datesDiffer(a: number, b: number): boolean {
  const [ya, ma, da] = [Math.floor(a / 10000), Math.floor(a / 100) % 100, a % 100];
  const [yb, mb, db] = [Math.floor(b / 10000), Math.floor(b / 100) % 100, b % 100];
  // A date without its year ("January 20") is compared by month and day only.
  if (ya !== yb && ya && yb) return true;
  if (!ma || !mb) return false;
  if (ma !== mb) return true;
  return !!da && !!db && da !== db;
}

/** `a` and `b` as given (their own units); they are compared in minutes when both are times. */
function sameFact(a: Quantity, b: Quantity): boolean {
  if (a.unit === 'date' || b.unit === 'date') return a.unit === b.unit && a.measure === b.measure && ONCE.has(a.measure);
  if (a.unit !== b.unit) {
    // Times in different units ("48 hours" vs "a week") are one fact only when
    // both say what they measure, and it is the same: an unnamed "12 day"
    // war is not Trump's promised "24 hours".
    return !!(MINUTES[a.unit] && MINUTES[b.unit] && a.measure && a.measure === b.measure);
  }
  // "in two months", "after a 120-day period": a bare time frame says when, not
  // of what; two of them are the same fact no more often than any two figures.
  if (a.measure === 'time frame' && b.measure === 'time frame') return false;
  if (a.measure && b.measure) return a.measure === b.measure;
  // A figure with no known measure is only compared to a figure of a unit that
  // hardly measures two things in one story (minutes of a call, troops), and
  // then only as that one thing: a bare "45 minutes" may be a call's length,
  // never Trump's promised "24 hours".
  const usual = USUAL_MEASURE[a.unit];
  return !!usual && (a.measure || usual) === usual && (b.measure || usual) === usual;
}

/** What a figure of this unit measures when the text does not say. */
const USUAL_MEASURE: Partial<Record<Quantity['unit'], string>> = { min: 'call duration', troops: 'troop numbers' };

/** What a figure measures: what its text says, or what its unit usually measures ("like two hours long": a call's length). */
export function measureOf(q: Quantity): string {
  return q.measure || USUAL_MEASURE[q.unit] || '';
}

export interface FigureVerdict {
  relation: 'agree' | 'conflict';
  page: Quantity;
  corpus: Quantity;
}

/**
 * The first pair of figures for the same fact, and whether they fit. With the
 * two texts, a time between two events is compared only when both texts tell
 * of the same two events ("the call came 48 hours after a drone attack" is
 * not "the meeting came a week after a missile attack", nor "a day after
 * Trump's call with Putin").
 */
export function compareFigures(page: Quantity[], corpus: Quantity[], texts?: [string, string]): FigureVerdict | null {
  let agree: FigureVerdict | null = null;
  for (const p0 of page)
    for (const c0 of corpus) {
      // "Kyiv and eight other regions" counts what comes besides: no count of the whole to set against "four Ukrainian regions".
      if (!sameFact(p0, c0) || OTHERS.test(p0.text) || OTHERS.test(c0.text)) continue;
      if (texts && p0.measure === 'time between events' && !sameEvents(texts[0], p0, texts[1], c0)) continue;
      if (p0.unit === 'date') {
        // "approx" dates ("early 2022") are compared by year only.
        const coarse = (q: Quantity) => (q.comparator === 'approx' ? Math.floor(q.value / 10000) * 10000 : q.value);
        if (datesDiffer(coarse(p0), coarse(c0))) return { relation: 'conflict', page: p0, corpus: c0 };
        agree ??= { relation: 'agree', page: p0, corpus: c0 };
        continue;
      }
      const p = inMinutes(p0);
      const c = inMinutes(c0);
      const [a0, a1] = interval(p);
      const [b0, b1] = interval(c);
      const apart = (x0: number, x1: number) => x1 < b0 || b1 < x0;
      // A share and the rest of the whole tell one fact: "the last 0.5%" of Kursk and "99.5 percent of the Kursk region had been retaken".
      const complement = p.unit === 'percent' && c.unit === 'percent' && p.measure === 'territory share' && c.measure === 'territory share' && !apart(100 - a1, 100 - a0);
      if (apart(a0, a1) && !complement) return { relation: 'conflict', page: p, corpus: c };
      agree ??= { relation: 'agree', page: p, corpus: c };
    }
  return agree;
}

const OTHERS = /\b(?:other|additional|further)\b|\bmore\b(?!\s+than)/i;

/** Words that say an event happened, not which: "came", "followed", "took place". */
const HAPPENING = new Set(['came', 'come', 'comes', 'coming', 'happened', 'happen', 'happens', 'occurred', 'occur', 'took', 'take', 'place', 'followed', 'follows', 'follow', 'just', 'only', 'some', 'about', 'roughly', 'nearly', 'barely', 'full', 'mere'].map(term));

/** What comes before a time between events (the later one, "the call … came") and after its "after" (the earlier, "a drone attack"). */
function eventsAround(text: string, q: Quantity): [Set<string>, Set<string>] | null {
  const at = text.indexOf(q.text);
  if (at < 0) return null;
  let before = text.slice(0, at).split(/[;:—–]|\.\s/).pop()!;
  const rest = text.slice(at + q.text.length).replace(/^\s*(?:after|before|later|earlier|since|prior to)\b/i, '');
  const [after, ...next] = rest.split(/[,;:—–]|\.\s/);
  // "Five days after the Sochi incident, the President had a telephone conversation": the other event follows the comma.
  if (!/\p{L}/u.test(before)) before = next.join(' ');
  const events: [Set<string>, Set<string>] = [content(before), content(after!)];
  // "It came two days after …": what came is told in another sentence; nothing to compare.
  return events[0].size && events[1].size ? events : null;
}

/** Who spoke is on a call: "before the two leaders spoke" / "the call … came". */
const SPOKE = /\b(?:spoke|spoken|speak|speaks|talked|talk)\b/gi;
// Names of people and countries are in every story; a place (Sochi) says which event.
const content = (s: string) => new Set(terms(s.replace(SPOKE, 'call')).filter((t) => (!ENTITY_TERMS.has(t) || PLACE_TERMS.has(t)) && !HAPPENING.has(t)));

/** Two times between events tell of the same two events, in either order ("a week before the leaders spoke" / "came 48 hours after"). */
export function sameEvents(pageText: string, p: Quantity, stmtText: string, c: Quantity): boolean {
  const a = eventsAround(pageText, p);
  const b = eventsAround(stmtText, c);
  if (!a || !b) return true;
  const meet = (x: Set<string>, y: Set<string>) => [...x].some((t) => y.has(t));
  return (meet(a[0], b[0]) && meet(a[1], b[1])) || (meet(a[0], b[1]) && meet(a[1], b[0]));
}

/** Both texts time one event from another, and never the same two: "the meeting came a week after a missile attack on Kyiv" / "the call came 48 hours after a drone attack". */
/** The figures that time one event from another ("48 hours after"). A module-level helper: the relation step asks for every candidate. */
function timedBetween(qs: Quantity[]): Quantity[] {
  return qs.filter((q) => q.measure === 'time between events');
}

export function otherTimedEvents(page: Quantity[], corpus: Quantity[], texts: [string, string]): boolean {
  const a = timedBetween(page);
  const b = timedBetween(corpus);
  return a.length > 0 && b.length > 0 && !a.some((p) => b.some((c) => sameEvents(texts[0], p, texts[1], c)));
}

