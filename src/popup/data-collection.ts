/**
 * Firefox (140+) asks the user for the optional `browsingActivity` data-collection permission
 * declared in the manifest (docs/reference.md §3, "data_collection_permissions"). Chrome has no
 * such permission and rejects the unknown key, so the call is made only in the Firefox build.
 */
import browser from 'webextension-polyfill';

/** The part of Firefox's permissions API that the polyfill's types do not know yet. */
interface DataCollectionPermissions {
  request(permissions: { data_collection: string[] }): Promise<boolean>;
}

/**
 * Asks for the permission. Must be called synchronously from the click (a user gesture).
 * Resolves true when granted or when the browser has no such permission (nothing to ask).
 */
export function requestDataCollection(): Promise<boolean> {
  if (__TARGET__ !== 'firefox') return Promise.resolve(true);
  try {
    const permissions = browser.permissions as unknown as DataCollectionPermissions;
    // Older Firefox rejects the unknown key: it predates the permission, so there is nothing to grant.
    return permissions.request({ data_collection: ['browsingActivity'] }).catch(() => true);
  } catch {
    return Promise.resolve(true);
  }
}
