/**
 * Which status page belongs to a site, as an ordered list of API URLs to try and the parser
 * each needs: (c) the page the user set for the site, (a) the known-sites registry, (b)
 * discovery at `status.<registrable domain>`. Pure apart from the loaders passed in; the Public
 * Suffix List comes through a DomainLookup so this module never pulls tldts into a bundle.
 */
import { PLATFORMS, type StatusKind } from '../platforms/order';
import { httpUrl } from '../net/json-read';
import { isPublicHost } from '../privacy/public-host';
import { lazyDomainLookup, type DomainLookup } from './domain-lookup';
import { findKnownStatusPage, loadKnownSites, type KnownSitesLoader } from './known-sites';

/** Where a candidate came from, best first. */
export type CandidateOrigin = 'custom' | 'registry' | 'discovery';

/** One request to try. */
export interface StatusCandidate {
  /** The JSON endpoint to fetch. */
  apiUrl: string;
  /** The platform whose parser reads the answer. */
  kind: StatusKind;
  /** The human-readable page, used as the link shown to the user. */
  pageUrl: string;
  origin: CandidateOrigin;
}

/**
 * The API URLs to try for one status page URL, from the platform table (platforms/order.ts):
 * a URL that is a direct link to a platform yields just that endpoint; any other page gets each
 * platform's paths in order (discovery only the ones marked for it, to keep guessing cheap).
 */
export function candidatesForPage(pageUrl: string, origin: CandidateOrigin): StatusCandidate[] {
  const valid = httpUrl(pageUrl);
  if (valid === null) return [];
  const url = new URL(valid);
  url.hash = '';
  url.search = '';
  for (const platform of PLATFORMS) {
    const link = platform.direct(url);
    if (link) return [{ ...link, kind: platform.kind, origin }];
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return PLATFORMS.flatMap((platform) => platform.paths
    .filter((p) => origin !== 'discovery' || p.discover)
    .map((p) => ({ apiUrl: new URL(p.path, url).href, kind: platform.kind, pageUrl: url.href, origin })));
}

/**
 * `https://status.<registrable domain>/`, given the registrable domain from the Public Suffix
 * List with its private section (so `shop.herokuapp.com` guesses its own
 * `status.shop.herokuapp.com`, not Heroku's). Null when the domain is not known.
 */
export function discoveryPageUrl(domainWithPrivate: string | null): string | null {
  // Never ask public DNS for an intranet name (`status.corp.internal`), whatever the lookup said.
  return domainWithPrivate && isPublicHost(domainWithPrivate) ? `https://status.${domainWithPrivate}/` : null;
}

/** Ordered, de-duplicated candidates from the three sources (pure; the registry answer given). */
export function statusPageCandidates(
  customPage: string | null, knownPage: string | null, domainWithPrivate: string | null,
): StatusCandidate[] {
  const all = [
    ...(customPage ? candidatesForPage(customPage, 'custom') : []),
    ...(knownPage ? candidatesForPage(knownPage, 'registry') : []),
    ...candidatesForPage(discoveryPageUrl(domainWithPrivate) ?? '', 'discovery'),
  ];
  const seen = new Set<string>();
  return all.filter((c) => {
    if (seen.has(c.apiUrl)) return false;
    seen.add(c.apiUrl);
    return true;
  });
}

/**
 * Resolve a site's status page candidates: the user's page for the site, the registry's, then
 * discovery. The caller tries them in order and keeps the first answer its parser accepts.
 * @param customPage the page the user set for this site in the options, or null
 * @param load how to load the registry (see known-sites.ts for Chrome's service worker)
 * @param domains how to learn the registrable domain (see domain-lookup.ts); without it, no discovery
 */
export async function resolveStatusPage(
  hostname: string, customPage: string | null, load: KnownSitesLoader = loadKnownSites,
  domains: DomainLookup = lazyDomainLookup,
): Promise<StatusCandidate[]> {
  const [known, domain] = await Promise.all([
    findKnownStatusPage(hostname, load),
    domains(hostname).then((d) => d.withPrivate, () => null),
  ]);
  return statusPageCandidates(customPage, known, domain);
}
