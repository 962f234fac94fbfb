/**
 * What the page as a whole is about, read from its title and lead: whose
 * story it tells. A sentence that names no one of its own ("The footage has
 * not been independently verified", "Trump said the agreement followed a long
 * night of talks") is about the page's parties, and only the page says who
 * they are: on a page about India and Pakistan, "the agreement" is theirs.
 *
 * The lead is read, not the whole page, so that the extension (which looks
 * sentences up in batches, in reading order) and the CLI judge a sentence
 * from the same context.
 */
import { entitiesOf } from '../analysis/entities.ts';
import { term, words } from '../text/tokens.ts';
import { leadSentences } from './lead.ts';
import { unknownVenuesOf } from './places.ts';
import { isParty, knownTo, type ReportContext } from './relate.ts';
import { ENTITY_IMPLIES, ENTITY_TYPES } from './setup.ts';

export interface PageContext {
  /** Party ids (people, countries, organisations) the title and lead name, each with how many of those texts name it. */
  parties: ReadonlyMap<string, number>;
  /** The people in the call the title or the first lead sentence tells of ("Putin and Xi hold video call"), if it tells of one. */
  callers?: readonly string[];
  /** Everyone and everywhere the title and lead name, places too (Sochi): what the page's events are. */
  named?: ReadonlySet<string>;
  /** Places the title and lead name as where things happen that the alias table does not know ("in Kazan", "at Valdai"). */
  venues?: readonly string[];
  /** The title's and lead's words, by term, as first written: which of two like events the page tells of (see same-call.ts). */
  words?: ReadonlyMap<string, string>;
  /** The title's terms: what the page is about, said first (a word there tells more than one in the lead). */
  headline?: ReadonlySet<string>;
}

/** A phone or video call, or leaders speaking by phone. */
export const CALL_WORDS = /\b(?:(?:phone|telephone|video)[- ]?calls?|calls?|phoned|spoke by (?:phone|telephone)|(?:phone|telephone) (?:conversation|talks))\b/i;

/** A sentence about a call: call words, or leaders in conversation. */
export const TELLS_OF_A_CALL = new RegExp(`${CALL_WORDS.source}|\\b(?:conversation|chat|spoke|talked|chatted)\\b`, 'i');

/** A person who may be on a call of their own: not a spokesman or aide, who speaks for others. */
export const isCaller = (e: string): boolean => ENTITY_TYPES.get(e) === 'person' && !(ENTITY_IMPLIES.get(e) ?? []).length;

/** The context of a page from its title (may be empty) and its sentences in reading order. */
export function pageContext(title: string, sentences: readonly string[]): PageContext {
  const parties = new Map<string, number>();
  const named = new Set<string>();
  const written = new Map<string, string>();
  const venues: string[] = [];
  const lead = leadSentences(title, sentences);
  for (const text of [title, ...lead]) {
    if (!text) continue;
    for (const w of words(text)) {
      const t = term(w);
      if (t && !written.has(t)) written.set(t, w);
    }
    venues.push(...unknownVenuesOf(text));
    for (const e of entitiesOf(text)) {
      named.add(e);
      if (isParty(e)) parties.set(e, (parties.get(e) ?? 0) + 1);
    }
  }
  // The page's call is the one its headline or first sentence tells of: who was on it.
  const callText = [title, lead[0] ?? ''].find((t) => CALL_WORDS.test(t));
  const callers = callText ? entitiesOf(callText).filter((e) => ENTITY_TYPES.get(e) === 'person') : [];
  const headline = new Set(words(title).map(term).filter(Boolean));
  return callers.length ? { parties, callers, named, venues, words: written, headline } : { parties, named, venues, words: written, headline };
}

/**
 * A sentence about a call that names no one but a spokesman or aide ("The
 * conversation lasted about an hour and a half, Kremlin aide Yuri Ushakov
 * told reporters"), on a page whose call was with someone the report never
 * speaks of (Putin's video call with Xi): the page's call, not the report's.
 */
export function callIsElsewhere(page: PageContext, sentence: string, sentenceParties: readonly string[], ctx: ReportContext): boolean {
  if (!page.callers?.length || !TELLS_OF_A_CALL.test(sentence)) return false;
  // The sentence's own people, spokesmen and aides aside (they speak of any call), tie it to whom they name.
  const own = sentenceParties.filter(isCaller);
  if (own.length) return false;
  return page.callers.some((e) => !knownTo(ctx, e));
}

/**
 * Whether the page's lead tells someone else's story than the report's:
 * it names parties the report never speaks of more often than parties it does
 * (`everywhere`: parties found in much of all news, which count for neither).
 * A sentence that names a party of the report beyond the corpus-wide ones
 * (Gerasimov, Sochi, Witkoff) ties itself to the report whatever its page;
 * `sentenceParties` are the sentence's own.
 */
export function leadIsElsewhere(
  page: PageContext,
  sentenceParties: readonly string[],
  ctx: ReportContext,
  everywhere: (e: string) => boolean = () => false,
  inTodaysNews: (e: string) => boolean = () => false,
): boolean {
  // A report that names no party we know (a pack about a town's tram line) cannot be told from another story by its parties.
  if (!ctx.parties.size) return false;
  const known = (e: string) => knownTo(ctx, e);
  if (sentenceParties.some((e) => known(e) && !ctx.ubiquitous.has(e))) return false;
  // A lead that names no one at all (a film's casting, a viral video) gives a sentence that names no one either nobody to be about.
  if (!page.parties.size) return !sentenceParties.some(known);
  let foreign = 0;
  let ours = 0;
  let todays = 0;
  for (const [e, n] of page.parties) {
    // A party found in much of all news (the United States) says little of whose story it is.
    if (!known(e)) foreign += n;
    else if (everywhere(e)) continue;
    // …nor does one in much of today's news (Trump) against someone else's parties; it still tells a story
    // of the report's when no one else is named ("Trump has boasted that he could end the war in a single day").
    else if (inTodaysNews(e)) todays += n;
    else ours += n;
  }
  if (foreign > ours) return true;
  // A lead that names only parties found in all news (the United States, the White House)
  // tells no story of the report's either, to a sentence that names none of its own.
  return ours + todays === 0 && !sentenceParties.some(known);
}
