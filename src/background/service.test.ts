/**
 * The background service's corpus packs, with a memory store and a fake
 * badge over a small corpus compiled from the seed records: what a user sees
 * after importing, refusing, removing and restarting — counts, matches on a
 * page, and the packs kept in storage.
 *
 * The pack, ClaimReview and page fixtures are the ones the end-to-end tests
 * (tests/e2e/packs.e2e.ts) upload in real browsers.
 */
import '../match/setup.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readBackground, readReports, readStanceJson, ROOT } from '../../cli/lib/corpus.ts';
import { loadStance } from '../match/stance.ts';
import type { CorpusInfo, MarkedStatement } from '../messaging/protocol.ts';
import type { Sender } from '../platform/messaging.ts';
import { memoryStore, type Store } from '../platform/store.ts';
import type { CorpusBundle } from '../search/bundle-schema.ts';
import { compileCorpus } from '../search/build.ts';
import { Corpus } from '../search/corpus.ts';
import { createBackgroundService } from './service.ts';

const NOW = '2026-11-22T10:00:00.000Z';
const FIXTURES = resolve(ROOT, 'tests/e2e/fixtures/packs');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');

/** A sentence of the page fixture (riverton.html) that restates the Riverton Ledger's first sentence. */
const RESTATED = "On Tuesday night Riverton's city council voted 7-4 to approve a 340 million euro extension of the tram line to the eastern districts.";
const LEDGER = 'riverton-ledger-tram-vote';
const PACK_IDS = [LEDGER, 'valley-courier-tram-debate', 'eastside-weekly-tram-cost'];

const fromPage = (tabId = 7): Sender => ({ tabId, fromExtensionPage: false });
const fromOptions: Sender = { fromExtensionPage: true };

let bundle: CorpusBundle;
let stance: ReturnType<typeof loadStance>;
let background: ReturnType<typeof readBackground>;

beforeAll(() => {
  background = readBackground();
  stance = loadStance(readStanceJson());
  // Three seeds keep the compile fast; what matters is a bundled part the packs sit beside.
  bundle = compileCorpus(readReports().slice(0, 3), '2026-11-22T00:00:00.000Z', background);
}, 60_000);

type TestStore = Store & { data: Record<string, unknown> };

function makeService(store: TestStore = memoryStore(), now = () => NOW) {
  const badges: [number, number][] = [];
  const logs: string[] = [];
  let corpus: Corpus | undefined;
  const service = createBackgroundService({
    store,
    badge: { show: (tabId, count) => badges.push([tabId, count]) },
    loadCorpus: () => (corpus = Corpus.fromBundle(structuredClone(bundle), background, stance)),
    log: (m) => logs.push(m),
    now,
  });
  const h = service.handlers;
  let page = 0;
  const api = {
    service,
    store,
    badges,
    logs,
    corpus: () => corpus!,
    info: async (): Promise<CorpusInfo> => h.corpusInfo!({}, fromOptions),
    importPack: async (text: string, fileName = 'pack.json') => h.importPack!({ fileName, text }, fromOptions),
    removePack: async (packId: string) => h.removePack!({ packId }, fromOptions),
    /** The marked statements for page sentences, as the content script would ask (a fresh page each time). */
    async lookup(...texts: string[]): Promise<MarkedStatement[]> {
      page++;
      const r = await h.lookup!(
        // With the page's lead, as the content script sends it: the first sentences are the lead.
        { page: `http://news.example/${page}`, host: 'news.example', sentences: texts.map((text, id) => ({ id, text })), context: { title: '', lead: texts.slice(0, 3) }, last: true },
        fromPage(),
      );
      return r.marked;
    },
    /** The reports a page sentence is matched to (ids). */
    async matchedReports(text: string): Promise<string[]> {
      const [m] = await api.lookup(text);
      return m ? m.matches.map((x) => x.report.id) : [];
    },
  };
  return api;
}

/** The message a refused import gives (the handler throws; the rpc layer turns it into `{ ok: false, error }`). */
async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  throw new Error('the import was accepted');
}

function packText(reports: unknown[], name = 'Test pack') {
  return JSON.stringify({ version: 1, name, reports });
}

