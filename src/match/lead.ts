/**
 * How many of a page's first sentences, after its title, make its lead: what
 * tells whose story the page is (`page-context.ts`). Its own module so the
 * content script and the message schemas can read it without the matcher.
 */
export const LEAD_SENTENCES = 3;
