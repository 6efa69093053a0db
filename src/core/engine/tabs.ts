/** Questions about tabs and sites that every transition asks. Pure. */
import { mayAutoRetry } from '../retry-policy';
import type { LoadHow } from './effects';
import type { EngineState, SiteRecord, TabRecord } from './state';

/** A tab its site's schedule works for: not stopped, not off, not back yet, and safe to load again. */
export function isWaiting(tab: TabRecord): boolean {
  return !tab.stopped && !tab.disabled && tab.recoveredAt === null && (tab.adopted || mayAutoRetry(tab.method));
}

export function tabsOf(state: EngineState, origin: string): TabRecord[] {
  return Object.values(state.tabs).filter((t) => t.origin === origin);
}

export function waitingTabs(state: EngineState, origin: string): TabRecord[] {
  return tabsOf(state, origin).filter(isWaiting).sort((a, b) => a.tabId - b.tabId);
}

/** The tab whose reload probes the site: one the user is looking at, else the oldest. */
export function leaderOf(state: EngineState, origin: string): TabRecord | undefined {
  const waiting = waitingTabs(state, origin);
  return waiting.find((t) => t.visible) ?? waiting[0];
}

export function anyVisible(state: EngineState, origin: string): boolean {
  return waitingTabs(state, origin).some((t) => t.visible);
}

/** An adopted tab's method is unknown: a GET navigation, never a reload that could resend a form. */
export function howToLoad(tab: TabRecord): LoadHow {
  return tab.adopted ? 'navigate' : 'reload';
}

/**
 * Drops a site nobody needs any more: no tab waits on it and none is being brought back.
 * Returns whether it was dropped.
 */
export function dropIfIdle(state: EngineState, origin: string): boolean {
  const site: SiteRecord | undefined = state.sites[origin];
  if (!site) return false;
  const needed = tabsOf(state, origin).some((t) => isWaiting(t) || (t.recoveredAt !== null && site.state.phase === 'back'));
  if (needed) return false;
  delete state.sites[origin];
  return true;
}
