/**
 * Numbers in a statement, with units normalised and what they measure:
 * "two-hour phone call" → 120 min, call duration, eq; "over an hour" → 60 min,
 * gt; "99.5% of the Kursk region" → 99.5 percent, territory share; "over
 * 10,000 North Korean troops" → 10000 troops, gt; "January 20" → a date.
 *
 * Dates are encoded as YYYYMMDD numbers (unit "date"); a missing day or month
 * is 00 ("February 2022" → 20220200, "2014" → 20140000), and a date without a
 * year takes the year that puts it nearest the report's publication date
 * (0000MMDD when there is none).
 */
import type { Comparator, Quantity } from './types.ts';
import { MONTHS } from '../corpus/dates.ts';
import { guard, matchAllIn } from '../text/literals.ts';

const SMALL: Record<string, number> = {
  zero: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, 'a dozen': 12, 'half a': 0.5, 'half an': 0.5, 'a couple of': 2,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, bn: 1_000_000_000, k: 1_000, m: 1_000_000, mn: 1_000_000, trillion: 1e12 };

const NUMWORD = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozen|a couple of';
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** A number in digits or words, with an optional scale word. */
const NUM = String.raw`(?:${DIGITS}|${NUMWORD})(?:\s*(?:hundred|thousand|million|billion|trillion|bn|mn)\b|(?<=\d)[km]\b)?`;

/** Comparator phrases, longest first. */
const CMP_PHRASES: [string, Comparator][] = [
  ['more than', 'gt'], ['greater than', 'gt'], ['in excess of', 'gt'], ['upwards of', 'gt'], ['just over', 'gt-near'], ['slightly over', 'gt-near'], ['a little over', 'gt-near'], ['slightly more than', 'gt-near'], ['just more than', 'gt-near'], ['well over', 'gt'],
  ['over', 'gt'], ['above', 'gt'], ['exceeding', 'gt'], ['beyond', 'gt'], ['longer than', 'gt'],
  ['at least', 'ge'], ['no fewer than', 'ge'], ['no less than', 'ge'], ['a minimum of', 'ge'],
  ['fewer than', 'lt'], ['less than', 'lt'], ['just under', 'lt-near'], ['slightly under', 'lt-near'], ['a little under', 'lt-near'], ['slightly less than', 'lt-near'], ['just short of', 'lt-near'], ['under', 'lt'], ['below', 'lt'], ['shorter than', 'lt'],
  ['up to', 'le'], ['as many as', 'le'], ['as much as', 'le'], ['at most', 'le'], ['no more than', 'le'], ['a maximum of', 'le'], ['as long as', 'le'],
  ['approximately', 'approx'], ['about', 'approx'], ['around', 'approx'], ['roughly', 'approx'], ['nearly', 'approx'], ['almost', 'approx'],
  ['close to', 'approx'], ['some', 'approx'], ['an estimated', 'approx'], ['estimated', 'approx'], ['approx.', 'approx'], ['circa', 'approx'],
  // "barely 30 minutes" is at most about 30; "only", "just", "a mere" stress an exact figure.
  ['barely', 'le'], ['scarcely', 'le'], ['hardly', 'le'], ['only', 'eq'], ['just', 'eq'], ['a mere', 'eq'], ['merely', 'eq'],
];
const CMP = CMP_PHRASES.map(([p]) => p.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|');
const CMP_MAP = new Map(CMP_PHRASES.map(([p, c]) => [p, c]));

function comparatorOf(phrase: string | undefined): Comparator {
  if (!phrase) return 'eq';
  return CMP_MAP.get(phrase.toLowerCase().replace(/\s+/g, ' ')) ?? 'eq';
}

/** "10,000" → 10000; "two" → 2; "twenty-four" → 24; "1.5 million" → 1500000; "a" → 1. */
/** Words near a share that make it a share of territory: "up to 20% of its territory", "90 per cent of Kursk had been recaptured", "a fifth of the country". */
const TERRITORY = /\b(?:territor\w*|region|land|area|oblast|province|country|liberat\w*|control|occupied|captured|seized|recaptur\w*|retak\w*|retook|cleared)\b/;

export function parseNumber(s: string): number | undefined {
  let t = s.trim().toLowerCase().replace(/\s+/g, ' ');
  let scale = 1;
  const sm = /(?:\s*|(?<=\d))(hundred|thousand|million|billion|trillion|bn|mn|k|m)$/.exec(t);
  if (sm && t.length > sm[0].length) {
    scale = SCALE[sm[1]!]!;
    t = t.slice(0, t.length - sm[0].length).trim();
  }
  let v: number | undefined;
  if (/^[\d,]+(?:\.\d+)?$/.test(t)) v = Number(t.replace(/,/g, ''));
  else if (t in SMALL) v = SMALL[t];
  else {
    const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|eight|nine)$/.exec(t);
    if (m) v = SMALL[m[1]!]! + SMALL[m[2]!]!;
  }
  return v === undefined || Number.isNaN(v) ? undefined : v * scale;
}

