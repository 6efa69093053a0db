/**
 * "<site> is back": a notification when a page comes back in a tab the user isn't looking at
 * (one who is looking at it sees the page itself come back). Clicking it brings that tab to the
 * front.
 */
import browser from 'webextension-polyfill';

const PREFIX = 'back:';

export async function notifyBack(tabId: number, hostname: string): Promise<void> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return;
  const win = await browser.windows.get(tab.windowId ?? browser.windows.WINDOW_ID_CURRENT).catch(() => null);
  if (tab.active && win?.focused) return; // the user is looking at it already
  // Optional permission (docs/permissions.md): without it the API is absent and nothing is shown.
  if (!browser.notifications) return;
  await browser.notifications.create(PREFIX + String(tabId), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: browser.i18n.getMessage('ov_back_title', [hostname]),
    message: browser.i18n.getMessage('ov_back_body'),
  }).catch(() => undefined);
}

export async function onNotificationClicked(id: string): Promise<void> {
  if (!id.startsWith(PREFIX)) return;
  const tabId = Number(id.slice(PREFIX.length));
  const tab = await browser.tabs.update(tabId, { active: true }).catch(() => null);
  if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
  await browser.notifications?.clear(id);
}

/**
 * Listens for clicks on our notifications. `notifications` is optional: its API exists only once
 * granted, which may happen while this background runs, so the listener is added then too.
 */
export function watchNotificationClicks(onError: (e: unknown) => void): void {
  const listener = (id: string): void => { onNotificationClicked(id).catch(onError); };
  const listen = (): void => {
    const api = browser.notifications as typeof browser.notifications | undefined;
    if (api && !api.onClicked.hasListener(listener)) api.onClicked.addListener(listener);
  };
  listen();
  browser.permissions.onAdded.addListener(listen);
}
