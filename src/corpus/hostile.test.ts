/**
 * Hostile corpus packs at the unit level: malformed, 50 MB, duplicate ids,
 * HTML and script in their text, and the browser's storage quota running out
 * during an import. Each is refused with a clear reason — or, for markup,
 * imported and shown as text — and the corpus already there stays intact.
 */
import { parseHTML } from 'linkedom';
import { h, render, type FunctionComponent } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackgroundService } from '../background/service.ts';
import { loadBundledCorpus } from '../background/bundled-corpus.ts';
import bundle from '../../.generated/corpus-bundle.json';
import { BackgroundCalls, MAX_PACK_CHARS, type MarkedStatement } from '../messaging/protocol.ts';
import { envelope, serve } from '../messaging/rpc.ts';
import type { Sender } from '../platform/messaging.ts';
import { memoryStore, type Store } from '../platform/store.ts';
import type { Corpus } from '../search/corpus.ts';
import { validatePack } from './validate.ts';
import { StatementView } from '../../entrypoints/popup/StatementView.tsx';

const NOW = '2026-11-22T00:00:00Z';
const popup: Sender = { fromExtensionPage: true };
const page: Sender = { tabId: 3, fromExtensionPage: false };
const quiet = () => {};

function report(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    headline: `Harbour authority opens an inquiry into the ferry ${id}`,
    outlet: 'The Test Gazette',
    url: `https://example.org/${id}`,
    published: '2026-10-01',
    author: '',
    language: 'en',
    body: `The harbour authority opened an inquiry on Monday into the collision of the ferry ${id} with a cargo ship. Investigators said the ferry's radar had failed minutes before the collision.`,
    provenance: { source: `${id}.json`, ingestedAt: NOW },
    ...extra,
  };
}
const packText = (reports: unknown[], name = 'Test pack') => JSON.stringify({ version: 1, name, reports });

let corpus: Corpus;
function setup(store: Store & { data: Record<string, unknown> } = memoryStore()) {
  corpus = loadBundledCorpus(bundle);
  const service = createBackgroundService({ store, badge: { show: () => {} }, loadCorpus: () => corpus, log: quiet, now: () => NOW });
  const send = (call: string, payload: unknown, sender: Sender = popup) => serve(BackgroundCalls, service.handlers, envelope(call, payload), sender, quiet);
  const importPack = (text: string, fileName = 'pack.json') => send('importPack', { fileName, text });
  return { service, send, importPack, store };
}

describe('malformed packs', () => {
  const cases: [string, string, RegExp][] = [
    ['cut-off JSON', '{"version": 1, "name": "x", "reports": [{"id": "a"', /JSON|end of/i],
    ['not JSON at all', '<html><script>alert(1)</script></html>', /JSON/i],
    ['empty file', '', /empty|JSON/i],
    ['a JSON string', '"a pack"', /not a corpus pack/],
    ['wrong version', packText([report('r1')]).replace('"version":1', '"version":2'), /version/],
    ['no reports', JSON.stringify({ version: 1, name: 'x', reports: [] }), /reports/],
    ['a report missing its body', packText([{ ...report('r1'), body: undefined }]), /reports\[0\]\.body/],
    ['a bad id', packText([report('../../etc/passwd')]), /reports\[0\]\.id/],
    ['an unknown field', JSON.stringify({ version: 1, name: 'x', reports: [report('r1')], run: 'rm -rf /' }), /run: is not a known field/],
  ];
  it.each(cases)('%s: refused with the reason; nothing stored; the corpus as before', async (_name, text, reason) => {
    const { importPack, store } = setup();
    const before = corpus.size;
    const reply = await importPack(text, 'bad.json');
    expect(reply?.ok).toBe(false);
    const error = (reply as { error: string }).error;
    expect(error).toMatch(/^bad\.json was not imported/);
    expect(error).toMatch(reason);
    expect(store.data['packs']).toBeUndefined();
    expect(corpus.size).toEqual(before);
  });
});

