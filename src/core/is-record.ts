/**
 * The one "is this a plain object?" check, for every reader of untrusted values (message
 * payloads, stored settings, JSON from the network). Here in core, the bottom floor, so that
 * `src/status` and `src/shared` can both use it without importing each other.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  try {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false; // Array.isArray throws on a revoked Proxy.
  }
}
