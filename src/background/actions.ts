/** The user's own buttons in the overlay and popup: Retry now, Stop, Send the form again. */
import browser from 'webextension-polyfill';
import { mayAutoRetry } from '../core/retry-policy';
import { broadcast } from './broadcast';
import { loadAgain } from './load-again';
import { dropIfIdle, newSite, probeSite } from './schedule';
import { readState, update } from './state';
import { disarm } from './timers';

export async function stopTab(tabId: number): Promise<void> {
  const res = await update((d) => {
    const tab = d.tabs[String(tabId)];
    if (!tab) return null;
    tab.stopped = true;
    return { origin: tab.origin, dropped: dropIfIdle(d, tab.origin) };
  });
  if (!res) return;
  if (res.dropped) disarm(res.origin);
  await broadcast(res.origin);
}

/**
 * Retry now: one probe for the whole site, so every waiting tab benefits and the page only
 * reloads if the site answers. A tab the user stopped, or on a site with auto-retry off, is
 * simply reloaded: the user asked for exactly that.
 */
export async function retryNow(tabId: number): Promise<void> {
  const tab = (await readState()).tabs[String(tabId)];
  if (!tab || !mayAutoRetry(tab.method)) return; // forms are only sent again through resendForm
  if (tab.stopped || tab.disabled) {
    await loadAgain(tab);
    return;
  }
  const now = Date.now();
  await update((d) => {
    if (!d.sites[tab.origin]) newSite(d, tab.origin, tab.diagnosis, now);
  });
  await probeSite(tab.origin, true);
}

/**
 * Sends a form again, only after the user confirmed the overlay's warning. The browser's own
 * resubmission prompt still applies (RFC 9110 §9.2.2: a POST is not retried automatically).
 */
export async function resendForm(tabId: number): Promise<void> {
  const tab = (await readState()).tabs[String(tabId)];
  if (!tab || mayAutoRetry(tab.method)) return;
  await browser.tabs.reload(tabId);
}