describe('duplicate ids', () => {
  it('within the pack: refused, naming both places', async () => {
    const { importPack, store } = setup();
    const reply = await importPack(packText([report('dup-1'), report('dup-2'), report('dup-1')]));
    expect(reply?.ok).toBe(false);
    expect((reply as { error: string }).error).toMatch(/reports\[2\]\.id: duplicate id "dup-1" \(also reports\[0\]\)/);
    expect(store.data['packs']).toBeUndefined();
  });

  it('clashing with a report already in the corpus (bundled or imported): refused, the first pack kept', async () => {
    const { importPack, store } = setup();
    const first = await importPack(packText([report('ferry-a')]), 'first.json');
    expect(first?.ok).toBe(true);
    const stored = JSON.stringify(store.data['packs']);
    const size = corpus.size;
    const bundledId = [...corpus.reports.keys()].find((id) => !id.startsWith('ferry'))!;
    for (const id of ['ferry-a', bundledId]) {
      const reply = await importPack(packText([report('ferry-b'), report(id)]), 'second.json');
      expect(reply?.ok).toBe(false);
      expect((reply as { error: string }).error).toMatch(new RegExp(`already in the corpus: ${id.replace(/[.]/g, '\\.')}`));
    }
    expect(JSON.stringify(store.data['packs'])).toBe(stored);
    expect(corpus.size).toEqual(size);
    expect(corpus.report('ferry-b')).toBeUndefined();
  });
});

describe('50 MB packs', () => {
  it('a 50 MB pack of over-long bodies is refused quickly, listing the first 20 of its problems', async () => {
    const { importPack, store } = setup();
    const body = 'The ferry left the harbour on time. '.repeat(5_900); // ~212,000 characters: over the 200,000 limit
    const reports = Array.from({ length: 236 }, (_, i) => report(`big-${i}`, { body }));
    const text = packText(reports);
    expect(text.length).toBeGreaterThan(50_000_000);
    expect(text.length).toBeLessThan(MAX_PACK_CHARS);
    const t0 = performance.now();
    const reply = await importPack(text, 'big.json');
    const ms = performance.now() - t0;
    expect(reply?.ok).toBe(false);
    const error = (reply as { error: string }).error;
    expect(error).toMatch(/^big\.json was not imported: 236 problems \(first 20 listed\)/);
    expect(error).toMatch(/reports\[0\]\.body: is longer than 200,000 characters/);
    expect(error.split('\n').length).toBe(21);
    expect(store.data['packs']).toBeUndefined();
    expect(ms).toBeLessThan(20_000);
  });

  it('a 50 MB file of one JSON string is refused as not a pack', () => {
    const text = JSON.stringify('x'.repeat(50_000_000));
    const r = validatePack(text, 'string.json');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]).toMatch(/not a corpus pack/);
  });

  it('a pack of more than 20,000 reports is refused', () => {
    const reports = Array.from({ length: 20_001 }, (_, i) => ({ ...report(`r${i}`), body: 'Short body of a report.' }));
    const r = validatePack(packText(reports), 'many.json');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.join('\n')).toMatch(/reports/);
  });
});