function report(id: string, body: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    headline: `Report ${id}`,
    outlet: 'The Test Gazette',
    url: `https://gazette.example/${id}`,
    published: '2026-03-11',
    author: '',
    language: 'en',
    body,
    provenance: { source: `${id}.html`, ingestedAt: NOW },
    ...extra,
  };
}

describe('importing a valid pack', () => {
  it('adds its reports and statements to the counts and lists the pack', async () => {
    const s = makeService();
    const before = await s.info();
    expect(before.packs).toEqual([]);
    const r = await s.importPack(fixture('riverton-tram.json'), 'riverton-tram.json');
    expect(r).toMatchObject({ name: 'Riverton tram vote', reports: 3 });
    expect(r.statements).toBeGreaterThanOrEqual(8); // 3 headlines' worth of reports, 8 body sentences
    const after = await s.info();
    expect(after.reports).toBe(before.reports + 3);
    expect(after.statements).toBe(before.statements + r.statements);
    expect(after.packs).toEqual([{ id: r.packId, name: 'Riverton tram vote', reports: 3, statements: r.statements, importedAt: NOW }]);
    expect(after.outlets).toEqual(expect.arrayContaining([{ outlet: 'Riverton Ledger', reports: 1 }, { outlet: 'Eastside Weekly', reports: 1 }]));
  });

  it('a page sentence that restates a pack report now matches that report; before the import it matched nothing', async () => {
    const s = makeService();
    expect(await s.matchedReports(RESTATED)).toEqual([]);
    await s.importPack(fixture('riverton-tram.json'));
    const [marked] = await s.lookup(RESTATED);
    expect(marked, 'the restated sentence is marked').toBeDefined();
    const m = marked!.matches.find((x) => x.report.id === LEDGER);
    expect(m, `matches: ${JSON.stringify(marked!.matches.map((x) => x.report.id))}`).toBeDefined();
    expect(m!.relation).toBe('agree');
    expect(m!.report).toMatchObject({ outlet: 'Riverton Ledger', published: '2026-03-11', url: 'https://riverton-ledger.example/2026/03/council-tram-vote' });
    expect(m!.statement.text).toMatch(/voted 7-4 on Tuesday night/);
    // The badge of the page's tab counts it.
    expect(s.badges.at(-1)).toEqual([7, 1]);
  });

  it('an unrelated page sentence stays unmarked after the import', async () => {
    const s = makeService();
    await s.importPack(fixture('riverton-tram.json'));
    expect(await s.lookup('Shop owners along Mill Street have asked the city to keep deliveries possible while the tracks are laid.')).toEqual([]);
  });
});

