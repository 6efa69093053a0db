/**
 * A short local history of the errors Comeback handled, for the popup on healthy pages.
 * Kept in storage.local on this device only, capped at 20 entries, never sent anywhere.
 * Nothing is kept of a private window's tab: storage.local is written to disk, and a private
 * window promises to leave no history (the engine's live state for such a tab lives only in
 * storage.session, which browsers keep in memory and drop when the browser closes).
 */
import browser from 'webextension-polyfill';
import type { IncidentRecord } from '../shared/view';
import { isPrivateTab } from './private-tab';

const KEY = 'incidents';
const MAX = 20;

function isIncidentRecord(v: unknown): v is IncidentRecord {
  return typeof v === 'object' && v !== null && typeof (v as IncidentRecord).hostname === 'string'
    && typeof (v as IncidentRecord).since === 'number';
}

export async function listIncidents(): Promise<IncidentRecord[]> {
  const raw: unknown = (await browser.storage.local.get(KEY))[KEY];
  return Array.isArray(raw) ? raw.filter(isIncidentRecord) : [];
}

/** Whether the tab is in a private window; an unreadable tab counts as private (keep nothing). */
async function isPrivate(tabId: number): Promise<boolean> {
  try {
    return isPrivateTab(await browser.tabs.get(tabId));
  } catch {
    return true;
  }
}

/** Records an error seen in tab `tabId`, unless that tab is in a private window. */
export async function recordIncident(r: IncidentRecord, tabId: number): Promise<void> {
  if (await isPrivate(tabId)) return;
  const list = await listIncidents();
  const same = list.findIndex((x) => x.url === r.url && x.recoveredAt === null);
  if (same >= 0) list.splice(same, 1);
  await browser.storage.local.set({ [KEY]: [r, ...list].slice(0, MAX) });
}

export async function markRecovered(url: string, at: number): Promise<void> {
  const list = await listIncidents();
  const hit = list.find((x) => x.url === url && x.recoveredAt === null);
  if (!hit) return;
  hit.recoveredAt = at;
  await browser.storage.local.set({ [KEY]: list });
}
