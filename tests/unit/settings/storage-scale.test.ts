/**
 * Site rules and custom status pages at scale, against a fake storage that enforces the real
 * quotas (chrome.storage.sync: QUOTA_BYTES 102400, QUOTA_BYTES_PER_ITEM 8192, MAX_ITEMS 512;
 * storage.local: 10 MB), counting bytes as Chrome does (key length + JSON of the value).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SiteRule } from '../../../src/shared/settings';

const fake = vi.hoisted(() => {
  const bytes = (key: string, value: unknown): number => new TextEncoder().encode(key + JSON.stringify(value)).length;
  function area(name: string, limits: { total: number; perItem: number; items: number }) {
    const data: Record<string, unknown> = {};
    const pick = (keys: string | string[] | null) => {
      const list = keys === null ? Object.keys(data) : typeof keys === 'string' ? [keys] : keys;
      return structuredClone(Object.fromEntries(list.filter((k) => k in data).map((k) => [k, data[k]])));
    };
    return {
      data,
      used: () => Object.entries(data).reduce((n, [k, v]) => n + bytes(k, v), 0),
      api: {
        get: async (keys: string | string[] | null) => pick(keys),
        set: async (items: Record<string, unknown>) => {
          const next = { ...data, ...structuredClone(items) };
          for (const [k, v] of Object.entries(items)) {
            if (bytes(k, v) > limits.perItem) throw new Error(`${name}: QUOTA_BYTES_PER_ITEM quota exceeded`);
          }
          if (Object.keys(next).length > limits.items) throw new Error(`${name}: MAX_ITEMS quota exceeded`);
          if (Object.entries(next).reduce((n, [k, v]) => n + bytes(k, v), 0) > limits.total) throw new Error(`${name}: QUOTA_BYTES quota exceeded`);
          Object.assign(data, structuredClone(items));
        },
        remove: async (keys: string[]) => { for (const k of keys) delete data[k]; },
      },
    };
  }
  const sync = area('sync', { total: 102_400, perItem: 8_192, items: 512 });
  const local = area('local', { total: 10 * 1024 * 1024, perItem: Infinity, items: Infinity });
  return {
    sync, local,
    browser: { storage: { sync: sync.api, local: local.api, onChanged: { addListener: () => undefined, removeListener: () => undefined } } },
  };
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

const { loadSettings, mapsArea, updateSettings } = await import('../../../src/shared/settings-store');
const { withSiteRule } = await import('../../../src/shared/settings');

/** `n` distinct, realistic host names. */
const hosts = (n: number, from = 0): string[] => Array.from({ length: n }, (_, i) => `shop-${i + from}.example-${(i + from) % 97}.com`);
const rules = (list: string[]): Record<string, SiteRule> => Object.fromEntries(list.map((h, i) => [h, i % 3 ? 'never' : 'always']));

beforeEach(() => {
  for (const a of [fake.sync, fake.local]) for (const k of Object.keys(a.data)) delete a.data[k];
});

describe('site rules at scale', () => {
  it('the fake enforces the per-item quota: one item of 300 rules (the old layout) is refused', async () => {
    await expect(fake.sync.api.set({ siteRules: rules(hosts(300)) })).rejects.toThrow(/QUOTA_BYTES_PER_ITEM/);
  });

  it('keeps 2,000 rules and 200 status pages in storage.sync, every item within quota', async () => {
    const pages = Object.fromEntries(hosts(200, 5000).map((h) => [h, `https://status.${h}/`]));
    await updateSettings((s) => ({ ...s, siteRules: rules(hosts(2000)), customStatusPages: pages }));
    const back = await loadSettings();
    expect(Object.keys(back.siteRules)).toHaveLength(2000);
    expect(back.customStatusPages).toEqual(pages);
    expect(await mapsArea()).toBe('sync');
    expect(fake.sync.used()).toBeLessThanOrEqual(102_400);
  });

  it('adds rules one by one past the old ~224 limit, each save succeeding ("never retry this site")', async () => {
    await updateSettings((s) => ({ ...s, siteRules: rules(hosts(400)) }));
    for (const host of hosts(30, 10_000)) await updateSettings((s) => withSiteRule(s, host, 'never'));
    const back = await loadSettings();
    expect(Object.keys(back.siteRules)).toHaveLength(430);
    expect(back.siteRules['shop-10029.example-38.com']).toBe('never');
  });

  it('past the sync quota, keeps 20,000 rules on this device (storage.local) and says so', async () => {
    const many = rules(hosts(20_000));
    await updateSettings((s) => ({ ...s, siteRules: many, autoRetry: false }));
    expect(await mapsArea()).toBe('local');
    const back = await loadSettings();
    expect(back.siteRules).toEqual(many);
    expect(back.autoRetry).toBe(false); // scalars still in sync
    expect(Object.keys(fake.sync.data).filter((k) => k.startsWith('siteRules'))).toEqual([]);
  });

  it('moves back to sync when the rules shrink, leaving no chunk behind in storage.local', async () => {
    await updateSettings((s) => ({ ...s, siteRules: rules(hosts(20_000)) }));
    await updateSettings((s) => ({ ...s, siteRules: rules(hosts(50)) }));
    expect(await mapsArea()).toBe('sync');
    expect(Object.keys((await loadSettings()).siteRules)).toHaveLength(50);
    expect(Object.keys(fake.local.data).filter((k) => k.startsWith('siteRules.') && k !== 'siteRules.chunks')).toEqual([]);
  });

  it('shrinking removes the chunks no longer used', async () => {
    await updateSettings((s) => ({ ...s, siteRules: rules(hosts(2000)) }));
    const before = Object.keys(fake.sync.data).filter((k) => /^siteRules\.\d+$/.test(k)).length;
    await updateSettings((s) => ({ ...s, siteRules: rules(hosts(10)) }));
    const after = Object.keys(fake.sync.data).filter((k) => /^siteRules\.\d+$/.test(k)).length;
    expect(before).toBeGreaterThan(5);
    expect(after).toBe(1);
  });
});

describe('migration from single items (version 2)', () => {
  it('lays the old single items out in chunks and removes them', async () => {
    const old = rules(hosts(200));
    Object.assign(fake.sync.data, { version: 2, autoRetry: false, siteRules: old, customStatusPages: { 'a.example.com': 'https://status.example.com/' } });
    const settings = await loadSettings();
    expect(settings.siteRules).toEqual(old);
    expect(settings.version).toBe(4);
    expect(fake.sync.data).not.toHaveProperty('siteRules');
    expect(fake.sync.data).not.toHaveProperty('customStatusPages');
    expect(fake.sync.data['siteRules.chunks']).toBeGreaterThan(0);
    expect((await loadSettings()).customStatusPages).toEqual({ 'a.example.com': 'https://status.example.com/' });
  });
});
