/**
 * "Is it my connection?": the browsers' own captive-portal probes. Chromium fetches
 * `http://www.gstatic.com/generate_204` and expects 204 with an empty body; Firefox fetches
 * `http://detectportal.firefox.com/success.txt` and expects `success` (docs/reference.md §3).
 * Plain http on purpose: a captive portal can only intercept unencrypted requests.
 */

/** Which probe to use. */
export type BrowserKind = 'chrome' | 'firefox';

/** What the probe concluded. */
export type Connectivity = 'online' | 'offline' | 'captive-portal' | 'unknown';

/** The probe URL for a browser. */
export function probeUrl(browser: BrowserKind): string {
  return browser === 'firefox'
    ? 'http://detectportal.firefox.com/success.txt'
    : 'http://www.gstatic.com/generate_204';
}

/** What the fetch layer saw, reduced to what classification needs. */
export type ProbeOutcome =
  | {
    kind: 'response';
    status: number;
    /** True when redirects were followed, or the response is an opaque redirect. */
    redirected: boolean;
    /** First bytes of the body (a few hundred suffice). */
    body: string;
  }
  | { kind: 'network-error' }
  | { kind: 'timeout' };

/**
 * Classify a probe. The expected answer → online; a redirect, or any other 2xx page (the
 * portal's login form) → captive portal; a network error → offline. A timeout or an odd
 * status (e.g. a 5xx from a proxy) proves nothing either way → unknown.
 */
export function classifyProbe(browser: BrowserKind, outcome: ProbeOutcome): Connectivity {
  if (outcome.kind === 'network-error') return 'offline';
  if (outcome.kind === 'timeout') return 'unknown';
  const { status, redirected, body } = outcome;
  // fetch with redirect:'manual' reports an opaque redirect as status 0 in browsers.
  if (redirected || status === 0 || (status >= 300 && status < 400)) return 'captive-portal';
  if (browser === 'chrome') {
    if (status === 204 && body === '') return 'online';
    return status >= 200 && status < 300 ? 'captive-portal' : 'unknown';
  }
  if (status === 200 && body.trim() === 'success') return 'online';
  return status >= 200 && status < 300 ? 'captive-portal' : 'unknown';
}
