/**
 * The popup's background routes: cache clearing is scoped to the tab's site in Chrome (by
 * origin); Firefox, which cannot scope its cache (shared/capabilities.ts), clears its whole
 * cache and scopes the rest by hostname; neither touches cookies; cookies only through their
 * own message, scoped to the site; private-window refusal is reported as such; failures become
 * answers; payloads are checked.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({
  remove: [] as unknown[][],
  removeCache: [] as unknown[],
  removeError: null as Error | null,
  reload: [] as unknown[][],
  windows: [] as unknown[],
  windowError: null as Error | null,
  incognitoAllowed: false,
  tabUrl: 'https://shop.example.com:8443/cart?x=1',
  /** The engine's record of tabs, as storage.session holds it. */
  engineTabs: {},
  store: 'firefox-container-1',
  /** The cookie jars: every store's cookies, as the cookies API lists them. */
  jar: [] as { name: string; domain: string; hostOnly: boolean; path: string; secure: boolean; storeId: string; firstPartyDomain: string }[],
  cookieRemovals: [] as unknown[],
}));

/** The request the popup sends: the tab and the origin it showed (the tab's current one). */
function req(tabId: number, origin?: string) {
  let shown = origin;
  try { shown ??= new URL(calls.tabUrl).origin; } catch { shown = 'null'; }
  return { tabId, origin: shown };
}

vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: {
      get: async (id: number) => {
        if (id === 404) throw new Error('No tab with id: 404');
        return { id, url: calls.tabUrl, cookieStoreId: calls.store };
      },
      reload: async (...args: unknown[]) => { calls.reload.push(args); },
    },
    browsingData: {
      remove: async (...args: unknown[]) => {
        if (calls.removeError) throw calls.removeError;
        // As Firefox 153 does (ext-browsingData.js): cookieStoreId only for these types.
        const [options, types] = args as [{ cookieStoreId?: string }, Record<string, boolean>];
        const unscopable = Object.keys(types).filter((t) => types[t] && !['cookies', 'indexedDB', 'localStorage'].includes(t));
        if (options.cookieStoreId && unscopable.length > 0) throw new Error(`Firefox does not support clearing ${unscopable[0]} with 'cookieStoreId'.`);
        calls.remove.push(args);
      },
      removeCache: async (options: unknown) => { calls.removeCache.push(options); },
    },
    cookies: {
      getAll: async ({ domain, storeId }: { domain: string; storeId?: string }) => calls.jar.filter((c) =>
        (storeId === undefined || c.storeId === storeId) && (c.domain.replace(/^\./, '') === domain || c.domain.endsWith(`.${domain}`))),
      remove: async (details: unknown) => { calls.cookieRemovals.push(details); },
    },
    windows: {
      create: async (options: unknown) => {
        if (calls.windowError) throw calls.windowError;
        calls.windows.push(options);
      },
    },
    extension: { isAllowedIncognitoAccess: async () => calls.incognitoAllowed },
    storage: {
      sync: { get: async () => ({}), set: async () => undefined }, onChanged: { addListener: () => undefined },
      session: { get: async () => ({ engine: { tabs: calls.engineTabs, sites: {}, budgets: {} } }), set: async () => undefined },
    },
  },
}));

async function load(target: 'chrome' | 'firefox') {
  vi.resetModules();
  (globalThis as { __TARGET__?: string }).__TARGET__ = target;
  const { siteRoutes } = await import('../../../src/background/routes/site');
  const { tabRoutes } = await import('../../../src/background/routes/tab');
  const { hasTabId, isSiteActionRequest } = await import('../../../src/shared/guards');
  const noTab = { tabId: null };
  const bound = <P, R>(route: { handle: (p: P, ctx: { tabId: number | null }) => R }) => ({ handle: (p: P) => route.handle(p, noTab) });
  return {
    clearSiteCacheRoute: bound(siteRoutes['site/clear-cache']),
    clearSiteDataRoute: bound(siteRoutes['site/clear-data']),
    reloadBypassCacheRoute: bound(tabRoutes['tab/reload-bypass-cache']),
    openPrivateRoute: bound(tabRoutes['tab/open-private']),
    isTabIdRequest: hasTabId,
    isSiteActionRequest,
  };
}