describe('an invalid pack', () => {
  it('is refused as a whole, its first 20 problems listed with field and reason; corpus and stored packs exactly as before', async () => {
    const s = makeService();
    await s.importPack(fixture('riverton-tram.json'), 'riverton-tram.json');
    const infoBefore = await s.info();
    const storedBefore = JSON.stringify(s.store.data);
    const sizeBefore = s.corpus().size;

    const error = await refusal(s.importPack(fixture('riverton-broken.json'), 'riverton-broken.json'));
    const lines = error.split('\n');
    // version + missing headline + 24 impossible dates + a duplicate id = 27; 20 listed.
    expect(lines[0]).toBe('riverton-broken.json was not imported: 27 problems (first 20 listed):');
    expect(lines).toHaveLength(21);
    expect(lines[1]).toBe('• version: must be 1');
    expect(error).toContain('• reports[0].published: is not a real calendar date (2026-02-30)');
    expect(error).toContain('• reports[1].headline: is missing');
    expect(error).toContain('• reports[2].id: duplicate id "broken-0" (also reports[0])');
    for (const line of lines.slice(1)) expect(line).toMatch(/^• (version|reports\[\d+\]\.\w+): \S/);

    expect(await s.info()).toEqual(infoBefore);
    expect(JSON.stringify(s.store.data)).toBe(storedBefore);
    expect(s.corpus().size).toEqual(sizeBefore);
    expect(s.corpus().report('broken-3')).toBeUndefined();
    // ... and the pack imported before still matches.
    expect(await s.matchedReports(RESTATED)).toContain(LEDGER);
  });

  const good = () => report('good-1', 'The Riverton council met on Tuesday to vote on the tram.');
  const cases: [string, string, string][] = [
    ['a bad date', packText([good(), report('bad-date', 'The vote was close.', { published: '11/03/2026' })]), 'reports[1].published: must be an ISO date (YYYY-MM-DD) or empty'],
    ['a missing headline', packText([good(), { ...good(), id: 'no-headline', headline: undefined }]), 'reports[1].headline: is missing'],
    ['a blank headline', packText([good(), { ...good(), id: 'blank-headline', headline: '   ' }]), 'reports[1].headline: must not be blank'],
    ['a wrong version', JSON.stringify({ version: '1', name: 'x', reports: [good()] }), 'version: must be 1'],
    ['duplicate ids', packText([good(), good()]), 'reports[1].id: duplicate id "good-1" (also reports[0])'],
    ['not JSON', '{"version": 1, "name": "x", "reports": [', 'invalid JSON at line 1'],
  ];
  it.each(cases)('%s: refused naming field and reason; nothing stored, nothing added', async (_name, text, problem) => {
    const s = makeService();
    const sizeBefore = (await s.info()).statements;
    const error = await refusal(s.importPack(text, 'bad.json'));
    expect(error).toMatch(/^bad\.json was not imported: 1 problem:\n/);
    expect(error).toContain(`• ${problem}`);
    expect(s.store.data['packs']).toBeUndefined();
    expect((await s.info()).statements).toBe(sizeBefore);
    expect(s.corpus().report('good-1')).toBeUndefined();
  });

  it('a pack whose ids clash with bundled report ids is refused; nothing of it is added', async () => {
    const s = makeService();
    const bundledId = bundle.reports[0]!.id;
    const bundledHeadline = bundle.reports[0]!.headline;
    const before = await s.info();
    const error = await refusal(s.importPack(packText([report('fresh-1', 'The tram vote was close.'), report(bundledId, 'An impostor body.')]), 'clash.json'));
    expect(error).toBe(`clash.json was not imported: 1 report id(s) already in the corpus: ${bundledId}. They belong to the bundled reports. The corpus is unchanged.`);
    expect(await s.info()).toEqual(before);
    expect(s.corpus().report('fresh-1')).toBeUndefined();
    expect(s.corpus().report(bundledId)?.ref.headline).toBe(bundledHeadline);
    expect(s.store.data['packs']).toBeUndefined();
  });
});

describe('the same pack imported twice', () => {
  it('is refused the second time, saying which pack holds its ids; the first stays', async () => {
    const s = makeService();
    await s.importPack(fixture('riverton-tram.json'), 'riverton-tram.json');
    const before = await s.info();
    const error = await refusal(s.importPack(fixture('riverton-tram.json'), 'riverton-tram (1).json'));
    expect(error).toBe(
      `riverton-tram (1).json was not imported: 3 report id(s) already in the corpus: ${PACK_IDS.join(', ')}. ` +
        'They belong to the pack “Riverton tram vote” (remove that pack first to import this file in its place). The corpus is unchanged.',
    );
    expect(await s.info()).toEqual(before);
    expect(await s.matchedReports(RESTATED)).toContain(LEDGER);
  });
});

describe('ClaimReview JSON-LD', () => {
  it('imports, mapping claim, rating, reviewer, date and url; its claim matches a page restating it', async () => {
    const s = makeService();
    const r = await s.importPack(fixture('riverton-claimreview.jsonld'), 'riverton-claimreview.jsonld');
    expect(r).toMatchObject({ name: 'riverton-claimreview', reports: 1 });
    const [entry] = [...s.corpus().reports.values()].filter((e) => e.pack === r.packId);
    expect(entry!.report).toMatchObject({
      headline: 'The Riverton tram extension will cost more than 500 million euros.',
      outlet: 'Riverton Fact Desk',
      published: '2026-03-20',
      url: 'https://factcheck-riverton.example/reviews/tram-cost-500-million',
      claimReview: { claim: 'The Riverton tram extension will cost more than 500 million euros.', rating: 'Misleading', reviewer: 'Riverton Fact Desk' },
      provenance: { source: 'riverton-claimreview.jsonld#0', ingestedAt: NOW },
    });
    const stored = s.store.data['packs'] as { reports: { body: string }[] }[];
    expect(stored[0]!.reports[0]!.body).toContain('Riverton Fact Desk rating: Misleading.');
    const [marked] = await s.lookup('The Riverton tram extension will cost more than 500 million euros, a councillor claims.');
    expect(marked?.matches.map((m) => m.report.outlet)).toContain('Riverton Fact Desk');
  });
});

