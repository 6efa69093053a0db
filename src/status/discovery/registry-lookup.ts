/**
 * Known site → status page lookup over a domain map in @sentry/status-page-list's shape
 * (`{"sentry.io": url, "*.sentry.io": url}`). Pure: the map is passed in.
 */

/** Domain (or `*.domain` wildcard) → status page URL. */
export type DomainMap = Readonly<Record<string, string>>;

function own(map: DomainMap, key: string): string | null {
  return Object.hasOwn(map, key) ? (map[key] ?? null) : null;
}

/**
 * The status page for a hostname: an exact key first, then the nearest `*.parent` wildcard
 * (so `api.eu.sentry.io` matches `*.sentry.io`). A wildcard never matches its bare parent:
 * `*.apple.com` is not `apple.com`. Maps are tried in order, so earlier ones win.
 * @returns the URL, or null when no map knows the host
 */
export function lookupStatusPage(hostname: string, ...maps: DomainMap[]): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === '') return null;
  const labels = host.split('.');
  for (const map of maps) {
    const exact = own(map, host);
    if (exact !== null) return exact;
    // Walk up one label at a time; stop before the bare TLD ("*.com" is never a real entry).
    for (let i = 1; i < labels.length - 1; i += 1) {
      const wildcard = own(map, `*.${labels.slice(i).join('.')}`);
      if (wildcard !== null) return wildcard;
    }
  }
  return null;
}
