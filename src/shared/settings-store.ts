/**
 * The browser side of settings: reads and writes `storage.sync` (so settings follow the user
 * to the user's other browsers), migrating on read. All logic lives in the pure ./settings/ module.
 *
 * Each field is its own storage key rather than one big object: storage.sync caps a single item
 * at 8 KB (chrome.storage.sync QUOTA_BYTES_PER_ITEM = 8192), and the site maps can grow.
 */
import browser from 'webextension-polyfill';
import {
  LEGACY_KEYS, SETTINGS_KEYS, changedKeys, migrateSettings, normalizeSettings, type Settings,
} from './settings';

/** Every key this module ever reads: current fields plus those older versions wrote. */
const STORED_KEYS: string[] = [...SETTINGS_KEYS, ...LEGACY_KEYS];

/** Reads the settings, migrating and writing back older data once. Never rejects on bad data. */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(STORED_KEYS);
  const { settings, migrated, obsoleteKeys } = migrateSettings(stored);
  if (migrated) {
    await browser.storage.sync.set({ ...settings });
    if (obsoleteKeys.length > 0) await browser.storage.sync.remove(obsoleteKeys);
  }
  return settings;
}

/**
 * Applies a change (a partial object or a function of the current settings), validates the
 * result with the schema, writes only the keys that changed, and returns the new settings.
 */
export async function updateSettings(
  change: Partial<Settings> | ((current: Settings) => Settings),
): Promise<Settings> {
  const current = await loadSettings();
  const next = normalizeSettings(typeof change === 'function' ? change(current) : { ...current, ...change });
  const keys = changedKeys(current, next);
  if (keys.length > 0) {
    // `version` goes with every write: data without it is read as version 1 (migrations.ts).
    const items = Object.fromEntries(keys.map((key) => [key, next[key]]));
    await browser.storage.sync.set({ ...items, version: next.version });
  }
  return next;
}

/**
 * Calls `callback` with the new settings whenever another context (or this one) changes them.
 * Returns a function that stops listening.
 */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, areaName: string): void => {
    if (areaName !== 'sync' || !STORED_KEYS.some((key) => key in changes)) return;
    loadSettings().then(callback, (error: unknown) => console.error('Comeback: reading settings failed', error));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
