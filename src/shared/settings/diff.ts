/**
 * Which top-level settings changed, so the store writes only those keys: storage.sync limits
 * writes per minute and hour (chrome.storage.sync MAX_WRITE_OPERATIONS_PER_MINUTE = 120).
 */
import type { Settings, SettingsKey } from './defaults';
import { SETTINGS_KEYS } from './normalize';

/** Structural equality for JSON-like values (what settings hold). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recA = a as Record<string, unknown>;
  const recB = b as Record<string, unknown>;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(recB, key) && same(recA[key], recB[key]));
}

/** The keys whose values differ between two settings objects, in schema order. */
export function changedKeys(before: Settings, after: Settings): SettingsKey[] {
  return SETTINGS_KEYS.filter((key) => !same(before[key], after[key]));
}