describe('removing a pack', () => {
  it('its reports no longer match, the counts return to the bundled ones, and it is gone from storage', async () => {
    const s = makeService();
    const bundled = await s.info();
    const { packId } = await s.importPack(fixture('riverton-tram.json'));
    expect(await s.matchedReports(RESTATED)).toContain(LEDGER);
    await s.removePack(packId);
    expect(await s.matchedReports(RESTATED)).toEqual([]);
    expect(await s.lookup('Councillor Tomas Brandt said the real cost of the Riverton tram extension would exceed 500 million euros.')).toEqual([]);
    const after = await s.info();
    expect(after).toEqual(bundled);
    expect(s.store.data['packs']).toEqual([]);
    for (const id of PACK_IDS) expect(s.corpus().report(id)).toBeUndefined();
  });

  it('leaves the corpus consistent: index, claim graph, search and counts as if the pack had never been there', async () => {
    const s = makeService();
    const c0 = await s.info();
    const bundledSearch = await s.service.handlers.search!({ query: 'Riverton tram council vote' }, fromOptions);
    const { packId } = await s.importPack(fixture('riverton-tram.json'));
    const corpus = s.corpus();
    const packStatements = corpus.statements.map((st, i) => [st, i] as const).filter(([st]) => PACK_IDS.includes(st.reportId)).map(([, i]) => i);
    expect(packStatements.length).toBeGreaterThan(0);
    await s.removePack(packId);
    expect(corpus.size.statements).toBe(c0.statements);
    expect(corpus.searchIndex().documentCount).toBe(c0.statements);
    for (const i of packStatements) {
      expect(corpus.isLive(i)).toBe(false);
      expect(corpus.edgesOf(i)).toEqual([]);
    }
    for (let i = 0; i < corpus.statements.length; i++) {
      if (!corpus.isLive(i)) continue;
      for (const e of corpus.edgesOf(i)) expect(corpus.isLive(e.a) && corpus.isLive(e.b)).toBe(true);
    }
    expect(corpus.candidates('Riverton city council voted 7-4 tram extension', 50).filter((i) => !corpus.isLive(i))).toEqual([]);
    expect(await s.service.handlers.search!({ query: 'Riverton tram council vote' }, fromOptions)).toEqual(bundledSearch);
  });

  it('page sentences on the bundled reports score exactly as before the pack came and went', async () => {
    const s = makeService();
    const sentences = bundle.statements.filter((_, i) => i % 7 === 0).map((st) => st.text.slice(0, 400));
    const before = await s.lookup(...sentences);
    expect(before.length).toBeGreaterThan(0);
    const { packId } = await s.importPack(fixture('riverton-tram.json'));
    await s.removePack(packId);
    expect(await s.lookup(...sentences)).toEqual(before);
  });

  it('the same pack can be imported again after removal, and matches again', async () => {
    const s = makeService();
    const bundled = await s.info();
    const first = await s.importPack(fixture('riverton-tram.json'));
    await s.removePack(first.packId);
    const second = await s.importPack(fixture('riverton-tram.json'));
    expect(second.statements).toBe(first.statements);
    expect(await s.matchedReports(RESTATED)).toContain(LEDGER);
    const info = await s.info();
    expect(info.reports).toBe(bundled.reports + 3);
    expect(info.statements).toBe(bundled.statements + second.statements);
    expect(info.packs.map((p) => p.id)).toEqual([second.packId]);
  });

  it('removing one of two packs imported in the same millisecond removes that one only', async () => {
    // The clock stands still: pack ids must still be unique after a removal.
    const s = makeService();
    const a = await s.importPack(packText([report('a-1', 'The harbour ferry will keep running on its current schedule during the tram works.')], 'Pack A'));
    const b = await s.importPack(fixture('riverton-tram.json'));
    await s.removePack(a.packId);
    const c = await s.importPack(packText([report('c-1', 'A neighbourhood association plans an open evening at the library.')], 'Pack C'));
    expect(new Set([b.packId, c.packId]).size).toBe(2);
    await s.removePack(c.packId);
    expect((await s.info()).packs.map((p) => p.name)).toEqual(['Riverton tram vote']);
    expect(await s.matchedReports(RESTATED)).toContain(LEDGER);
  });

  it('an unknown pack id is refused and changes nothing', async () => {
    const s = makeService();
    await s.importPack(fixture('riverton-tram.json'));
    const before = await s.info();
    expect(await refusal(s.removePack('pack-nope'))).toBe('no pack pack-nope');
    expect(await s.info()).toEqual(before);
  });

  it('the bundled reports cannot be removed: no pack id names them', async () => {
    const s = makeService();
    const info = await s.info();
    expect(info.packs).toEqual([]);
    expect(await refusal(s.removePack('bundled'))).toMatch(/no pack/);
    expect(await s.info()).toEqual(info);
  });
});

