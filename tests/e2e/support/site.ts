/**
 * Test sites for the e2e tests: a controllable origin, optionally behind Debian's real Varnish
 * (tests/support), and small helpers to read the origin's request log.
 */
import { startOrigin, type LoggedRequest, type Origin } from '../../support/origin';
import { haveBinary, startVarnish, type Proxy } from '../../support/proxies';

export interface VarnishSite {
  origin: Origin;
  varnish: Proxy;
  stop(): Promise<void>;
}

/** Throws a message that says what to install when a daemon the test needs is missing. */
export function requireBinary(name: string, debianPackage: string): void {
  if (!haveBinary(name)) {
    throw new Error(`${name} is not installed; the e2e tests need it (apt-get install -y --no-install-recommends ${debianPackage})`);
  }
}

/** An origin in `mode` behind a real Varnish (pass-everything VCL, so a recovery shows at once). */
export async function startVarnishSite(mode: 'up' | 'down' = 'down'): Promise<VarnishSite> {
  requireBinary('varnishd', 'varnish');
  const origin = await startOrigin();
  await origin.setMode(mode);
  let varnish: Proxy;
  try {
    varnish = await startVarnish({ backendPort: origin.port });
  } catch (e) {
    await origin.stop();
    throw e;
  }
  return {
    origin,
    varnish,
    stop: async () => {
      await varnish.stop();
      await origin.stop();
    },
  };
}

/** Requests the browser's favicon logic makes by itself: not ours, not counted. */
export const isFavicon = (r: LoggedRequest): boolean => r.path.split('?')[0] === '/favicon.ico';

/** Requests for `path` (query ignored) at or after `since` (ms since epoch). */
export function requestsFor(origin: Origin, path: string, since = 0): LoggedRequest[] {
  return origin.requests.filter((r) => r.path.split('?')[0] === path && r.at >= since);
}

/** Requests at or after `since`, except the browser's favicon fetches. */
export function requestsSince(origin: Origin, since: number): LoggedRequest[] {
  return origin.requests.filter((r) => r.at >= since && !isFavicon(r));
}

/** A short human-readable summary of requests relative to `t0`, for failure messages. */
export function describeRequests(requests: LoggedRequest[], t0: number): string {
  if (requests.length === 0) return '(none)';
  return requests.map((r) => `${r.method} ${r.path} at +${((r.at - t0) / 1000).toFixed(2)}s`).join(', ');
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