beforeEach(() => {
  calls.remove.length = 0;
  calls.removeCache.length = 0;
  calls.removeError = null;
  calls.reload.length = 0;
  calls.windows.length = 0;
  calls.windowError = null;
  calls.tabUrl = 'https://shop.example.com:8443/cart?x=1';
  calls.engineTabs = {};
  calls.jar = [];
  calls.cookieRemovals = [];
});

const cookie = (name: string, domain: string, storeId = 'firefox-container-1') =>
  ({ name, domain, hostOnly: !domain.startsWith('.'), path: '/', secure: true, storeId, firstPartyDomain: '' });

describe('the site and tab routes', () => {
  it('accepts only { tabId: non-negative integer }', async () => {
    const { isTabIdRequest } = await load('chrome');
    expect(isTabIdRequest({ tabId: 3 })).toBe(true);
    for (const bad of [null, {}, { tabId: -1 }, { tabId: 1.5 }, { tabId: '3' }, 3]) expect(isTabIdRequest(bad)).toBe(false);
  });

  it('Chrome: clears cache, Cache Storage and service workers of the tab origin only', async () => {
    const { clearSiteCacheRoute } = await load('chrome');
    expect(await clearSiteCacheRoute.handle(req(1))).toEqual({ ok: true });
    expect(calls.remove).toEqual([[{ origins: ['https://shop.example.com:8443'] }, { cache: true, cacheStorage: true, serviceWorkers: true }]]);
  });

  it("Firefox: clears its whole cache (host-scoped clearing misses partitioned entries), service workers by hostname", async () => {
    const { clearSiteCacheRoute } = await load('firefox');
    expect(await clearSiteCacheRoute.handle(req(1))).toEqual({ ok: true });
    expect(calls.removeCache).toEqual([{}]);
    // The site is on port 8443: some data is keyed by host with port (bugzilla 1797376).
    expect(calls.remove).toEqual([[{ hostnames: ['shop.example.com', 'shop.example.com:8443'] }, { serviceWorkers: true }]]);
  });

  it('Firefox: a site on the default port is named once', async () => {
    calls.tabUrl = 'https://shop.example.com/cart';
    const { clearSiteCacheRoute } = await load('firefox');
    await clearSiteCacheRoute.handle(req(1));
    expect(calls.remove[0]?.[0]).toEqual({ hostnames: ['shop.example.com'] });
  });

  it("Firefox: cookies and site data of the site, in the tab's container only, and the parent domain's shared cookies", async () => {
    calls.jar = [
      cookie('own', 'shop.example.com'), cookie('shared', '.example.com'), cookie('apex', 'example.com'),
      cookie('sibling', 'mail.example.com'), cookie('other-container', '.example.com', 'firefox-default'),
    ];
    const { clearSiteDataRoute } = await load('firefox');
    expect(await clearSiteDataRoute.handle(req(1))).toEqual({ ok: true });
    expect(calls.removeCache).toEqual([]);
    // Firefox takes cookieStoreId only for cookies, IndexedDB and localStorage, and refuses the
    // whole call if service workers are in it: those go by host name in a second call.
    expect(calls.remove).toEqual([
      [{ hostnames: ['shop.example.com', 'shop.example.com:8443'], cookieStoreId: 'firefox-container-1' }, { cookies: true, localStorage: true, indexedDB: true }],
      [{ hostnames: ['shop.example.com', 'shop.example.com:8443'] }, { serviceWorkers: true }],
    ]);
    // browsingData by hostname leaves `Domain=example.com` cookies: removed through the cookies API,
    // in this container only; the apex's and the sibling's own cookies stay.
    expect(calls.cookieRemovals).toEqual([
      { url: 'https://shop.example.com/', name: 'own', storeId: 'firefox-container-1', firstPartyDomain: '' },
      { url: 'https://example.com/', name: 'shared', storeId: 'firefox-container-1', firstPartyDomain: '' },
    ]);
  });

  it('Firefox: clearing only the cache touches no cookie', async () => {
    calls.jar = [cookie('shared', '.example.com')];
    const { clearSiteCacheRoute } = await load('firefox');
    await clearSiteCacheRoute.handle(req(1));
    expect(calls.cookieRemovals).toEqual([]);
  });

  it('a failed clear is answered as such (and logged), not thrown', async () => {
    const { clearSiteCacheRoute } = await load('chrome');
    calls.removeError = new Error('quota');
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await clearSiteCacheRoute.handle(req(1))).toEqual({ ok: false, error: 'failed' });
    expect(quiet).toHaveBeenCalledOnce();
    quiet.mockRestore();
  });

  it('clears cookies and storage only through the separate message', async () => {
    const { clearSiteDataRoute } = await load('chrome');
    await clearSiteDataRoute.handle(req(1));
    expect(calls.remove[0]?.[1]).toMatchObject({ cookies: true, localStorage: true, indexedDB: true, cache: true });
  });

  it('refuses tabs that are gone or not web pages', async () => {
    const { clearSiteCacheRoute, reloadBypassCacheRoute } = await load('chrome');
    expect(await clearSiteCacheRoute.handle(req(404))).toEqual({ ok: false, error: 'no-tab' });
    calls.tabUrl = 'chrome://settings/';
    expect(await reloadBypassCacheRoute.handle(req(1))).toEqual({ ok: false, error: 'not-web-page' });
    expect(calls.remove).toEqual([]);
    expect(calls.reload).toEqual([]);
  });

  it('reloads bypassing the cache', async () => {
    const { reloadBypassCacheRoute } = await load('chrome');
    expect(await reloadBypassCacheRoute.handle(req(5))).toEqual({ ok: true });
    expect(calls.reload).toEqual([[5, { bypassCache: true }]]);
  });

  it('opens a private window, and says so when the browser does not allow it', async () => {
    const { openPrivateRoute } = await load('firefox');
    expect(await openPrivateRoute.handle(req(1))).toEqual({ ok: true });
    expect(calls.windows).toEqual([{ incognito: true, url: 'https://shop.example.com:8443/cart?x=1' }]);
    calls.windowError = new Error('Extension does not have permission for incognito mode');
    expect(await openPrivateRoute.handle(req(1))).toEqual({ ok: false, error: 'private-not-allowed' });
    calls.windowError = new Error('something else');
    calls.incognitoAllowed = true;
    expect(await openPrivateRoute.handle(req(1))).toEqual({ ok: false, error: 'failed' });
  });

  it('refuses an action when the tab moved to another site after the popup looked, and does nothing', async () => {
    const routes = await load('chrome');
    const shown = 'https://shop.example.com:8443';
    // The page navigated its tab to another site inside the popup's refresh gap.
    calls.tabUrl = 'https://bank.example.net/account';
    for (const route of [routes.clearSiteCacheRoute, routes.clearSiteDataRoute, routes.reloadBypassCacheRoute, routes.openPrivateRoute]) {
      expect(await route.handle(req(1, shown))).toEqual({ ok: false, error: 'tab-moved' });
    }
    expect(calls.remove).toEqual([]);
    expect(calls.removeCache).toEqual([]);
    expect(calls.reload).toEqual([]);
    expect(calls.windows).toEqual([]);
  });

  it('refuses a request without the origin the popup saw', async () => {
    const { isSiteActionRequest } = await load('chrome');
    expect(isSiteActionRequest({ tabId: 1, origin: 'https://a.example' })).toBe(true);
    for (const bad of [{ tabId: 1 }, { tabId: 1, origin: '' }, { tabId: 1, origin: 7 }, { tabId: 1, origin: 'x'.repeat(5000) }]) {
      expect(isSiteActionRequest(bad)).toBe(false);
    }
  });

  it('refuses to reload or reopen the answer to a form, whatever the popup shows', async () => {
    const { reloadBypassCacheRoute, openPrivateRoute, clearSiteCacheRoute } = await load('chrome');
    calls.engineTabs = { 1: { method: 'POST' } };
    expect(await reloadBypassCacheRoute.handle(req(1))).toEqual({ ok: false, error: 'form-page' });
    expect(await openPrivateRoute.handle(req(1))).toEqual({ ok: false, error: 'form-page' });
    expect(calls.reload).toEqual([]);
    expect(calls.windows).toEqual([]);
    // Clearing the cache resends nothing: still allowed.
    expect(await clearSiteCacheRoute.handle(req(1))).toEqual({ ok: true });
    calls.engineTabs = { 1: { method: 'GET' } };
    const fresh = await load('chrome'); // the engine state is cached per module instance
    expect(await fresh.reloadBypassCacheRoute.handle(req(1))).toEqual({ ok: true });
  });
});
