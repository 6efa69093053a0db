/**
 * The kind a status code implies when a page says nothing more specific.
 * RFC 9110 §15.6 for 500–505; Cloudflare's 52x codes per its "Troubleshooting Cloudflare 5XX
 * errors" documentation.
 */
import type { Kind } from '../types';

const BY_STATUS: Readonly<Record<number, Kind>> = {
  429: 'rate-limited',
  500: 'server-error',
  501: 'server-error',
  502: 'connection-failed',
  503: 'overloaded',
  504: 'timeout',
  505: 'server-error',
  520: 'server-error', // Cloudflare: origin answered with something empty or unexpected
  521: 'connection-failed', // Cloudflare: origin refused the connection
  522: 'timeout', // Cloudflare: TCP connection to the origin timed out
  523: 'connection-failed', // Cloudflare: origin unreachable (routing/DNS)
  524: 'timeout', // Cloudflare: origin accepted but sent no response within 100 s
  525: 'tls-error', // Cloudflare: TLS handshake with the origin failed
  526: 'tls-error', // Cloudflare: invalid origin certificate
  527: 'connection-failed', // Cloudflare: Railgun listener error
  530: 'connection-failed', // Cloudflare: with a 1xxx error (1016, origin DNS, is refined in cloudflare.ts)
};

/**
 * Whether Comeback handles this status at all: 429 and every 5xx (RFC 9110 §15.6; 429 is RFC 6585
 * §4), the statuses whose page can come back by waiting. The one definition every context uses.
 */
export function isHandledStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/** The default kind for a handled status ('none' for any other status). */
export function kindFromStatus(status: number): Kind {
  if (!isHandledStatus(status)) return 'none';
  return BY_STATUS[status] ?? 'server-error';
}
