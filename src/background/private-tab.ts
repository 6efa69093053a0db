/**
 * Which tabs leave nothing on disk. The engine's probe is a reload of the waiting tab itself, so
 * it always carries that tab's own cookies (a private window's or a container's), never the normal
 * profile's; what remains is to keep no history of private tabs (docs/permissions.md).
 */

/** The tab fields that decide it (tabs.Tab). */
export interface TabPrivacy {
  incognito?: boolean;
  /** Firefox only: the container's store; `firefox-default` (Chrome: '0') is the normal one. */
  cookieStoreId?: string;
}

/** A private window's tab or a Firefox container's: nothing about it is written to disk. */
export function isPrivateTab(tab: TabPrivacy | null): boolean {
  if (!tab) return false;
  return tab.incognito === true || (tab.cookieStoreId !== undefined && tab.cookieStoreId !== 'firefox-default' && tab.cookieStoreId !== '0');
}
