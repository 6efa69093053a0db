/**
 * Kinds from the reason phrases Varnish-style templates (Varnish, Fastly) put in their title
 * and h1. Fastly's wordings are from its "Common 503 errors" documentation; docs/reference.md §1.
 */
import type { Kind } from '../types';

const RULES: ReadonlyArray<readonly [RegExp, Kind]> = [
  [/backend is unhealthy|no healthy (?:ip|backend)|all backends failed or unhealthy|no healthy upstream/i, 'backend-unhealthy'],
  [/\b(?:ssl|tls)\b|certificate|handshake/i, 'tls-error'],
  [/first byte timeout|between bytes timeout|timed out|time-?out/i, 'timeout'],
  [/backend fetch failed/i, 'backend-fetch-failed'],
  [/backend (?:read|write) error|connection (?:refused|reset)|connection failed/i, 'connection-failed'],
  [/max_conn|too busy|overloaded/i, 'overloaded'],
  [/maintenance/i, 'maintenance'],
  [/too many requests|rate limit/i, 'rate-limited'],
];

/** The kind a reason phrase names, or null when it names none of them. */
export function kindFromReason(reason: string): Kind | null {
  for (const [re, kind] of RULES) if (re.test(reason)) return kind;
  return null;
}
