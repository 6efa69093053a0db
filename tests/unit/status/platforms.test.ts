import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PLATFORMS, platformOf } from '../../../src/status/platforms/order';
import { candidatesForPage } from '../../../src/status/discovery/resolve-status-page';
import { fixture } from './helpers';

const FIXTURES = readdirSync(fileURLToPath(new URL('../../fixtures/status/', import.meta.url)));

const PLATFORM_FILES = readdirSync(fileURLToPath(new URL('../../../src/status/platforms/', import.meta.url)))
  .filter((f) => f.endsWith('.ts') && f !== 'contract.ts' && f !== 'order.ts').map((f) => f.replace(/\.ts$/, ''));

describe('the platform table', () => {
  it('lists every platform file, each by the kind its file is named after', () => {
    expect([...PLATFORMS.map((p) => p.kind)].sort()).toEqual(PLATFORM_FILES.sort());
  });

  it('names each kind once', () => {
    const kinds = PLATFORMS.map((p) => p.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const kind of kinds) expect(platformOf(kind).kind).toBe(kind);
  });

  it.each(PLATFORMS.map((p) => [p.kind, p] as const))('%s has a fixture its own parser accepts', (kind, platform) => {
    const own = FIXTURES.filter((f) => f.startsWith(`${kind}-`) && f.endsWith('.json'));
    expect(own.length).toBeGreaterThan(0);
    const accepted = own.map((f) => platform.parse(fixture(f), { pageUrl: 'https://status.example.com/', now: Date.UTC(2030, 0, 1) }))
      .filter((r) => r.ok);
    expect(accepted.length).toBeGreaterThan(0);
    for (const r of accepted) if (r.ok) expect(r.value.source).toBe(kind);
  });

  it.each(PLATFORMS.map((p) => [p.kind, p] as const))('a direct link to a %s endpoint maps to that platform', (kind, platform) => {
    const path = platform.paths[0]?.path;
    const url = path ? `https://status.example.com/${path}` : platform.direct(new URL('https://slack-status.com/'))?.apiUrl;
    expect(url).toBeDefined();
    const [only, ...rest] = candidatesForPage(url ?? '', 'custom');
    expect(rest).toEqual([]);
    expect(only?.kind).toBe(kind);
  });

  it('rejects what is not an object on every platform, never throwing', () => {
    for (const platform of PLATFORMS) {
      for (const value of [null, 1, 'x', [], undefined]) {
        expect(platform.parse(value, { pageUrl: 'https://s/', now: 0 }).ok).toBe(false);
      }
    }
  });
});
