/**
 * Figures for the same fact, compared: "over an hour" and "two-hour" fit
 * together (120 > 60); "two-hour" and "twenty minutes" do not.
 */
import type { Quantity } from '../analysis/types.ts';

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
const ONCE = new Set(['inauguration date', 'last contact date']);

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

/** The first pair of figures for the same fact, and whether they fit. */
export function compareFigures(page: Quantity[], corpus: Quantity[]): FigureVerdict | null {
  let agree: FigureVerdict | null = null;
  for (const p0 of page)
    for (const c0 of corpus) {
      if (!sameFact(p0, c0)) continue;
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
