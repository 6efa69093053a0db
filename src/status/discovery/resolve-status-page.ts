/**
 * Which status page belongs to a site, as an ordered list of API URLs to try and the parser
 * each needs: (c) the page the user set for the site, (a) the known-sites registry, (b)
 * discovery at `status.<registrable domain>`. Pure apart from the loaders passed in; the Public
 * Suffix List comes through a DomainLookup so this module never pulls tldts into a bundle.
 */
import { lazyDomainLookup, type DomainLookup } from './domain-lookup';
import { httpUrl } from '../net/json-read';
import { findKnownStatusPage, loadKnownSites, type KnownSitesLoader } from './known-sites';
import { SLACK_STATUS_API } from '../platforms/slack';

/** The parser an API URL's answer needs. */
export type StatusApiKind =
  | 'statuspage-summary' | 'statuspage-status' | 'instatus' | 'better-stack' | 'cachet' | 'slack';

/** Where a candidate came from, best first. */
export type CandidateOrigin = 'custom' | 'registry' | 'discovery';

/** One request to try. */
export interface StatusCandidate {
  /** The JSON endpoint to fetch. */
  apiUrl: string;
  parser: StatusApiKind;
  /** The human-readable page, used as the link shown to the user. */
  pageUrl: string;
  origin: CandidateOrigin;
}

/** API paths relative to a page, in the order tried when the platform is not known. Statuspage
 * comes first: it (with incident.io, which serves the same API) hosts most public pages. */
const GUESSES: ReadonlyArray<readonly [StatusApiKind, string]> = [
  ['statuspage-summary', 'api/v2/summary.json'],
  ['statuspage-status', 'api/v2/status.json'],
  ['instatus', 'summary.json'],
  ['better-stack', 'index.json'],
  ['cachet', 'api/v1/components'],
];

/** A page URL given as a known API endpoint maps straight to its parser. */
const DIRECT: ReadonlyArray<readonly [RegExp, StatusApiKind]> = [
  [/\/api\/v2\/summary\.json$/, 'statuspage-summary'],
  [/\/api\/v2\/status\.json$/, 'statuspage-status'],
  [/\/api\/v1\/components$/, 'cachet'],
  [/\/summary\.json$/, 'instatus'],
  [/\/index\.json$/, 'better-stack'],
];

/** Slack's page lives on its own host with its own API (the package lists slack-status.com). */
const SLACK_HOSTS = new Set(['slack-status.com', 'status.slack.com', 'www.slack-status.com']);

/**
 * The API URLs to try for one status page URL. A URL that already names an API endpoint
 * yields just that endpoint; `statuspage-status` is left out of discovery to keep guessing cheap.
 */
export function candidatesForPage(pageUrl: string, origin: CandidateOrigin): StatusCandidate[] {
  const valid = httpUrl(pageUrl);
  if (valid === null) return [];
  const url = new URL(valid);
  url.hash = '';
  url.search = '';
  if (SLACK_HOSTS.has(url.hostname)) {
    return [{ apiUrl: SLACK_STATUS_API, parser: 'slack', pageUrl: 'https://slack-status.com/', origin }];
  }
  const direct = DIRECT.find(([re]) => re.test(url.pathname));
  if (direct) {
    return [{ apiUrl: url.href, parser: direct[1], pageUrl: url.origin + '/', origin }];
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return GUESSES
    .filter(([kind]) => origin !== 'discovery' || kind !== 'statuspage-status')
    .map(([parser, path]) => ({ apiUrl: new URL(path, url).href, parser, pageUrl: url.href, origin }));
}

/**
 * `https://status.<registrable domain>/`, given the registrable domain from the Public Suffix
 * List with its private section (so `shop.herokuapp.com` guesses its own
 * `status.shop.herokuapp.com`, not Heroku's). Null when the domain is not known.
 */
export function discoveryPageUrl(domainWithPrivate: string | null): string | null {
  return domainWithPrivate ? `https://status.${domainWithPrivate}/` : null;
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
