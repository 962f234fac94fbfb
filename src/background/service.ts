/**
 * What the background worker does, free of `browser.*`: it is handed a store
 * and a badge, so unit tests drive it with fakes and the extension with the
 * real thing.
 */
import * as z from 'zod/mini';
import { ReportSchema, type Report } from '../corpus/schema.ts';
import { validatePack } from '../corpus/validate.ts';
import { matchSentence } from '../match/matcher.ts';
import { pageContext } from '../match/page-context.ts';
import { PageGate, shownMatches } from '../match/page-gate.ts';
import type { Match } from '../match/types.ts';
import {
  BackgroundCalls,
  DEFAULT_SETTINGS,
  SettingsSchema,
  type CorpusInfo,
  type MarkedStatement,
  type Settings,
  type TabState,
} from '../messaging/protocol.ts';
import type { Handlers } from '../messaging/rpc.ts';
import type { Sender } from '../platform/messaging.ts';
import type { Badge } from '../platform/badge.ts';
import type { Store } from '../platform/store.ts';
import type { Corpus } from '../search/corpus.ts';
import { searchCorpus } from '../search/search.ts';

/** A pack as stored: validated reports plus what the options page lists. */
const StoredPackSchema = z.object({
  id: z.string(),
  name: z.string(),
  importedAt: z.string(),
  reports: z.array(ReportSchema),
});
type StoredPack = z.infer<typeof StoredPackSchema>;

/** A sentence as the matcher found it, before what the page is sent. */
type Found = Omit<MarkedStatement, 'matches'> & { matches: Match[] };

interface TabRecord {
  page: string;
  host: string;
  status: TabState['status'];
  checked: number;
  /** What the page shows: the popup's list and the badge's count. */
  marked: Map<number, MarkedStatement>;
  /** Tentative marks wait here for the page's first plain one. */
  gate: PageGate<Found>;
  error?: string;
}

export interface ServiceDeps {
  store: Store;
  badge: Badge;
  /** The bundled corpus, loaded once on first use. */
  loadCorpus: () => Corpus | Promise<Corpus>;
  log?: (msg: string) => void;
  now?: () => string;
}

