/**
 * "Down for everyone?": runs the status checks the user allowed (settings'
 * consent flags) for the tab's site, and the archive lookup when asked. One ChecksCache for the
 * whole background, so the popup and the overlay ('checks/verdict') share results for a minute,
 * and a check already running is joined, not repeated. The Public Suffix List is not in this
 * bundle (budget, see domain-hints.ts): the popup may send the registrable domains it computed.
 */
import { customStatusPageFor } from '../shared/settings';
import { loadSettings } from '../shared/settings-store';
import { loadKnownSitesStatic } from '../status/discovery/known-sites-static';
import { createChecksCache, runChecks, type ChecksResult } from '../status/run/run-checks';
import { dispatch } from './store';
import { backgroundDomainLookup, rememberDomains } from './domain-hints';
import type { TabSite } from './tab-site';
import { tabView } from './view';

/** Shared by every caller in this background; lost (harmlessly) when the worker stops. */
const cache = createChecksCache(() => Date.now());

export const boundFetch = (input: string, init?: RequestInit): Promise<Response> => fetch(input, init);

/** Runs (or joins) the allowed checks for a tab's site; used by the popup and the overlay. */
export async function checksForSite(tabId: number, site: TabSite, domainsHint?: unknown): Promise<ChecksResult> {
  const [settings, view, hinted] = await Promise.all([
    loadSettings(), tabView(tabId).catch(() => null),
    domainsHint === undefined ? null : rememberDomains(site.hostname, domainsHint),
  ]);
  const result = await runChecks({
    hostname: site.hostname,
    url: site.url,
    consent: settings.consent,
    customStatusPage: customStatusPageFor(settings, site.hostname),
    browser: __TARGET__,
    fetch: boundFetch,
    now: () => Date.now(),
    cache,
    diagnosis: view?.diagnosis,
    // Chrome's service worker refuses dynamic import() (crbug.com/1198822): load statically in both.
    loadKnownSites: loadKnownSitesStatic,
    domains: hinted ? () => Promise.resolve(hinted) : backgroundDomainLookup,
  });
  await tellEngine(site.origin, result);
  return result;
}

/**
 * The site's status page is evidence for the retry engine's pacing (core/engine/pacing.ts): a
 * major outage holds the pace back, an all-clear makes it look at once (never before Retry-After).
 */
async function tellEngine(origin: string, result: ChecksResult): Promise<void> {
  if (result.statusPage.state !== 'done' || result.statusPage.value === null) return;
  const { state } = result.statusPage.value.report;
  await dispatch({ type: 'status-page', origin, major: state === 'major-outage', resolved: state === 'operational' }).catch(() => undefined);
}
