import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';

/** storage.sync whose next `failures` reads reject, as a busy or briefly broken backend does. */
const fake = vi.hoisted(() => {
  const state = { failures: 0, reads: 0 };
  const sync = {
    get: async () => {
      state.reads += 1;
      if (state.failures > 0) { state.failures -= 1; throw new Error('IO error: storage busy'); }
      return {};
    },
    set: async () => undefined,
    remove: async () => undefined,
  };
  return { state, browser: { storage: { sync, onChanged: { addListener: () => undefined, removeListener: () => undefined } } } };
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

let currentSettings: typeof import('../../../src/background/settings').currentSettings;

beforeEach(async () => {
  vi.resetModules();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  fake.state.failures = 0;
  fake.state.reads = 0;
  ({ currentSettings } = await import('../../../src/background/settings'));
});

describe('background settings cache', () => {
  it('retries a read that fails once and answers with the settings', async () => {
    fake.state.failures = 1;
    await expect(currentSettings()).resolves.toEqual(DEFAULT_SETTINGS);
    expect(fake.state.reads).toBe(2);
  });

  it('does not cache a failure: after every retry failed, the next call reads again', async () => {
    fake.state.failures = 3;
    await expect(currentSettings()).rejects.toThrow(/storage busy/);
    expect(fake.state.reads).toBe(3);
    await expect(currentSettings()).resolves.toEqual(DEFAULT_SETTINGS);
    expect(fake.state.reads).toBe(4);
  });

  it('caches a success: a second call does not read storage again', async () => {
    await currentSettings();
    await currentSettings();
    expect(fake.state.reads).toBe(1);
  });
});