describe('packs persist', () => {
  it('a new service over the same store (a restarted worker) loads them, and they match', async () => {
    const store = memoryStore();
    const first = makeService(store);
    const imported = await first.importPack(fixture('riverton-tram.json'));
    const cr = await first.importPack(fixture('riverton-claimreview.jsonld'), 'riverton-claimreview.jsonld');
    const info = await first.info();

    const restarted = makeService(store);
    expect(await restarted.info()).toEqual(info);
    expect(await restarted.matchedReports(RESTATED)).toContain(LEDGER);

    // A removal persists as well.
    await restarted.removePack(imported.packId);
    const third = makeService(store);
    expect((await third.info()).packs.map((p) => p.id)).toEqual([cr.packId]);
    expect(await third.matchedReports(RESTATED)).not.toContain(LEDGER);
    expect(third.corpus().report(LEDGER)).toBeUndefined();
  });

  it('a stored pack that clashes with the bundled ids (e.g. after an update) is not loaded, listed with the reason, and can be removed; the bundled report stays', async () => {
    const bundledId = bundle.reports[0]!.id;
    const store = memoryStore();
    const first = makeService(store);
    await first.importPack(fixture('riverton-tram.json'));
    const stored = store.data['packs'] as { name: string; reports: { id: string }[] }[];
    // A later version ships a report with the id an old pack used.
    store.data['packs'] = [...stored, { id: 'pack-old', name: 'Old pack', importedAt: NOW, reports: [{ ...JSON.parse(fixture('riverton-tram.json')).reports[0], id: bundledId }] }];
    const s = makeService(store);
    const info = await s.info();
    expect(info.packs.map((p) => [p.name, p.notLoaded])).toEqual([
      ['Riverton tram vote', undefined],
      ['Old pack', `report id ${bundledId} is already in the corpus`],
    ]);
    expect(info.statements).toBe(info.packs[0]!.statements + bundle.statements.length);
    expect(s.corpus().report(bundledId)?.pack).toBeUndefined();
    expect(s.logs.join('\n')).toMatch(/Old pack/);
    expect(await s.matchedReports(RESTATED)).toContain(LEDGER);
    await s.removePack('pack-old');
    expect((await s.info()).packs.map((p) => p.name)).toEqual(['Riverton tram vote']);
    expect((store.data['packs'] as { id: string }[]).map((p) => p.id)).not.toContain('pack-old');
    expect(s.corpus().report(bundledId)).toBeDefined();
  });
});

