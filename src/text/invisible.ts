/**
 * Characters a page carries for layout, not for reading: soft hyphens
 * (sites that hyphenate with &shy;), zero-width spaces and joiners, the
 * word joiner and a stray byte-order mark. Left in, they cut "nego&shy;tiations"
 * into two words the index never saw; no-break and thin spaces are spaces.
 */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

const WIDE_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/** The text without invisible characters, its no-break and thin spaces made plain; line breaks stay. */
export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLE, '').replace(WIDE_SPACE, ' ');
}
