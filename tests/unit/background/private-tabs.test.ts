import { beforeEach, describe, expect, it, vi } from 'vitest';
import { probeCredentials } from '../../../src/background/probe-credentials';

describe('probe credentials', () => {
  it('Chrome: the tab\'s own profile (split incognito gives private windows their own background)', () => {
    expect(probeCredentials({ incognito: false }, 'chrome')).toBe('include');
    expect(probeCredentials({ incognito: true }, 'chrome')).toBe('include');
  });
  it('Firefox: the normal store\'s cookies only for a normal tab', () => {
    expect(probeCredentials({ incognito: false, cookieStoreId: 'firefox-default' }, 'firefox')).toBe('include');
    expect(probeCredentials({ incognito: false }, 'firefox')).toBe('include');
  });
  it('Firefox: no cookies for a private tab or a container tab (a background fetch uses the normal store)', () => {
    expect(probeCredentials({ incognito: true, cookieStoreId: 'firefox-private' }, 'firefox')).toBe('omit');
    expect(probeCredentials({ incognito: false, cookieStoreId: 'firefox-container-2' }, 'firefox')).toBe('omit');
  });
  it('an unknown tab gets no cookies in either browser', () => {
    expect(probeCredentials(null, 'firefox')).toBe('omit');
    expect(probeCredentials(null, 'chrome')).toBe('omit');
  });
});

const fake = vi.hoisted(() => {
  const local: Record<string, unknown> = {};
  const tabs: Record<number, { incognito: boolean }> = {};
  const fetches: RequestInit[] = [];
  return {
    local, tabs, fetches,
    browser: {
      storage: { local: {
        get: async (k: string) => (k in local ? { [k]: structuredClone(local[k]) } : {}),
        set: async (items: Record<string, unknown>) => { Object.assign(local, structuredClone(items)); },
      } },
      tabs: { get: async (id: number) => { const t = tabs[id]; if (!t) throw new Error(`No tab with id: ${id}`); return t; } },
    },
  };
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const record = { hostname: 'shop.example.com', url: 'https://shop.example.com/?sid=secret', status: 503, producer: 'varnish' as const, kind: 'backend-fetch-failed' as const, since: 1, recoveredAt: null };

beforeEach(() => {
  for (const k of Object.keys(fake.local)) delete fake.local[k];
  fake.tabs[1] = { incognito: false };
  fake.tabs[2] = { incognito: true };
  fake.fetches.length = 0;
});

describe('incident history', () => {
  it('keeps an error of a normal tab', async () => {
    const { recordIncident, listIncidents } = await import('../../../src/background/incidents');
    await recordIncident(record, 1);
    expect(await listIncidents()).toHaveLength(1);
  });
  it('writes nothing to storage.local for a private window\'s tab', async () => {
    const { recordIncident } = await import('../../../src/background/incidents');
    await recordIncident(record, 2);
    expect(fake.local).toEqual({});
  });
  it('writes nothing for a tab it cannot read', async () => {
    const { recordIncident } = await import('../../../src/background/incidents');
    await recordIncident(record, 99);
    expect(fake.local).toEqual({});
  });
});

describe('probe', () => {
  it('sends the credentials mode chosen for the tab', async () => {
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => { fake.fetches.push(init); return new Response('', { status: 200 }); });
    (globalThis as { __TARGET__?: string }).__TARGET__ = 'firefox';
    vi.resetModules();
    const { probe } = await import('../../../src/background/probe');
    await probe('https://shop.example.com/', 'GET', 1);
    await probe('https://shop.example.com/', 'GET', 2);
    await probe('https://shop.example.com/', 'GET', 99);
    expect(fake.fetches.map((i) => i.credentials)).toEqual(['include', 'omit', 'omit']);
    vi.unstubAllGlobals();
  });
});