describe('a pack that cannot be analysed', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Makes Corpus.addPack add the pack's report entries and then throw, as a failure half-way through analysis would. */
  function breakAnalysis() {
    const real = Corpus.prototype.addPack;
    return vi.spyOn(Corpus.prototype, 'addPack').mockImplementation(function (this: Corpus, packId: string, reports) {
      real.call(this, packId, reports.slice(0, 1));
      throw new Error('analysis failed');
    });
  }

  it('on import: refused with a clear error; nothing of it stays in memory or in storage', async () => {
    const s = makeService();
    const before = await s.info();
    breakAnalysis();
    const error = await refusal(s.importPack(fixture('riverton-tram.json'), 'riverton-tram.json'));
    expect(error).toBe('riverton-tram.json was not imported: its reports could not be analysed (analysis failed). The corpus is unchanged.');
    vi.restoreAllMocks();
    expect(await s.info()).toEqual(before);
    expect(s.store.data['packs']).toEqual([]);
    expect(await s.matchedReports(RESTATED)).toEqual([]);
    // The file imports once analysis works again.
    await s.importPack(fixture('riverton-tram.json'), 'riverton-tram.json');
    expect(await s.matchedReports(RESTATED)).toContain(LEDGER);
  });

  it('when a restarted worker loads it: that pack is skipped with a log line; the bundled corpus and the other packs still work', async () => {
    const store = memoryStore();
    const first = makeService(store);
    const cr = await first.importPack(fixture('riverton-claimreview.jsonld'), 'riverton-claimreview.jsonld');
    const bad = await first.importPack(fixture('riverton-tram.json'), 'riverton-tram.json');
    const real = Corpus.prototype.addPack;
    vi.spyOn(Corpus.prototype, 'addPack').mockImplementation(function (this: Corpus, packId: string, reports) {
      if (packId === bad.packId) {
        real.call(this, packId, reports.slice(0, 1));
        throw new Error('analysis failed');
      }
      return real.call(this, packId, reports);
    });
    const s = makeService(store);
    const info = await s.info();
    expect(info.packs.map((p) => [p.id, p.notLoaded])).toEqual([
      [cr.packId, undefined],
      [bad.packId, 'its reports could not be analysed (analysis failed)'],
    ]);
    expect(info.reports).toBe(bundle.reports.length + 1);
    expect(s.corpus().report(LEDGER)).toBeUndefined();
    expect(s.logs.join('\n')).toContain('stored pack "Riverton tram vote" not loaded: its reports could not be analysed (analysis failed)');
    expect(await s.lookup(bundle.statements[0]!.text)).not.toEqual([]);
  });
});

describe('storage quota exhausted during an import', () => {
  function fullStore(): TestStore & { full: boolean } {
    const inner = memoryStore();
    const store = {
      data: inner.data,
      full: false,
      get: (k: string) => inner.get(k),
      async set(k: string, v: unknown) {
        if (store.full) throw new Error('QUOTA_BYTES quota exceeded');
        await inner.set(k, v);
      },
      remove: (k: string) => inner.remove(k),
    };
    return store;
  }

  it('gives a clear error; the corpus, its counts and the stored packs stay as they were', async () => {
    const store = fullStore();
    const s = makeService(store);
    const old = await s.importPack(packText([report('old-1', 'The harbour ferry will keep running on its current schedule.')], 'Old pack'));
    const infoBefore = await s.info();
    const storedBefore = JSON.stringify(store.data);
    store.full = true;
    const error = await refusal(s.importPack(fixture('riverton-tram.json'), 'riverton-tram.json'));
    expect(error).toBe('riverton-tram.json was not imported: the browser refused to store it (QUOTA_BYTES quota exceeded). The corpus is unchanged.');
    expect(await s.info()).toEqual(infoBefore);
    expect(JSON.stringify(store.data)).toBe(storedBefore);
    expect(await s.matchedReports(RESTATED)).toEqual([]);
    // Space again: the same file imports, and the old pack is still there.
    store.full = false;
    await s.importPack(fixture('riverton-tram.json'), 'riverton-tram.json');
    expect((await s.info()).packs.map((p) => p.id)).toEqual([old.packId, expect.any(String)]);
    expect(await s.matchedReports(RESTATED)).toContain(LEDGER);
  });

  it('a removal that cannot be stored: a clear error, and the pack stays installed, listed and matching', async () => {
    const store = fullStore();
    const s = makeService(store);
    const { packId } = await s.importPack(fixture('riverton-tram.json'));
    const before = await s.info();
    store.full = true;
    expect(await refusal(s.removePack(packId))).toBe(
      '“Riverton tram vote” was not removed: the browser refused to store the change (QUOTA_BYTES quota exceeded). It is still installed.',
    );
    expect(await s.info()).toEqual(before);
    expect(await s.matchedReports(RESTATED)).toContain(LEDGER);
  });
});

