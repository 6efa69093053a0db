/**
 * Error pages that loaded while no listener of ours was there to see their response: at browser
 * start-up, before the worker registered its listeners (Chromium delivers webRequest events only
 * to registered listeners), and when Comeback is installed or updated (an update also empties
 * storage.session, and with it every schedule). Such tabs are found once, and adopted as if
 * their response had just arrived.
 *
 * Only tabs whose title reads like an error page (core/error-title.ts) are looked into, with one
 * short function that reads the page's own navigation status, so healthy pages still run nothing
 * of ours. The request method is unknown: adopted tabs come back by a GET navigation
 * (an engine effect of kind 'navigate'), never by a reload that could resend a form.
 */
import browser from 'webextension-polyfill';
import { isHandledStatus } from '../core/diagnose/status-kind';
import { statusInTitle, titleSuggestsError } from '../core/error-title';
import { OVERLAY_REF_KEY, OVERLAY_STARTED_FLAG } from '../shared/overlay-ids';
import { readState } from './store';
import { onCommitted, onMainFrameResponse, seenLive } from './tabs';

/** Start-up restores tabs while the worker starts: look again once they had time to load. */
const SECOND_LOOK_MS = 5_000;

/**
 * Runs in the page, in the extension's isolated world (executeScript's default), the world our
 * overlay script ran in. Its navigation's status (Resource Timing's `responseStatus`; the
 * title's status where the browser lacks it), and, on an error page only, the removal of an
 * overlay an earlier run of the extension left behind: that overlay's script can no longer reach
 * us. It is found by the reference it keeps on this world's global scope (OverlayRef: the host
 * has no fixed id a page could look for, and page script cannot see this global).
 */
function pageStatus(refKey: string, flag: string, titleStatus: number): number {
  // A navigation entry is a PerformanceResourceTiming; where the browser lacks responseStatus, it reads undefined.
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceResourceTiming | undefined;
  const status = nav?.responseStatus || titleStatus;
  // isHandledStatus, written out: this function runs in the page and cannot import.
  if (status === 429 || (status >= 500 && status <= 599)) {
    const scope = globalThis as Record<string, unknown>;
    const ref = scope[refKey] as { host?: { remove?: () => void } } | undefined;
    // The old script's remove() may belong to a context that is gone: take the element away directly.
    ref?.host?.remove?.();
    delete scope[refKey];
    delete scope[flag];
  }
  return status;
}

async function statusOf(tabId: number, title: string): Promise<number> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: pageStatus,
      args: [OVERLAY_REF_KEY, OVERLAY_STARTED_FLAG, statusInTitle(title) ?? 0],
    });
    return typeof result?.result === 'number' ? result.result : 0;
  } catch {
    return 0; // a discarded tab, a page we may not script (the browser's own error pages)
  }
}

/** Adopts every open tab that shows an error of ours and that the engine does not know yet. */
export async function adoptOpenErrorTabs(): Promise<number> {
  const [tabs, state] = await Promise.all([browser.tabs.query({ url: ['http://*/*', 'https://*/*'] }), readState()]);
  let adopted = 0;
  for (const tab of tabs) {
    if (tab.id === undefined || tab.url === undefined || state.tabs[String(tab.id)] || seenLive(tab.id)) continue;
    if (!titleSuggestsError(tab.title ?? '')) continue;
    const status = await statusOf(tab.id, tab.title ?? '');
    if (!isHandledStatus(status)) continue;
    await onMainFrameResponse({ tabId: tab.id, url: tab.url, method: 'GET', status, headers: {}, adopted: true });
    await onCommitted(tab.id, tab.url, null);
    adopted++;
  }
  return adopted;
}

/** Now, and once more after the tabs a start-up restores have had time to load. */
export function adoptNowAndSoon(report: (e: unknown) => void): void {
  adoptOpenErrorTabs().catch(report);
  setTimeout(() => { adoptOpenErrorTabs().catch(report); }, SECOND_LOOK_MS);
}
