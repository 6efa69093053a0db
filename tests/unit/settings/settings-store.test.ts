import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';

type Listener = (changes: Record<string, unknown>, areaName: string) => void;

/** An in-memory storage.sync with the polyfill's promise API, recording every write. */
const fake = vi.hoisted(() => {
  const data: Record<string, unknown> = {};
  const listeners = new Set<Listener>();
  const writes: Record<string, unknown>[] = [];
  const removals: string[][] = [];
  const notify = (keys: string[]): void => {
    const changes = Object.fromEntries(keys.map((key) => [key, { newValue: data[key] }]));
    for (const listener of listeners) listener(changes, 'sync');
  };
  const pick = (from: Record<string, unknown>, keys: string | string[] | null) => {
    const list = keys === null ? Object.keys(from) : typeof keys === 'string' ? [keys] : keys;
    return structuredClone(Object.fromEntries(list.filter((k) => k in from).map((k) => [k, from[k]])));
  };
  const localData: Record<string, unknown> = {};
  const local = {
    get: async (keys: string | string[] | null) => pick(localData, keys),
    set: async (items: Record<string, unknown>) => { Object.assign(localData, structuredClone(items)); },
    remove: async (keys: string[]) => { for (const key of keys) delete localData[key]; },
  };
  const sync = {
    get: async (keys: string | string[] | null) => pick(data, keys),
    set: async (items: Record<string, unknown>) => {
      writes.push(structuredClone(items));
      Object.assign(data, structuredClone(items));
      notify(Object.keys(items));
    },
    remove: async (keys: string[]) => {
      removals.push(keys);
      for (const key of keys) delete data[key];
    },
  };
  const onChanged = {
    addListener: (listener: Listener) => listeners.add(listener),
    removeListener: (listener: Listener) => listeners.delete(listener),
  };
  return { data, writes, removals, listeners, browser: { storage: { sync, local, onChanged } } };
});

vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const { loadSettings, onSettingsChanged, updateSettings } = await import('../../../src/shared/settings-store');

beforeEach(() => {
  for (const key of Object.keys(fake.data)) delete fake.data[key];
  fake.writes.length = 0;
  fake.removals.length = 0;
});

describe('settings store', () => {
  it('gives the defaults on a fresh install without writing', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(fake.writes).toEqual([]);
  });

  it('migrates v1 data on read, writes it back once and removes the old keys', async () => {
    Object.assign(fake.data, { retryEnabled: false, maxRetries: 3 });
    const settings = await loadSettings();
    expect(settings).toMatchObject({ autoRetry: false, version: 4 });
    expect(fake.data).toMatchObject({ autoRetry: false, version: 4 });
    expect(fake.data).not.toHaveProperty('retryEnabled');
    expect(fake.removals).toEqual([['retryEnabled', 'maxRetries']]);
    fake.writes.length = 0;
    await loadSettings();
    expect(fake.writes).toEqual([]);
  });

  it('writes only the keys that changed, validated by the schema', async () => {
    const next = await updateSettings({ giveUpAfterMinutes: 99_999, notifications: true });
    expect(next.giveUpAfterMinutes).toBe(1440);
    expect(fake.writes).toEqual([{ giveUpAfterMinutes: 1440, version: 4 }]);
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
    expect(fake.listeners.size).toBe(0);
  });
});
