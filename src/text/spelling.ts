/**
 * British and American spellings of one word ("recognise" / "recognize",
 * "signalled" / "signaled", "defence" / "defense", "dialogue" / "dialog")
 * stem apart, so a British page would not meet an American report on its
 * main verb. Both sides are brought to the American form before stemming.
 * The rules are applied to both sides alike, so a word they over-reach on
 * ("promise" → "promize") still meets itself; they are kept to endings that
 * merge no two different words.
 */

const RULES: [RegExp, string][] = [
  // organise, organised, organises, organising, organisation(s), organiser(s)
  [/^([a-z]{3,})is(e|ed|es|ing|ation|ations|er|ers)$/, '$1iz$2'],
  // analyse, paralysed
  [/^([a-z]{3,})ys(e|ed|es|ing)$/, '$1yz$2'],
  // favour(able|ite), labour(er), neighbour(ing), rumour(ed), behaviour…
  [/^(armo|behavio|colo|endeavo|favo|flavo|harbo|hono|humo|labo|neighbo|odo|rumo|savio|splendo|valo|vigo|parlo|ranco|clamo|tumo)ur([a-z]*)$/, '$1r$2'],
  // cancelled, signalling, travellers, labelled, modelled, fuelled…
  [/^(cancel|signal|label|model|travel|fuel|level|channel|counsel|dial|equal|total|marshal|quarrel|tunnel|funnel|panel|rival|libel|initial|pencil|shovel|parcel|marvel)l(ed|ing|er|ers)$/, '$1$2'],
  [/^(defen|offen|preten|licen)ce(s?)$/, '$1se$2'],
  [/^(cent|theat|lit|met|fib|calib|spect|somb|sab)re(s?)$/, '$1er$2'],
  [/^manoeuvr([a-z]*)$/, 'maneuver$1'],
  [/^(program|kilogram)me(s?)$/, '$1$2'],
  [/^(dialog|catalog|analog)ue(s?)$/, '$1$2'],
  [/^judgement(s?)$/, 'judgment$1'],
  [/^sceptic([a-z]*)$/, 'skeptic$1'],
];

/** A lower-case word in American spelling (the word itself when no rule applies). */
export function americanSpelling(word: string): string {
  for (const [re, to] of RULES) if (re.test(word)) return word.replace(re, to);
  return word;
}
