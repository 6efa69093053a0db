/**
 * One timeout for a request: an abort signal that fires after `ms`, and whether it did, so a
 * caller can tell a timeout from any other failure. Shared by fetchJson and the connectivity probe.
 */

/** An abort signal that fires after `ms`, and whether it did (a timeout, not another failure). */
export interface Deadline {
  signal: AbortSignal;
  expired(): boolean;
  clear(): void;
}

export function deadline(ms: number): Deadline {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort();
  }, ms);
  return { signal: controller.signal, expired: () => expired, clear: () => clearTimeout(timer) };
}
