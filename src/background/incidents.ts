/**
 * A short local history of the errors Comeback handled, for the popup on healthy pages.
 * Kept in storage.local on this device only, capped at 20 entries, never sent anywhere.
 */
import browser from 'webextension-polyfill';
import type { IncidentRecord } from '../shared/view';

const KEY = 'incidents';
const MAX = 20;

function isRecord(v: unknown): v is IncidentRecord {
  return typeof v === 'object' && v !== null && typeof (v as IncidentRecord).hostname === 'string'
    && typeof (v as IncidentRecord).since === 'number';
}

export async function listIncidents(): Promise<IncidentRecord[]> {
  const raw: unknown = (await browser.storage.local.get(KEY))[KEY];
  return Array.isArray(raw) ? raw.filter(isRecord) : [];
}

export async function recordIncident(r: IncidentRecord): Promise<void> {
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
