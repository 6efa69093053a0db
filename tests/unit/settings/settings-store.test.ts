import { beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { fakeBrowser, stored } from '../../support/fake-browser';

// The shared in-memory browser (tests/support/fake-browser.ts): storage.sync is real storage
// with onChanged; the spies only record what the store wrote and removed.
let writes: MockInstance<typeof fakeBrowser.storage.sync.set>;
let removals: MockInstance<typeof fakeBrowser.storage.sync.remove>;
const written = (): unknown[] => writes.mock.calls.map((c) => c[0]);

const { loadSettings, onSettingsChanged, updateSettings } = await import('../../../src/shared/settings-store');

beforeEach(() => {
  writes = vi.spyOn(fakeBrowser.storage.sync, 'set');
  removals = vi.spyOn(fakeBrowser.storage.sync, 'remove');
});

describe('settings store', () => {
  it('gives the defaults on a fresh install without writing', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(written()).toEqual([]);
  });

  it('migrates v1 data on read, writes it back once and removes the old keys', async () => {
    await fakeBrowser.storage.sync.set({ retryEnabled: false, maxRetries: 3 });
    writes.mockClear();
    const settings = await loadSettings();
    expect(settings).toMatchObject({ autoRetry: false, version: 3 });
    expect(await stored('sync')).toMatchObject({ autoRetry: false, version: 3 });
    expect(await stored('sync')).not.toHaveProperty('retryEnabled');
    expect(removals.mock.calls.map((c) => c[0])).toEqual([['retryEnabled', 'maxRetries']]);
    writes.mockClear();
    await loadSettings();
    expect(written()).toEqual([]);
  });

  it('writes only the keys that changed, validated by the schema', async () => {
    const next = await updateSettings({ giveUpAfterMinutes: 99_999, notifications: true });
    expect(next.giveUpAfterMinutes).toBe(1440);
    expect(written()).toEqual([{ giveUpAfterMinutes: 1440, version: 3 }]);
  });

  it('accepts a function of the current settings', async () => {
    await updateSettings({ autoRetry: false });
    const next = await updateSettings((s) => ({ ...s, siteRules: { ...s.siteRules, 'Example.com': 'never' } }));
    expect(next.siteRules).toEqual({ 'example.com': 'never' });
    expect(next.autoRetry).toBe(false);
  });

  it('tells listeners about changes until they unsubscribe', async () => {
    const seen: boolean[] = [];
    const stop = onSettingsChanged((s) => seen.push(s.autoRetry));
    await updateSettings({ autoRetry: false });
    await vi.waitFor(() => expect(seen).toEqual([false]));
    stop();
    await updateSettings({ autoRetry: true });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual([false]);
    expect(fakeBrowser.storage.onChanged.hasListeners()).toBe(false);
  });
});
