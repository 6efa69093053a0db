/** Builds the TabView the overlay and popup render, from the engine's state (its retry part comes from core). */
import { retryView, type EngineState } from '../core/engine';
import { explain } from '../core/explain';
import type { Settings } from '../shared/settings';
import type { TabView } from '../shared/view';
import { currentSettings } from './settings';
import { readState } from './store';

export function buildView(state: EngineState, tabId: number, now: number, settings: Pick<Settings, 'giveUpAfterMinutes'>): TabView | null {
  const tab = state.tabs[String(tabId)];
  const retry = retryView(state, tabId, now, settings.giveUpAfterMinutes * 60_000);
  if (!tab || !retry) return null;
  const site = state.sites[tab.origin];
  // The site's diagnosis is the latest answer's; before the first probe it is this tab's own.
  const diagnosis = site && site.attempts > 0 ? site.diagnosis : tab.diagnosis;
  return {
    tabId,
    url: tab.url,
    origin: tab.origin,
    hostname: new URL(tab.url).hostname,
    method: tab.method,
    status: tab.status,
    since: tab.since,
    diagnosis,
    explanation: explain(diagnosis),
    headers: { ...tab.headers },
    retry,
  };
}

/** The view of one tab now, from the stored state and settings; null for a tab Comeback is not handling. */
export async function tabView(tabId: number | null): Promise<TabView | null> {
  if (tabId === null) return null;
  const [state, settings] = await Promise.all([readState(), currentSettings()]);
  return buildView(state, tabId, Date.now(), settings);
}
