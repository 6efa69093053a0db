/**
 * Which cookies a probe may carry. A probe is a background `fetch`, and a background fetch uses
 * one cookie store: the normal profile's (Firefox; Chrome without split mode) or, in Chrome's
 * split incognito mode, the private profile's own background and store (docs/permissions.md).
 *
 * - Chrome: `include`. The manifest asks for `"incognito": "split"`, so a private window's tab is
 *   probed by the private background, with the private window's cookies.
 * - Firefox: a background fetch cannot choose a cookie store (no split mode: MDN, manifest.json
 *   `incognito`), so a private tab or a container tab is probed without credentials: sending
 *   the normal store's cookies would sign the probe in as the user of another context.
 * - Unknown tab (closed, or the browser refused to say): without credentials.
 */

/** The tab fields that decide it (tabs.Tab). */
export interface ProbeTab {
  incognito: boolean;
  /** Firefox only: the container's store; `firefox-default` is the normal one. */
  cookieStoreId?: string;
}

/** Firefox's normal (non-container, non-private) cookie store. */
export const FIREFOX_DEFAULT_STORE = 'firefox-default';

export function probeCredentials(tab: ProbeTab | null, target: 'chrome' | 'firefox'): RequestCredentials {
  if (tab === null) return 'omit';
  if (target === 'chrome') return 'include';
  if (tab.incognito) return 'omit';
  const store = tab.cookieStoreId ?? FIREFOX_DEFAULT_STORE;
  return store === FIREFOX_DEFAULT_STORE ? 'include' : 'omit';
}

/** True when nothing about the tab may be kept on disk: a private window's tab. */
export function isPrivateTab(tab: ProbeTab | null): boolean {
  return tab?.incognito === true;
}
