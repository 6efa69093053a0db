/** Loading a waiting tab's page again, when the site is back or the user asks. */
import browser from 'webextension-polyfill';
import type { TabWait } from './state';

/**
 * A plain reload for a tab whose failed request we saw (GET or HEAD: forms are never retried,
 * retry-policy.ts). A tab adopted at start-up (adopt.ts) may show the answer to a form, and a
 * reload would send it again: it gets a fresh GET navigation to its URL instead.
 */
export async function loadAgain(tab: Pick<TabWait, 'tabId' | 'url' | 'adopted'>): Promise<void> {
  if (tab.adopted === true) await browser.tabs.update(tab.tabId, { url: tab.url });
  else await browser.tabs.reload(tab.tabId);
}