export function createBackgroundService(deps: ServiceDeps) {
  const log = deps.log ?? ((m: string) => console.warn(`[second-source] ${m}`));
  const now = deps.now ?? (() => new Date().toISOString());
  const tabs = new Map<number, TabRecord>();
  let corpusReady: Promise<Corpus> | undefined;
  let packMeta: { id: string; name: string; importedAt: string; reports: number; statements: number; notLoaded?: string }[] = [];
  let settingsCache: Settings | undefined;

  async function readPacks(): Promise<StoredPack[]> {
    const raw = await deps.store.get('packs');
    if (raw === undefined) return [];
    const parsed = z.array(StoredPackSchema).safeParse(raw);
    if (parsed.success) return parsed.data;
    log('stored packs did not validate; keeping only the valid ones');
    return Array.isArray(raw) ? raw.flatMap((p) => { const r = StoredPackSchema.safeParse(p); return r.success ? [r.data] : []; }) : [];
  }

  function corpus(): Promise<Corpus> {
    corpusReady ??= (async () => {
      // The stored packs are read while the corpus loads (a storage round trip, ~1.5 ms of a cold start when it came after).
      const [c, packs] = await Promise.all([deps.loadCorpus(), readPacks()]);
      for (const p of packs) {
        // A stored pack whose ids the corpus already has (a later version may
        // bundle a report under the same id) would replace that report, and
        // removing the pack would then remove it: skip the pack, keep it stored.
        // Such a pack stays listed on the options page, with the reason, so it can be removed.
        const meta = { id: p.id, name: p.name, importedAt: p.importedAt, reports: p.reports.length, statements: 0 };
        const clash = p.reports.find((r) => c.report(r.id));
        if (clash) {
          const why = `report id ${clash.id} is already in the corpus`;
          log(`stored pack "${p.name}" not loaded: ${why}`);
          packMeta.push({ ...meta, notLoaded: why });
          continue;
        }
        // One pack that cannot be analysed must not take the bundled corpus down with it.
        try {
          packMeta.push({ ...meta, statements: c.addPack(p.id, p.reports) });
        } catch (e) {
          c.removePack(p.id);
          const why = `its reports could not be analysed (${e instanceof Error ? e.message : String(e)})`;
          log(`stored pack "${p.name}" not loaded: ${why}`);
          packMeta.push({ ...meta, notLoaded: why });
        }
      }
      return c;
    })();
    // A failed load (an unreadable package file) is tried again on the next call, not remembered.
    corpusReady.catch(() => (corpusReady = undefined));
    return corpusReady;
  }

  // Imports and removals read the stored packs, write them back and then
  // change the corpus: one at a time, or two imports at once would each
  // store a list without the other.
  let packQueue: Promise<unknown> = Promise.resolve();
  function serially<T>(job: () => Promise<T>): Promise<T> {
    const run = packQueue.then(job, job);
    packQueue = run.catch(() => undefined);
    return run;
  }

  /** A pack id not used by any stored pack (the clock alone repeats within a millisecond). */
  function newPackId(packs: StoredPack[]): string {
    const used = new Set([...packs.map((p) => p.id), ...packMeta.map((p) => p.id)]);
    const stem = `pack-${Math.max(0, Date.parse(now()) || 0).toString(36)}`;
    for (let n = packs.length; ; n++) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
  }

  async function settings(): Promise<Settings> {
    if (settingsCache) return settingsCache;
    const raw = await deps.store.get('settings');
    const parsed = SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...(raw && typeof raw === 'object' ? raw : {}) });
    if (raw !== undefined && !parsed.success) log('stored settings did not validate; using defaults');
    settingsCache = parsed.success ? parsed.data : DEFAULT_SETTINGS;
    return settingsCache;
  }

  function isOff(s: Settings, host: string) {
    return s.paused || s.disabledSites.includes(host);
  }

  function tabRecord(tabId: number, page: string, host: string): TabRecord {
    let t = tabs.get(tabId);
    if (!t || t.page !== page) {
      t = { page, host, status: 'scanning', checked: 0, marked: new Map(), gate: new PageGate() };
      tabs.set(tabId, t);
    }
    return t;
  }

  function showBadge(tabId: number) {
    deps.badge.show(tabId, tabs.get(tabId)?.marked.size ?? 0);
  }

  const handlers: Handlers<typeof BackgroundCalls, Sender> = {
    async lookup(req, sender) {
      if (sender.tabId === undefined) throw new Error('lookup comes from a page tab only');
      const s = await settings();
      const t = tabRecord(sender.tabId, req.page, req.host);
      if (isOff(s, req.host)) {
        t.status = 'off';
        return { marked: [] };
      }
      const c = await corpus();
      const found: Found[] = [];
      const page = req.context ? pageContext(req.context.title, req.context.lead) : undefined;
      for (const sentence of req.sentences) {
        const matches = matchSentence(c, sentence.text, { threshold: s.threshold, relations: s.relations, candidates: 10, page, ...(sentence.before ? { before: sentence.before } : {}) });
        if (matches.length) found.push({ id: sentence.id, text: sentence.text, matches });
      }
      // Marks held from earlier batches come back with the batch that opens the page's gate.
      const marked = t.gate.admit(found, req.last ? t.checked + req.sentences.length : undefined).map((m) => ({ ...m, matches: shownMatches(m.matches) }));
      for (const m of marked) t.marked.set(m.id, m);
      t.checked += req.sentences.length;
      showBadge(sender.tabId);
      return { marked };
    },

    async pageStatus(req, sender) {
      if (sender.tabId === undefined) throw new Error('pageStatus comes from a page tab only');
      const t = tabRecord(sender.tabId, req.page, req.host);
      if (req.reset) {
        t.marked.clear();
        t.gate = new PageGate();
        t.checked = 0;
      }
      t.status = req.status;
      t.error = req.status === 'error' ? (req.error ?? 'the page could not be read') : undefined;
      showBadge(sender.tabId);
      return {};
    },

    async tabState({ tabId }) {
      const c = await corpus();
      const s = await settings();
      const t = tabs.get(tabId);
      const size = c.size;
      if (!t) return { status: s.paused ? 'paused' : 'not-loaded', host: '', sentencesChecked: 0, statements: [], corpus: size };
      const status = s.paused ? 'paused' : s.disabledSites.includes(t.host) ? 'off' : t.status;
      const statements = [...t.marked.values()].sort((a, b) => a.id - b.id);
      return { status, host: t.host, sentencesChecked: t.checked, statements, corpus: size, ...(t.error && status === 'error' ? { error: t.error } : {}) };
    },

    async search({ query }) {
      return { hits: searchCorpus(await corpus(), query, 20) };
    },

    async corpusInfo(): Promise<CorpusInfo> {
      const c = await corpus();
      const outlets = new Map<string, number>();
      for (const e of c.reports.values()) {
        const name = e.ref.outlet || '(outlet not given)';
        outlets.set(name, (outlets.get(name) ?? 0) + 1);
      }
      return {
        ...c.size,
        builtAt: c.builtAt,
        outlets: [...outlets].map(([outlet, reports]) => ({ outlet, reports })).sort((a, b) => b.reports - a.reports || a.outlet.localeCompare(b.outlet)),
        packs: packMeta.map((p) => ({ ...p })),
      };
    },

    getSettings: () => settings(),

    async setSettings(patch) {
      const next = SettingsSchema.parse({ ...(await settings()), ...patch });
      await deps.store.set('settings', next);
      settingsCache = next;
      return next;
    },

    importPack: ({ fileName, text }) => serially(async () => {
      const c = await corpus();
      const result = validatePack(text, fileName, { now: now() });
      if (!result.ok) {
        throw new Error(
          `${fileName} was not imported: ${result.total} problem${result.total === 1 ? '' : 's'}` +
            `${result.total > result.problems.length ? ` (first ${result.problems.length} listed)` : ''}:\n` +
            result.problems.map((p) => `• ${p}`).join('\n'),
        );
      }
      const reports: Report[] = result.pack.reports;
      const clash = reports.filter((r) => c.report(r.id));
      if (clash.length) {
        const holders = [...new Set(clash.map((r) => c.report(r.id)!.pack))].map((pack) =>
          pack === undefined ? 'the bundled reports' : `the pack “${packMeta.find((p) => p.id === pack)?.name ?? pack}”`,
        );
        const remove = holders.some((h) => h.startsWith('the pack')) ? ' (remove that pack first to import this file in its place)' : '';
        throw new Error(
          `${fileName} was not imported: ${clash.length} report id(s) already in the corpus: ${clash.slice(0, 20).map((r) => r.id).join(', ')}` +
            `${clash.length > 20 ? ', …' : ''}. They belong to ${holders.join(' and ')}${remove}. The corpus is unchanged.`,
        );
      }
      const packs = await readPacks();
      const id = newPackId(packs);
      const stored: StoredPack = { id, name: result.pack.name, importedAt: now(), reports };
      // Store first: if the quota runs out, nothing in memory has changed.
      try {
        await deps.store.set('packs', [...packs, stored]);
      } catch (e) {
        throw new Error(`${fileName} was not imported: the browser refused to store it (${e instanceof Error ? e.message : e}). The corpus is unchanged.`);
      }
      let statements: number;
      try {
        statements = c.addPack(id, reports);
      } catch (e) {
        // Analysis failed: take back what was added and stored.
        c.removePack(id);
        await deps.store.set('packs', packs).catch(() => log(`could not take ${id} back out of storage`));
        throw new Error(`${fileName} was not imported: its reports could not be analysed (${e instanceof Error ? e.message : String(e)}). The corpus is unchanged.`);
      }
      packMeta.push({ id, name: stored.name, importedAt: stored.importedAt, reports: reports.length, statements });
      return { packId: id, name: stored.name, reports: reports.length, statements };
    }),

    removePack: ({ packId }) => serially(async () => {
      const c = await corpus();
      const packs = await readPacks();
      const pack = packs.find((p) => p.id === packId);
      if (!pack) throw new Error(`no pack ${packId}`);
      // Store first: if that fails, the pack stays installed and listed.
      try {
        await deps.store.set('packs', packs.filter((p) => p.id !== packId));
      } catch (e) {
        throw new Error(`“${pack.name}” was not removed: the browser refused to store the change (${e instanceof Error ? e.message : String(e)}). It is still installed.`);
      }
      c.removePack(packId);
      packMeta = packMeta.filter((p) => p.id !== packId);
      return {};
    }),
  };

  return {
    handlers,
    forgetTab(tabId: number) {
      if (tabs.delete(tabId)) deps.badge.show(tabId, 0);
    },
    /** For tests. */
    tabs,
  };
}
