/**
 * Vitest setup for every unit test (vitest.config.ts `setupFiles`): webextension-polyfill, which
 * throws when imported outside an extension, is replaced by the shared in-memory fake, reset
 * before each test with English i18n, and every `vi.spyOn` stub is restored after it, so no
 * test sees another's tabs, storage, listeners or stubs.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser, installPermissionsFake, useEnglishMessages } from './fake-browser';

/**
 * One correction to the package (2.0.1, and its main branch as of 2026-08): `get([...keys])`
 * returns every asked-for key, `undefined` for the absent ones, where browsers leave absent keys
 * out of the result (MDN, StorageArea.get).
 * Code that tests `key in result` (the settings migrations) would see data that is not there.
 */
for (const area of [fakeBrowser.storage.local, fakeBrowser.storage.session, fakeBrowser.storage.sync, fakeBrowser.storage.managed]) {
  const get = area.get.bind(area) as (keys?: unknown) => Promise<Record<string, unknown>>;
  Object.assign(area, {
    get: async (keys?: unknown): Promise<Record<string, unknown>> =>
      Object.fromEntries(Object.entries(await get(keys)).filter(([, value]) => value !== undefined)),
  });
}

vi.mock('webextension-polyfill', async () => ({ default: (await import('@webext-core/fake-browser')).fakeBrowser }));

beforeEach(() => {
  fakeBrowser.reset();
  installPermissionsFake();
  useEnglishMessages();
});

afterEach(() => {
  vi.restoreAllMocks();
});
