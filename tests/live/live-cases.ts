/**
 * The failure modes produced live against real proxies, each with the diagnosis it must get.
 * Shared by the live test (which captures them) and the fixture test (which re-reads the
 * captures under tests/fixtures/responses/live/).
 */
import type { Diagnosis } from '../../src/core/types';

export type LiveProxy = 'varnish' | 'varnish-probe' | 'nginx' | 'haproxy' | 'haproxy-check';
export type LiveMode = 'refused' | 'reset' | 'timeout' | 'health-check' | 'own-503-seconds' | 'own-503-date';

export interface LiveCase {
  proxy: LiveProxy;
  mode: LiveMode;
  expect: Partial<Diagnosis>;
}

/** Fixture file name of a case. */
export const liveFile = (c: { proxy: LiveProxy; mode: LiveMode }): string => `${c.proxy}-${c.mode}.http`;

const varnishFailed = { status: 503, producer: 'varnish', kind: 'backend-fetch-failed', retryable: true, retryAfterSeconds: 5 } as const;
const own503Seconds = { status: 503, producer: 'origin', kind: 'overloaded', retryable: true, retryAfterSeconds: 7 } as const;
const own503Date = { ...own503Seconds, retryAfterSeconds: 120 } as const;

export const LIVE_CASES: readonly LiveCase[] = [
  // Varnish: one page for every failure (docs/reference.md §1), builtin VCL adds Retry-After: 5.
  { proxy: 'varnish', mode: 'refused', expect: varnishFailed },
  { proxy: 'varnish', mode: 'reset', expect: varnishFailed },
  { proxy: 'varnish', mode: 'timeout', expect: varnishFailed },
  { proxy: 'varnish-probe', mode: 'health-check', expect: varnishFailed },
  { proxy: 'varnish', mode: 'own-503-seconds', expect: own503Seconds },
  { proxy: 'varnish', mode: 'own-503-date', expect: own503Date },
  // nginx: 502 on refused and reset, 504 on timeout; no active health checks in nginx OSS.
  { proxy: 'nginx', mode: 'refused', expect: { status: 502, producer: 'nginx', kind: 'connection-failed', retryable: true, retryAfterSeconds: null } },
  { proxy: 'nginx', mode: 'reset', expect: { status: 502, producer: 'nginx', kind: 'connection-failed', retryable: true } },
  { proxy: 'nginx', mode: 'timeout', expect: { status: 504, producer: 'nginx', kind: 'timeout', retryable: true } },
  { proxy: 'nginx', mode: 'own-503-seconds', expect: own503Seconds },
  { proxy: 'nginx', mode: 'own-503-date', expect: own503Date },
  // HAProxy: 503 "No server is available" after its connect retries or with a failing check.
  { proxy: 'haproxy', mode: 'refused', expect: { status: 503, producer: 'haproxy', kind: 'backend-unhealthy', retryable: true, retryAfterSeconds: null } },
  { proxy: 'haproxy', mode: 'reset', expect: { status: 502, producer: 'haproxy', kind: 'connection-failed', retryable: true } },
  { proxy: 'haproxy', mode: 'timeout', expect: { status: 504, producer: 'haproxy', kind: 'timeout', retryable: true } },
  { proxy: 'haproxy-check', mode: 'health-check', expect: { status: 503, producer: 'haproxy', kind: 'backend-unhealthy', retryable: true } },
  { proxy: 'haproxy', mode: 'own-503-seconds', expect: own503Seconds },
  { proxy: 'haproxy', mode: 'own-503-date', expect: own503Date },
];
