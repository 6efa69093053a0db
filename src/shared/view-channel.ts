/**
 * The BroadcastChannel on which the background pushes tab views to the extension's own pages
 * (popup, options). Same-origin only: web pages cannot listen or post on it.
 */
import type { TabView } from './view';

export const VIEW_CHANNEL = 'comeback-views';

export interface ViewBroadcast {
  tabId: number;
  /** null: the tab left the engine (its page is back, or the user moved on). */
  view: TabView | null;
}

export function isViewBroadcast(v: unknown): v is ViewBroadcast {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Partial<ViewBroadcast>;
  return typeof m.tabId === 'number' && typeof m.view === 'object';
}
