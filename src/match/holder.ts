/**
 * Whose stance a frame word tells: "Ukraine was ready for a ceasefire" is
 * Ukraine's readiness, not Putin's "willingness to consider new parameters for
 * a ceasefire", though both are ready for one. The holder is the party named
 * right before the frame word (within four words, no pronoun, comma or clause
 * between: "Putin told Trump he was ready" names no holder), read as its side
 * of the war.
 */
import { findEntities } from '../analysis/entities.ts';
import { ENTITY_IMPLIES, ENTITY_TYPES } from './setup.ts';
import type { FrameName } from './frames.ts';

/** Frames whose side depends on who holds it: readiness, a shift of position, gains on the ground. */
export const HELD_FRAMES: ReadonlySet<FrameName> = new Set<FrameName>(['accept', 'change', 'progress']);

/** The people of each side whom the alias table does not already tie to their country. */
const SIDE: ReadonlyMap<string, string> = new Map([
  ...['putin', 'peskov', 'ushakov', 'lavrov', 'gerasimov', 'shoigu', 'medvedev', 'dmitriev', 'kremlin'].map((e) => [e, 'russia'] as const),
  ...['zelensky', 'yermak', 'umerov', 'sybiha', 'kuleba', 'syrskyi', 'zaluzhnyi'].map((e) => [e, 'ukraine'] as const),
  ...['trump', 'biden', 'witkoff', 'kellogg', 'rubio', 'vance'].map((e) => [e, 'usa'] as const),
]);

/** The country a party speaks for: itself, its side, or what it implies (the White House is the United States). */
export function sideOf(e: string): string {
  const side = SIDE.get(e);
  if (side) return side;
  if (ENTITY_TYPES.get(e) === 'country') return e;
  const implied = ENTITY_IMPLIES.get(e)?.[0];
  return implied ? sideOf(implied) : e;
}

const BETWEEN = /^[\s\w'’-]*$/;
const PRONOUN = /\b(?:he|she|it|they|we|i|you|who|which|that)\b/i;

/** The side of the party named right before `at` in `text`, or null. */
export function holderBefore(text: string, at: number): string | null {
  if (at < 0) return null;
  // The text's mentions, as read (and kept) for its analysis, up to the word.
  let last: { entity: string; end: number } | null = null;
  for (const m of findEntities(text)) {
    if (m.end > at || ENTITY_TYPES.get(m.entity) === 'outlet' || (last && m.end <= last.end)) continue;
    last = { entity: m.entity, end: m.end };
  }
  if (!last) return null;
  const gap = text.slice(last.end, at);
  // "Russia's willingness": the possessive holds it too.
  const words = gap.replace(/^['’]s\b/, '').trim().split(/\s+/).filter(Boolean);
  if (words.length > 4 || !BETWEEN.test(gap) || PRONOUN.test(gap)) return null;
  return sideOf(last.entity);
}

/** Where a frame hit's words stand in its sentence (its last word, when idioms folded the words before: "declared its willingness"). */
export function hitIndex(text: string, hitText: string): number {
  const lower = text.toLowerCase();
  const whole = lower.indexOf(hitText.toLowerCase());
  if (whole >= 0) return whole;
  const last = hitText.toLowerCase().split(/\s+/).pop() ?? '';
  return last ? lower.search(new RegExp(`\\b${last.replace(/[^\w'’-]/g, '')}\\b`)) : -1;
}