describe('two imports at once', () => {
  it('both are kept in storage, not only the one that wrote last', async () => {
    const store = memoryStore();
    const s = makeService(store);
    await s.info(); // the corpus is loaded
    const [a, b] = await Promise.all([
      s.importPack(fixture('riverton-tram.json'), 'riverton-tram.json'),
      s.importPack(fixture('riverton-claimreview.jsonld'), 'riverton-claimreview.jsonld'),
    ]);
    expect(a.packId).not.toBe(b.packId);
    const restarted = makeService(store);
    expect((await restarted.info()).packs.map((p) => p.id).sort()).toEqual([a.packId, b.packId].sort());
  });
});

describe('HTML and script in pack text', () => {
  it('stay text: the match carries the literal characters in its statement, reason and report fields', async () => {
    const s = makeService();
    const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    await s.importPack(
      packText([
        report('markup-1', `Riverton's city council voted 7-4 on Tuesday night to approve a 340 million euro extension of the tram line ${markup} to the eastern districts.`, {
          headline: `Tram vote <b>passes</b> ${markup}`,
          outlet: '<i>Gazette</i> & Co',
        }),
      ]),
      '<script>.json',
    );
    const [marked] = await s.lookup(RESTATED);
    const m = marked?.matches.find((x) => x.report.id === 'markup-1');
    expect(m, 'the restated sentence matches the markup-carrying report').toBeDefined();
    expect(m!.statement.text).toContain(markup);
    expect(m!.report.headline).toBe(`Tram vote <b>passes</b> ${markup}`);
    expect(m!.report.outlet).toBe('<i>Gazette</i> & Co');
    expect(m!.why).not.toMatch(/&lt;|&gt;|&amp;|&quot;/);
    const info = await s.info();
    expect(info.outlets).toContainEqual({ outlet: '<i>Gazette</i> & Co', reports: 1 });
  });
});

