/**
 * Routes about the tab's site as a whole: clear its cache, clear its data (cookies and storage,
 * after a second explicit choice), and the "never auto-retry this site" rule.
 */
import { withSiteRule } from '../../shared/settings';
import { updateSettings } from '../../shared/settings-store';
import { stopTab } from '../actions';
import { clearSiteCache, clearSiteData } from '../site-data';
import type { Routes } from './route';
import { siteActionRoute } from './site-action';

const failed = (error: unknown): Promise<'failed'> => {
  console.error('Comeback: clearing site data failed', error);
  return Promise.resolve('failed');
};

export const siteRoutes: Routes<'site/clear-cache' | 'site/clear-data' | 'site/never-retry'> = {
  'site/clear-cache': siteActionRoute(clearSiteCache, { failure: failed }),
  'site/clear-data': siteActionRoute(clearSiteData, { failure: failed }),
  // Stores the site rule (later errors on the site are not retried: tabs.ts reads autoRetryFor)
  // and stops the retries already running in this tab.
  'site/never-retry': siteActionRoute(async (site, tabId) => {
    await updateSettings((settings) => withSiteRule(settings, site.hostname, 'never'));
    await stopTab(tabId);
  }),
};
