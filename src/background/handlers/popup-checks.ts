/**
 * "Down for everyone?" for the popup: runs the status checks the user allowed (settings'
 * consent flags) for the tab's site, and the archive lookup when asked. One ChecksCache for the
 * whole background, so the popup and the overlay ('overlay/verdict') share results for a minute,
 * and a check already running is joined, not repeated. The Public Suffix List is not in this
 * bundle (budget, see domain-hints.ts): the popup may send the registrable domains it computed.
 */
import { customStatusPageFor } from '../../shared/settings';
import { loadSettings } from '../../shared/settings-store';
import type { TabView } from '../../shared/view';
import { lookupArchive } from '../../status/archive/lookup-archive';
import { loadKnownSitesStatic } from '../../status/discovery/known-sites-static';
import { createChecksCache, runChecks, type ChecksResult } from '../../status/run/run-checks';
import { dispatch } from '../store';
import { backgroundDomainLookup, rememberDomains } from './domain-hints';
import { isSiteActionRequest, isTabIdRequest, sameSite, tabSite, type PopupRoute, type TabSite } from './popup-route';

/** Shared by every caller in this background; lost (harmlessly) when the worker stops. */
const cache = createChecksCache(() => Date.now());

/** Looks up the background's view of a tab (for the diagnosis the verdict weighs), if any. */
export type ViewLookup = (tabId: number) => Promise<TabView | null>;

const boundFetch = (input: string, init?: RequestInit): Promise<Response> => fetch(input, init);

/** Runs (or joins) the allowed checks for a tab's site; used by the popup and the overlay. */
export async function checksForSite(tabId: number, site: TabSite, viewOf: ViewLookup, domainsHint?: unknown): Promise<ChecksResult> {
  const [settings, view, hinted] = await Promise.all([
    loadSettings(), viewOf(tabId).catch(() => null),
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

export function checksRunRoute(viewOf: ViewLookup = () => Promise.resolve(null)): PopupRoute<'checks/run'> {
  return {
    from: 'extension',
    valid: isTabIdRequest,
    async handle({ tabId, domains }): Promise<ChecksResult | null> {
      const site = await tabSite(tabId);
      if (typeof site === 'string') return null;
      return checksForSite(tabId, site, viewOf, domains);
    },
  };
}

export const archiveRoute: PopupRoute<'popup/archive'> = {
  from: 'extension',
  valid: isSiteActionRequest,
  async handle({ tabId, origin }) {
    // Only the page the user asked about goes to the Wayback Machine, never one the tab moved to.
    const site = await sameSite(tabId, origin);
    if (typeof site === 'string') return null;
    const settings = await loadSettings();
    return lookupArchive(site.url, settings.consent.wayback, boundFetch);
  },
};
