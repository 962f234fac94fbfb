/**
 * The only place messages meet `browser.*`. Listeners return a promise (no
 * `sendResponse`), which both Chrome and Firefox accept and fakeBrowser needs.
 */
import { browser } from 'wxt/browser';
import { BackgroundCalls, ContentCalls, type CallMap, type ReplyOf, type RequestOf } from '../messaging/protocol.ts';
import { decodeReply, envelope, serve, type Handlers } from '../messaging/rpc.ts';

export interface Sender {
  tabId?: number;
  /** True when the message comes from one of our own extension pages. */
  fromExtensionPage: boolean;
}

function listen<M extends CallMap>(map: M, handlers: Handlers<M, Sender>): () => void {
  const listener = (raw: unknown, sender: { tab?: { id?: number }; id?: string; url?: string }) => {
    if (sender.id !== undefined && sender.id !== browser.runtime.id) return undefined;
    const ctx: Sender = {
      tabId: sender.tab?.id,
      fromExtensionPage: !sender.tab && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/')),
    };
    const reply = serve(map, handlers, raw, ctx);
    // Returning undefined (not a promise) lets other listeners answer.
    return reply.then((r) => r ?? undefined);
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

export const listenAsBackground = (handlers: Handlers<typeof BackgroundCalls, Sender>) => listen(BackgroundCalls, handlers);
export const listenAsContent = (handlers: Handlers<typeof ContentCalls, Sender>) => listen(ContentCalls, handlers);

export async function callBackground<K extends keyof typeof BackgroundCalls & string>(
  call: K,
  request: RequestOf<typeof BackgroundCalls, K>,
): Promise<ReplyOf<typeof BackgroundCalls, K>> {
  const raw = await browser.runtime.sendMessage(envelope(call, request));
  return decodeReply(BackgroundCalls, call, raw);
}

export async function callContent<K extends keyof typeof ContentCalls & string>(
  tabId: number,
  call: K,
  request: RequestOf<typeof ContentCalls, K>,
): Promise<ReplyOf<typeof ContentCalls, K>> {
  const raw = await browser.tabs.sendMessage(tabId, envelope(call, request));
  return decodeReply(ContentCalls, call, raw);
}
