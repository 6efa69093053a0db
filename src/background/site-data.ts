/**
 * Guide step 4: clear one site's cached files (and, only as a separate
 * message sent after the user's second, explicit choice, its cookies and storage).
 * Chrome scopes browsingData by `origins`; Firefox by `hostnames`, except its HTTP cache, which
 * it can only clear whole (shared/capabilities.ts says why; the guide tells the user first).
 * docs/reference.md §4. Which cookies go: src/core/cookie-scope.ts (and the popup's warning says it).
 */
import browser from 'webextension-polyfill';
import { cookieScope, removesCookie } from '../core/cookie-scope';
import { SITE_SCOPED_CACHE } from '../shared/capabilities';
import { lazyDomainLookup } from '../status/discovery/domain-lookup';
import type { TabSite } from './tab-site';

/** RemovalOptions with Chrome's `origins`, which the polyfill's (Firefox-derived) types lack. */
interface SiteRemovalOptions {
  origins?: string[];
  hostnames?: string[];
  /** Firefox: only this container's (or the private window's) data. */
  cookieStoreId?: string;
}
/** Data types of both browsers; `cacheStorage` is Chrome's name for the Cache API's storage. */
interface SiteDataTypes {
  cache?: boolean;
  cacheStorage?: boolean;
  serviceWorkers?: boolean;
  cookies?: boolean;
  localStorage?: boolean;
  indexedDB?: boolean;
}

/** Cached files and service workers: nothing the user would miss. */
const CACHE_ONLY: SiteDataTypes = __TARGET__ === 'firefox'
  ? { cache: true, serviceWorkers: true }
  : { cache: true, cacheStorage: true, serviceWorkers: true };
const SITE_DATA: SiteDataTypes = { cookies: true, localStorage: true, indexedDB: true };
/**
 * Everything the site keeps, and nothing of other sites': signs the user out. Firefox's cache
 * is left out, since it can only be cleared whole (the step's own button does that, and says so).
 */
const EVERYTHING: SiteDataTypes = SITE_SCOPED_CACHE ? { ...CACHE_ONLY, ...SITE_DATA } : { serviceWorkers: true, ...SITE_DATA };

/** The tab's cookie store (Firefox containers and private windows each have their own). */
async function storeOf(tabId: number): Promise<string | undefined> {
  return (await browser.tabs.get(tabId)).cookieStoreId;
}

/**
 * Firefox: the host's own cookies and those it receives from its parent domains
 * (`Domain=example.com`), which browsingData by hostname leaves behind, in the tab's cookie
 * store only.
 */
async function removeParentDomainCookies(site: TabSite, storeId: string | undefined): Promise<void> {
  const { withPrivate } = await lazyDomainLookup(site.hostname);
  const scope = cookieScope(site.hostname, withPrivate);
  const cookies = await browser.cookies.getAll({ domain: scope.domain, ...(storeId ? { storeId } : {}) });
  await Promise.all(cookies.filter((c) => removesCookie(c, scope)).map((c) => browser.cookies.remove({
    url: `${c.secure ? 'https' : 'http'}://${c.domain.replace(/^\./, '')}${c.path}`,
    name: c.name, storeId: c.storeId, firstPartyDomain: c.firstPartyDomain,
  })));
}

/**
 * Firefox: cookies, IndexedDB and localStorage of the tab's own cookie store only (its
 * browsingData takes `cookieStoreId` for those types alone, and refuses the call otherwise:
 * "Firefox does not support clearing serviceWorkers with 'cookieStoreId'"); service workers by
 * host name, in every container, since Firefox cannot scope them (they hold cached code, no
 * sign-in).
 */
async function clearFirefox(hostnames: string[], storeId: string | undefined, types: Omit<SiteDataTypes, 'cache'>): Promise<void> {
  const { serviceWorkers, ...stored } = types;
  const scoped: SiteRemovalOptions = { hostnames, ...(storeId ? { cookieStoreId: storeId } : {}) };
  if (Object.values(stored).some(Boolean)) await browser.browsingData.remove(scoped, stored);
  if (serviceWorkers === true) await browser.browsingData.remove({ hostnames }, { serviceWorkers });
}

async function clearSite(site: TabSite, tabId: number, dataTypes: SiteDataTypes): Promise<void> {
  const { cache, ...siteData } = dataTypes;
  if (__TARGET__ !== 'firefox') {
    // The polyfill passes both objects through untouched; its types just predate `origins`.
    const byOrigin: SiteRemovalOptions = { origins: [site.origin] };
    await browser.browsingData.remove(byOrigin, dataTypes);
    return;
  }
  // Firefox matches some data by "host", port included (bugzilla.mozilla.org 1797376), and
  // the rest by host name: list both when the site uses a non-default port.
  const hostnames = [...new Set([site.hostname, new URL(site.origin).host])];
  const storeId = await storeOf(tabId);
  // No scope for Firefox's cache: a host-scoped clear would silently remove nothing.
  if (cache === true && !SITE_SCOPED_CACHE) await browser.browsingData.removeCache({});
  await clearFirefox(hostnames, storeId, siteData);
  if (dataTypes.cookies === true) await removeParentDomainCookies(site, storeId);
}

/** Cached files and service workers of the tab's site only. */
export const clearSiteCache = (site: TabSite, tabId: number): Promise<void> => clearSite(site, tabId, CACHE_ONLY);

/** Everything the site keeps: its cookies and storage too (sent only after the user's second, explicit choice). */
export const clearSiteData = (site: TabSite, tabId: number): Promise<void> => clearSite(site, tabId, EVERYTHING);
