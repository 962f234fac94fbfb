/** Polling, for states that settle in the browser a moment after an action. */

/** Probes until `ok` holds or time runs out; returns the last value (the caller asserts on it). */
export async function poll<T>(probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 5_000, intervalMs = 100): Promise<T> {
  const end = performance.now() + timeoutMs;
  let v = await probe();
  while (!ok(v) && performance.now() < end) {
    await new Promise((r) => setTimeout(r, intervalMs));
    v = await probe();
  }
  return v;
}

/** Like `poll`, but throws with `what` and the last value when `ok` never holds. */
export async function waitFor<T>(what: string, probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 8_000): Promise<T> {
  const v = await poll(probe, ok, timeoutMs, 120);
  if (!ok(v)) throw new Error(`${what}: last value ${JSON.stringify(v)}`);
  return v;
}
