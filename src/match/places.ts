/**
 * Where an event took place: "talks resumed in Riyadh" against "talks resumed
 * in Turkey" are two accounts of one event that cannot both be right, just as
 * two figures for one call's length cannot. Only a place named after "in" or
 * "at" counts (the venue), and only a city or a country: a region of the front
 * ("in Donetsk", "in Kursk") or a sea hosts many events at once, so two of
 * them are two events, not two accounts. "The war in Ukraine" names a party
 * the other side names too, and is left out by the caller.
 */
import { canonicalEntity, entitiesOf } from '../analysis/entities.ts';
import { keptPerText } from '../text/memo.ts';
import { ENTITY_TYPES } from './setup.ts';

const VENUE = /\b(?:in|at)\s+((?:the\s+)?(?:St\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)/g;
/** Cities, by the country they lie in: a meeting "in Turkey" may be the one "in Istanbul". */
const CITY_COUNTRY: ReadonlyMap<string, string> = new Map([
  ['sochi', 'russia'], ['st-petersburg', 'russia'], ['belgorod', 'russia'], ['moscow', 'russia'], ['kyiv', 'ukraine'], ['washington', 'usa'],
  ['istanbul', 'turkey'], ['riyadh', 'saudi-arabia'], ['london', 'uk'],
  ['kharkiv', 'ukraine'], ['odesa', 'ukraine'], ['bakhmut', 'ukraine'], ['pokrovsk', 'ukraine'],
]);
const isVenue = (id: string) => CITY_COUNTRY.has(id) || ENTITY_TYPES.get(id) === 'country';

/** The entity ids a sentence names as venues, longest name first ("St. Petersburg", not "St"). */
export const venuesOf: (text: string) => ReadonlySet<string> = keptPerText(1024, venuesNow);

/** Capitals the alias table reads as their governments ("Moscow" is Russia), which as a venue are the city. */
const CAPITAL_CITY: ReadonlyMap<string, string> = new Map([['moscow', 'moscow'], ['kyiv', 'kyiv'], ['kiev', 'kyiv'], ['washington', 'washington']]);

const MEETING_BEFORE = /\b(?:met|meet|meets|meeting|talks|visit\w*|hosted|received|summit|held)\b[^.]*$/i;

function venuesNow(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(VENUE)) {
    const phrase = m[1]!.replace(/^the\s+/, '');
    // "Witkoff met Putin in Moscow" is a meeting in the city, not "in Russia", which St Petersburg lies in
    // ("sources in Moscow" are the government's, as the alias table has it).
    const capital = CAPITAL_CITY.get(phrase.toLowerCase());
    if (capital && MEETING_BEFORE.test(text.slice(Math.max(0, m.index! - 60), m.index!))) {
      out.add(capital);
      continue;
    }
    const parts = phrase.split(/\s+/);
    for (let n = parts.length; n > 0; n--) {
      const id = canonicalEntity(parts.slice(0, n).join(' '));
      if (id && isVenue(id)) { out.add(id); break; }
    }
  }
  return out;
}

/** A city one side names as the venue lies in the country the other names as the venue: "in Istanbul" is the meeting "in Turkey". */
export function cityInCountry(a: string, b: string): boolean {
  const vb = venuesOf(b);
  return [...venuesOf(a)].some((x) => [...vb].some((y) => x !== y && within(x, y)));
}

/** The country a city lies in, if the table knows it. */
export function countryOf(city: string): string | undefined {
  return CITY_COUNTRY.get(city);
}

/** One venue is or lies in the other: "Sochi" is in Russia ("Moscow" is read as Russia). */
function within(a: string, b: string): boolean {
  return a === b || CITY_COUNTRY.get(a) === b || CITY_COUNTRY.get(b) === a;
}

/**
 * Two venues for the same event, when each side names one the other never
 * mentions and none lies within another: [page venue, statement venue].
 * `mentioned` tells whether an entity id is named anywhere on a side.
 */
export function otherVenue(page: string, stmt: string, mentionedOnPage: (id: string) => boolean, mentionedInStmt: (id: string) => boolean): [string, string] | null {
  const p = [...venuesOf(page)].filter((id) => !mentionedInStmt(id));
  const s = [...venuesOf(stmt)].filter((id) => !mentionedOnPage(id));
  if (!p.length || !s.length) return null;
  if (p.some((a) => s.some((b) => within(a, b)))) return null;
  return [p[0]!, s[0]!];
}

/** Capitals after "in" or "at" that name no place: "in Western capitals", "at St Peter's", "in Group B". */
const NOT_A_PLACE = /^(?:.{1,2}|St\.?|Western|Eastern|Northern|Southern|Central|Group|Oval|Red|The)$/;
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Moscow|Washington|Kyiv|Kiev)$/;

/**
 * Places a sentence names as where something happened that the alias table does not know ("at Valdai", "in Jeddah"):
 * the first word of each, as written. Capitals, months and the capitals of the parties aside.
 */
