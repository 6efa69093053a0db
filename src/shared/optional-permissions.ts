/**
 * The optional permissions (docs/permissions.md): asked for at the click that needs them, never
 * at install. `browsingData` for the popup's "clear this site's cache / data" buttons,
 * `cookies` for "clear cookies" (the site's cookies set on its parent domain, read by the cookies
 * API), `notifications` for the options page's "tell me when a page is back".
 */
import browser from 'webextension-polyfill';

export type OptionalPermission = 'browsingData' | 'cookies' | 'notifications';

/**
 * Asks the browser for the permissions (one prompt). Call it synchronously from the click handler, before
 * anything is awaited: both browsers require a user gesture. Resolves false when refused or
 * when the browser cannot ask; already granted resolves true without a prompt.
 */
export function requestPermission(names: OptionalPermission[]): Promise<boolean> {
  try {
    return browser.permissions.request({ permissions: names }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Whether every one of the permissions is granted now. */
export async function hasPermission(names: OptionalPermission[]): Promise<boolean> {
  try {
    return await browser.permissions.contains({ permissions: names });
  } catch {
    return false;
  }
}
