/**
 * Every message that crosses a process boundary in the extension, declared once.
 *
 * There is one call map per receiver: `BackgroundCalls` are handled by the
 * background worker (sent by the content script, the popup and the options
 * page), `ContentCalls` by the content script (sent by the background and the
 * popup). Each call names the schema of its request and of its reply's value;
 * replies travel as `{ ok: true, value } | { ok: false, error }`.
 *
 * Receivers parse every request and senders parse every reply: what does not
 * parse is refused with a logged reason and changes nothing.
 */
import * as z from 'zod/mini';
import { LEAD_SENTENCES } from '../match/lead.ts';

// Bounds that keep a hostile or broken sender from making the worker hold
// or index arbitrary amounts of text.
export const MAX_SENTENCE_CHARS = 2_000;
export const MAX_SENTENCES_PER_MESSAGE = 500;
export const MAX_QUERY_CHARS = 500;
export const MAX_PACK_CHARS = 60_000_000;

const Relation = z.enum(['agree', 'conflict', 'related']);

export const ReportRefSchema = z.object({
  id: z.string(),
  headline: z.string(),
  outlet: z.string(),
  published: z.string(),
  source: z.string(),
  url: z.string(),
});

export const MatchSchema = z.object({
  relation: Relation,
  score: z.number().check(z.gte(0), z.lte(1)),
  report: ReportRefSchema,
  statement: z.object({ id: z.string(), text: z.string() }),
  why: z.string(),
});

export const PageSentenceSchema = z.object({
  /** Stable within one page scan: the content script's index of the sentence. */
  id: z.number().check(z.int(), z.gte(0)),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_SENTENCE_CHARS)),
  /** The page sentence just before it, sent only when this one answers it ("The Kremlin denied it"): what it denies. */
  before: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_SENTENCE_CHARS))),
});

export const PageLeadSchema = z.object({
  title: z.string().check(z.maxLength(MAX_SENTENCE_CHARS)),
  lead: z.array(z.string().check(z.maxLength(MAX_SENTENCE_CHARS))).check(z.maxLength(LEAD_SENTENCES)),
});
export type PageLead = z.infer<typeof PageLeadSchema>;

export const MarkedStatementSchema = z.object({
  id: z.number().check(z.int(), z.gte(0)),
  text: z.string(),
  matches: z.array(MatchSchema),
});
export type MarkedStatement = z.infer<typeof MarkedStatementSchema>;

export const PageStatus = z.enum([
  'scanning', // text found, lookups under way
  'done', // every sentence found so far has been checked
  'no-article', // no article text on this page
  'off', // the site is switched off, or the global pause is on
  'error', // reading or checking the page failed; `error` says what happened
]);

export const TabStateSchema = z.object({
  status: z.enum(['scanning', 'done', 'no-article', 'off', 'paused', 'unsupported', 'not-loaded', 'error']),
  host: z.string(),
  /** Page sentences checked against the corpus so far. */
  sentencesChecked: z.number(),
  statements: z.array(MarkedStatementSchema),
  corpus: z.object({ reports: z.number(), statements: z.number() }),
  error: z.optional(z.string()),
});
export type TabState = z.infer<typeof TabStateSchema>;

export const SettingsSchema = z.object({
  /** 0..1: how sure a match must be before it is marked. */
  threshold: z.number().check(z.gte(0), z.lte(1)),
  /** Which relations are marked on the page. */
  relations: z.object({ agree: z.boolean(), conflict: z.boolean(), related: z.boolean() }),
  /** Hosts the user switched off. */
  disabledSites: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(10_000)),
  /** The global pause: nothing runs anywhere while it is on. */
  paused: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  threshold: 0.5,
  relations: { agree: true, conflict: true, related: true },
  disabledSites: [],
  paused: false,
};

export const CorpusInfoSchema = z.object({
  reports: z.number(),
  statements: z.number(),
  builtAt: z.string(),
  outlets: z.array(z.object({ outlet: z.string(), reports: z.number() })),
  packs: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      reports: z.number(),
      statements: z.number(),
      importedAt: z.string(),
      /** Stored but not in the corpus, and why (its report ids clash with the bundled ones; it could not be analysed). */
      notLoaded: z.optional(z.string()),
    }),
  ),
});
export type CorpusInfo = z.infer<typeof CorpusInfoSchema>;

