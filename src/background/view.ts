/** Builds the TabView the overlay and popup render, from the persisted state. */
import { explain } from '../core/explain';
import { mayAutoRetry } from '../core/retry-policy';
import type { RetryPhase, TabView } from '../shared/view';
import type { EngineState, SiteSchedule, TabWait } from './state';

/** A tab that the site's schedule works for. */
export function isWaiting(tab: TabWait): boolean {
  return !tab.stopped && !tab.disabled && tab.recoveredAt === null && mayAutoRetry(tab.method);
}

function phaseOf(tab: TabWait, site: SiteSchedule | undefined): RetryPhase {
  if (tab.recoveredAt !== null) return 'recovered';
  if (!mayAutoRetry(tab.method)) return 'not-resent';
  if (tab.disabled) return 'disabled';
  if (tab.stopped) return 'stopped';
  if (!site || site.gaveUp) return 'gave-up';
  if (site.pausedOffline) return 'paused-offline';
  if (site.probingSince !== null) return 'probing';
  return 'waiting';
}

export function buildView(state: EngineState, tabId: number, maxAttempts: number): TabView | null {
  const tab = state.tabs[String(tabId)];
  if (!tab) return null;
  const site = state.sites[tab.origin];
  const phase = phaseOf(tab, site);
  const next = phase === 'waiting' ? site?.next ?? null : null;
  const url = new URL(tab.url);
  return {
    tabId,
    url: tab.url,
    origin: tab.origin,
    hostname: url.hostname,
    method: tab.method,
    status: tab.status,
    since: tab.since,
    diagnosis: site?.diagnosis ?? tab.diagnosis,
    explanation: explain(site?.diagnosis ?? tab.diagnosis),
    headers: { ...tab.headers },
    retry: {
      phase,
      attempt: site?.history.length ?? 0,
      maxAttempts,
      nextAt: next?.at ?? null,
      serverAskedSeconds: next?.serverAskedSeconds ?? tab.diagnosis.retryAfterSeconds,
      retryAfterHonoured: next?.retryAfterHonoured ?? false,
      cappedByMaxWait: next?.cappedByMaxWait ?? false,
      giveUpReason: site?.gaveUp ?? null,
    },
  };
}
