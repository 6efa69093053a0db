import { beforeEach, describe, expect, it, vi } from 'vitest';

// What the routes ask of the browser: the tab's URL, and the calls they make for it.
const tabs = new Map<number, { url?: string }>();
const calls: string[] = [];
let failNext: Error | null = null;
const act = (name: string) => (...args: unknown[]): Promise<void> => {
  calls.push(`${name} ${JSON.stringify(args)}`);
  const e = failNext;
  failNext = null;
  return e ? Promise.reject(e) : Promise.resolve();
};

vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: {
      get: (id: number) => (tabs.has(id) ? Promise.resolve(tabs.get(id)) : Promise.reject(new Error(`No tab with id: ${id}`))),
      reload: act('reload'),
    },
    windows: { create: act('windows.create') },
    extension: { isAllowedIncognitoAccess: () => Promise.resolve(false) },
    browsingData: { remove: act('browsingData.remove'), removeCache: act('browsingData.removeCache') },
  },
}));

const { reloadBypassCacheRoute, openPrivateRoute } = await import('../../../src/background/handlers/popup-tab-actions');
const { clearSiteCacheRoute, clearSiteDataRoute } = await import('../../../src/background/handlers/popup-site-data');

beforeEach(() => {
  tabs.clear();
  calls.length = 0;
  failNext = null;
  tabs.set(1, { url: 'https://shop.example:8443/cart?x=1' });
  tabs.set(2, { url: 'chrome://settings/' });
  tabs.set(3, {});
});

describe('the guide’s site actions (background)', () => {
  it('act on the site of the tab, read from the browser', async () => {
    await expect(reloadBypassCacheRoute.handle({ tabId: 1 })).resolves.toEqual({ ok: true });
    await expect(openPrivateRoute.handle({ tabId: 1 })).resolves.toEqual({ ok: true });
    expect(calls).toEqual([
      'reload [1,{"bypassCache":true}]',
      'windows.create [{"incognito":true,"url":"https://shop.example:8443/cart?x=1"}]',
    ]);
  });

  it('clear the cache scoped to the tab’s origin (Chrome build), cookies only in the second action', async () => {
    await expect(clearSiteCacheRoute.handle({ tabId: 1 })).resolves.toEqual({ ok: true });
    await expect(clearSiteDataRoute.handle({ tabId: 1 })).resolves.toEqual({ ok: true });
    expect(calls).toEqual([
      'browsingData.remove [{"origins":["https://shop.example:8443"]},{"cache":true,"cacheStorage":true,"serviceWorkers":true}]',
      'browsingData.remove [{"origins":["https://shop.example:8443"]},{"cache":true,"cacheStorage":true,"serviceWorkers":true,"cookies":true,"localStorage":true,"indexedDB":true}]',
    ]);
  });

  it('refuse a closed tab and a page that is not a web page, doing nothing', async () => {
    await expect(reloadBypassCacheRoute.handle({ tabId: 9 })).resolves.toEqual({ ok: false, error: 'no-tab' });
    await expect(clearSiteDataRoute.handle({ tabId: 2 })).resolves.toEqual({ ok: false, error: 'not-web-page' });
    await expect(openPrivateRoute.handle({ tabId: 3 })).resolves.toEqual({ ok: false, error: 'not-web-page' });
    expect(calls).toEqual([]);
  });

  it('turn a failure into an answer the popup can word', async () => {
    failNext = new Error('Extension does not have permission for incognito mode');
    await expect(openPrivateRoute.handle({ tabId: 1 })).resolves.toEqual({ ok: false, error: 'private-not-allowed' });
    failNext = new Error('disk on fire');
    await expect(reloadBypassCacheRoute.handle({ tabId: 1 })).resolves.toEqual({ ok: false, error: 'failed' });
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    failNext = new Error('quota');
    await expect(clearSiteCacheRoute.handle({ tabId: 1 })).resolves.toEqual({ ok: false, error: 'failed' });
    expect(quiet).toHaveBeenCalled();
    quiet.mockRestore();
  });

  it('accept only { tabId } with a non-negative whole number', () => {
    for (const route of [reloadBypassCacheRoute, openPrivateRoute, clearSiteCacheRoute, clearSiteDataRoute]) {
      expect(route.from).toBe('extension');
      expect(route.valid({ tabId: 1 })).toBe(true);
      expect([route.valid({ tabId: -1 }), route.valid({ tabId: 1.5 }), route.valid({ tabId: '1' }), route.valid(null)]).toEqual([false, false, false, false]);
    }
  });
});
