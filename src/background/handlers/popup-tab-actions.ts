/**
 * Guide steps that act on the tab or the site: reload bypassing caches, open in a private
 * window, and "never auto-retry this site".
 */
import browser from 'webextension-polyfill';
import { withSiteRule } from '../../shared/settings';
import { updateSettings } from '../../shared/settings-store';
import { stopTab } from '../actions';
import { siteActionRoute, type PopupRoute } from './popup-route';

// bypassCache sends Cache-Control/Pragma: no-cache, so caches in between revalidate too.
export const reloadBypassCacheRoute: PopupRoute<'popup/reload-bypass-cache'> = siteActionRoute(
  (_site, tabId) => browser.tabs.reload(tabId, { bypassCache: true }),
  { loadsAgain: true },
);

/**
 * Firefox rejects `incognito: true` when the user has not allowed the extension in private
 * windows ("Extension does not have permission for incognito mode"); Chrome likewise for an
 * extension without incognito access in some set-ups. Either way the user must be told how to fix it.
 */
async function privateNotAllowed(error: unknown): Promise<boolean> {
  if (error instanceof Error && /incognito|private/i.test(error.message)) return true;
  try {
    return !(await browser.extension.isAllowedIncognitoAccess());
  } catch {
    return false;
  }
}

export const openPrivateRoute: PopupRoute<'popup/open-private'> = siteActionRoute(
  (site) => browser.windows.create({ incognito: true, url: site.url }),
  { failure: async (error) => ((await privateNotAllowed(error)) ? 'private-not-allowed' : 'failed'), loadsAgain: true },
);

/**
 * Stores the site rule (later errors on the site are not retried: tabs.ts reads autoRetryFor)
 * and stops the retries already running in this tab.
 */
export const neverRetryRoute: PopupRoute<'popup/never-retry'> = siteActionRoute(async (site, tabId) => {
  await updateSettings((settings) => withSiteRule(settings, site.hostname, 'never'));
  await stopTab(tabId);
});
