/**
 * How much a shared word says. A word rare in news at large (FNC-1's 1,683
 * bodies) and rare in the corpus says much; "talks" or "leaders" says little.
 */
export interface TermWeights {
  weight(term: string): number;
}

export interface BackgroundDf {
  documents: number;
  df: Record<string, number>;
  /** Terms news writes as names (capitalised in mid-sentence); see src/match/title-case.ts. */
  names?: string[];
}

export function termWeights(background: BackgroundDf, corpusDf: Map<string, number>, corpusDocs: number): TermWeights {
  const maxBg = Math.log((background.documents + 1) / 1);
  const cache = new Map<string, number>();
  return {
    weight(term) {
      let w = cache.get(term);
      if (w !== undefined) return w;
      const bg = Object.hasOwn(background.df, term) ? background.df[term]! : 0;
      // Background rarity in [0, 1]; words never seen in news count as rare.
      const bgIdf = Math.log((background.documents + 1) / (bg + 1)) / maxBg;
      // Corpus rarity in [0, 1]: a word in every statement ties nothing.
      const cdf = corpusDf.get(term) ?? 0;
      const cIdf = corpusDocs > 1 ? Math.log((corpusDocs + 1) / (cdf + 1)) / Math.log(corpusDocs + 1) : 1;
      w = 0.15 + 0.55 * bgIdf + 0.3 * cIdf;
      cache.set(term, w);
      return w;
    },
  };
}