describe('a tab as the popup and the badge see it', () => {
  const GERASIMOV = "Russia's chief of the general staff, Valery Gerasimov, told Putin on Saturday that 99.5% of the Kursk region had been retaken from Ukrainian forces.";
  const GOALS = "Kremlin spokesman Dmitry Peskov said on Friday that Moscow's goals in Ukraine had not changed.";
  const page = { page: 'http://news.example/kursk', host: 'news.example' };

  it('counts marked statements on the badge, and a load of the tab clears them', async () => {
    const s = makeService();
    const h = s.service.handlers;
    await h.pageStatus!({ ...page, status: 'scanning' }, fromPage(3));
    const r = await h.lookup!({ ...page, sentences: [{ id: 0, text: GERASIMOV }, { id: 1, text: 'The weather in Kursk was mild.' }, { id: 2, text: GOALS }] }, fromPage(3));
    expect(r.marked.map((m) => m.id)).toEqual([0, 2]);
    expect(s.badges.at(-1)).toEqual([3, 2]);
    const state = await h.tabState!({ tabId: 3 }, fromOptions);
    expect(state.statements.map((m) => m.text)).toEqual([GERASIMOV, GOALS]);
    expect(state.sentencesChecked).toBe(3);
    s.service.forgetTab(3);
    expect(s.badges.at(-1)).toEqual([3, 0]);
    expect((await h.tabState!({ tabId: 3 }, fromOptions)).status).toBe('not-loaded');
  });

  it('holds a sentence that agrees only in part until the page shows a plain mark; then sends it with that batch, lists it and counts it', async () => {
    const s = makeService();
    const h = s.service.handlers;
    const truce = 'Vladimir Putin declared a truce in Ukraine over Orthodox Christmas, ordering Russian forces to halt all military activity for a day.';
    const lead = { title: 'Christmas truce declared', lead: [truce] };
    const first = await h.lookup!({ ...page, sentences: [{ id: 0, text: truce }], context: lead }, fromPage(6));
    expect(first.marked).toEqual([]);
    expect(s.badges.at(-1)).toEqual([6, 0]);
    expect((await h.tabState!({ tabId: 6 }, fromOptions)).statements).toEqual([]);
    const second = await h.lookup!({ ...page, sentences: [{ id: 1, text: GERASIMOV }], context: lead }, fromPage(6));
    expect(second.marked.map((m) => m.id)).toEqual([0, 1]);
    expect(second.marked[0]!.matches[0]!.why).toMatch(/in part/);
    expect(second.marked.flatMap((m) => m.matches).some((m) => 'partial' in m)).toBe(false);
    expect(s.badges.at(-1)).toEqual([6, 2]);
    expect((await h.tabState!({ tabId: 6 }, fromOptions)).statements.map((m) => m.id)).toEqual([0, 1]);
    // A new load of the page starts over: the truce alone is held again.
    await h.pageStatus!({ ...page, status: 'scanning', reset: true }, fromPage(6));
    expect((await h.lookup!({ ...page, sentences: [{ id: 0, text: truce }], context: lead }, fromPage(6))).marked).toEqual([]);
  });

  it('holds a lone plain mark until a second sentence of the page is marked; a page of one sentence is judged on it', async () => {
    const s = makeService();
    const h = s.service.handlers;
    const other = 'Churches in Kyiv held services under air-raid alerts, and both sides reported shelling overnight.';
    const first = await h.lookup!({ ...page, sentences: [{ id: 0, text: GERASIMOV }, { id: 1, text: other }] }, fromPage(7));
    expect(first.marked).toEqual([]);
    expect(s.badges.at(-1)).toEqual([7, 0]);
    const second = await h.lookup!({ ...page, sentences: [{ id: 2, text: GOALS }], last: true }, fromPage(7));
    expect(second.marked.map((m) => m.id)).toEqual([0, 2]);
    expect(s.badges.at(-1)).toEqual([7, 2]);
    // The same sentence as a whole page of its own.
    const alone = await h.lookup!({ page: 'http://news.example/one', host: 'news.example', sentences: [{ id: 0, text: GERASIMOV }], last: true }, fromPage(8));
    expect(alone.marked.map((m) => m.id)).toEqual([0]);
  });

  it('shows a scan that failed as an error with what happened', async () => {
    const s = makeService();
    const h = s.service.handlers;
    await h.pageStatus!({ ...page, status: 'error', error: 'the article could not be read' }, fromPage(4));
    const state = await h.tabState!({ tabId: 4 }, fromOptions);
    expect(state.status).toBe('error');
    expect(state.error).toBe('the article could not be read');
  });

  it('marks nothing and says so while paused', async () => {
    const s = makeService();
    const h = s.service.handlers;
    await h.setSettings!({ paused: true }, fromOptions);
    const r = await h.lookup!({ ...page, sentences: [{ id: 0, text: GERASIMOV }] }, fromPage(5));
    expect(r.marked).toEqual([]);
    expect((await h.tabState!({ tabId: 5 }, fromOptions)).status).toBe('paused');
  });
});

describe('the packaged corpus cannot be read', () => {
  it('the look-up fails with the reason, and the next one reads the corpus again', async () => {
    let attempts = 0;
    const service = createBackgroundService({
      store: memoryStore(),
      badge: { show: () => undefined },
      loadCorpus: async () => {
        attempts++;
        if (attempts === 1) throw new Error('corpus.json: could not be read from the extension package (404)');
        return Corpus.fromBundle(structuredClone(bundle), background, stance);
      },
      log: () => undefined,
    });
    const ask = () => service.handlers.corpusInfo!({}, fromOptions);
    await expect(ask()).rejects.toThrow(/corpus\.json: could not be read/);
    expect((await ask()).statements).toBeGreaterThan(0);
    expect(attempts).toBe(2);
  });

  it('a bundle of another format is refused by name, not half-loaded', async () => {
    const { loadBundledCorpus } = await import('./bundled-corpus.ts');
    expect(() => loadBundledCorpus({ ...structuredClone(bundle), format: 1 })).toThrow(/corpus\.json: not a corpus bundle of format 2 \(format 1\)/);
    expect(() => loadBundledCorpus(null)).toThrow(/corpus\.json: not a corpus bundle/);
  });
});
