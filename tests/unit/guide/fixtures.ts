import type { Diagnosis } from '../../../src/core/types';
import type { GuideContext } from '../../../src/core/guide';

/** A diagnosis with the usual defaults for a retryable 503. */
export function dx(over: Partial<Diagnosis>): Diagnosis {
  return { status: 503, producer: 'unknown', kind: 'overloaded', retryable: true, retryAfterSeconds: null, ids: {}, ...over };
}

/** A GET with auto-retry on and nothing else known. */
export const GET: GuideContext = { autoRetry: true, method: 'GET' };

export const CASES = {
  varnishFetchFailed: dx({ producer: 'varnish', kind: 'backend-fetch-failed', retryAfterSeconds: 5, ids: { xid: '32770' } }),
  fastlyUnhealthy: dx({ producer: 'fastly', kind: 'backend-unhealthy', retryAfterSeconds: 0 }),
  nginx502: dx({ status: 502, producer: 'nginx', kind: 'connection-failed' }),
  haproxy503: dx({ producer: 'haproxy', kind: 'backend-unhealthy' }),
  cloudflare521: dx({ status: 521, producer: 'cloudflare', kind: 'connection-failed', ids: { rayId: '8a1b2c3d4e5f6a7b-FRA' } }),
  cloudflare522: dx({ status: 522, producer: 'cloudflare', kind: 'timeout' }),
  cloudflare525: dx({ status: 525, producer: 'cloudflare', kind: 'tls-error', retryable: false }),
  tooMany: dx({ status: 429, producer: 'origin', kind: 'rate-limited', retryAfterSeconds: 120 }),
  magento: dx({ producer: 'magento', kind: 'maintenance' }),
  origin500: dx({ status: 500, producer: 'origin', kind: 'server-error', retryable: false }),
};
