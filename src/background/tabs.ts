/**
 * Browser events about tabs, turned into engine events: a top-level response, a failed load, a
 * committed document, a closed tab, which tabs are visible. Only the active document of a tab
 * counts: prerendered and back/forward-cached documents have a frameId other than 0 and a
 * documentLifecycle other than "active" (https://developer.chrome.com/blog/extension-instantnav).
 */
import browser from 'webextension-polyfill';
import { diagnose } from '../core/diagnose';
import { isHandledStatus } from '../core/engine';
import type { HeaderMap } from '../core/types';
import { autoRetryFor } from '../shared/settings';
import { isPrivateTab } from './private-tab';
import { currentSettings } from './settings';
import { dispatch, readState } from './store';
import { hostnameOf, pageUrl } from './url';

export interface MainFrameResponse {
  tabId: number;
  url: string;
  method: string;
  status: number;
  headers: HeaderMap;
  /** Seen by adopt.ts rather than by the response listener. */
  adopted?: boolean;
  /** From the request to its response headers, ms (webRequest timestamps). */
  latencyMs?: number;
}

/** Chromium's extra fields on webRequest and webNavigation events (absent in Firefox). */
export interface LifecycleFields {
  frameId?: number;
  documentLifecycle?: string;
  documentId?: string;
}

/** An event of the document the user sees: frame 0, and active where the browser says. */
export function isActiveTopFrame(d: LifecycleFields): boolean {
  return (d.frameId === undefined || d.frameId === 0) && (d.documentLifecycle === undefined || d.documentLifecycle === 'active');
}

/**
 * A top-level request that will replace the page the user sees. Chromium 156 reports a
 * speculation-rules prerender's request as main_frame, frame 0, "active", but with the
 * `documentId` of the page that asked for it; a real navigation's request has none yet (its
 * document does not exist). Seen in tests/e2e/engine.chromium.spec.ts.
 */
export function isTopNavigation(d: LifecycleFields): boolean {
  return isActiveTopFrame(d) && d.documentId === undefined;
}

/** The page URL each tab last committed (Firefox may commit a document before its response event). */
const committed = new Map<number, string>();
/** Responses being handled, per tab (adopt.ts keeps out of those). */
const inFlight = new Set<number>();

export function seenLive(tabId: number): boolean {
  return inFlight.has(tabId) || committed.has(tabId);
}

async function tabFacts(tabId: number): Promise<{ visible: boolean; isPrivate: boolean }> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return { visible: false, isPrivate: false };
  const win = tab.active ? await browser.windows.get(tab.windowId ?? browser.windows.WINDOW_ID_CURRENT).catch(() => null) : null;
  return { visible: tab.active && win?.focused === true, isPrivate: isPrivateTab(tab) };
}

export async function onMainFrameResponse(r: MainFrameResponse): Promise<void> {
  const url = pageUrl(r.url);
  if (!url) return;
  const error = isHandledStatus(r.status);
  // Healthy loads in tabs the engine does not know are the common case: nothing to do, nothing written.
  if (!error && !(await readState()).tabs[String(r.tabId)]) return;
  inFlight.add(r.tabId);
  try {
    const settings = await currentSettings();
    const now = Date.now();
    const facts = error ? await tabFacts(r.tabId) : { visible: false, isPrivate: false };
    await dispatch({
      type: 'response', tabId: r.tabId, url, method: r.method, status: r.status, headers: r.headers,
      diagnosis: diagnose({ status: r.status, headers: r.headers, body: '', now }),
      disabled: !autoRetryFor(settings, hostnameOf(url)), adopted: r.adopted === true, ...facts,
      ...(r.latencyMs !== undefined ? { latencyMs: r.latencyMs } : {}),
    });
    // Firefox can commit the document before this event: then it is shown already.
    if (error && committed.get(r.tabId) === url) await dispatch({ type: 'committed', tabId: r.tabId, url, documentId: null });
  } finally {
    inFlight.delete(r.tabId);
  }
}

/** A top-level load failed with no HTTP answer: only news for a tab whose site is being probed. */
export async function onLoadFailed(tabId: number, rawUrl: string): Promise<void> {
  const url = pageUrl(rawUrl);
  if (!url || !(await readState()).tabs[String(tabId)]) return;
  await dispatch({ type: 'load-failed', tabId, url });
}

export async function onCommitted(tabId: number, rawUrl: string, documentId: string | null): Promise<void> {
  const url = pageUrl(rawUrl);
  if (url) committed.set(tabId, url);
  else committed.delete(tabId);
  if (!(await readState()).tabs[String(tabId)]) return;
  await dispatch({ type: 'committed', tabId, url: url ?? rawUrl, documentId });
}

export async function onTabRemoved(tabId: number): Promise<void> {
  committed.delete(tabId);
  if (!(await readState()).tabs[String(tabId)]) return;
  await dispatch({ type: 'tab-removed', tabId });
}

/** The active tab changed somewhere, or a window gained or lost focus. */
export async function onVisibilityChanged(): Promise<void> {
  if (Object.keys((await readState()).tabs).length === 0) return;
  const [active, focused] = await Promise.all([
    browser.tabs.query({ active: true }),
    browser.windows.getLastFocused().catch(() => null),
  ]);
  const visibleTabIds = active
    .filter((t) => t.id !== undefined && focused?.focused === true && t.windowId === focused.id)
    .map((t) => t.id as number);
  await dispatch({ type: 'visibility', visibleTabIds });
}

/** The overlay sent the page's text: refine the diagnosis with the body. Returns the tab's origin. */
export async function refineDiagnosis(tabId: number, body: string): Promise<string | null> {
  const tab = (await readState()).tabs[String(tabId)];
  if (!tab) return null;
  const diagnosis = diagnose({ status: tab.status, headers: tab.headers, body, now: Date.now() });
  await dispatch({ type: 'refined', tabId, diagnosis });
  return tab.origin;
}
