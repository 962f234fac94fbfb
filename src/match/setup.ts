/**
 * Wires the entity alias table into the tokeniser, so "Zelenskiy" and
 * "Zelensky", "Kiev" and "Kyiv", "the FT" and "the Financial Times" are one
 * term on both sides of the index. Imported once by each shell (background,
 * CLI) and by the build before any corpus is loaded.
 */
import { canonicalEntity, ENTITY_ALIASES, normaliseEntityPhrases, tokenForm } from '../analysis/entities.ts';
import { setAliasResolver, setPhraseNormaliser } from '../text/tokens.ts';

export const ENTITY_TERMS: ReadonlySet<string> = new Set(Object.keys(ENTITY_ALIASES).map(tokenForm));
/** How an entity term is shown in a reason: "financialtimes" → "Financial Times". */
export const ENTITY_DISPLAY: ReadonlyMap<string, string> = new Map(
  Object.entries(ENTITY_ALIASES).map(([id, e]) => [tokenForm(id), e.name]),
);
/** People: two figures for one fact about the same people are about one event. */
export const PERSON_TERMS: ReadonlySet<string> = new Set(
  Object.entries(ENTITY_ALIASES)
    .filter(([, e]) => e.type === 'person')
    .map(([id]) => tokenForm(id)),
);
/** Entity type by id: "putin" → "person", "china" → "country". */
export const ENTITY_TYPES: ReadonlyMap<string, string> = new Map(Object.entries(ENTITY_ALIASES).map(([id, e]) => [id, e.type]));
/** What naming an entity also names: "white-house" → ["usa"], "peskov" → ["kremlin"]. */
export const ENTITY_IMPLIES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(ENTITY_ALIASES).map(([id, e]) => [id, e.implies ?? []]));
/** Places: where something happened, not who did it. */
export const PLACE_TERMS: ReadonlySet<string> = new Set(
  Object.entries(ENTITY_ALIASES)
    .filter(([, e]) => e.type === 'place')
    .map(([id]) => tokenForm(id)),
);
/** News outlets: what a "report" is of — "confirmed the FT report" is said of the FT. */
export const OUTLET_TERMS: ReadonlySet<string> = new Set(
  Object.entries(ENTITY_ALIASES)
    .filter(([, e]) => e.type === 'outlet')
    .map(([id]) => tokenForm(id)),
);

setPhraseNormaliser((text) => normaliseEntityPhrases(text));
setAliasResolver((word) => {
  const id = canonicalEntity(word);
  return id ? tokenForm(id) : undefined;
});
