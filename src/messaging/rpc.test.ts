/**
 * Hostile messages to the background: of the wrong shape, of huge size, or
 * aimed at the prototype. `serve` refuses them with a reason before any
 * handler runs, and nothing the service keeps (store, tabs, settings, corpus)
 * changes.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createBackgroundService } from '../background/service.ts';
import { loadBundledCorpus } from '../background/bundled-corpus.ts';
import bundle from '../../.generated/corpus-bundle.json';
import { memoryStore } from '../platform/store.ts';
import type { Corpus } from '../search/corpus.ts';
import {
  BackgroundCalls,
  DEFAULT_SETTINGS,
  MAX_PACK_CHARS,
  MAX_QUERY_CHARS,
  MAX_SENTENCE_CHARS,
  MAX_SENTENCES_PER_MESSAGE,
} from './protocol.ts';
import { CallError, decodeReply, envelope, serve, type Handlers } from './rpc.ts';
import type { Sender } from '../platform/messaging.ts';

const tab: Sender = { tabId: 7, fromExtensionPage: false };
const popup: Sender = { fromExtensionPage: true };
const quiet = () => {};

let bundled: Corpus;
beforeAll(() => {
  bundled = loadBundledCorpus(bundle);
});

function setup() {
  const store = memoryStore({ settings: { ...DEFAULT_SETTINGS, threshold: 0.4 } });
  const badge = { show: vi.fn() };
  const service = createBackgroundService({ store, badge, loadCorpus: () => bundled, log: quiet, now: () => '2026-11-22T00:00:00Z' });
  const send = (raw: unknown, sender: Sender = tab) => serve(BackgroundCalls, service.handlers, raw, sender, quiet);
  const snapshot = () => JSON.stringify({ store: store.data, tabs: [...service.tabs], size: bundled.size });
  return { store, badge, service, send, snapshot };
}

describe('serve: messages that are not ours', () => {
  it('lets other traffic pass (undefined), whatever its shape', async () => {
    const handlers: Handlers<typeof BackgroundCalls, Sender> = { getSettings: vi.fn(() => DEFAULT_SETTINGS) };
    for (const raw of [undefined, null, 0, 'lookup', [], {}, { call: 'getSettings' }, { channel: 'other', call: 'getSettings', payload: {} }]) {
      expect(await serve(BackgroundCalls, handlers, raw, tab, quiet)).toBeUndefined();
    }
    expect(handlers.getSettings).not.toHaveBeenCalled();
  });

  it('does not look calls up on the prototype', async () => {
    const { send } = setup();
    for (const call of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(await send(envelope(call, {}))).toBeUndefined();
    }
  });

  it('ignores a call name longer than the envelope allows', async () => {
    const { send } = setup();
    expect(await send(envelope('lookup'.padEnd(65, 'x'), {}))).toBeUndefined();
  });
});

describe('serve: the wrong shape is refused before the handler runs', () => {
  const cases: [string, unknown][] = [
    ['lookup', undefined],
    ['lookup', 'sentences'],
    ['lookup', { page: 'http://x/', host: 'x' }],
    ['lookup', { page: 'http://x/', host: 'x', sentences: 'The government said on Sunday that talks had ended.' }],
    ['lookup', { page: 'http://x/', host: 'x', sentences: [{ id: -1, text: 'A sentence of the page.' }] }],
    ['lookup', { page: 'http://x/', host: 'x', sentences: [{ id: 1.5, text: 'A sentence of the page.' }] }],
    ['lookup', { page: 'http://x/', host: 'x', sentences: [{ id: 1, text: '' }] }],
    ['lookup', { page: 'http://x/', host: 'x', sentences: [{ id: '1', text: 'A sentence.' }] }],
    ['lookup', { page: 'http://x/', host: 'x', sentences: [{ id: 1, text: 'The Kremlin denied it.', before: '' }] }],
    ['lookup', { page: 'http://x/', host: 'x', sentences: [{ id: 1, text: 'The Kremlin denied it.', before: 42 }] }],
    ['lookup', { page: 42, host: 'x', sentences: [] }],
    ['pageStatus', { page: 'http://x/', host: 'x', status: 'hacked' }],
    ['tabState', { tabId: 'all' }],
    ['search', { query: 7 }],
    ['setSettings', { threshold: 2 }],
    ['setSettings', { threshold: '0.1' }],
    ['setSettings', { paused: 'yes' }],
    ['setSettings', { disabledSites: 'example.org' }],
    ['setSettings', { relations: { agree: 1 } }],
    ['importPack', { fileName: 'pack.json' }],
    ['importPack', { fileName: 'pack.json', text: { reports: [] } }],
    ['removePack', {}],
  ];

  it.each(cases)('%s %j', async (call, payload) => {
    const handler = vi.fn();
    const log = vi.fn();
    const reply = await serve(BackgroundCalls, { [call]: handler } as Handlers<typeof BackgroundCalls, Sender>, envelope(call, payload), tab, log);
    expect(reply).toMatchObject({ ok: false });
    expect(reply && !reply.ok && reply.error).toMatch(new RegExp(`^refused "${call}": `));
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledOnce();
  });

  it('names the field and keeps the reason short for a payload with thousands of problems', async () => {
    const { send } = setup();
    const sentences = Array.from({ length: 400 }, (_, i) => ({ id: -i - 1, text: '' }));
    const reply = await send(envelope('lookup', { page: 'http://x/', host: 'x', sentences }));
    expect(reply?.ok).toBe(false);
    const error = (reply as { error: string }).error;
    expect(error).toMatch(/sentences\.0\.id/);
    expect(error.length).toBeLessThan(1_000);
  });
});

describe('serve: huge messages are refused', () => {
  const sentence = (i: number) => ({ id: i, text: `Officials in the capital said on Sunday that talks number ${i} had ended.` });

  it(`a lookup of more than ${MAX_SENTENCES_PER_MESSAGE} sentences`, async () => {
    const { send, snapshot } = setup();
    const before = snapshot();
    const reply = await send(envelope('lookup', { page: 'http://x/', host: 'x', sentences: Array.from({ length: MAX_SENTENCES_PER_MESSAGE + 1 }, (_, i) => sentence(i)) }));
    expect(reply).toMatchObject({ ok: false });
    expect(snapshot()).toBe(before);
  });

  it(`a sentence of more than ${MAX_SENTENCE_CHARS} characters`, async () => {
    const { send, snapshot } = setup();
    const before = snapshot();
    const reply = await send(envelope('lookup', { page: 'http://x/', host: 'x', sentences: [{ id: 0, text: 'word '.repeat(MAX_SENTENCE_CHARS) }] }));
    expect(reply).toMatchObject({ ok: false });
    expect(snapshot()).toBe(before);
  });

  it('a page address of a megabyte, a search query past its limit', async () => {
    const { send, snapshot } = setup();
    const before = snapshot();
    expect(await send(envelope('lookup', { page: `http://x/${'a'.repeat(1_000_000)}`, host: 'x', sentences: [sentence(0)] }))).toMatchObject({ ok: false });
    expect(await send(envelope('search', { query: 'q'.repeat(MAX_QUERY_CHARS + 1) }), popup)).toMatchObject({ ok: false });
    expect(await send(envelope('setSettings', { disabledSites: Array.from({ length: 10_001 }, (_, i) => `h${i}.example`) }), popup)).toMatchObject({ ok: false });
    expect(snapshot()).toBe(before);
  });

  it(`a pack of more than ${MAX_PACK_CHARS / 1e6} million characters: refused, nothing stored`, async () => {
    const { send, snapshot, store } = setup();
    const before = snapshot();
    const reply = await send(envelope('importPack', { fileName: 'huge.json', text: ' '.repeat(MAX_PACK_CHARS + 1) }), popup);
    expect(reply).toMatchObject({ ok: false });
    expect((reply as { error: string }).error).toMatch(/^refused "importPack": text: /);
    expect(store.data['packs']).toBeUndefined();
    expect(snapshot()).toBe(before);
  });
});

describe('the service: refused and failing calls change nothing', () => {
  it('a barrage of bad messages leaves store, tabs, badge and corpus as they were', async () => {
    const { send, snapshot, badge } = setup();
    const before = snapshot();
    const bad: unknown[] = [
      envelope('setSettings', { threshold: -1 }),
      envelope('setSettings', JSON.parse('{"__proto__": {"paused": true}, "threshold": 9}')),
      envelope('importPack', { fileName: 'x.json', text: 42 }),
      envelope('removePack', { packId: 'p'.repeat(201) }),
      envelope('lookup', { page: 'http://x/', host: 'x', sentences: [{ id: 0, text: 'x'.repeat(MAX_SENTENCE_CHARS + 1) }] }),
      envelope('pageStatus', { page: 'http://x/', host: 'x', status: 'done', reset: 'yes' }),
      { channel: 'second-source', call: 'getSettings' },
    ];
    for (const raw of bad) {
      const reply = await send(raw, popup);
      if (reply !== undefined) expect(reply.ok, JSON.stringify(raw).slice(0, 120)).toBe(false);
    }
    expect(snapshot()).toBe(before);
    expect(badge.show).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>)['paused']).toBeUndefined();
    const settings = await send(envelope('getSettings', {}), popup);
    expect(settings).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, threshold: 0.4 } });
  });

  it('a page-only call from an extension page fails with a reason and stores no tab', async () => {
    const { send, service } = setup();
    const reply = await send(envelope('lookup', { page: 'http://x/', host: 'x', sentences: [] }), popup);
    expect(reply).toEqual({ ok: false, error: 'lookup comes from a page tab only' });
    expect(service.tabs.size).toBe(0);
  });

  it('a malformed pack is refused with its reason; no pack is stored', async () => {
    const { send, store, snapshot } = setup();
    const before = snapshot();
    const reply = await send(envelope('importPack', { fileName: 'broken.json', text: '{"version": 1, "name": "x", "reports": [' }), popup);
    expect(reply).toMatchObject({ ok: false });
    expect((reply as { error: string }).error).toMatch(/^broken\.json was not imported: 1 problem/);
    expect(store.data['packs']).toBeUndefined();
    expect(snapshot()).toBe(before);
  });

  it('a well-formed lookup still works after all that', async () => {
    const { send } = setup();
    const reply = await send(envelope('lookup', { page: 'http://x/', host: 'x', sentences: [{ id: 0, text: 'The weather was mild and nothing else happened in the small town.' }] }));
    expect(reply).toEqual({ ok: true, value: { marked: [] } });
  });
});

describe('decodeReply: what comes back is checked too', () => {
  it('refuses a missing, malformed or wrongly shaped reply', () => {
    expect(() => decodeReply(BackgroundCalls, 'getSettings', undefined)).toThrow(CallError);
    expect(() => decodeReply(BackgroundCalls, 'getSettings', { ok: 'yes' })).toThrow(/malformed/);
    expect(() => decodeReply(BackgroundCalls, 'getSettings', { ok: true, value: { threshold: 5 } })).toThrow(/reply refused/);
    expect(() => decodeReply(BackgroundCalls, 'getSettings', { ok: false, error: 'no' })).toThrow('no');
    expect(decodeReply(BackgroundCalls, 'getSettings', { ok: true, value: DEFAULT_SETTINGS })).toEqual(DEFAULT_SETTINGS);
  });
});
