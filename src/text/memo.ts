/**
 * A function of a text kept per text, up to `limit` texts, then forgotten all
 * at once: the matcher reads a statement's text again for every page sentence
 * it is weighed against, and a page's sentence for each of its ten candidates.
 * The answer is the kept value itself: callers do not change it.
 */
export function keptPerText<V>(limit: number, compute: (text: string) => V): Kept<V> {
  const kept = new Map<string, V>();
  const keep = (text: string, v: V) => {
    if (kept.size >= limit) kept.clear();
    kept.set(text, v);
  };
  const get = (text: string) => {
    let v = kept.get(text);
    if (v === undefined) {
      v = compute(text);
      keep(text, v);
    }
    return v;
  };
  return Object.assign(get, { remember: keep });
}

export interface Kept<V> {
  (text: string): V;
  /** Keeps a value made elsewhere for a text: what `compute` would make of it (a side stored at build time). */
  remember(text: string, value: V): void;
}