export const unknownVenuesOf: (text: string) => readonly string[] = keptPerText(1024, (text) => {
  const out: string[] = [];
  for (const m of text.matchAll(VENUE)) {
    const phrase = m[1]!.replace(/^the\s+/, '');
    const first = phrase.split(/\s+/)[0]!.replace(/['’]s$/, '');
    if (CALENDAR.test(first) || NOT_A_PLACE.test(first) || canonicalEntity(phrase) || canonicalEntity(first)) continue;
    out.push(first);
  }
  return out;
});


/**
 * What an attack struck, as places: "a drone attack on Putin's Sochi residence", "Moscow hit by the largest drone
 * attack of the war", "strikes against Kyiv's power grid". A capital is the city here: Moscow struck is not Sochi struck.
 */
export const attackTargetsOf: (text: string) => ReadonlySet<string> = keptPerText(1024, (text) => {
  const out = new Set<string>();
  if (!ATTACK_HINT.test(text)) return out;
  for (const m of text.matchAll(ATTACK_TARGET)) {
    const phrase = m[1] ?? m[2]!;
    // "Putin's Sochi residence": each possessive ends a name, and a run no alias knows is read word by word.
    for (const run of phrase.match(/[A-Z][\w-]*(?:['’]s)?(?:\s+[A-Z][\w-]*(?:['’]s)?)*/g) ?? []) {
      for (const name of run.split(/['’]s\b\s*/).filter(Boolean)) {
        for (const part of [name, ...(name.includes(' ') ? name.split(/\s+/) : [])]) {
          const id = CAPITAL_CITY.get(part.toLowerCase()) ?? canonicalEntity(part);
          if (id && (isVenue(id) || ENTITY_TYPES.get(id) === 'place')) { out.add(id); break; }
        }
      }
    }
  }
  return out;
});

const ATTACK_HINT = /\b(?:attack|strik|raid|hit|struck|target)/i;
const ATTACK_TARGET =
  /\b(?:(?:attacks?|strikes?|raids?)\s+(?:on|against|targeting|targeted|hit|struck)|(?:strike|struck|striking|attacked|attacking|targeted|targeting)(?!\s+(?:by|with|on|at)\b))\s+((?:the\s+)?[^,.;:—–]{1,60})|\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:(?:was|were|is|has been|had been)\s+)?(?:hit|struck|targeted|attacked)\s+(?:by|with)\b/g;

/**
 * Two attacks, when each side names what was struck and neither place is or lies in the other ("Moscow hit by
 * drones" / "drone attack on Putin's Sochi residence"), and the page never names the statement's target.
 */
export function otherAttackTarget(page: string, stmt: string): [string, string] | null {
  const s = attackTargetsOf(stmt);
  if (!s.size) return null;
  const p = attackTargetsOf(page);
  if (!p.size) return null;
  // A country the page names is a party more often than a target ("Russian missile strike on Kyiv"): only its places count.
  const named = new Set([...venuesOf(page), ...entitiesOf(page).filter((e) => CITY_COUNTRY.has(e) || ENTITY_TYPES.get(e) === 'place')]);
  for (const id of s) if (named.has(id) || p.has(id)) return null;
  if ([...p].some((a) => [...s].some((b) => within(a, b)))) return null;
  return [[...p][0]!, [...s][0]!];
}

/** Regions of the war, with what lies in them: the front moves in many at once, so two of them are two events. */
const FRONT_REGIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['donbas', ['donetsk', 'luhansk', 'bakhmut', 'pokrovsk']], ['donetsk', ['bakhmut', 'pokrovsk']],
  ['luhansk', []], ['zaporizhzhia', []], ['kherson', []], ['crimea', []], ['kursk', []], ['kharkiv', []], ['belgorod', []], ['odesa', []],
  ['bakhmut', []], ['pokrovsk', []],
]);
// Kept per text: every agreement found is tested against its statement's regions (an alias scan of its text otherwise).
const regionsOf: (text: string) => readonly string[] = keptPerText(1024, (text) => entitiesOf(text).filter((e) => FRONT_REGIONS.has(e)));
const regionWithin = (a: string, b: string) => a === b || !!FRONT_REGIONS.get(a)?.includes(b) || !!FRONT_REGIONS.get(b)?.includes(a);

/**
 * Two regions of the war, when each side names some and none of the page's is or holds one of the statement's:
 * "Ukrainian forces have recaptured a village in the Kharkiv region" is not Gerasimov's Kursk. [page's, statement's].
 */
export function otherRegion(page: string, stmt: string): [string, string] | null {
  const s = regionsOf(stmt);
  if (!s.length) return null;
  const p = regionsOf(page);
  if (!p.length || p.some((a) => s.some((b) => regionWithin(a, b)))) return null;
  return [p[0]!, s[0]!];
}
