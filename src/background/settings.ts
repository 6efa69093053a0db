/**
 * The background's view of the settings: read from storage.sync on first use and kept fresh
 * by storage.onChanged, so the hot path (every error response) does not wait on storage.
 */
import type { Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';

let cached: Promise<Settings> | null = null;

export function currentSettings(): Promise<Settings> {
  cached ??= loadSettings();
  return cached;
}

/** Registered at the top level (index.ts) so a change made while the worker slept is seen. */
export function watchSettings(): void {
  onSettingsChanged((s) => { cached = Promise.resolve(s); });
}
