/**
 * Host access: Comeback sees error responses and probes sites only where the browser lets it
 * (host_permissions). The user can withhold that access (Chrome's "on click" or "on specific
 * sites", Firefox's per-extension site permissions), and Comeback would then be blind without a
 * word; this module finds out and asks again, from a click (docs/permissions.md).
 */
import browser from 'webextension-polyfill';

/** The host patterns of the manifest's host_permissions. */
export const HOST_ORIGINS: readonly string[] = ['http://*/*', 'https://*/*'];

/** Whether Comeback may read every http(s) site. False when the user withheld any of it. */
export async function hasHostAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [...HOST_ORIGINS] });
  } catch {
    return false;
  }
}

/** Asks for host access. Call synchronously from a click: the browser prompts only then. */
export function requestHostAccess(): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: [...HOST_ORIGINS] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/**
 * Calls `callback` with the current answer now and whenever permissions change (granted or
 * withdrawn in the browser's settings while the page is open). Returns a function that stops.
 */
export function watchHostAccess(callback: (granted: boolean) => void): () => void {
  const check = (): void => { void hasHostAccess().then(callback); };
  check();
  browser.permissions.onAdded.addListener(check);
  browser.permissions.onRemoved.addListener(check);
  return () => {
    browser.permissions.onAdded.removeListener(check);
    browser.permissions.onRemoved.removeListener(check);
  };
}
