/**
 * Storage migrations as dated, ordered steps, one per version (the pattern of dessant's
 * extensions). Each step turns raw stored data of version N-1 into raw data of version N;
 * normalize.ts then validates the result. Steps are pure and tested one by one.
 */
import { SETTINGS_VERSION, type Settings } from './defaults';
import { isRecord } from '../../core/is-record';
import { normalizeSettings, read } from './normalize';

/** Raw stored data: whatever storage.sync returned, as a plain record. */
export type RawSettings = Record<string, unknown>;

/** One migration step. */
export interface Migration {
  /** The version this step produces (it runs on data of `version - 1`). */
  version: number;
  /** When the step was written (ISO date), so the history reads as a changelog. */
  date: string;
  /** What changed, for the reader of this file. */
  description: string;
  /** Pure: returns a new record, never mutates its input. */
  up(raw: RawSettings): RawSettings;
}

/**
 * The steps, oldest first. Version 1 (Comeback 0.0.x) had no `version` field and named the
 * retry fields `retryEnabled` and `maxRetries`.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 2,
    date: '2026-11-21',
    description: 'Rename retryEnabled → autoRetry and maxRetries → maxAttempts.',
    up(raw) {
      const { retryEnabled, maxRetries, ...rest } = raw;
      const next: RawSettings = { ...rest, version: 2 };
      // An already-present new name wins: it was written by a newer build sharing storage.sync.
      if (retryEnabled !== undefined && read(raw, 'autoRetry') === undefined) next.autoRetry = retryEnabled;
      if (maxRetries !== undefined && read(raw, 'maxAttempts') === undefined) next.maxAttempts = maxRetries;
      return next;
    },
  },
  {
    version: 3,
    date: '2026-12-02',
    description: 'Retrying stops after a span of time (giveUpAfterMinutes), not a count of attempts: maxAttempts is dropped.',
    up(raw) {
      // A count of attempts has no honest translation into minutes under the new pacing: the default applies.
      const { maxAttempts: _dropped, ...rest } = raw;
      return { ...rest, version: 3 };
    },
  },
  {
    version: 4,
    date: '2026-12-02',
    description:
      'Site rules and custom status pages leave their single storage.sync items (8 KB each: about 224 rules) '
      + 'for numbered chunks, or storage.local past the sync quota (layout.ts). The fields keep their shape; '
      + 'the write-back after this step lays them out anew and removes the single items.',
    up(raw) {
      return { ...raw, version: 4 };
    },
  },
];

/** Keys that older versions stored and no current field uses; read so migrations can see them. */
export const LEGACY_KEYS: readonly string[] = ['retryEnabled', 'maxRetries', 'maxAttempts'];

/**
 * The version of raw stored data: its `version` field when it is a positive integer, else 1
 * (data from before versioning). Empty storage is a fresh install: the current version.
 */
export function storedVersion(raw: unknown): number {
  if (!isRecord(raw)) return SETTINGS_VERSION;
  const version = read(raw, 'version');
  if (typeof version === 'number' && Number.isInteger(version) && version >= 1) return version;
  return Object.keys(raw).length === 0 ? SETTINGS_VERSION : 1;
}

/** The outcome of reading stored data. */
export interface MigrationResult {
  settings: Settings;
  /** The version the data had in storage. */
  fromVersion: number;
  /** Whether any step ran, so the caller knows to write the result back. */
  migrated: boolean;
  /** Stored keys the schema no longer has (renamed or dropped): the caller removes them. */
  obsoleteKeys: string[];
}

/**
 * Runs every step after the stored version, then normalises. Never throws; a step that throws on
 * hostile data is skipped (its fields then fall back to their defaults). Data from a newer
 * build (higher version) is normalised as is: unknown fields are ignored, not deleted.
 */
export function migrateSettings(stored: unknown, migrations: readonly Migration[] = MIGRATIONS): MigrationResult {
  try {
    return runMigrations(stored, migrations);
  } catch {
    // Only exotic objects (throwing getters, revoked proxies) get here; storage never holds them.
    return { settings: normalizeSettings(undefined), fromVersion: SETTINGS_VERSION, migrated: false, obsoleteKeys: [] };
  }
}

function runMigrations(stored: unknown, migrations: readonly Migration[]): MigrationResult {
  const fromVersion = storedVersion(stored);
  let raw: RawSettings = isRecord(stored) ? { ...stored } : {};
  let migrated = false;
  for (const step of migrations) {
    if (step.version <= fromVersion) continue;
    try {
      raw = step.up(raw);
    } catch {
      raw = { ...raw, version: step.version };
    }
    migrated = true;
  }
  const settings = normalizeSettings(raw);
  const obsoleteKeys = migrated && isRecord(stored)
    ? Object.keys(stored).filter((key) => !Object.prototype.hasOwnProperty.call(settings, key))
    : [];
  return { settings, fromVersion, migrated, obsoleteKeys };
}
