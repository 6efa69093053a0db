/**
 * Which cookies "clear this site's cookies" removes, so the warning can name exactly the sites
 * that lose them. A cookie set with `Domain=example.com` is sent to every site under example.com
 * (RFC 6265 §5.1.3), so a site's failing session may live on its parent domain; removing it signs
 * the user out of every site that shares it.
 *
 * - Chrome's browsingData clears cookies by origin "for the whole registrable domain"
 *   (developer.chrome.com/docs/extensions/reference/api/browsingData, RemovalOptions.origins).
 * - Firefox's browsingData by `hostnames` removes only the host's own cookies (MDN,
 *   browsingData.RemovalOptions: "Items associated with subdomains ... are not removed"), so the
 *   parent-domain cookies are removed through the cookies API: those are the ones chosen here.
 */

export interface CookieScope {
  /** The site's host name, lower case, without a trailing dot. */
  host: string;
  /** The registrable domain ("everything under …"); the host itself for an IP or a bare name. */
  domain: string;
  /** The host's parent domains down to `domain`, nearest first (`a.shop.example.com` → shop.example.com, example.com). */
  parents: string[];
}

const normal = (name: string): string => name.toLowerCase().replace(/\.$/, '');

/** The scope for `hostname`, given its registrable domain (tldts, private section included) or null. */
export function cookieScope(hostname: string, registrable: string | null): CookieScope {
  const host = normal(hostname);
  const domain = registrable === null ? host : normal(registrable);
  if (domain === host || !host.endsWith(`.${domain}`)) return { host, domain: host, parents: [] };
  const parents: string[] = [];
  let rest = host;
  while (rest !== domain) {
    rest = rest.slice(rest.indexOf('.') + 1);
    parents.push(rest);
  }
  return { host, domain, parents };
}

/** A cookie as the cookies API describes it (the fields that place it). */
export interface PlacedCookie {
  /** `example.com` or `.example.com` (a domain cookie). */
  domain: string;
  hostOnly: boolean;
}

/**
 * Whether Firefox's clearing removes this cookie: any cookie of the host itself, and the domain
 * cookies of its parents (which the host's pages receive). A sibling's own cookies and a parent's
 * host-only cookies are kept: the host never sees them, so they cannot be what fails.
 */
export function removesCookie(cookie: PlacedCookie, scope: CookieScope): boolean {
  const domain = normal(cookie.domain.replace(/^\./, ''));
  if (domain === scope.host) return true;
  return !cookie.hostOnly && scope.parents.includes(domain);
}

/** The sites the warning names: the registrable domain and the site itself (no duplicates). */
export function namedSites(scope: CookieScope): string[] {
  return [...new Set([scope.domain, scope.host])];
}
