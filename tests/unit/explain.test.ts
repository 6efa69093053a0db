/** Every (producer, kind) pair has message keys, and every key exists in all four locales. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/core/explain';
import { KINDS, PRODUCERS } from '../../src/core/types';

const LOCALES = ['en', 'de', 'fr', 'es'] as const;
const messages = Object.fromEntries(LOCALES.map((l) => [l, JSON.parse(
  readFileSync(join(import.meta.dirname, `../../public/_locales/${l}/messages.json`), 'utf8'),
) as Record<string, { message: string }>]));

const allPairs = PRODUCERS.flatMap((producer) => KINDS.flatMap((kind) => [true, false].map((retryable) => ({ producer, kind, retryable }))));
const usedKeys = new Set(allPairs.flatMap((d) => { const e = explain(d); return [e.layerKey, e.visitorKey, e.waitKey, e.ownerKey]; }));

describe('explain', () => {
  it('names the example from the issue: Varnish backend fetch failed', () => {
    const e = explain({ producer: 'varnish', kind: 'backend-fetch-failed', retryable: true });
    expect(e).toEqual({ layerKey: 'dx_layer_varnish', visitorKey: 'dx_visitor_backend_fetch_failed', waitKey: 'dx_wait_yes', waitingHelps: true, ownerKey: 'dx_owner_varnish' });
    expect(messages['en']![e.visitorKey]!.message).toBe("The site's cache server could not get an answer from the site's own server. This is on the site's side, not yours.");
  });

  it("gives Cloudflare's 52x families their own owner advice", () => {
    expect(explain({ producer: 'cloudflare', kind: 'tls-error', retryable: false }).ownerKey).toBe('dx_owner_cloudflare_tls');
    expect(explain({ producer: 'cloudflare', kind: 'timeout', retryable: true }).ownerKey).toBe('dx_owner_cloudflare_timeout');
    expect(explain({ producer: 'cloudflare', kind: 'connection-failed', retryable: true }).ownerKey).toBe('dx_owner_cloudflare_connection');
  });

  it('shares advice where the software is the same, and for rate limits', () => {
    expect(explain({ producer: 'openresty', kind: 'timeout', retryable: true }).ownerKey).toBe('dx_owner_nginx');
    expect(explain({ producer: 'nginx', kind: 'rate-limited', retryable: true }).ownerKey).toBe('dx_owner_rate_limited');
    expect(explain({ producer: 'origin', kind: 'maintenance', retryable: true }).ownerKey).toBe('dx_owner_maintenance');
  });

  it('says waiting does not help when the diagnosis is not retryable', () => {
    expect(explain({ producer: 'envoy', kind: 'tls-error', retryable: false })).toMatchObject({ waitKey: 'dx_wait_no', waitingHelps: false });
  });

  it('uses only well-formed dx_ keys, kept to a small table', () => {
    for (const key of usedKeys) expect(key).toMatch(/^dx_[A-Za-z0-9_]+$/);
    // One layer label per producer; the rest (visitor, wait and owner advice) is shared by families.
    const layers = [...usedKeys].filter((k) => k.startsWith('dx_layer_'));
    expect(layers).toHaveLength(PRODUCERS.length);
    expect(usedKeys.size - layers.length).toBeLessThanOrEqual(45);
  });

  for (const locale of LOCALES) {
    it(`has every key in ${locale}, with a non-empty message`, () => {
      const missing = [...usedKeys].filter((k) => !messages[locale]![k]?.message);
      expect(missing).toEqual([]);
    });
  }

  it('has no unused dx_ keys in the locale files, and the same dx_ keys in every locale', () => {
    const dx = (l: string) => Object.keys(messages[l]!).filter((k) => k.startsWith('dx_')).sort();
    expect(dx('en')).toEqual([...usedKeys].sort());
    for (const l of LOCALES) expect(dx(l)).toEqual(dx('en'));
  });

  it('translates rather than copies the English visitor texts', () => {
    for (const key of [...usedKeys].filter((k) => k.startsWith('dx_visitor_'))) {
      for (const l of ['de', 'fr', 'es']) expect(messages[l]![key]!.message, `${l} ${key}`).not.toBe(messages['en']![key]!.message);
    }
  });
});