interface Found extends Quantity {
  start: number;
  end: number;
}

/** What a duration measures, from the words around it. */
function durationMeasure(before: string, after: string): string {
  const b = before.slice(-80).toLowerCase();
  const right = after.slice(0, 40).toLowerCase();
  const near = `${b} ${after.slice(0, 60).toLowerCase()}`;
  if (/^\s*(?:after|before|later|earlier|ago|since|prior)\b/.test(right)) return 'time between events';
  // "two-hour phone call", "an hour-long conversation", "90 minutes of conversation".
  if (/^[-\s]*(?:long\s+)?(?:of\s+)?(?:(?:phone|telephone|video)\s+)?(?:call|conversation|chat)\b/.test(right)) return 'call duration';
  // "spent a couple of hours on the phone".
  if (/^\s*on\s+the\s+(?:phone|telephone|line)\b/.test(right)) return 'call duration';
  if (/^[-\s]*(?:long\s+)?(?:of\s+)?(?:(?:direct|face-to-face|closed-door|high-level|peace)\s+)?(?:talks?|meeting|discussions?|session|summit|negotiations)\b/.test(right)) return 'meeting duration';
  // "The call, which lasted over an hour", "they spoke for two hours".
  // "lasted" may stand far from its subject: "Monday's conversation, the one that …, lasted barely forty minutes".
  const far = before.toLowerCase();
  if (/\b(?:call|conversation|chat|phoned|spoke|spoken|talked|chatted)\b[^.]{0,30}\b(?:lasted|lasting|for)\s*$/.test(b) || /\b(?:call|conversation|chat)\b[^.]{0,100}\blast(?:ed|ing)\s*$/.test(far)) return 'call duration';
  if (/\b(?:talks|meeting|discussions?|negotiations|summit)\b[^.]{0,30}\b(?:lasted|lasting|for)\s*$/.test(b) || /\b(?:talks|meeting|discussions?|negotiations|summit)\b[^.]{0,100}\blast(?:ed|ing)\s*$/.test(far)) return 'meeting duration';
  if (
    /^[-\s]*(?:long\s+)?(?:unconditional\s+|full\s+|complete\s+|temporary\s+|energy\s+)?(?:ceasefire|cease-fire|truce|pause|moratorium|halt)\b/.test(right) ||
    /\b(?:ceasefire|truce)\s+(?:of|for|lasting)\s*$/.test(b) ||
    /\b(?:strike|strikes|striking|attack|attacks|attacking|fire|firing|fighting|hostilities|halt|pause|moratorium|suspend\w*)\b[^.]{0,50}\bfor\s*$/.test(b)
  ) {
    return 'ceasefire duration';
  }
  // A duration that names what it measures comes first: "the 12-day war", "a three-year conflict".
  if (/^[-\s]*(?:long\s+)?(?:war|conflict|fighting|invasion|campaign|offensive)\b/.test(right)) return 'war duration';
  // The time to end something is said after the ending: "end the war in 24 hours", not "take office in two months, … to end the war".
  const ending = /\b(?:end|stop|settle|resolve|finish)\b[^.]{0,40}$/.test(b);
  if (ending && (/\b(?:promis\w*|vow\w*|pledg\w*|could|would|can|will)\b[^.]{0,60}\b(?:end|stop|settle|resolve|finish)\b/.test(near) || /\bend (?:the|this) (?:war|conflict)\b/.test(near))) return 'promised time frame';
  if (/^\s*(?:of|on)\s+(?:the\s+)?(?:war|conflict|fighting|invasion)\b/.test(right) || /\b(?:war|conflict)\b[^.]{0,20}\b(?:entering|enters|in its)\b/.test(near)) return 'war duration';
  if (/\b(?:in|within|by|after)\s*$/.test(b) || /^\s*(?:from now|time)\b/.test(right)) return 'time frame';
  return '';
}

