/**
 * A page's lead: the first sentences after its title, which tell whose story
 * the page is (`page-context.ts`). Its own module so the content script and
 * the message schemas can read it without the matcher.
 */
export const LEAD_SENTENCES = 3;
/** Shorter lines (a kicker, "Live", a dateline) say nothing of whose story it is. */
export const MIN_LEAD_CHARS = 20;

// A headline written as a sentence ("… to speak with Macron.") is the title still.
const plain = (s: string) => s.toLowerCase().replace(/[‘’“”"']/g, '').replace(/\s+/g, ' ').trim().replace(/[.!:;]+$/, '');

/**
 * The lead's sentences: the first that are long enough, leaving out the
 * headline when the page repeats its title as its first line (an `<h1>` under
 * "Headline | Outlet"), so the lead is the title and the article's first sentences
 * wherever the headline was read.
 */
export function leadSentences(title: string, sentences: readonly string[]): string[] {
  const head = plain(title);
  return sentences.filter((s) => s.length >= MIN_LEAD_CHARS && !(head && head.includes(plain(s)))).slice(0, LEAD_SENTENCES);
}
