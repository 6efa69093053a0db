/**
 * Run the browser's connectivity probe (see connectivity.ts) through a passed-in fetch.
 * Redirects are not followed: a captive portal shows itself by redirecting.
 */
import { classifyProbe, probeUrl, type BrowserKind, type Connectivity, type ProbeOutcome } from './connectivity';
import { readCapped, type FetchLike } from './fetch-json';

/** Longest probe body read: the expected answers are 0 and 8 bytes; a portal page is more. */
const PROBE_MAX_BYTES = 16 * 1024;

/** Fetch the probe and reduce the answer to a ProbeOutcome (never throws). */
export async function runProbe(browser: BrowserKind, fetchFn: FetchLike, timeoutMs = 5000): Promise<ProbeOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetchFn(probeUrl(browser), {
      method: 'GET', credentials: 'omit', cache: 'no-store', redirect: 'manual', signal: controller.signal,
    });
    const redirected = response.redirected || response.type === 'opaqueredirect';
    // A body over the cap is certainly not the expected tiny answer.
    const body = (await readCapped(response, PROBE_MAX_BYTES)) ?? '<too large>';
    return { kind: 'response', status: response.status, redirected, body };
  } catch {
    return timedOut ? { kind: 'timeout' } : { kind: 'network-error' };
  } finally {
    clearTimeout(timer);
  }
}

/** Probe and classify: online, offline, captive-portal or unknown. */
export async function probeConnectivity(browser: BrowserKind, fetchFn: FetchLike, timeoutMs?: number): Promise<Connectivity> {
  return classifyProbe(browser, await runProbe(browser, fetchFn, timeoutMs));
}
