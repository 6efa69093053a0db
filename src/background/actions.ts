/** The user's own buttons in the overlay and popup: Retry now, Stop, Send the form again. */
import browser from 'webextension-polyfill';
import { mayAutoRetry } from '../core/retry-policy';
import { dispatch, readState } from './store';

export async function stopTab(tabId: number): Promise<void> {
  await dispatch({ type: 'stop', tabId });
}

/** Retry now: the site's one probe, within the tab's own small budget (core/engine/manual-budget.ts). */
export async function retryNow(tabId: number): Promise<void> {
  await dispatch({ type: 'retry-now', tabId });
}

/**
 * Sends a form again, only after the user confirmed the warning. The browser's own resubmission
 * prompt still applies (RFC 9110 §9.2.2: a POST is not retried automatically).
 */
export async function resendForm(tabId: number): Promise<void> {
  const tab = (await readState()).tabs[String(tabId)];
  if (!tab || mayAutoRetry(tab.method)) return;
  await browser.tabs.reload(tabId);
}
