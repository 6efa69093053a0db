/**
 * Which tab the popup is about. A real popup asks for the active tab of its window; tests open
 * the popup page in a tab of its own and name the tab with `?tabId=N` (a test cannot open the
 * toolbar popup).
 */
import browser from 'webextension-polyfill';

/** The tab id from `?tabId=`, when it is a plain non-negative integer. */
export function tabIdFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  return raw !== null && /^\d{1,10}$/.test(raw) ? Number(raw) : null;
}

/** The tab the popup describes, or null (no tab, e.g. a devtools window). */
export async function resolveTabId(search: string = location.search): Promise<number | null> {
  const fromQuery = tabIdFromQuery(search);
  if (fromQuery !== null) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