function countMeasure(noun: string): { unit: Quantity['unit']; measure: string } {
  const n = noun.toLowerCase();
  if (/^(?:troops?|soldiers?|servicem[ae]n|personnel|fighters?|forces|military personnel|conscripts?|mercenaries|marines)$/.test(n)) return { unit: 'troops', measure: 'troop numbers' };
  if (/^(?:casualties|dead|deaths?|killed|wounded|injured|civilians?|fatalities)$/.test(n)) return { unit: 'people', measure: 'casualties' };
  if (/^(?:prisoners?|pows?|captives?|detainees?)$/.test(n)) return { unit: 'people', measure: 'prisoners' };
  if (/^(?:refugees?|displaced)$/.test(n)) return { unit: 'people', measure: 'refugees' };
  if (/^(?:people|persons?|residents?|citizens?|children|men|women)$/.test(n)) return { unit: 'people', measure: 'people' };
  const singular = n.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
  return { unit: 'count', measure: singular };
}

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';

function monthNum(s: string): number {
  return MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** The year that puts month/day nearest to the publication date. */
function nearestYear(month: number, day: number, published: string): number {
  const p = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!p) return 0;
  const py = Number(p[1]);
  const pt = Date.UTC(py, Number(p[2]) - 1, Number(p[3]));
  let best = py;
  let bestDist = Infinity;
  for (const y of [py - 1, py, py + 1]) {
    const d = Math.abs(Date.UTC(y, month - 1, Math.max(day, 1)) - pt);
    if (d < bestDist) {
      best = y;
      bestDist = d;
    }
  }
  return best;
}

function dateMeasure(before: string, after: string): string {
  const near = `${before.slice(-60)} ${after.slice(0, 50)}`.toLowerCase();
  if (/inaugurat|sworn[- ]in|swearing[- ]in|(?:takes?|took|taking|assumes?|assumed) office/.test(near)) return 'inauguration date';
  if (/\b(?:invad|invasion|began|begun|erupted|started|launched|outbreak)\w*/.test(near) && /\b(?:war|invasion|conflict|operation|invad\w*|forces)\b/.test(near)) return 'war start';
  if (/annex/.test(near)) return 'annexation date';
  if (/\belect(?:ion|ed)\b/.test(near)) return 'election date';
  // "the first direct talks since early 2022": the last time before, a fact with one date.
  if (/\bfirst\b[^.;]{0,80}\bsince\s+(?:the\s+)?(?:(?:early|late|mid|spring|summer|autumn|fall|winter|start|end|beginning)\w*\s+(?:of\s+)?)?$/i.test(before.slice(-120))) return 'first since';
  if (/\b(?:call|called|conversation|spoke|spoken|talked|talks|meeting|met|communication|contact)\b/.test(near)) {
    // "last spoke in December 2023", "their first call since February 2022": one contact of all, a fact with one date.
    if (/\b(?:last|most recent|latest)\b/i.test(before.slice(-100))) return 'last contact date';
    return 'contact date';
  }
  return '';
}