describe('HTML and script in a pack', () => {
  const evil = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=1</script>';

  it('is imported as plain text, matched as text, and rendered as text nodes (no element is made of it)', async () => {
    const { importPack, send } = setup();
    const r = report('markup-1', {
      headline: `Ferry inquiry ${evil}`,
      outlet: `<b>Gazette</b>`,
      body: `Investigators said the ferry's radar had failed ${evil} minutes before the collision with the cargo ship. The harbour authority opened an inquiry on Monday.`,
    });
    const imported = await importPack(packText([r]));
    expect(imported?.ok).toBe(true);
    const stored = corpus.statements.filter((s) => s.reportId === 'markup-1');
    expect(stored.some((s) => s.text.includes('<script>'))).toBe(true);

    const reply = await send(
      'lookup',
      { page: 'http://news.example/ferry', host: 'news.example', sentences: [{ id: 0, text: "Investigators said the ferry's radar had failed minutes before the collision with the cargo ship." }], last: true },
      page,
    );
    expect(reply?.ok).toBe(true);
    const marked = (reply as { value: { marked: MarkedStatement[] } }).value.marked;
    const statement = marked[0];
    expect(statement, 'the page sentence matches the imported report').toBeDefined();
    const match = statement!.matches.find((m) => m.report.id === 'markup-1');
    expect(match).toBeDefined();
    expect(match!.report.headline).toContain('<script>');

    // The popup's view of it, rendered into a DOM: the markup stays text.
    const { document, window } = parseHTML('<!doctype html><html><body><ul id="root"></ul></body></html>');
    const g = globalThis as Record<string, unknown>;
    const saved = { document: g['document'], window: g['window'] };
    Object.assign(g, { document, window });
    try {
      const root = document.getElementById('root')!;
      // (Cast: the popup's props grow while other work goes on; these two are what it needs.)
      const View = StatementView as unknown as FunctionComponent<{ statement: MarkedStatement; announce: (t: string) => void }>;
      render(h(View, { statement: statement!, announce: () => {} }), root as unknown as Element);
      expect(root.querySelectorAll('script, img, b').length).toBe(0);
      expect(root.textContent).toContain('<script>globalThis.pwned=1</script>');
      expect(root.textContent).toContain('<b>Gazette</b>');
      expect(g['pwned']).toBeUndefined();
    } finally {
      Object.assign(g, saved);
    }
  });

  it('an import error that quotes markup from the file is plain text in the message', async () => {
    const { importPack } = setup();
    const reply = await importPack(packText([report('x', { published: '<script>alert(1)</script>' })]), '<img src=x onerror=alert(1)>.json');
    expect(reply?.ok).toBe(false);
    const error = (reply as { error: string }).error;
    expect(error).toMatch(/reports\[0\]\.published: must be an ISO date/);
    expect(typeof error).toBe('string');
  });
});

describe('storage quota exhausted during an import', () => {
  function quotaStore(initial: Record<string, unknown> = {}) {
    const inner = memoryStore(initial);
    let full = false;
    const store: Store & { data: Record<string, unknown>; fill(): void } = {
      data: inner.data,
      fill: () => (full = true),
      get: (k) => inner.get(k),
      async set(k, v) {
        if (full) throw new Error('QUOTA_BYTES quota exceeded');
        await inner.set(k, v);
      },
      remove: (k) => inner.remove(k),
    };
    return store;
  }

  beforeEach(() => vi.restoreAllMocks());

  it('gives a clear error and keeps the old corpus and the packs already stored', async () => {
    const store = quotaStore();
    const { importPack, send } = setup(store);
    expect((await importPack(packText([report('old-1')], 'Old pack'), 'old.json'))?.ok).toBe(true);
    const storedBefore = JSON.stringify(store.data);
    const sizeBefore = corpus.size;
    const infoBefore = await send('corpusInfo', {});

    store.fill();
    const reply = await importPack(packText([report('new-1'), report('new-2')], 'New pack'), 'new.json');
    expect(reply).toEqual({
      ok: false,
      error: 'new.json was not imported: the browser refused to store it (QUOTA_BYTES quota exceeded). The corpus is unchanged.',
    });
    expect(JSON.stringify(store.data)).toBe(storedBefore);
    expect(corpus.size).toEqual(sizeBefore);
    expect(corpus.report('new-1')).toBeUndefined();
    expect(corpus.report('old-1')).toBeDefined();
    expect(await send('corpusInfo', {})).toEqual(infoBefore);

    // A fresh worker reads the same packs back.
    const again = setup(store);
    const info = await again.send('corpusInfo', {});
    expect(info).toMatchObject({ ok: true, value: { packs: [{ name: 'Old pack', reports: 1 }] } });
  });

  it('a removal that cannot be stored leaves the pack in place', async () => {
    const store = quotaStore();
    const { importPack, send } = setup(store);
    const imported = (await importPack(packText([report('keep-1')]), 'keep.json')) as { ok: true; value: { packId: string } };
    store.fill();
    const reply = await send('removePack', { packId: imported.value.packId });
    expect(reply?.ok).toBe(false);
    expect(corpus.report('keep-1')).toBeDefined();
    expect((store.data['packs'] as unknown[]).length).toBe(1);
  });
});
