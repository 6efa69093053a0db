/**
 * Whether waiting and retrying can help: 429, 502, 503, 504 and Cloudflare's
 * 520–524 yes; TLS configuration errors, 501, 505 and non-errors no. Other 5xx (500, 507…)
 * usually mean a broken page or configuration rather than a passing state, so they are not
 * retried automatically either (RFC 9110 §15.6; got's default list adds 500, we do not).
 */
import type { Kind, Producer } from '../types';

const RETRYABLE = new Set([429, 502, 503, 504, 520, 521, 522, 523, 524]);

/**
 * Whether Comeback should wait and retry a response with this status, kind and producer.
 *
 * The user's network: a captive portal (511) is not retried: the user has to sign in, and
 * reloading the portal's interception in a loop can reset its login form. A forward proxy's
 * 502/503/504 is retried like any other: the proxy reports that it could not reach the site (or
 * its uplink failed), and a later reload passes once either recovers; the guide meanwhile points
 * at the network rather than the site (guide.ts).
 */
export function isRetryable(status: number, kind: Kind, producer?: Producer): boolean {
  if (kind === 'none' || kind === 'tls-error') return false;
  if (producer === 'captive-portal') return false;
  return RETRYABLE.has(status);
}
