/**
 * Reads a file packaged with the extension. The URL is the extension's own
 * (chrome-extension:// or moz-extension://): nothing leaves the browser. This
 * is the extension's one `fetch`, and the privacy test's scan of the built
 * code allows exactly this form.
 */
import { browser } from 'wxt/browser';

export async function readPackagedJson(file: string): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(`/${file}` as '/'));
  if (!response.ok) throw new Error(`${file}: could not be read from the extension package (${response.status})`);
  return response.json();
}

/** A packaged file's bytes (the stance model: src/stance/packed-model.ts). */
export async function readPackagedBytes(file: string): Promise<Uint8Array> {
  const response = await fetch(browser.runtime.getURL(`/${file}` as '/'));
  if (!response.ok) throw new Error(`${file}: could not be read from the extension package (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}
