/**
 * The site answers again: reload every tab that waited on it, staggered over a couple of
 * seconds so a thousand tabs (or users) do not land in the same instant. A tab is reloaded
 * only if it still shows the failed URL: never move a tab the user has left.
 */
import browser from 'webextension-polyfill';
import { broadcast } from './broadcast';
import { markRecovered } from './incidents';
import { loadAgain } from './load-again';
import { notifyBack } from './notify';
import { currentSettings } from './settings';
import { update, type TabWait } from './state';
import { disarm } from './timers';
import { pageUrl } from './url';
import { isWaiting } from './view';

/** Spread of the staggered reloads: 250 ms per extra tab, at most 2 s (issue 4: "a few seconds"). */
export function staggerDelay(index: number, count: number): number {
  if (index === 0 || count <= 1) return 0;
  const spread = Math.min(2000, 250 * (count - 1));
  return Math.round((spread * index) / (count - 1));
}

async function reloadIfStillThere(wait: TabWait, notify: boolean): Promise<void> {
  const tab = await browser.tabs.get(wait.tabId).catch(() => null);
  if (!tab || pageUrl(tab.url) !== wait.url) {
    await update((d) => { delete d.tabs[String(wait.tabId)]; });
    return;
  }
  await loadAgain(wait);
  await markRecovered(wait.url, Date.now());
  if (notify) await notifyBack(wait.tabId, new URL(wait.url).hostname);
}

export async function recover(origin: string): Promise<void> {
  const now = Date.now();
  const tabs = await update((d) => {
    const back = Object.values(d.tabs).filter((t) => t.origin === origin && isWaiting(t));
    for (const t of back) t.recoveredAt = now;
    delete d.sites[origin];
    return back;
  });
  disarm(origin);
  await broadcast(origin);
  const { notifications } = await currentSettings();
  await Promise.all(tabs.map((t, i) => new Promise<void>((resolve) => {
    setTimeout(() => {
      reloadIfStillThere(t, notifications)
        .catch((e: unknown) => console.error('Comeback: reloading a tab failed', e))
        .finally(resolve);
    }, staggerDelay(i, tabs.length));
  })));
}
