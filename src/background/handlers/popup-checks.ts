/**
 * "Down for everyone?" for the popup: runs the status checks the user allowed (settings'
 * consent flags) for the tab's site, and the archive lookup when asked. One ChecksCache for the
 * whole background, so the popup and the overlay share results for a minute.
 */
import browser from 'webextension-polyfill';
import { customStatusPageFor } from '../../shared/settings';
import { loadSettings } from '../../shared/settings-store';
import type { TabView } from '../../shared/view';
import { checkArchive } from '../../status/check-archive';
import { loadKnownSitesStatic } from '../../status/known-sites-static';
import { createChecksCache, runChecks, type ChecksResult } from '../../status/run-checks';
import { isTabIdRequest, tabSite, type PopupRoute } from './popup-route';

/** Shared by every caller in this background; lost (harmlessly) when the worker stops. */
const cache = createChecksCache(() => Date.now());

/** Looks up the background's view of a tab (for the diagnosis the verdict weighs), if any. */
export type ViewLookup = (tabId: number) => Promise<TabView | null>;

const boundFetch = (input: string, init?: RequestInit): Promise<Response> => fetch(input, init);

export function checksRunRoute(viewOf: ViewLookup = async () => null): PopupRoute<'checks/run'> {
  return {
    from: 'extension',
    valid: isTabIdRequest,
    async handle({ tabId }): Promise<ChecksResult | null> {
      const site = await tabSite(tabId);
      if (typeof site === 'string') return null;
      const [settings, view] = await Promise.all([loadSettings(), viewOf(tabId).catch(() => null)]);
      return runChecks({
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
      });
    },
  };
}

export const archiveRoute: PopupRoute<'popup/archive'> = {
  from: 'extension',
  valid: isTabIdRequest,
  async handle({ tabId }) {
    const site = await tabSite(tabId);
    if (typeof site === 'string') return null;
    const settings = await loadSettings();
    return checkArchive(site.url, settings.consent.wayback, boundFetch);
  },
};
