/**
 * Whether this content script can still reach the extension. After an update, a reload or an
 * uninstall it cannot: Chrome keeps the script running but every extension API throws
 * "Extension context invalidated", and `runtime.id` reads undefined.
 */
import browser from 'webextension-polyfill';

export function extensionAlive(): boolean {
  try {
    return browser.runtime.id !== undefined;
  } catch {
    return false;
  }
}
