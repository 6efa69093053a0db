/**
 * Where the settings live in storage. Scalar fields are one storage.sync item each. The two
 * hostname maps (site rules, custom status pages) can grow to thousands of entries, and
 * storage.sync caps one item at 8 KB (chrome.storage.sync QUOTA_BYTES_PER_ITEM = 8192; a single
 * item held about 224 rules), the whole area at 100 KB (QUOTA_BYTES = 102400) and 512 items
 * (MAX_ITEMS); Firefox enforces the same numbers (MDN, storage.sync). So each map is written as
 * numbered chunks of at most CHUNK_BYTES (`siteRules.0`, `siteRules.1`, … and a count), which
 * holds a few thousand rules in sync. When the whole image would not fit the sync quota, both
 * maps go to storage.local (10 MB in Chrome) and are kept on this device only; the options page
 * says so (STORAGE_NOTE keys). Pure: the I/O is in ../settings-store.ts.
 */
import type { Settings } from './defaults';

/** The maps stored in chunks. */
export const MAP_FIELDS = ['siteRules', 'customStatusPages'] as const;
export type MapField = (typeof MAP_FIELDS)[number];

/** storage.sync's limits (Chrome's constants; Firefox's are the same). */
export const SYNC_QUOTA = { bytes: 102_400, bytesPerItem: 8_192, maxItems: 512 } as const;
/** Room left in each chunk for the key and JSON framing, and in the area for growth of scalars. */
const CHUNK_BYTES = SYNC_QUOTA.bytesPerItem - 256;
const AREA_BYTES = SYNC_QUOTA.bytes - 2_048;
const MAX_ITEMS = SYNC_QUOTA.maxItems - 16;
/** Most chunks read back (storage.local holds 10 MB: about 1,300 chunks). */
export const MAX_CHUNKS = 10_000;

/** Where the maps are: `sync` (follow the user) or `local` (this device only, past the quota). */
export type MapsArea = 'sync' | 'local';
/** The sync item that says where the maps are. */
export const AREA_KEY = 'mapsArea';

export const countKey = (field: MapField): string => `${field}.chunks`;
export const chunkKey = (field: MapField, i: number): string => `${field}.${i}`;

const encoder = new TextEncoder();
/** An item's size as Chrome counts it: the key's length plus the JSON of its value, in bytes. */
export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

/** Splits a map into chunks whose stored item stays under the per-item quota. */
export function chunkMap(field: MapField, map: Readonly<Record<string, unknown>>): Record<string, unknown>[] {
  const chunks: Record<string, unknown>[] = [];
  let current: Record<string, unknown> = {};
  let size = 2;
  for (const key of Object.keys(map).sort()) {
    const entry = itemBytes(key, map[key]) + 4; // quotes, colon, comma
    if (size + entry > CHUNK_BYTES - chunkKey(field, chunks.length).length && size > 2) {
      chunks.push(current);
      current = {};
      size = 2;
    }
    current[key] = map[key];
    size += entry;
  }
  if (size > 2) chunks.push(current);
  return chunks;
}

/** The items a map becomes in its area: the chunks and their count. */
export function mapItems(field: MapField, map: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const chunks = chunkMap(field, map);
  const items: Record<string, unknown> = { [countKey(field)]: chunks.length };
  chunks.forEach((chunk, i) => { items[chunkKey(field, i)] = chunk; });
  return items;
}

/** Whether a set of sync items fits the sync quotas. */
export function fitsSync(items: Readonly<Record<string, unknown>>): boolean {
  const keys = Object.keys(items);
  if (keys.length > MAX_ITEMS) return false;
  let total = 0;
  for (const key of keys) {
    const bytes = itemBytes(key, items[key]);
    if (bytes > SYNC_QUOTA.bytesPerItem) return false;
    total += bytes;
  }
  return total <= AREA_BYTES;
}

/** The whole stored image of the settings: what goes to each area. */
export interface StorageImage {
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
  area: MapsArea;
}

/** Lays the settings out: maps in sync when everything fits there, else both in local. */
export function layOut(settings: Settings): StorageImage {
  const scalars: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings)) {
    if (!(MAP_FIELDS as readonly string[]).includes(key)) scalars[key] = value;
  }
  const maps: Record<string, unknown> = {};
  for (const field of MAP_FIELDS) Object.assign(maps, mapItems(field, settings[field]));
  const inSync = { ...scalars, ...maps, [AREA_KEY]: 'sync' };
  if (fitsSync(inSync)) return { sync: inSync, local: {}, area: 'sync' };
  return { sync: { ...scalars, [AREA_KEY]: 'local' }, local: maps, area: 'local' };
}

/** Reassembles one map from its chunks in `items` (an area's contents); undefined when absent. */
function assembleMap(field: MapField, items: Readonly<Record<string, unknown>>): Record<string, unknown> | undefined {
  const count = items[countKey(field)];
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > MAX_CHUNKS) return undefined;
  const map: Record<string, unknown> = {};
  for (let i = 0; i < count; i += 1) {
    const chunk = items[chunkKey(field, i)];
    if (typeof chunk === 'object' && chunk !== null && !Array.isArray(chunk)) Object.assign(map, chunk);
  }
  return map;
}

/**
 * The raw settings record from both areas, maps reassembled from chunks where the area item says
 * they are. Data written before chunks (a single `siteRules` item) is passed through as it is, for
 * the migration to see; chunks win over a stale single item.
 */
export function assemble(sync: Readonly<Record<string, unknown>>, local: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const raw: Record<string, unknown> = { ...sync };
  const from = sync[AREA_KEY] === 'local' ? local : sync;
  for (const field of MAP_FIELDS) {
    const map = assembleMap(field, from);
    if (map !== undefined) raw[field] = map;
  }
  for (const key of Object.keys(raw)) {
    if (key === AREA_KEY || MAP_FIELDS.some((f) => key.startsWith(`${f}.`))) delete raw[key];
  }
  return raw;
}

/** Whether a storage key belongs to the settings' layout (for change listeners). */
export function isLayoutKey(key: string): boolean {
  return key === AREA_KEY || MAP_FIELDS.some((f) => key === f || key.startsWith(`${f}.`));
}
