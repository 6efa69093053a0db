/**
 * Run the browser's connectivity probe (see connectivity.ts) through a passed-in fetch.
 * A captive portal shows itself by redirecting elsewhere or answering with its own page. A mere
 * upgrade of the probe URL to https is not a portal: Firefox upgrades its own http probe when
 * HTTPS-only/First rules apply (seen with firefox-esr 153 in our e2e runs), so redirects are
 * followed and only a different final host or path counts.
 */
import { classifyProbe, probeUrl, type BrowserKind, type Connectivity, type ProbeOutcome } from './classify';
import { deadline } from '../net/deadline';
import { readCapped, type FetchLike } from '../net/fetch-json';

/** Longest probe body read: the expected answers are 0 and 8 bytes; a portal page is more. */
const PROBE_MAX_BYTES = 16 * 1024;

/** True when `a` is `b` with at most its scheme changed (http → https). */
export function sameButScheme(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.hostname === y.hostname && x.pathname === y.pathname && x.search === y.search;
  } catch {
    return false;
  }
}

/** Fetch the probe and reduce the answer to a ProbeOutcome (never throws). */
export async function runProbe(browser: BrowserKind, fetchFn: FetchLike, timeoutMs = 5000): Promise<ProbeOutcome> {
  const time = deadline(timeoutMs);
  try {
    const url = probeUrl(browser);
    const response = await fetchFn(url, {
      method: 'GET', credentials: 'omit', cache: 'no-store', redirect: 'follow', signal: time.signal,
    });
    const redirected = response.type === 'opaqueredirect' || (response.redirected && !sameButScheme(response.url, url));
    // A body over the cap is certainly not the expected tiny answer.
    const body = (await readCapped(response, PROBE_MAX_BYTES)) ?? '<too large>';
    return { kind: 'response', status: response.status, redirected, body };
  } catch {
    return time.expired() ? { kind: 'timeout' } : { kind: 'network-error' };
  } finally {
    time.clear();
  }
}

/** Probe and classify: online, offline, captive-portal or unknown. */
export async function probeConnectivity(browser: BrowserKind, fetchFn: FetchLike, timeoutMs?: number): Promise<Connectivity> {
  return classifyProbe(browser, await runProbe(browser, fetchFn, timeoutMs));
}
