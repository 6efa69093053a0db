/**
 * Whether waiting and retrying can help: 429, 502, 503, 504 and Cloudflare's
 * 520–524 yes; TLS configuration errors, 501, 505 and non-errors no. Other 5xx (500, 507…)
 * usually mean a broken page or configuration rather than a passing state, so they are not
 * retried automatically either (RFC 9110 §15.6; got's default list adds 500, we do not).
 */
import type { Kind } from '../types';

const RETRYABLE = new Set([429, 502, 503, 504, 520, 521, 522, 523, 524]);

/** Whether Comeback should wait and retry a response with this status and kind. */
export function isRetryable(status: number, kind: Kind): boolean {
  if (kind === 'none' || kind === 'tls-error') return false;
  return RETRYABLE.has(status);
}
