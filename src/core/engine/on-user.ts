/** Transitions driven by the user (Retry now, Stop, site rules) and by the site's status page. Pure. */
import { mayAutoRetry } from '../retry-policy';
import type { Draft } from './context';
import type { EngineEvent } from './events';
import { spendManual } from './manual-budget';
import { newSite, startProbe } from './site';
import { dropIfIdle, howToLoad } from './tabs';

type Of<T extends EngineEvent['type']> = Extract<EngineEvent, { type: T }>;

/**
 * Retry now: the site's one probe, through this tab, within the tab's own small budget. A tab the
 * user stopped, or on a site with auto-retry off, is simply loaded again: the user asked for that.
 * Forms are never sent again this way (RFC 9110 §9.2.2).
 */
export function onRetryNow(d: Draft, e: Of<'retry-now'>): void {
  const tab = d.state.tabs[String(e.tabId)];
  if (!tab || (!tab.adopted && !mayAutoRetry(tab.method)) || tab.recoveredAt !== null) return;
  const site = d.state.sites[tab.origin];
  if (site?.state.phase === 'probing' || !d.env.online) return; // one probe per site in flight; none offline
  const spent = spendManual(tab.manual, d.env.now);
  if (!spent) return;
  tab.manual = spent;
  d.touched.add(tab.origin);
  if (tab.stopped || tab.disabled) {
    d.effects.push({ type: 'reload', origin: tab.origin, tabId: tab.tabId, url: tab.url, how: howToLoad(tab), documentId: tab.documentId, delayMs: 0 });
    return;
  }
  const target = site ?? newSite(d, tab, tab.diagnosis);
  startProbe(d, target, true, tab);
}

export function onStop(d: Draft, e: Of<'stop'>): void {
  const tab = d.state.tabs[String(e.tabId)];
  if (!tab) return;
  tab.stopped = true;
  dropIfIdle(d.state, tab.origin);
  d.touched.add(tab.origin);
}

export function onSiteDisabled(d: Draft, e: Of<'site-disabled'>): void {
  for (const tab of Object.values(d.state.tabs)) if (tab.origin === e.origin) tab.disabled = true;
  dropIfIdle(d.state, e.origin);
  d.touched.add(e.origin);
}

/**
 * The status page turned from a major outage to resolved: look at once (never before Retry-After).
 * While it reports a major outage, it holds the pace (pacing.ts). A page that says "operational"
 * throughout proves nothing about this failure, so only the turn counts.
 */
export function onStatusPage(d: Draft, e: Of<'status-page'>): void {
  const site = d.state.sites[e.origin];
  if (!site) return;
  const turned = e.resolved && site.statusMajor;
  site.statusMajor = e.major && !e.resolved;
  if (turned && site.state.phase === 'waiting') site.state.dueAt = Math.min(site.state.dueAt, Math.max(d.env.now, site.state.floorAt));
  d.touched.add(e.origin);
}
