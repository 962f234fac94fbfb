/**
 * Calls the background worker the way the popup does: a `runtime.sendMessage`
 * from an extension page, in the envelope of src/messaging/protocol.ts, and
 * the reply checked against the call's schema.
 */
import { BackgroundCalls, type ReplyOf, type RequestOf } from '../../../src/messaging/protocol.ts';
import { decodeReply, envelope } from '../../../src/messaging/rpc.ts';
import { evaluate, type ExtensionSession } from './browsers.ts';

type Calls = typeof BackgroundCalls;

export async function callBackground<K extends keyof Calls & string>(
  session: ExtensionSession,
  call: K,
  request: RequestOf<Calls, K>,
): Promise<ReplyOf<Calls, K>> {
  const page = await session.extensionPage();
  const raw = await evaluate(
    page,
    async (message: unknown) => {
      const g = globalThis as { browser?: any; chrome?: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
      return (await (g.browser ?? g.chrome).runtime.sendMessage(message)) as unknown;
    },
    envelope(call, request) as unknown,
  );
  return decodeReply(BackgroundCalls, call, raw);
}