// Patterns, compiled once.
const DATE_MD = new RegExp(String.raw`\b(${MONTH_NAMES})\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b`, 'g');
const DATE_DM = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_NAMES})(?:,?\s+(\d{4}))?\b`, 'g');
const DATE_MY = new RegExp(String.raw`\b(?:(early|mid|late)[- ])?(${MONTH_NAMES})\s+(\d{4})\b`, 'g');
// The figure patterns open with an empty group `()`: where the comparator was matched before
// comparatorBefore read it back, kept empty so each figure's own groups keep their numbers (m[2], m[3]).
const PERCENT = new RegExp(String.raw`()(?<![\w.])(${DIGITS}|${NUMWORD})\s*(%|percent\b|per cent\b|pct\b)`, 'gi');
/** Nearly the whole: "almost all of Kursk had been recaptured" is a share of about 95–100%. */
const NEARLY_ALL = /\b(?:almost|nearly|virtually|practically) (?:all|the whole|the entire|the entirety)(?: of)?\b/gi;
const FRACTION = new RegExp(String.raw`()\b(?:(a|an|one|two|three|four)[- ])?(half|halves|thirds?|quarters?|fifths?|sixth|tenths?)\s+of\b`, 'gi');
const MONTH_ONLY = new RegExp(String.raw`\b([Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id-|[Ff]rom|[Tt]hrough)\s+(${MONTH_NAMES})\b(?!\s+\d)`, 'g');
const MONEY = new RegExp(String.raw`()(?:US)?\$\s?(${DIGITS})(?:\s*(hundred|thousand|million|billion|trillion|bn|mn|k|m)\b)?`, 'gi');
const DOLLARS = new RegExp(String.raw`()(?<![\w.$])(${NUM})\s+(?:US\s+)?dollars\b`, 'gi');
const DISTANCE = new RegExp(String.raw`()(?<![\w.])(${NUM})[- ]?(km|kilomet(?:er|re)s?|miles?)\b`, 'gi');
const DURATION = new RegExp(
    String.raw`()(?<![\w.])(half an|half a|${NUM}|a|an)((?:[- ]and[- ]a[- ]half)?)[- ]?(?:(?:full|whole|entire|straight|single)\s+)?(?:(hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?)\b(?:[- ]long\b)?)`,
    'gi',
  );
const MAY_HAVE_FIGURE = new RegExp(
  String.raw`\d|\$|\b(?:${NUMWORD}|hundred|thousand|million|billion|half|halves|thirds?|quarters?|fifths?|sixths?|tenths?|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|dollars?|miles?|km|kilomet\w*|percent|pct|almost all|nearly all|virtually all|practically all|almost the|nearly the|virtually the|practically the|${MONTH_NAMES.replace(/\\\.\?/g, '')})\b`,
  'i',
);
/** "two hours[,] and 15 minutes": the minutes after an hour figure (made once, not on every figure). */
const AND_MINUTES = new RegExp(String.raw`^,?\s+and\s+(${NUM})\s+(?:minutes?|mins?)\b`, 'i');
const CMP_BEFORE = new RegExp(String.raw`\b(${CMP})\s+$`, 'i');
const NUMBER_OF = new RegExp(String.raw`\bnumber of ([\p{L}\s-]{3,60}?)\s(?:at|to|as)\s(?:(${CMP})\s+)?(${DIGITS})\b(?!\s*(?:%|percent))`, 'giu');
const COUNTED = new RegExp(
    String.raw`(?<![\w.$%-])(${NUM})(?![\w%.,]?\d)((?:\s+(?:[A-Z][\p{L}-]+|unnamed|current|former|senior|additional|more|new|other|disputed|occupied|annexed|partially|annexed|ukrainian|russian|american|european|military|civilian|foreign|direct|separate|high-level|phone|telephone|private|unconditional|active|elite|wounded|injured|combat|regular|reserve|and)){0,6})\s+([\p{Ll}][\p{L}-]*s|people|personnel|dead|killed|wounded|children|men|women|staff)\b`,
    'gu',
  );

// A figure's pattern runs only on a text that holds a word it cannot match
// without (src/text/literals.ts): "%" or "percent" for a share, a unit for a
// duration, a month for a date. Most sentences with some figure hold few of
// them, and these patterns (each a long alternation of comparators) cost ~3–7 µs
// a sentence each to run, and compile time on their first run.
const GUARDED = [DATE_MD, DATE_DM, DATE_MY, PERCENT, FRACTION, MONTH_ONLY, DURATION, MONEY, DOLLARS, DISTANCE, NUMBER_OF];
const GUARDS = new Map(GUARDED.map((re) => [re, guard(re)]));

/**
 * The comparator right before a figure ("just over", "up to"), read backwards
 * from where the figure starts: the figure patterns no longer carry the list of
 * some 40 comparator phrases at their head, which V8 compiled into each of six
 * patterns, several times over, on first use. Returns where the figure with its
 * comparator starts, as the patterns with the list at their head matched it.
 */
function comparatorBefore(text: string, at: number): { cmp: string | undefined; start: number } {
  const lookback = Math.max(0, at - 40);
  const c = CMP_BEFORE.exec(text.slice(lookback, at));
  return c ? { cmp: c[1], start: lookback + c.index } : { cmp: undefined, start: at };
}

/** The matches of one of those patterns in a text (`lower`: the text lower-cased), or none when the text lacks what it needs. */
function matchesOf(re: RegExp, text: string, lower: string): Iterable<RegExpMatchArray> {
  const g = GUARDS.get(re);
  return g ? matchAllIn(g, text, lower) : text.matchAll(re);
}

/**
 * The quantities in a text, in order of appearance. `published` (ISO) dates
 * "January 20" to a year.
 */
export function findQuantities(text: string, published = ''): Quantity[] {
  // Every figure below has a digit, a number word, a unit, a month or a fraction:
  // a sentence with none of them skips the patterns (most page sentences).
  if (!MAY_HAVE_FIGURE.test(text)) return [];
  const lower = text.toLowerCase();
  const found: Found[] = [];
  const free = (s: number, e: number) => !found.some((f) => s < f.end && e > f.start);
  const push = (q: Found) => {
    if (free(q.start, q.end)) found.push(q);
  };
  const around = (s: number, e: number) => [text.slice(Math.max(0, s - 120), s), text.slice(e, e + 120)] as const;

  // Dates: "January 20, 2025", "20 January 2025", "January 20", "February 2022", "mid-2023", "in 2014".
  for (const m of matchesOf(DATE_MD, text, lower)) {
    if (m[1] === 'May' && !m[3] && /\b(?:may)\s*$/i.test(text.slice(0, m.index))) continue;
    const mon = monthNum(m[1]!);
    const day = Number(m[2]);
    if (!mon || day < 1 || day > 31) continue;
    const year = m[3] ? Number(m[3]) : nearestYear(mon, day, published);
    const [b, a] = around(m.index!, m.index! + m[0].length);
    push({ value: year * 10000 + mon * 100 + day, unit: 'date', measure: dateMeasure(b, a), comparator: 'eq', text: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of matchesOf(DATE_DM, text, lower)) {
    const mon = monthNum(m[2]!);
    const day = Number(m[1]);
    if (!mon || day < 1 || day > 31) continue;
    const year = m[3] ? Number(m[3]) : nearestYear(mon, day, published);
    const [b, a] = around(m.index!, m.index! + m[0].length);
    push({ value: year * 10000 + mon * 100 + day, unit: 'date', measure: dateMeasure(b, a), comparator: 'eq', text: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of matchesOf(DATE_MY, text, lower)) {
    const mon = monthNum(m[2]!);
    if (!mon) continue;
    const [b, a] = around(m.index!, m.index! + m[0].length);
    push({ value: Number(m[3]) * 10000 + mon * 100, unit: 'date', measure: dateMeasure(b, a), comparator: m[1] ? 'approx' : 'eq', text: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of text.matchAll(/\b(?:(early|mid|late)[- ]|(?<=\b(?:in|since|of|until|by|from|before|after|during|to|in early|in late)\s))((?:19|20)\d{2})\b(?![-–]\d|\s*(?:%|percent|per cent|troops|people|km|kilomet))/g)) {
    const [b, a] = around(m.index!, m.index! + m[0].length);
    push({ value: Number(m[2]) * 10000, unit: 'date', measure: dateMeasure(b, a), comparator: m[1] ? 'approx' : 'eq', text: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  // A year used as an adjective: "Russia's 2014 annexation of Crimea".
  for (const m of text.matchAll(/\b((?:19|20)\d{2})\s+(annexation|invasion|election|elections|offensive|incursion|summit|agreement|accords?|deal|referendum)\b/g)) {
    push({ value: Number(m[1]) * 10000, unit: 'date', measure: dateMeasure('', m[2]!), comparator: 'eq', text: m[1]!, start: m.index!, end: m.index! + m[1]!.length });
  }

  // Percentages: "99.5%", "20 percent", "up to 20% of its territory".
  for (const m of matchesOf(PERCENT, text, lower)) {
    const v = parseNumber(m[2]!);
    if (v === undefined) continue;
    const { cmp, start } = comparatorBefore(text, m.index!);
    const end = m.index! + m[0].length;
    const [b, a] = around(start, end);
    const ctx = `${b.slice(-50)} ${a.slice(0, 60)}`.toLowerCase();
    const measure = TERRITORY.test(ctx)
      ? 'territory share'
      : /\b(?:vote|voted|poll|support|approval|respondents|favou?r)\w*/.test(ctx)
        ? 'public support'
        : /\b(?:gdp|economy|growth|inflation|rate|tariffs?|budget|spending)\b/.test(ctx)
          ? 'economic rate'
          : '';
    push({ value: v, unit: 'percent', measure, comparator: comparatorOf(cmp), text: text.slice(start, end), start, end });
  }

  // Fractions of a whole: "up to a fifth of its territory", "two-thirds of the region", "half of".
  const FRACTIONS: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6, tenth: 10, tenths: 10 };
  for (const m of matchesOf(FRACTION, text, lower)) {
    const n = m[2] ? parseNumber(m[2]) ?? 1 : 1;
    const d = FRACTIONS[m[3]!.toLowerCase()]!;
    if (!m[2] && d !== 2) continue; // "third of" alone is an ordinal more often than not
    const { cmp, start } = comparatorBefore(text, m.index!);
    const end = m.index! + m[0].length;
    const [b, a] = around(start, end);
    const ctx = `${b.slice(-50)} ${a.slice(0, 60)}`.toLowerCase();
    const measure = TERRITORY.test(ctx) ? 'territory share' : '';
    push({ value: Math.round((n / d) * 1000) / 10, unit: 'percent', measure, comparator: comparatorOf(cmp), text: text.slice(start, end).replace(/\s+of$/i, ''), start, end: end - 3 });
  }
  // Nearly the whole of a territory: a share, in the percent points a writer would round to it.
  for (const m of text.matchAll(NEARLY_ALL)) {
    const start = m.index!;
    const end = start + m[0].length;
    const [b, a] = around(start, end);
    if (!TERRITORY.test(`${b.slice(-50)} ${a.slice(0, 60)}`.toLowerCase())) continue;
    push({ value: 97, unit: 'percent', measure: 'territory share', comparator: 'approx', text: m[0].replace(/\s+of$/i, ''), start, end });
  }
  // A month without a day: "in May", "since March" (the year nearest the report's date).
  for (const m of matchesOf(MONTH_ONLY, text, lower)) {
    const mon = monthNum(m[2]!);
    if (!mon) continue;
    const start = m.index! + m[0].length - m[2]!.length;
    const end = m.index! + m[0].length;
    const [b, a] = around(start, end);
    let year = nearestYear(mon, 15, published);
    // "last August": the most recent one before the report; "next March": the first one after.
    const pm = Number(published.slice(5, 7));
    if (year && /^last$/i.test(m[1]!) && year * 100 + mon >= Number(published.slice(0, 4)) * 100 + pm) year -= 1;
    if (year && /^next$/i.test(m[1]!) && year * 100 + mon <= Number(published.slice(0, 4)) * 100 + pm) year += 1;
    push({ value: year * 10000 + mon * 100, unit: 'date', measure: dateMeasure(b, a), comparator: 'eq', text: m[0].slice(/^(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Tt]hrough)\s/.test(m[0]) ? m[1]!.length + 1 : 0), start: /^(?:last|next|early|late|mid-)$/i.test(m[1]!) ? m.index! : start, end });
  }

  // Durations: "two-hour phone call", "30-day ceasefire", "over an hour", "in 24 hours", "48 hours after", "half an hour".
  for (const m of matchesOf(DURATION, text, lower)) {
    const numText = m[2]!;
    const unitWord = m[4]!.toLowerCase();
    let n = parseNumber(numText);
    if (n === undefined) continue;
    if (m[3]) n += 0.5; // "two-and-a-half-hour"
    // "a year" inside "a year ago"/"third year" is fine; "one of the" etc. never reach here (unit word required).
    const { cmp, start } = comparatorBefore(text, m.index!);
    const end = m.index! + m[0].length;
    const [b, a] = around(start, end);
    // "an hour and a half"
    const half = /^\s+and\s+a\s+half\b/.exec(a);
    if (half) n += 0.5;
    // "an hour and 45 minutes": one length, not an hour and, apart, 45 minutes.
    const andMinutes = !half && /^h/.test(unitWord) ? AND_MINUTES.exec(a) : null;
    const extraMinutes = andMinutes ? parseNumber(andMinutes[1]!) : undefined;
    const tail = half ?? (extraMinutes !== undefined ? andMinutes : null);
    let value: number;
    let unit: Quantity['unit'];
    if (/^h/.test(unitWord)) {
      value = n * 60 + (extraMinutes ?? 0);
      unit = 'min';
    } else if (/^m(?:in|inute)/.test(unitWord)) {
      value = n;
      unit = 'min';
    } else if (/^d/.test(unitWord)) {
      value = n;
      unit = 'days';
    } else if (/^w/.test(unitWord)) {
      value = n * 7;
      unit = 'days';
    } else if (/^mo/.test(unitWord)) {
      value = n * 30;
      unit = 'days';
    } else {
      value = n;
      unit = 'years';
    }
    // "third year", "years of" without a number are not here; "a year" alone is weak — keep it only with context.
    const measure = durationMeasure(b, tail ? a.slice(tail[0].length) : a);
    push({ value, unit, measure, comparator: comparatorOf(cmp), text: text.slice(start, end) + (tail ? tail[0] : ''), start, end: tail ? end + tail[0].length : end });
  }
  // "hour-long call": an hour.
  for (const m of text.matchAll(/\b(hour|day|week)-long\b/gi)) {
    const [b, a] = around(m.index!, m.index! + m[0].length);
    const w = m[1]!.toLowerCase();
    push({
      value: w === 'hour' ? 60 : w === 'day' ? 1 : 7,
      unit: w === 'hour' ? 'min' : 'days',
      measure: durationMeasure(b, a),
      comparator: 'eq',
      text: m[0],
      start: m.index!,
      end: m.index! + m[0].length,
    });
  }

  // Money: "$10 billion", "10 billion dollars", "US$5m".
  for (const m of matchesOf(MONEY, text, lower)) {
    const v = parseNumber(`${m[2]}${m[3] ? ` ${m[3]}` : ''}`);
    if (v === undefined) continue;
    const { cmp, start } = comparatorBefore(text, m.index!);
    const end = m.index! + m[0].length;
    push({ value: v, unit: 'usd', measure: /\baid|assistance|package|weapons|military\b/i.test(text.slice(start, start + 80)) ? 'aid amount' : '', comparator: comparatorOf(cmp), text: text.slice(start, end), start, end });
  }
  for (const m of matchesOf(DOLLARS, text, lower)) {
    const v = parseNumber(m[2]!);
    if (v === undefined) continue;
    const { cmp, start } = comparatorBefore(text, m.index!);
    const end = m.index! + m[0].length;
    push({ value: v, unit: 'usd', measure: '', comparator: comparatorOf(cmp), text: text.slice(start, end), start, end });
  }

  // Distances.
  for (const m of matchesOf(DISTANCE, text, lower)) {
    const v = parseNumber(m[2]!);
    if (v === undefined) continue;
    const km = /^mile/i.test(m[3]!) ? v * 1.609 : v;
    const { cmp, start } = comparatorBefore(text, m.index!);
    const end = m.index! + m[0].length;
    push({ value: Math.round(km * 10) / 10, unit: 'km', measure: /\b(?:zone|buffer|demilitari[sz]ed)\b/i.test(text.slice(start, start + 80)) ? 'zone width' : 'distance', comparator: comparatorOf(cmp), text: text.slice(start, end), start, end });
  }

  // Counted things: "over 10,000 North Korean troops", "as many as seven conversations", "four regions".
  for (const m of text.matchAll(COUNTED)) {
    const numText = m[1]!;
    if (/^(?:a|an|one)$/i.test(numText)) continue;
    const v = parseNumber(numText);
    if (v === undefined) continue;
    const lookback = Math.max(0, m.index! - 40);
    const cmp = CMP_BEFORE.exec(text.slice(lookback, m.index!));
    const start = cmp ? lookback + cmp.index : m.index!;
    const end = m.index! + m[0].length;
    if (!free(start, end)) continue;
    // A bare year ("2022 talks") is a date, handled above.
    if (/^(?:19|20)\d{2}$/.test(numText)) continue;
    const noun = m[3]!;
    if (/^(?:years?|months?|weeks?|days?|hours?|minutes?|percent|times|ago|others|ones|thousands|millions|hundreds|dollars)$/i.test(noun)) continue;
    let { unit, measure } = countMeasure(noun);
    // "12 people were killed": casualties.
    if (unit === 'people' && /^\s+(?:\w+\s+){0,2}(?:killed|dead|died|wounded|injured|hurt)\b/.test(text.slice(end, end + 40))) measure = 'casualties';
    push({ value: v, unit, measure, comparator: comparatorOf(cmp?.[1]), text: text.slice(start, end), start, end });
  }

  // "puts the number of North Korean soldiers sent to Kursk at fewer than 5,000", "the death toll stood at 12".
  for (const m of matchesOf(NUMBER_OF, text, lower)) {
    // The last word that names people counted: "the number of people killed" counts casualties.
    const noun = [...m[1]!.matchAll(/[\p{L}-]+/gu)].map((w) => w[0]).reverse().find((w) => countMeasure(w).unit !== 'count');
    const v = parseNumber(m[3]!);
    if (!noun || v === undefined) continue;
    const end = m.index! + m[0].length;
    const numAt = end - m[3]!.length;
    const start = m[2] ? text.lastIndexOf(m[2], numAt) : numAt;
    if (!free(start, end)) continue;
    const { unit, measure } = countMeasure(noun);
    push({ value: v, unit, measure, comparator: comparatorOf(m[2]), text: text.slice(start, end).trim(), start, end });
  }

  return found.sort((a, b) => a.start - b.start).map(({ start: _s, end: _e, ...q }) => q);
}
