/** Persistent storage for settings and packs: browser.storage.local behind a small interface. */
import { browser } from 'wxt/browser';

export interface Store {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export function browserStore(): Store {
  return {
    async get(key) {
      const r = await browser.storage.local.get(key);
      return r[key];
    },
    async set(key, value) {
      await browser.storage.local.set({ [key]: value });
    },
    async remove(key) {
      await browser.storage.local.remove(key);
    },
  };
}

/** For tests and the CLI. */
export function memoryStore(initial: Record<string, unknown> = {}): Store & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    async get(key) {
      return data[key];
    },
    async set(key, value) {
      data[key] = structuredClone(value);
    },
    async remove(key) {
      delete data[key];
    },
  };
}
