/**
 * The browser side of settings: reads and writes `storage.sync` (so settings follow the user
 * across browsers), migrating on read. All logic lives in the pure ./settings/ module.
 *
 * Each scalar field is its own storage key; the hostname maps are stored in chunks, and in
 * storage.local once they outgrow the sync quota (./settings/layout.ts has the numbers).
 */
import browser from 'webextension-polyfill';
import {
  LEGACY_KEYS, SETTINGS_KEYS, migrateSettings, normalizeSettings, type Settings,
} from './settings';
import {
  AREA_KEY, MAP_FIELDS, MAX_CHUNKS, assemble, chunkKey, countKey, isLayoutKey, layOut, type MapsArea, type StorageImage,
} from './settings/layout';

/** Every scalar key this module ever reads: current fields plus those older versions wrote. */
const STORED_KEYS: string[] = [...SETTINGS_KEYS, ...LEGACY_KEYS];

type Items = Record<string, unknown>;

/** The map chunks kept in storage.local (their counts first, then the chunks they name). */
async function readLocalMaps(): Promise<Items> {
  const counts = await browser.storage.local.get(MAP_FIELDS.map(countKey));
  const keys = MAP_FIELDS.flatMap((field) => {
    const n = counts[countKey(field)];
    return typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= MAX_CHUNKS
      ? Array.from({ length: n }, (_, i) => chunkKey(field, i)) : [];
  });
  return { ...counts, ...(keys.length > 0 ? await browser.storage.local.get(keys) : {}) };
}

interface Stored { sync: Items; local: Items; settings: Settings; migrated: boolean; obsoleteKeys: string[] }

async function readStored(): Promise<Stored> {
  const sync = await browser.storage.sync.get(null);
  const local = sync[AREA_KEY] === 'local' ? await readLocalMaps() : {};
  const { settings, migrated, obsoleteKeys } = migrateSettings(assemble(sync, local));
  return { sync, local, settings, migrated, obsoleteKeys };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The items of `next` that differ from `base`. */
const changed = (base: Items, next: Items): Items =>
  Object.fromEntries(Object.entries(next).filter(([key, value]) => !same(base[key], value)));

/** The layout keys in an area that the new image no longer has (stale chunks, pre-chunk items). */
const stale = (inArea: Items, next: Items): string[] => Object.keys(inArea).filter((key) => isLayoutKey(key) && !(key in next));

/**
 * Writes what differs between `base` (the image of the settings as they were; nothing, to write
 * everything) and `next`, so a default the user never changed is not frozen into storage and
 * storage.sync's write limit (MAX_WRITE_OPERATIONS_PER_MINUTE = 120) is spared. The new copy of
 * the maps is written before the old one is removed, so a failure half-way leaves the old copy.
 */
async function write(stored: Stored, base: StorageImage | null, next: Settings, extraRemovals: string[] = []): Promise<MapsArea> {
  const image = layOut(next);
  const setLocal = changed(base?.local ?? {}, image.local);
  const setSync = changed(base?.sync ?? {}, image.sync);
  if (Object.keys(setLocal).length > 0) await browser.storage.local.set(setLocal);
  // `version` goes with every write: data without it is read as version 1 (migrations.ts).
  if (Object.keys(setSync).length > 0) await browser.storage.sync.set({ ...setSync, version: next.version });
  const syncRemovals = [...stale(stored.sync, image.sync), ...extraRemovals];
  if (syncRemovals.length > 0) await browser.storage.sync.remove(syncRemovals);
  const localRemovals = stale(stored.local, image.local);
  if (localRemovals.length > 0) await browser.storage.local.remove(localRemovals);
  return image.area;
}

/** Reads the settings, migrating and writing back older data once. Never rejects on bad data. */
export async function loadSettings(): Promise<Settings> {
  const stored = await readStored();
  if (stored.migrated) await write(stored, null, stored.settings, stored.obsoleteKeys);
  return stored.settings;
}

/** Where the hostname maps are kept now: `sync`, or `local` once past the sync quota. */
export async function mapsArea(): Promise<MapsArea> {
  const { [AREA_KEY]: area } = await browser.storage.sync.get(AREA_KEY);
  return area === 'local' ? 'local' : 'sync';
}

/**
 * Applies a change (a partial object or a function of the current settings), validates the
 * result with the schema, writes only the keys that changed, and returns the new settings.
 */
export async function updateSettings(
  change: Partial<Settings> | ((current: Settings) => Settings),
): Promise<Settings> {
  const stored = await readStored();
  const current = stored.settings;
  const next = normalizeSettings(typeof change === 'function' ? change(current) : { ...current, ...change });
  if (stored.migrated) await write(stored, null, next, stored.obsoleteKeys);
  else await write(stored, layOut(current), next);
  return next;
}

/**
 * Calls `callback` with the new settings whenever another context (or this one) changes them.
 * Returns a function that stops listening.
 */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, areaName: string): void => {
    const keys = Object.keys(changes);
    const ours = areaName === 'sync'
      ? keys.some((key) => STORED_KEYS.includes(key) || isLayoutKey(key))
      : areaName === 'local' && keys.some(isLayoutKey);
    if (!ours) return;
    loadSettings().then(callback, (error: unknown) => console.error('Comeback: reading settings failed', error));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
