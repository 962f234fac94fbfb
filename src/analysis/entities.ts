/**
 * Named entities, normalised through one alias table shared by the statement
 * analysis and the search index: Zelensky / Zelenskiy / Zelenskyy → zelensky,
 * Kyiv / Kiev → ukraine, FT / Financial Times → financial-times, "Kremlin
 * spokesman" → peskov (and kremlin), and titles that name different people at
 * different dates ("President-elect" → trump between the 2024 election and the
 * 2025 inauguration) resolved by the report's date.
 *
 * Pure data and functions; no DOM, no Node APIs.
 */

import { WORLD_ENTITIES } from './countries.ts';

export type EntityType = 'person' | 'place' | 'country' | 'org' | 'outlet';

export interface EntityInfo {
  type: EntityType;
  /** How the entity is named in reasons and attributions: "Financial Times", "Kremlin spokesman Dmitry Peskov". */
  name: string;
  /**
   * Spellings as they stand in text. Matched on word boundaries; the first
   * letter's case must match (so "turkey" the bird is not Turkey), and aliases
   * in ALL CAPS ("US", "FT", "EU") must match exactly.
   */
  aliases: string[];
  /** Entities a mention also implies: Peskov speaks for the Kremlin. */
  implies?: string[];
}

export const ENTITY_ALIASES: Readonly<Record<string, EntityInfo>> = {
  // People
  putin: { type: 'person', name: 'Vladimir Putin', aliases: ['Putin', 'Vladimir Putin', 'Vladimir Vladimirovich Putin'] },
  zelensky: {
    type: 'person',
    name: 'Volodymyr Zelensky',
    aliases: ['Zelensky', 'Zelenskiy', 'Zelenskyy', 'Zelenskyi', 'Zelenski', 'Zelenskii', 'Volodymyr Zelensky', 'Volodymyr Zelenskiy', 'Volodymyr Zelenskyy', 'Vladimir Zelensky'],
  },
  trump: { type: 'person', name: 'Donald Trump', aliases: ['Trump', 'Donald Trump', 'Donald J. Trump'] },
  biden: { type: 'person', name: 'Joe Biden', aliases: ['Biden', 'Joe Biden', 'Joseph Biden'] },
  peskov: {
    type: 'person',
    name: 'Kremlin spokesman Dmitry Peskov',
    aliases: [
      'Peskov', 'Dmitry Peskov', 'Dmitri Peskov', 'Dmitriy Peskov', 'Kremlin spokesman', 'Kremlin spokesperson', 'Kremlin press secretary',
      "Putin's spokesperson", "Putin's spokesman", "Putin's press secretary", "Putin’s spokesperson", "Putin’s spokesman", "Putin’s press secretary",
    ],
    implies: ['kremlin'],
  },
  ushakov: { type: 'person', name: 'Kremlin aide Yuri Ushakov', aliases: ['Ushakov', 'Yuri Ushakov', 'Yury Ushakov', 'Yuriy Ushakov'], implies: ['kremlin'] },
  lavrov: { type: 'person', name: 'Sergei Lavrov', aliases: ['Lavrov', 'Sergei Lavrov', 'Sergey Lavrov'] },
  gerasimov: { type: 'person', name: 'Valery Gerasimov', aliases: ['Gerasimov', 'Valery Gerasimov', 'Valeriy Gerasimov'] },
  shoigu: { type: 'person', name: 'Sergei Shoigu', aliases: ['Shoigu', 'Sergei Shoigu'] },
  medvedev: { type: 'person', name: 'Dmitry Medvedev', aliases: ['Medvedev', 'Dmitry Medvedev'] },
  dmitriev: { type: 'person', name: 'Kirill Dmitriev', aliases: ['Kirill Dmitriev', 'Dmitriev'] },
  witkoff: { type: 'person', name: 'US envoy Steve Witkoff', aliases: ['Witkoff', 'Steve Witkoff', 'Steven Witkoff'] },
  kellogg: { type: 'person', name: 'Keith Kellogg', aliases: ['Kellogg', 'Keith Kellogg'] },
  rubio: { type: 'person', name: 'Marco Rubio', aliases: ['Rubio', 'Marco Rubio'] },
  vance: { type: 'person', name: 'JD Vance', aliases: ['JD Vance', 'J.D. Vance', 'Vance'] },
  yermak: { type: 'person', name: 'Andriy Yermak', aliases: ['Yermak', 'Andriy Yermak', 'Andrii Yermak'] },
  umerov: { type: 'person', name: 'Rustem Umerov', aliases: ['Umerov', 'Rustem Umerov'] },
  sybiha: { type: 'person', name: 'Andrii Sybiha', aliases: ['Sybiha', 'Andrii Sybiha', 'Andriy Sybiha'] },
  kuleba: { type: 'person', name: 'Dmytro Kuleba', aliases: ['Kuleba', 'Dmytro Kuleba'] },
  syrskyi: { type: 'person', name: 'Oleksandr Syrskyi', aliases: ['Syrskyi', 'Syrsky', 'Oleksandr Syrskyi'] },
  zaluzhnyi: { type: 'person', name: 'Valerii Zaluzhnyi', aliases: ['Zaluzhnyi', 'Zaluzhny', 'Valerii Zaluzhnyi'] },
  'kim-jong-un': { type: 'person', name: 'Kim Jong Un', aliases: ['Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un'] },
  'xi-jinping': { type: 'person', name: 'Xi Jinping', aliases: ['Xi Jinping', 'Xi'] },
  erdogan: { type: 'person', name: 'Recep Tayyip Erdogan', aliases: ['Erdogan', 'Erdoğan', 'Recep Tayyip Erdogan'] },
  macron: { type: 'person', name: 'Emmanuel Macron', aliases: ['Macron', 'Emmanuel Macron'] },
  starmer: { type: 'person', name: 'Keir Starmer', aliases: ['Starmer', 'Keir Starmer'] },
  scholz: { type: 'person', name: 'Olaf Scholz', aliases: ['Scholz', 'Olaf Scholz'] },
  merz: { type: 'person', name: 'Friedrich Merz', aliases: ['Merz', 'Friedrich Merz'] },
  rutte: { type: 'person', name: 'Mark Rutte', aliases: ['Rutte', 'Mark Rutte'] },
  stoltenberg: { type: 'person', name: 'Jens Stoltenberg', aliases: ['Stoltenberg', 'Jens Stoltenberg'] },
  'von-der-leyen': { type: 'person', name: 'Ursula von der Leyen', aliases: ['von der Leyen', 'Ursula von der Leyen', 'Von der Leyen'] },
  remchukov: { type: 'person', name: 'Konstantin Remchukov', aliases: ['Remchukov', 'Konstantin Remchukov'] },
  chentsov: { type: 'person', name: 'Vsevolod Chentsov', aliases: ['Chentsov', 'Vsevolod Chentsov'] },
  woodward: { type: 'person', name: 'Bob Woodward', aliases: ['Bob Woodward', 'Woodward'] },

  // Countries, governments and places
  russia: { type: 'country', name: 'Russia', aliases: ['Russia', 'Russian Federation', 'Russian', 'Russians', 'Moscow'] },
  kremlin: { type: 'org', name: 'Kremlin', aliases: ['Kremlin'], implies: ['russia'] },
  // The capital stands for the government, as Moscow does for Russia: "Kyiv rejected the plan".
  ukraine: { type: 'country', name: 'Ukraine', aliases: ['Ukraine', 'Ukrainian', 'Ukrainians', 'Kyiv', 'Kiev'] },
  // "The Biden administration" is the United States government, not Biden the man: it decides, he may not be named.
  usa: { type: 'country', name: 'United States', aliases: ['U.S.', 'US', 'USA', 'U.S.A.', 'United States', 'United States of America', 'Washington', 'America', 'American', 'Americans', 'Biden administration', 'Biden White House'] },
  'white-house': { type: 'org', name: 'White House', aliases: ['White House'], implies: ['usa'] },
  pentagon: { type: 'org', name: 'Pentagon', aliases: ['Pentagon'], implies: ['usa'] },
  'north-korea': { type: 'country', name: 'North Korea', aliases: ['North Korea', 'North Korean', 'North Koreans', 'DPRK', 'Pyongyang'] },
  china: { type: 'country', name: 'China', aliases: ['China', 'Chinese', 'Beijing'] },
  turkey: { type: 'country', name: 'Turkey', aliases: ['Turkey', 'Türkiye', 'Turkiye', 'Turkish', 'Ankara'] },
  uk: { type: 'country', name: 'United Kingdom', aliases: ['UK', 'U.K.', 'United Kingdom', 'Britain', 'British'] },
  france: { type: 'country', name: 'France', aliases: ['France', 'French', 'Paris'] },
  germany: { type: 'country', name: 'Germany', aliases: ['Germany', 'German', 'Berlin'] },
  belarus: { type: 'country', name: 'Belarus', aliases: ['Belarus', 'Belarusian', 'Minsk'] },
  iran: { type: 'country', name: 'Iran', aliases: ['Iran', 'Iranian', 'Tehran'] },
  europe: { type: 'place', name: 'Europe', aliases: ['Europe', 'European', 'Europeans'] },
  eu: { type: 'org', name: 'European Union', aliases: ['EU', 'E.U.', 'European Union', 'Brussels'] },
  nato: { type: 'org', name: 'NATO', aliases: ['NATO', 'Nato', 'North Atlantic Treaty Organization', 'North Atlantic Alliance'] },
  un: { type: 'org', name: 'United Nations', aliases: ['UN', 'U.N.', 'United Nations'] },
  kursk: { type: 'place', name: 'Kursk', aliases: ['Kursk'] },
  crimea: { type: 'place', name: 'Crimea', aliases: ['Crimea', 'Crimean', 'Crimean Peninsula'] },
  donetsk: { type: 'place', name: 'Donetsk', aliases: ['Donetsk'] },
  luhansk: { type: 'place', name: 'Luhansk', aliases: ['Luhansk', 'Lugansk'] },
  zaporizhzhia: { type: 'place', name: 'Zaporizhzhia', aliases: ['Zaporizhzhia', 'Zaporizhia', 'Zaporozhye', 'Zaporizhzhya', 'Zaporozhzhia'] },
  kherson: { type: 'place', name: 'Kherson', aliases: ['Kherson'] },
  donbas: { type: 'place', name: 'Donbas', aliases: ['Donbas', 'Donbass'] },
  kharkiv: { type: 'place', name: 'Kharkiv', aliases: ['Kharkiv', 'Kharkov'] },
  odesa: { type: 'place', name: 'Odesa', aliases: ['Odesa', 'Odessa'] },
  belgorod: { type: 'place', name: 'Belgorod', aliases: ['Belgorod'] },
  bakhmut: { type: 'place', name: 'Bakhmut', aliases: ['Bakhmut'] },
  pokrovsk: { type: 'place', name: 'Pokrovsk', aliases: ['Pokrovsk'] },
  sochi: { type: 'place', name: 'Sochi', aliases: ['Sochi'] },
  'st-petersburg': { type: 'place', name: 'St. Petersburg', aliases: ['St. Petersburg', 'St Petersburg', 'Saint Petersburg'] },
  istanbul: { type: 'place', name: 'Istanbul', aliases: ['Istanbul'] },
  riyadh: { type: 'place', name: 'Riyadh', aliases: ['Riyadh', 'Saudi Arabia', 'Jeddah'] },
  london: { type: 'place', name: 'London', aliases: ['London'] },
  'black-sea': { type: 'place', name: 'Black Sea', aliases: ['Black Sea'] },

  // News outlets and agencies
  reuters: { type: 'outlet', name: 'Reuters', aliases: ['Reuters', 'REUTERS'] },
  bloomberg: { type: 'outlet', name: 'Bloomberg', aliases: ['Bloomberg', 'Bloomberg News'] },
  'financial-times': { type: 'outlet', name: 'Financial Times', aliases: ['Financial Times', 'FT', 'F.T.'] },
  'ria-novosti': { type: 'outlet', name: 'RIA Novosti', aliases: ['RIA Novosti', 'RIA'] },
  tass: { type: 'outlet', name: 'TASS', aliases: ['TASS', 'Tass'] },
  interfax: { type: 'outlet', name: 'Interfax', aliases: ['Interfax'] },
  sputnik: { type: 'outlet', name: 'Sputnik', aliases: ['Sputnik'] },
  'nezavisimaya-gazeta': { type: 'outlet', name: 'Nezavisimaya Gazeta', aliases: ['Nezavisimaya Gazeta'] },
  nbc: { type: 'outlet', name: 'NBC News', aliases: ['NBC', 'NBC News'] },
  cnn: { type: 'outlet', name: 'CNN', aliases: ['CNN'] },
  bbc: { type: 'outlet', name: 'BBC', aliases: ['BBC', 'BBC News'] },
  'fox-news': { type: 'outlet', name: 'Fox News', aliases: ['Fox News'] },
  ap: { type: 'outlet', name: 'Associated Press', aliases: ['Associated Press', 'AP'] },
  afp: { type: 'outlet', name: 'AFP', aliases: ['AFP', 'Agence France-Presse'] },
  'new-york-times': { type: 'outlet', name: 'New York Times', aliases: ['New York Times', 'NYT', 'NY Times'] },
  'washington-post': { type: 'outlet', name: 'Washington Post', aliases: ['Washington Post', 'WaPo'] },
  'wall-street-journal': { type: 'outlet', name: 'Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ'] },
  guardian: { type: 'outlet', name: 'The Guardian', aliases: ['The Guardian', 'Guardian'] },
  politico: { type: 'outlet', name: 'Politico', aliases: ['Politico', 'POLITICO'] },
  axios: { type: 'outlet', name: 'Axios', aliases: ['Axios'] },
  'kyiv-independent': { type: 'outlet', name: 'Kyiv Independent', aliases: ['Kyiv Independent'] },

  // Everyone else: other countries and bodies, so their events are not taken for ours.
  ...WORLD_ENTITIES,
};

