/**
 * Retry-After, RFC 9110 §10.2.3: `HTTP-date / delay-seconds`, where delay-seconds is
 * `1*DIGIT` (a non-negative integer). Anything else is ignored, not guessed (ky and got do the
 * same and fall back to their own backoff).
 */
import { parseHttpDate } from './http-date';

export { parseHttpDate } from './http-date';

/**
 * Largest delay kept: RFC 9111 §1.2.2 caps delta-seconds at 2^31 so huge digit strings
 * do not overflow; the retry scheduler applies its own, much smaller cap.
 */
export const MAX_DELTA_SECONDS = 2_147_483_648;

/**
 * Converts a Retry-After header value to whole seconds from the moment of the response.
 *
 * A date is measured against the response's own `Date` header when it parses, so a client
 * with a skewed clock still waits the interval the server meant; otherwise against `now`.
 * A date in the past gives 0. Dates round up to whole seconds so a retry is never early.
 *
 * @param value the Retry-After header value, or undefined when absent
 * @param dateHeader the response's Date header, or undefined
 * @param now the caller's clock in ms since the epoch
 * @returns seconds to wait (≥ 0), or null when absent or invalid (negative, fractional, garbage)
 */
export function parseRetryAfter(value: string | undefined, dateHeader: string | undefined, now: number): number | null {
  if (value === undefined) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Math.min(Number(v), MAX_DELTA_SECONDS);
  const base = (dateHeader === undefined ? null : parseHttpDate(dateHeader, now)) ?? now;
  const at = parseHttpDate(v, base);
  if (at === null) return null;
  return Math.min(Math.max(0, Math.ceil((at - base) / 1000)), MAX_DELTA_SECONDS);
}
