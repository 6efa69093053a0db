/**
 * 'overlay/verdict': the one-line verdict the overlay shows ("down for everyone?"), for the
 * sender's own tab only (the router takes the tab from the sender, never from a content script's
 * payload). It runs the same checks as the popup through the same shared cache, so opening the
 * popup or many tabs on one site never multiplies requests, and it runs only the sources the user
 * allowed: by default the site's own status page and the connectivity probe, no third party.
 */
import browser from 'webextension-polyfill';
import type { OverlayVerdict } from '../../shared/messages';
import type { StatusMessageKey } from '../../status/verdict/message-keys';
import { verdictLine } from '../../status/verdict/verdict-line';
import { isEmpty } from '../guards';
import { checksForSite, type ViewLookup } from './popup-checks';
import { tabSite } from './popup-route';

/** browser.i18n in the background (it works in Chrome's service worker and Firefox's page). */
function translate(key: StatusMessageKey, substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}

/** The route, in the router's shape: content-only, empty payload, tab from the sender. */
export function overlayVerdictRoute(viewOf: ViewLookup) {
  return {
    from: 'content' as const,
    valid: isEmpty,
    async handle(_payload: Record<string, never>, { tabId }: { tabId: number | null }): Promise<OverlayVerdict | null> {
      if (tabId === null) return null;
      const site = await tabSite(tabId);
      if (typeof site === 'string') return null;
      const { verdict } = await checksForSite(tabId, site, viewOf);
      return { line: verdictLine(verdict, translate), verdict: verdict.verdict };
    },
  };
}
