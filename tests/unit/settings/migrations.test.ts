import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SETTINGS, MIGRATIONS, SETTINGS_VERSION, migrateSettings, storedVersion, type Migration,
} from '../../../src/shared/settings';

function step(version: number): Migration {
  const found = MIGRATIONS.find((m) => m.version === version);
  if (!found) throw new Error(`no migration to v${version}`);
  return found;
}

describe('the migration list', () => {
  it('has one step per version, in order, ending at the current version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(
      Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 2),
    );
  });

  it('dates every step with an ISO date, never going backwards', () => {
    const dates = MIGRATIONS.map((m) => m.date);
    for (const date of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect([...dates].sort()).toEqual(dates);
  });
});

describe('v1 → v2: retryEnabled/maxRetries renamed to autoRetry/maxAttempts', () => {
  const up = step(2).up;

  it('renames the fields and stamps the version', () => {
    expect(up({ retryEnabled: false, maxRetries: 7, notifications: false })).toEqual({
      version: 2, autoRetry: false, maxAttempts: 7, notifications: false,
    });
  });

  it('leaves absent fields absent, so they take their defaults later', () => {
    expect(up({})).toEqual({ version: 2 });
  });

  it('does not overwrite a value already stored under the new name', () => {
    expect(up({ retryEnabled: false, autoRetry: true, maxRetries: 2, maxAttempts: 9 }))
      .toEqual({ version: 2, autoRetry: true, maxAttempts: 9 });
  });

  it('does not mutate its input', () => {
    const input = { retryEnabled: true, maxRetries: 3 };
    up(input);
    expect(input).toEqual({ retryEnabled: true, maxRetries: 3 });
  });
});

describe('storedVersion', () => {
  it('reads a valid version, treats unversioned data as v1 and empty storage as current', () => {
    expect(storedVersion({ version: 2 })).toBe(2);
    expect(storedVersion({ retryEnabled: true })).toBe(1);
    expect(storedVersion({ version: 'two', maxRetries: 1 })).toBe(1);
    expect(storedVersion({ version: 1.5 })).toBe(1);
    expect(storedVersion({})).toBe(SETTINGS_VERSION);
    expect(storedVersion(null)).toBe(SETTINGS_VERSION);
  });
});

describe('migrateSettings', () => {
  it('migrates v1 data, reports the obsolete keys and says it migrated', () => {
    const result = migrateSettings({ retryEnabled: false, maxRetries: 4, language: 'fr' });
    expect(result.fromVersion).toBe(1);
    expect(result.migrated).toBe(true);
    expect(result.obsoleteKeys.sort()).toEqual(['maxRetries', 'retryEnabled']);
    // v2 renamed maxRetries to maxAttempts; v3 drops it (a count has no honest translation into minutes).
    expect(result.settings).toEqual({ ...DEFAULT_SETTINGS, autoRetry: false, language: 'fr' });
  });

  it('validates migrated values like any others (a v1 retryEnabled of the wrong type takes the default)', () => {
    expect(migrateSettings({ retryEnabled: 'no', maxRetries: 1000 }).settings)
      .toMatchObject({ autoRetry: true, giveUpAfterMinutes: DEFAULT_SETTINGS.giveUpAfterMinutes });
  });

  it('v2 → v3: maxAttempts is dropped, everything else kept', () => {
    const v3 = MIGRATIONS.find((m) => m.version === 3);
    expect(v3?.up({ version: 2, maxAttempts: 7, autoRetry: false })).toEqual({ version: 3, autoRetry: false });
    const result = migrateSettings({ version: 2, maxAttempts: 7, maxWaitSeconds: 120 });
    expect(result.obsoleteKeys).toEqual(['maxAttempts']);
    expect(result.settings).toMatchObject({ maxWaitSeconds: 120, giveUpAfterMinutes: 120, version: 4 });
    expect(result.settings).not.toHaveProperty('maxAttempts');
  });

  it('does nothing to current data or a fresh install', () => {
    const current = migrateSettings({ ...DEFAULT_SETTINGS, autoRetry: false });
    expect(current.migrated).toBe(false);
    expect(current.obsoleteKeys).toEqual([]);
    expect(current.settings.autoRetry).toBe(false);
    expect(migrateSettings({})).toEqual({
      settings: DEFAULT_SETTINGS, fromVersion: SETTINGS_VERSION, migrated: false, obsoleteKeys: [],
    });
  });

  it('reads data from a newer build without deleting its fields', () => {
    const result = migrateSettings({ version: SETTINGS_VERSION + 1, autoRetry: false, futureField: 1 });
    expect(result.migrated).toBe(false);
    expect(result.obsoleteKeys).toEqual([]);
    expect(result.settings.autoRetry).toBe(false);
  });

  it('skips a step that throws and still returns valid settings', () => {
    const broken: Migration = { version: 2, date: '2026-11-21', description: 'test', up: () => { throw new Error('x'); } };
    const result = migrateSettings({ retryEnabled: false }, [broken]);
    expect(result.migrated).toBe(true);
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('runs later steps in order on top of earlier ones', () => {
    const v3: Migration = {
      version: 3, date: '2026-12-01', description: 'test: drop notifications',
      up: ({ notifications: _dropped, ...rest }) => ({ ...rest, version: 3 }),
    };
    const result = migrateSettings({ retryEnabled: false, notifications: false }, [...MIGRATIONS, v3]);
    expect(result.settings.autoRetry).toBe(false);
    expect(result.settings.notifications).toBe(true);
  });

  it('never throws on arbitrary input (fast-check)', () => {
    fc.assert(fc.property(fc.anything(), (stored) => {
      const result = migrateSettings(stored);
      expect(result.settings.version).toBe(SETTINGS_VERSION);
    }), { numRuns: 500 });
  });
});
