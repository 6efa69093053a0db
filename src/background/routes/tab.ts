/**
 * Routes about one tab: its view (for the popup), and the guide steps that load its page again
 * (reload bypassing caches, open it in a private window).
 */
import browser from 'webextension-polyfill';
import { hasTabId } from '../../shared/guards';
import { tabView } from '../view';
import type { Routes } from './route';
import { siteActionRoute } from './site-action';

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

export const tabRoutes: Routes<'tab/view' | 'tab/reload-bypass-cache' | 'tab/open-private'> = {
  'tab/view': { from: 'extension', valid: hasTabId, handle: (_p, { tabId }) => tabView(tabId) },
  // bypassCache sends Cache-Control/Pragma: no-cache, so caches in between revalidate too.
  'tab/reload-bypass-cache': siteActionRoute((_site, tabId) => browser.tabs.reload(tabId, { bypassCache: true }), { loadsAgain: true }),
  'tab/open-private': siteActionRoute(
    (site) => browser.windows.create({ incognito: true, url: site.url }),
    { failure: async (error) => ((await privateNotAllowed(error)) ? 'private-not-allowed' : 'failed'), loadsAgain: true },
  ),
};
