/**
 * Routes about "down for everyone?": the popup's checks for a tab's site ('checks/run') and the
 * overlay's one-line verdict for its own tab ('checks/verdict'). Both run the same checks through
 * the same shared cache (../checks.ts), so the popup and many tabs on one site never multiply
 * requests, and both run only the sources the user allowed: by default the site's own status
 * page and the connectivity probe, no third party.
 */
import browser from 'webextension-polyfill';
import { hasTabId, isEmpty } from '../../shared/guards';
import type { StatusMessageKey } from '../../status/verdict/message-keys';
import { verdictLine } from '../../status/verdict/verdict-line';
import { checksForSite } from '../checks';
import { tabSite } from '../tab-site';
import type { Routes } from './route';

/** browser.i18n in the background (it works in Chrome's service worker and Firefox's page). */
function translate(key: StatusMessageKey, substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}

export const checkRoutes: Routes<'checks/run' | 'checks/verdict'> = {
  'checks/run': {
    from: 'extension', valid: hasTabId,
    async handle({ tabId, domains }) {
      const site = await tabSite(tabId);
      if (typeof site === 'string') return null;
      return checksForSite(tabId, site, domains);
    },
  },
  // For the sender's own tab only: the router takes a content script's tab from the sender.
  'checks/verdict': {
    from: 'content', valid: isEmpty,
    async handle(_p, { tabId }) {
      if (tabId === null) return null;
      const site = await tabSite(tabId);
      if (typeof site === 'string') return null;
      const { verdict } = await checksForSite(tabId, site);
      return { line: verdictLine(verdict, translate), verdict: verdict.verdict };
    },
  },
};
