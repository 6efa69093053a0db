/**
 * What happens to a tab: its top-level response fails or succeeds, it commits a document,
 * it closes. Registers error tabs with their site's schedule and lets go of them as soon as
 * the user is elsewhere (DESIGN.md: never navigate a tab the user has moved on from).
 */
import { diagnose } from '../core/diagnose';
import { mayAutoRetry } from '../core/retry-policy';
import type { HeaderMap } from '../core/types';
import { autoRetryFor } from '../shared/settings';
import { markBack } from './badge';
import { broadcast } from './broadcast';
import { recordIncident } from './incidents';
import { injectOverlay } from './inject';
import { isHandledError } from './response';
import { dropIfIdle, newSite, plan } from './schedule';
import { currentSettings } from './settings';
import { readState, update } from './state';
import { disarm } from './timers';
import { hostnameOf, originOf, pageUrl } from './url';

export interface MainFrameResponse {
  tabId: number;
  url: string;
  method: string;
  status: number;
  headers: HeaderMap;
  /** Seen by adopt.ts rather than by the response listener. */
  adopted?: boolean;
}

/** Forgets a tab; drops its site's schedule if nobody else waits. Returns whether it was known. */
async function forget(tabId: number): Promise<{ known: boolean; recovered: boolean }> {
  // Healthy loads in unknown tabs are the common case: answer from memory, write nothing.
  if (!(await readState()).tabs[String(tabId)]) return { known: false, recovered: false };
  const res = await update((d) => {
    const tab = d.tabs[String(tabId)];
    if (!tab) return { known: false, recovered: false, origin: null, dropped: false };
    delete d.tabs[String(tabId)];
    return { known: true, recovered: tab.recoveredAt !== null, origin: tab.origin, dropped: dropIfIdle(d, tab.origin) };
  });
  if (res.origin && res.dropped) disarm(res.origin);
  else if (res.origin) await broadcast(res.origin);
  return res;
}

/**
 * Registrations still being written, per tab. webNavigation.onCommitted can arrive while the
 * response's registration awaits storage; the commit waits for it instead of missing the tab.
 */
const pending = new Map<number, Promise<void>>();

/**
 * The page URL each tab last committed. Firefox may deliver a document's commit before its
 * response event (seen in our e2e runs: commit +595 ms, onHeadersReceived +730 ms); then the
 * registration, not the commit, injects the overlay.
 */
const committed = new Map<number, string>();

/** Whether this worker's listeners saw the tab's current page load (then adopt.ts keeps out). */
export function seenLive(tabId: number): boolean {
  return pending.has(tabId) || committed.has(tabId);
}

export async function onMainFrameResponse(r: MainFrameResponse): Promise<void> {
  // Only the tab's own record gates the overlay; the incident log and the schedule follow.
  const job = (pending.get(r.tabId) ?? Promise.resolve()).then(() => register(r));
  const settled = job.then(() => undefined, () => undefined);
  pending.set(r.tabId, settled);
  void settled.then(() => { if (pending.get(r.tabId) === settled) pending.delete(r.tabId); });
  const after = await job;
  await after?.();
}

/** Records the tab; returns the follow-up work (incident log, schedule), if any. */
async function register(r: MainFrameResponse): Promise<(() => Promise<void>) | null> {
  const url = pageUrl(r.url);
  if (!url) return null;
  if (!isHandledError(r.status)) {
    const { recovered } = await forget(r.tabId);
    if (recovered) await markBack(r.tabId);
    return null;
  }
  const settings = await currentSettings();
  const now = Date.now();
  const origin = originOf(url);
  const diagnosis = diagnose({ status: r.status, headers: r.headers, body: '', now });
  const disabled = !autoRetryFor(settings, hostnameOf(url));
  const joins = !disabled && mayAutoRetry(r.method) && diagnosis.retryable;
  await update((d) => {
    const old = d.tabs[String(r.tabId)];
    d.tabs[String(r.tabId)] = {
      tabId: r.tabId, url, origin, method: r.method.toUpperCase(), status: r.status, headers: r.headers, since: now,
      diagnosis, stopped: false, disabled, recoveredAt: null, ...(r.adopted ? { adopted: true } : {}),
    };
    if (old && old.origin !== origin) dropIfIdle(d, old.origin);
    // A new failed load after Comeback gave up is the user asking again: start a fresh round
    // (the site's budget carries over, so this cannot become a storm).
    if (joins && (!d.sites[origin] || d.sites[origin]?.gaveUp)) newSite(d, origin, diagnosis, now);
  });
  const alreadyCommitted = committed.get(r.tabId) === url;
  return async () => {
    if (alreadyCommitted) await injectOverlay(r.tabId);
    await recordIncident({
      hostname: hostnameOf(url), url, status: r.status, producer: diagnosis.producer, kind: diagnosis.kind,
      since: now, recoveredAt: null,
    }, r.tabId);
    if (joins) await plan(origin);
  };
}

/** A document committed in a tab's top frame: show the overlay on our error, or let go. */
export async function onCommitted(tabId: number, rawUrl: string): Promise<void> {
  const url = pageUrl(rawUrl);
  if (url) committed.set(tabId, url);
  else committed.delete(tabId);
  await pending.get(tabId);
  const state = await readState();
  const tab = state.tabs[String(tabId)];
  if (!tab) return;
  if (pageUrl(rawUrl) !== tab.url) { await forget(tabId); return; }
  if (tab.recoveredAt === null) await injectOverlay(tabId);
}

export async function onTabRemoved(tabId: number): Promise<void> {
  committed.delete(tabId);
  await forget(tabId);
}

/** The overlay sent the page's text: refine the diagnosis with the body (issue 3). */
export async function refineDiagnosis(tabId: number, text: string): Promise<string | null> {
  const now = Date.now();
  const origin = await update((d) => {
    const tab = d.tabs[String(tabId)];
    if (!tab) return null;
    tab.diagnosis = diagnose({ status: tab.status, headers: tab.headers, body: text, now });
    const site = d.sites[tab.origin];
    if (site && !site.history.length) site.diagnosis = tab.diagnosis;
    if (site && !tab.diagnosis.retryable && !site.history.length) {
      site.next = null;
      site.gaveUp = 'not-retryable';
    }
    return tab.origin;
  });
  // Not awaited: the overlay's hello is answered first, the other tabs hear of it after.
  if (origin) void broadcast(origin).catch(() => undefined);
  return origin;
}
