/**
 * The site a tab shows, read from the browser rather than taken from a message, so a message can
 * never aim an action at a site other than the one in that tab.
 */
import browser from 'webextension-polyfill';

/** The web page a tab shows: its full URL, origin and hostname. */
export interface TabSite {
  url: string;
  origin: string;
  hostname: string;
}

/**
 * The tab's page, read from the browser rather than taken from the popup, so a message can never
 * aim an action at a site other than the one in that tab. Only http(s) pages qualify.
 */
export async function tabSite(tabId: number): Promise<TabSite | 'no-tab' | 'not-web-page'> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return 'no-tab';
  }
  if (url === undefined) return 'not-web-page';
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'not-web-page';
    return { url: parsed.href, origin: parsed.origin, hostname: parsed.hostname };
  } catch {
    return 'not-web-page';
  }
}

/**
 * The tab's site, when it is still the one the user saw (`origin`): a page can navigate its tab
 * to another site between the popup's last look and the click, and the action must not follow.
 */
export async function sameSite(tabId: number, origin: string): Promise<TabSite | 'no-tab' | 'not-web-page' | 'tab-moved'> {
  const site = await tabSite(tabId);
  if (typeof site === 'string') return site;
  return site.origin === origin ? site : 'tab-moved';
}
