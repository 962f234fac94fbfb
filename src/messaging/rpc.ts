/**
 * Typed calls over the protocol's call maps, independent of the browser API:
 * `serve` turns a raw message into a validated handler call and a Reply;
 * `decodeReply` validates what comes back. The platform layer wires these to
 * `browser.runtime` and `browser.tabs`.
 */
import * as z from 'zod/mini';
import { EnvelopeSchema, ReplySchema, type CallMap, type Reply, type ReplyOf, type RequestOf } from './protocol.ts';

export type Handlers<M extends CallMap, Ctx> = {
  [K in keyof M]?: (request: RequestOf<M, K>, ctx: Ctx) => Promise<ReplyOf<M, K>> | ReplyOf<M, K>;
};

export function envelope(call: string, payload: unknown) {
  return { channel: 'second-source' as const, call, payload };
}

function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

/**
 * Answers one raw message. Returns undefined when the message is not ours
 * (another extension part's traffic), so the caller can let it pass.
 */
export async function serve<M extends CallMap, Ctx>(
  map: M,
  handlers: Handlers<M, Ctx>,
  raw: unknown,
  ctx: Ctx,
  log: (msg: string) => void = (m) => console.warn(`[second-source] ${m}`),
): Promise<Reply<unknown> | undefined> {
  const env = EnvelopeSchema.safeParse(raw);
  if (!env.success) return undefined;
  const { call, payload } = env.data;
  const spec = Object.hasOwn(map, call) ? map[call] : undefined;
  const handler = Object.hasOwn(handlers, call) ? handlers[call as keyof M] : undefined;
  if (!spec || !handler) return undefined;
  const parsed = spec.request.safeParse(payload);
  if (!parsed.success) {
    const error = `refused "${call}": ${describeIssues(parsed.error)}`;
    log(error);
    return { ok: false, error };
  }
  try {
    const value = await handler(parsed.data as RequestOf<M, keyof M>, ctx);
    return { ok: true, value };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    log(`"${call}" failed: ${error}`);
    return { ok: false, error };
  }
}

export class CallError extends Error {}

/** Validates a reply against the call's reply schema; throws CallError otherwise. */
export function decodeReply<M extends CallMap, K extends keyof M & string>(map: M, call: K, raw: unknown): ReplyOf<M, K> {
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) throw new CallError(`"${call}": no valid reply (${raw === undefined ? 'no receiver' : 'malformed'})`);
  if (!reply.data.ok) throw new CallError(reply.data.error);
  const value = map[call]!.reply.safeParse(reply.data.value);
  if (!value.success) throw new CallError(`"${call}": reply refused: ${describeIssues(value.error)}`);
  return value.data as ReplyOf<M, K>;
}
