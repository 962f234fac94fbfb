/**
 * A function of a text kept per text, up to `limit` texts, then forgotten all
 * at once: the matcher reads a statement's text again for every page sentence
 * it is weighed against, and a page's sentence for each of its ten candidates.
 * The answer is the kept value itself: callers do not change it.
 */
export function keptPerText<V>(limit: number, compute: (text: string) => V): (text: string) => V {
  const kept = new Map<string, V>();
  return (text) => {
    let v = kept.get(text);
    if (v === undefined) {
      v = compute(text);
      if (kept.size >= limit) kept.clear();
      kept.set(text, v);
    }
    return v;
  };
}
