import { beforeEach, describe, expect, it, vi } from 'vitest';

describe('private tabs', () => {
  it('a private window or a container leaves nothing on disk; a normal tab may', async () => {
    const { isPrivateTab } = await import('../../../src/background/private-tab');
    expect(isPrivateTab({ incognito: true })).toBe(true);
    expect(isPrivateTab({ incognito: false, cookieStoreId: 'firefox-container-2' })).toBe(true);
    expect(isPrivateTab({ incognito: false, cookieStoreId: 'firefox-default' })).toBe(false);
    expect(isPrivateTab({ incognito: false })).toBe(false);
    expect(isPrivateTab(null)).toBe(false);
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