export const SearchHitSchema = z.object({
  report: ReportRefSchema,
  statement: z.object({ id: z.string(), text: z.string() }),
  score: z.number(),
});

export const ImportResultSchema = z.object({
  packId: z.string(),
  name: z.string(),
  reports: z.number(),
  statements: z.number(),
});

export const ProblemListSchema = z.array(z.string());

const Empty = z.object({});

/** Calls the background worker answers. */
export const BackgroundCalls = {
  /** Content script → background: look these page sentences up. */
  lookup: {
    request: z.object({
      /** Page address without its fragment; a new one starts a new page state. */
      page: z.string().check(z.maxLength(4_000)),
      host: z.string().check(z.maxLength(300)),
      sentences: z.array(PageSentenceSchema).check(z.maxLength(MAX_SENTENCES_PER_MESSAGE)),
      /** The page's title and first sentences: whose story the page tells (a sentence that names no one is read as about them). */
      context: z.optional(PageLeadSchema),
      /** True on the batch that ends the page as read so far (a page of one sentence is judged on that sentence). */
      last: z.optional(z.boolean()),
    }),
    reply: z.object({ marked: z.array(MarkedStatementSchema) }),
  },
  /** Content script → background: where the page scan stands. */
  pageStatus: {
    request: z.object({
      page: z.string().check(z.maxLength(4_000)),
      host: z.string().check(z.maxLength(300)),
      status: PageStatus,
      /** True when the page navigated (history API) and old marks are gone. */
      reset: z.optional(z.boolean()),
      /** With status 'error': what went wrong, shown in the popup. */
      error: z.optional(z.string().check(z.maxLength(500))),
    }),
    reply: Empty,
  },
  /** Popup → background: what this tab shows. */
  tabState: {
    request: z.object({ tabId: z.number().check(z.int()) }),
    reply: TabStateSchema,
  },
  /** Popup → background: search the whole corpus. */
  search: {
    request: z.object({ query: z.string().check(z.maxLength(MAX_QUERY_CHARS)) }),
    reply: z.object({ hits: z.array(SearchHitSchema) }),
  },
  /** Popup, options → background. */
  corpusInfo: { request: Empty, reply: CorpusInfoSchema },
  getSettings: { request: Empty, reply: SettingsSchema },
  /** Options, popup → background: replace some settings. */
  setSettings: { request: z.partial(SettingsSchema), reply: SettingsSchema },
  /** Options → background: import a corpus pack (JSON text). */
  importPack: {
    request: z.object({
      fileName: z.string().check(z.maxLength(500)),
      text: z.string().check(z.maxLength(MAX_PACK_CHARS)),
    }),
    reply: ImportResultSchema,
  },
  removePack: { request: z.object({ packId: z.string().check(z.maxLength(200)) }), reply: Empty },
  /**
   * Content script → background: the card's "Open in popup". `popup`: the
   * toolbar popup opened; `tab`: the browser refused (Firefox wants a user
   * gesture in the background itself), so the popup page opened in a tab.
   */
  openPopup: {
    request: z.object({ statement: z.optional(z.number().check(z.int(), z.gte(0))) }),
    reply: z.object({ opened: z.enum(['popup', 'tab']) }),
  },
} as const;

/** Calls the content script answers. */
export const ContentCalls = {
  /** Popup → content: scroll to a marked statement and flash it. */
  showStatement: { request: z.object({ id: z.number().check(z.int()) }), reply: z.object({ found: z.boolean() }) },
  /** Background → content: the user pressed the toggle shortcut. */
  toggleMarks: { request: Empty, reply: z.object({ visible: z.boolean() }) },
} as const;

export type CallMap = Record<string, { request: z.ZodMiniType; reply: z.ZodMiniType }>;
export type BackgroundCall = keyof typeof BackgroundCalls;
export type ContentCall = keyof typeof ContentCalls;
export type RequestOf<M extends CallMap, K extends keyof M> = z.infer<M[K]['request']>;
export type ReplyOf<M extends CallMap, K extends keyof M> = z.infer<M[K]['reply']>;

/** The envelope every message travels in. */
export const EnvelopeSchema = z.object({
  channel: z.literal('second-source'),
  call: z.string().check(z.maxLength(64)),
  payload: z.unknown(),
});

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
export const ReplySchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
