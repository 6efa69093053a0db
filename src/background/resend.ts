/**
 * "Send the form again", the one action that can repeat an order or a payment (RFC 9110 §9.2.2:
 * a POST is not idempotent). It arrives from the toolbar popup only, after the popup's warning
 * and confirmation: a page cannot reach the popup, while it could press buttons it puts on
 * screen. Three checks before the tab is reloaded:
 * - the tab's failed request was a form (the engine's state says so);
 * - the tab still shows the site the popup showed (`origin`): a page that moves the tab to
 *   another site while the popup is open must not get a form resent there;
 * - at most one resend per tab every RESEND_INTERVAL_MS.
 */
import browser from 'webextension-polyfill';
import { mayAutoRetry } from '../core/retry-policy';
import type { ResendResult } from '../shared/messages';
import { resendForm } from './actions';
import { readState } from './store';
import { originOf } from './url';

/**
 * 30 s: the reload takes a few seconds to come back as the same error or a success, and a person
 * who then reads the popup again and decides to try once more needs longer than that; a
 * resend more often than twice a minute helps no one and, if something automates the click,
 * caps the duplicates at two a minute instead of one per page load (14 in 6 s were seen).
 */
export const RESEND_INTERVAL_MS = 30_000;

/** Where the last resend per tab is kept: storage.session survives the worker being stopped. */
const KEY = 'formResendAt';

/** Whether a resend may go now, given the last one for the tab (ms since epoch). Pure. */
export function mayResend(last: number | undefined, now: number): boolean {
  return last === undefined || now - last >= RESEND_INTERVAL_MS || now < last;
}

/** Serialises claims, so two messages that arrive together cannot both pass the check. */
let queue: Promise<unknown> = Promise.resolve();

async function claim(tabId: number, now: number): Promise<boolean> {
  const run = queue.then(async () => {
    const stored = (await browser.storage.session.get(KEY))[KEY];
    const times: Record<string, number> = typeof stored === 'object' && stored !== null ? { ...(stored as Record<string, number>) } : {};
    if (!mayResend(times[String(tabId)], now)) return false;
    // Only entries still inside the window are kept: the map stays as small as the tabs resent lately.
    for (const [id, at] of Object.entries(times)) if (!(typeof at === 'number' && now - at < RESEND_INTERVAL_MS)) delete times[id];
    times[String(tabId)] = now;
    await browser.storage.session.set({ [KEY]: times });
    return true;
  });
  queue = run.catch(() => undefined);
  return run;
}

async function currentOrigin(tabId: number): Promise<string | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab.url ? originOf(tab.url) : null;
  } catch {
    return null;
  }
}

export async function resendFromPopup(tabId: number, origin: string): Promise<ResendResult> {
  const tab = (await readState()).tabs[String(tabId)];
  if (!tab || mayAutoRetry(tab.method)) return { ok: false, error: 'not-a-form' };
  if (tab.origin !== origin || (await currentOrigin(tabId)) !== origin) return { ok: false, error: 'origin-mismatch' };
  if (!(await claim(tabId, Date.now()))) return { ok: false, error: 'too-soon' };
  try {
    await resendForm(tabId);
    return { ok: true };
  } catch {
    return { ok: false, error: 'failed' };
  }
}
