/**
 * The background's view of the settings: read from storage.sync on first use and kept fresh
 * by storage.onChanged, so the hot path (every error response) does not wait on storage.
 *
 * A failed read is never cached: storage can fail for a moment (a sync backend busy, the profile
 * being written), and a cached rejection would disable every handler until the worker restarts.
 * A read is tried a few times with growing pauses; if all fail, the caller gets the error and the
 * next call reads again.
 */
import type { Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';

/** Pauses before the second and third tries (ms): the whole read gives up within a second. */
export const READ_RETRY_DELAYS_MS: readonly number[] = [100, 400];

let cached: Promise<Settings> | null = null;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function loadWithRetries(): Promise<Settings> {
  for (const delay of READ_RETRY_DELAYS_MS) {
    try {
      return await loadSettings();
    } catch (error) {
      console.warn('Comeback: reading settings failed, trying again', error);
      await pause(delay);
    }
  }
  return loadSettings();
}

export function currentSettings(): Promise<Settings> {
  if (cached) return cached;
  const attempt = loadWithRetries();
  cached = attempt;
  // Forget a failure (unless a newer value already replaced it), so the next call reads again.
  attempt.catch(() => { if (cached === attempt) cached = null; });
  return attempt;
}

/** Registered at the top level (index.ts) so a change made while the worker slept is seen. */
export function watchSettings(): void {
  onSettingsChanged((s) => { cached = Promise.resolve(s); });
}