/**
 * Titles that name a person only in a given period, when no name follows
 * them ("US President-elect Donald Trump" is resolved by the name).
 * Ranges are [from, to) as ISO dates.
 */
export interface TitleRule {
  re: RegExp;
  periods: { from: string; to: string; entity: string }[];
  /** Who the title names when the report has no date: only for titles held by one person for decades. */
  undated?: string;
}

const US = String.raw`(?:U\.S\.|US|American)`;
export const TITLE_RULES: readonly TitleRule[] = [
  {
    re: new RegExp(String.raw`\b(?:${US}\s+)?[Pp]resident[- ][Ee]lect\b`),
    periods: [
      { from: '2016-11-08', to: '2017-01-20', entity: 'trump' },
      { from: '2020-11-03', to: '2021-01-20', entity: 'biden' },
      { from: '2024-11-05', to: '2025-01-20', entity: 'trump' },
    ],
  },
  {
    re: new RegExp(String.raw`\b[Ff]ormer\s+(?:${US}\s+)?[Pp]resident\b`),
    periods: [
      { from: '2021-01-20', to: '2025-01-20', entity: 'trump' },
      { from: '2025-01-20', to: '2029-01-20', entity: 'biden' },
    ],
  },
  {
    re: new RegExp(String.raw`\b(?:${US}\s+[Pp]resident|[Pp]resident of the United States)\b`),
    periods: [
      { from: '2017-01-20', to: '2021-01-20', entity: 'trump' },
      { from: '2021-01-20', to: '2025-01-20', entity: 'biden' },
      { from: '2025-01-20', to: '2029-01-20', entity: 'trump' },
    ],
  },
  {
    re: /\b(?:Russian [Pp]resident|[Pp]resident of Russia|Russian leader|Kremlin (?:leader|chief))\b/,
    periods: [
      { from: '2000-05-07', to: '2008-05-07', entity: 'putin' },
      { from: '2008-05-07', to: '2012-05-07', entity: 'medvedev' },
      { from: '2012-05-07', to: '2036-05-07', entity: 'putin' },
    ],
    undated: 'putin',
  },
  {
    re: /\b(?:Ukrainian [Pp]resident|[Pp]resident of Ukraine|Ukraine's [Pp]resident|Ukraine’s [Pp]resident|Ukrainian leader)\b/,
    periods: [{ from: '2019-05-20', to: '2030-01-01', entity: 'zelensky' }],
    undated: 'zelensky',
  },
];

interface CompiledAlias {
  alias: string;
  entity: string;
  exact: boolean;
}

// Longest aliases first, so "Washington Post" wins over "Washington" and "Kremlin spokesman" over "Kremlin".
const COMPILED: CompiledAlias[] = Object.entries(ENTITY_ALIASES)
  .flatMap(([entity, info]) => info.aliases.map((alias) => ({ alias, entity, exact: alias.length <= 4 && alias === alias.toUpperCase() })))
  .sort((a, b) => b.alias.length - a.alias.length);

/** All-caps aliases that, lower-cased, are everyday words: "US" is not "us". */
const NOT_WHEN_LOWER = new Set(['us', 'un', 'it', 'ria', 'ap']);
const BY_LOWER = new Map<string, string>();
for (const c of [...COMPILED].reverse()) {
  const lower = c.alias.toLowerCase().replace(/’/g, "'");
  if (c.exact && NOT_WHEN_LOWER.has(lower)) continue;
  BY_LOWER.set(lower, c.entity);
}
// Token forms of multi-word aliases (see `normaliseEntityPhrases`) and the canonical ids themselves.
for (const id of Object.keys(ENTITY_ALIASES)) {
  BY_LOWER.set(id, id);
  BY_LOWER.set(tokenForm(id), id);
}

/** The single-word form a canonical id takes in running text after `normaliseEntityPhrases`: "financial-times" → "financialtimes". */
export function tokenForm(id: string): string {
  return id.replace(/[^a-z0-9]/g, '');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
}

/** Aliases by their folded form, for the match → entity step. */
const BY_FOLDED = new Map<string, CompiledAlias[]>();

/**
 * Names read in lower case too: Ukrainian outlets write "russia", "putin" and
 * "the kremlin" in lower case on purpose, and none of them is an English word.
 */
const LOWER_CASE_TOO = new Set(['russia', 'russian', 'russians', 'moscow', 'kremlin', 'putin', 'vladimir putin']);
for (const c of COMPILED) {
  const k = c.alias.toLowerCase().replace(/’/g, "'");
  const list = BY_FOLDED.get(k) ?? [];
  list.push(c);
  BY_FOLDED.set(k, list);
}
// `any`: the same pattern, not global, to test a text first: titles are rare, and matchAll copies its pattern on every call.
const TITLE_RES = TITLE_RULES.map((rule) => {
  const flags = rule.re.flags.replace('g', '');
  return { rule, re: new RegExp(rule.re.source, 'g' + flags), any: new RegExp(rule.re.source, flags) };
});

// Matched on the lower-cased text: a case-insensitive Unicode pattern of this
// size takes ~12 ms to compile on its first use (the worker's first look-up),
// the lower-case one ~4 ms. Texts whose lower case changes length ("İ") use the former.
const aliasPattern = (fold: (a: string) => string) =>
  String.raw`(?<![\p{L}\p{N}])(?:${COMPILED.map((c) => escapeRe(fold(c.alias))).join('|')})(?![\p{L}\p{N}])`;
let aliasAnyCaseRe: RegExp | undefined;

// The lower-cased text is scanned by hand instead of with that pattern (495
// alternatives tried at every position: ~11 µs a sentence, and the largest
// part of turning a statement into words). It finds what the pattern finds:
// at each position not preceded by a letter or digit, the first alias in
// COMPILED order (longest first) that is there and is not followed by a letter
// or digit, an apostrophe matching either ' or ’; the scan goes on after it.
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const foldQuote = (c: number) => (c === RIGHT_QUOTE ? APOSTROPHE : c);
/** Lower-cased aliases by their first two characters, in COMPILED order. */
const ALIASES_BY_START = new Map<number, string[]>();
for (const c of COMPILED) {
  const a = c.alias.toLowerCase();
  const key = foldQuote(a.charCodeAt(0)) * 0x10000 + foldQuote(a.charCodeAt(1));
  const list = ALIASES_BY_START.get(key) ?? [];
  list.push(a);
  ALIASES_BY_START.set(key, list);
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function letterOrDigit(c: number, s: string, from: number, to: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(s.slice(from, to));
}

/** Whether the code point that ends just before `at` is a letter or digit. */
function wordCharBefore(s: string, at: number): boolean {
  if (at === 0) return false;
  const c = s.charCodeAt(at - 1);
  if (isLow(c) && at >= 2 && isHigh(s.charCodeAt(at - 2))) return LETTER_OR_DIGIT.test(s.slice(at - 2, at));
  return letterOrDigit(c, s, at - 1, at);
}

/** Whether the code point that starts at `at` is a letter or digit. */
function wordCharAt(s: string, at: number): boolean {
  if (at >= s.length) return false;
  const c = s.charCodeAt(at);
  if (isHigh(c) && at + 1 < s.length && isLow(s.charCodeAt(at + 1))) return LETTER_OR_DIGIT.test(s.slice(at, at + 2));
  return letterOrDigit(c, s, at, at + 1);
}

function aliasAt(s: string, at: number, alias: string): boolean {
  if (alias.length > s.length - at) return false;
  for (let i = 0; i < alias.length; i++) {
    const a = alias.charCodeAt(i);
    const t = s.charCodeAt(at + i);
    if (a !== t && !((a === APOSTROPHE || a === RIGHT_QUOTE) && (t === APOSTROPHE || t === RIGHT_QUOTE))) return false;
  }
  return true;
}

/** The alias mentions in a lower-cased text, as the alias pattern matches them: [index, matched text]. */
export function lowerAliasMatches(lower: string): [number, string][] {
  const out: [number, string][] = [];
  const n = lower.length;
  let p = 0;
  while (p < n) {
    let len = 0;
    if (p + 1 < n && !wordCharBefore(lower, p)) {
      const list = ALIASES_BY_START.get(foldQuote(lower.charCodeAt(p)) * 0x10000 + foldQuote(lower.charCodeAt(p + 1)));
      if (list) {
        for (const a of list) {
          if (aliasAt(lower, p, a) && !wordCharAt(lower, p + a.length)) {
            len = a.length;
            break;
          }
        }
      }
    }
    if (len) {
      out.push([p, lower.slice(p, p + len)]);
      p += len;
    } else p += isHigh(lower.charCodeAt(p)) && p + 1 < n && isLow(lower.charCodeAt(p + 1)) ? 2 : 1;
  }
  return out;
}

/**
 * Canonical id for a word or phrase: "Zelenskiy" → "zelensky", "Kiev" → "ukraine",
 * "FT" → "financial-times", "Kremlin spokesman" → "peskov". Case-insensitive
 * (the search index sees lower-cased tokens); undefined when not an entity.
 * Titles that depend on the date ("President-elect") resolve only with `published`.
 */
export function canonicalEntity(token: string, published?: string): string | undefined {
  const t = token.trim();
  const hit = BY_LOWER.get(t.toLowerCase().replace(/’/g, "'").replace(/'s$/, ''));
  if (hit) return hit;
  for (const rule of TITLE_RULES) {
    const m = rule.re.exec(t);
    if (m && m[0].length === t.length) return resolveTitle(rule, published ?? '');
  }
  return undefined;
}

function resolveTitle(rule: TitleRule, published: string): string | undefined {
  const d = published.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return rule.undated;
  return rule.periods.find((p) => d >= p.from && d < p.to)?.entity;
}

export interface EntityMention {
  entity: string;
  /** The words as they stand. */
  text: string;
  start: number;
  end: number;
  /** True when resolved from a title by date ("President-elect" → trump). */
  byTitle?: boolean;
}

/** A capitalised name right after a title: "President-elect Donald Trump", "former US President Joe Biden". */
const NAME_AFTER = /^\s+(?:[A-Z][\p{L}.'’-]+)(?:\s+[A-Z][\p{L}.'’-]+)?/u;

/**
 * The entity mentions in a text, in order. Titles without a following name
 * resolve by `published`; everything else through the alias table.
 */
export function findEntities(text: string, published = ''): EntityMention[] {
  // One sentence is read for entities several times (its analysis, its
  // speakers, its phrases for the index): the scan over the alias table is kept.
  const key = `${published}\u0000${text}`;
  const hit = mentionCache.get(key);
  if (hit) return hit.slice();
  const out = scanEntities(text, published);
  if (mentionCache.size >= 512) mentionCache.clear();
  mentionCache.set(key, out);
  return out.slice();
}

const mentionCache = new Map<string, EntityMention[]>();

function scanEntities(text: string, published: string): EntityMention[] {
  const out: EntityMention[] = [];
  const taken: [number, number][] = [];
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  const matches = sameLength ? lowerAliasMatches(lower) : [...text.matchAll((aliasAnyCaseRe ??= new RegExp(aliasPattern((a) => a), 'giu')))].map((m) => [m.index!, m[0]] as const);
  for (const [index, matched] of matches) {
    const surface = text.slice(index, index + matched.length);
    const key = surface.toLowerCase().replace(/’/g, "'");
    const cands = BY_FOLDED.get(key) ?? [];
    const c = cands.find((x) => (x.exact ? x.alias === surface : x.alias[0] === surface[0] || LOWER_CASE_TOO.has(key))) ?? undefined;
    if (!c) continue;
    // "US" the country, not "us" — exact already; "May" etc. are not aliases.
    const start = index;
    out.push({ entity: c.entity, text: surface, start, end: start + surface.length });
    taken.push([start, start + surface.length]);
  }
  {
    for (const { rule, re, any } of TITLE_RES) {
      if (!any.test(text)) continue;
      for (const m of text.matchAll(re)) {
        const start = m.index!;
        const end = start + m[0].length;
        const after = text.slice(end);
        const named = NAME_AFTER.exec(after);
        if (named && /^[A-Z]/.test(named[0].trim()) && !/^\s+(?:On|In|At|Since|After|Before|During|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(after)) continue;
        const entity = resolveTitle(rule, published);
        if (!entity) continue;
        out.push({ entity, text: m[0], start, end, byTitle: true });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Canonical entity ids of a text, in order of first mention, with implied ones (peskov → kremlin → russia). */
export function entitiesOf(text: string, published = ''): string[] {
  const ids: string[] = [];
  for (const m of findEntities(text, published)) addImplied(ids, m.entity);
  return ids;
}

/** Adds an id and those it implies, each once, in order (a module-level helper: no closure made per call of entitiesOf). */
function addImplied(ids: string[], id: string): void {
  if (ids.includes(id)) return;
  ids.push(id);
  for (const imp of ENTITY_ALIASES[id]?.implies ?? []) addImplied(ids, imp);
}

/** Display name for a canonical id: "financial-times" → "Financial Times". */
export function entityName(id: string): string {
  return ENTITY_ALIASES[id]?.name ?? id;
}

/**
 * Rewrites the entity names in a text as single tokens the search tokeniser
 * keeps whole: "Financial Times" → "financialtimes", "U.S." → "usa", "Kiev" →
 * "kyiv", "Kremlin spokesman" → "peskov". Pass `published` to resolve titles.
 * `canonicalEntity` maps each token form back to its id.
 */
export function normaliseEntityPhrases(text: string, published = ''): string {
  const mentions = findEntities(text, published);
  if (!mentions.length) return text;
  let out = '';
  let pos = 0;
  for (const m of mentions) {
    if (m.start < pos) continue;
    out += text.slice(pos, m.start) + tokenForm(m.entity);
    pos = m.end;
  }
  return out + text.slice(pos);
}
