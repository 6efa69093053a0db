/**
 * Links (no requests are made) to services without a usable free API: Downdetector (enterprise
 * API only), Is It Down Right Now (no documented API); archive.today's link is in archive/archive-today.ts.
 * See docs/reference.md §3.
 */
/** Links the UI can offer for a failed site. */
export interface OutsideLinks {
  downdetector: string;
  isItDownRightNow: string;
}

/** `www.example.com` → `example.com`; other hosts unchanged. */
function bareHost(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/**
 * Downdetector pages are keyed by company slug, not by domain, so link to its search with the
 * registrable domain's first label (`github` for `api.github.com`); Is It Down Right Now keys
 * its pages by domain (`https://www.isitdownrightnow.com/example.com.html`).
 * @param icannDomain the host's registrable domain (ICANN section of the Public Suffix List,
 *   see domain-lookup.ts), or null when not known: the bare host's first label is used then
 */
export function outsideLinks(hostname: string, icannDomain: string | null): OutsideLinks {
  const host = bareHost(hostname);
  const domain = icannDomain ?? host;
  const name = domain.split('.')[0] ?? domain;
  return {
    downdetector: `https://downdetector.com/search/?q=${encodeURIComponent(name)}`,
    isItDownRightNow: `https://www.isitdownrightnow.com/${encodeURIComponent(host)}.html`,
  };
}
