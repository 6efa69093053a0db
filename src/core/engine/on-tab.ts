/** Transitions driven by what happens in tabs: responses, failed loads, commits, closing, visibility. Pure. */
import { isHandledStatus } from '../diagnose/status-kind';
import { mayAutoRetry } from '../retry-policy';
import type { Draft } from './context';
import type { EngineEvent } from './events';
import { fullManualBudget } from './manual-budget';
import { back, failed, newSite } from './site';
import type { TabRecord } from './state';
import { dropIfIdle, isWaiting } from './tabs';

type Of<T extends EngineEvent['type']> = Extract<EngineEvent, { type: T }>;


export function forget(d: Draft, tabId: number): void {
  const tab = d.state.tabs[String(tabId)];
  if (!tab) return;
  delete d.state.tabs[String(tabId)];
  dropIfIdle(d.state, tab.origin);
  d.touched.add(tab.origin);
}

export function onResponse(d: Draft, e: Of<'response'>): void {
  const old = d.state.tabs[String(e.tabId)];
  const site = old ? d.state.sites[old.origin] : undefined;
  const sameDoc = old !== undefined && old.url === e.url;
  if (!isHandledStatus(e.status)) {
    // The site answered in this tab: for a waiting tab that is its page back (the probe, or the
    // user's own reload); a tab that left for another page of the same site proves it too.
    if (old && site && (sameDoc || new URL(e.url).origin === old.origin) && old.recoveredAt === null && site.state.phase !== 'back') {
      back(d, site, e.tabId, sameDoc);
    }
    if (old && !sameDoc) forget(d, e.tabId);
    return;
  }
  if (old && sameDoc && site && site.state.phase !== 'back') {
    // An answer for a tab we know: the probe's, or the user's own reload.
    Object.assign(old, { status: e.status, headers: e.headers, diagnosis: e.diagnosis });
    if (e.visible !== undefined) old.visible = e.visible;
    const probing = site.state.phase === 'probing' && site.state.tabId === e.tabId ? site.state : null;
    if (probing || site.state.phase === 'gave-up') {
      const latencyMs = e.latencyMs ?? (probing ? d.env.now - probing.since : 0);
      failed(d, site, { status: e.status, latencyMs, diagnosis: e.diagnosis });
    }
    d.touched.add(site.origin);
    return;
  }
  // A new error in this tab (a new page, or the site failed again after coming back).
  if (old) forget(d, e.tabId);
  const tab: TabRecord = {
    tabId: e.tabId, url: e.url, origin: new URL(e.url).origin, method: e.method.toUpperCase(), status: e.status,
    headers: e.headers, since: d.env.now, diagnosis: e.diagnosis, documentId: null, visible: e.visible ?? false,
    stopped: false, disabled: e.disabled, adopted: e.adopted === true, isPrivate: e.isPrivate === true,
    recoveredAt: null, manual: fullManualBudget(d.env.now),
  };
  d.state.tabs[String(e.tabId)] = tab;
  const current = d.state.sites[tab.origin];
  if (isWaiting(tab) && mayAutoRetryTab(tab) && (!current || current.state.phase === 'gave-up' || current.state.phase === 'back')) {
    // A new failed load after Comeback gave up is the user asking again: a fresh round.
    if (current) delete d.state.sites[tab.origin];
    newSite(d, tab, e.diagnosis, e.latencyMs ?? 0);
  }
  if (!tab.isPrivate) {
    d.effects.push({ type: 'incident', tabId: tab.tabId, url: tab.url, hostname: new URL(tab.url).hostname, status: tab.status, producer: tab.diagnosis.producer, kind: tab.diagnosis.kind, since: tab.since, recoveredAt: null });
  }
  d.touched.add(tab.origin);
}

function mayAutoRetryTab(tab: TabRecord): boolean {
  return tab.adopted || mayAutoRetry(tab.method);
}

export function onLoadFailed(d: Draft, e: Of<'load-failed'>): void {
  const tab = d.state.tabs[String(e.tabId)];
  if (!tab || tab.url !== e.url) return;
  const site = d.state.sites[tab.origin];
  if (site?.state.phase === 'probing' && site.state.tabId === e.tabId) {
    failed(d, site, { status: null, latencyMs: d.env.now - site.state.since, diagnosis: null });
  }
}

export function onCommitted(d: Draft, e: Of<'committed'>): void {
  const tab = d.state.tabs[String(e.tabId)];
  if (!tab) return;
  if (e.url !== tab.url || tab.recoveredAt !== null) {
    // The user is elsewhere, or the page is back and shown: let go (the badge says ✓ for a page that came back).
    const wasBack = tab.recoveredAt !== null && e.url === tab.url;
    forget(d, e.tabId);
    if (wasBack) d.effects.push({ type: 'badge-back', tabId: e.tabId });
    else d.effects.push({ type: 'clear-badge', tabId: e.tabId });
    return;
  }
  tab.documentId = e.documentId;
  // Firefox may commit a reload's document before its response: while this tab carries the
  // site's probe, the answer (not the commit) says whether the page is an error to put the overlay on.
  const site = d.state.sites[tab.origin];
  if (site?.state.phase === 'probing' && site.state.tabId === e.tabId) return;
  d.effects.push({ type: 'inject', tabId: e.tabId });
  d.touched.add(tab.origin);
}

export function onTabRemoved(d: Draft, e: Of<'tab-removed'>): void {
  forget(d, e.tabId);
}

export function onRefined(d: Draft, e: Of<'refined'>): void {
  const tab = d.state.tabs[String(e.tabId)];
  if (!tab) return;
  tab.diagnosis = e.diagnosis;
  const site = d.state.sites[tab.origin];
  if (site && site.attempts === 0 && site.state.phase === 'waiting') {
    site.diagnosis = e.diagnosis;
    if (!e.diagnosis.retryable) site.state = { phase: 'gave-up', at: d.env.now, reason: 'not-retryable' };
  }
  d.touched.add(tab.origin);
}

export function onVisibility(d: Draft, e: Of<'visibility'>): void {
  const visible = new Set(e.visibleTabIds);
  for (const tab of Object.values(d.state.tabs)) {
    const now = visible.has(tab.tabId);
    if (now === tab.visible) continue;
    tab.visible = now;
    d.touched.add(tab.origin);
    const site = d.state.sites[tab.origin];
    // A person just looked at a waiting tab: probe at once, but never before Retry-After allows.
    if (now && isWaiting(tab) && site?.state.phase === 'waiting') {
      site.state.dueAt = Math.min(site.state.dueAt, Math.max(d.env.now, site.state.floorAt));
    }
  }
}
