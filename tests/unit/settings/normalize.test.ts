import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SETTINGS, LANGUAGES, GIVE_UP_AFTER_MINUTES_RANGE, MAX_WAIT_SECONDS_RANGE, SETTINGS_VERSION,
  defaultSettings, isHostname, normalizeSettings, httpsUrl,
} from '../../../src/shared/settings';

describe('normalizeSettings', () => {
  it('gives the defaults for missing or non-object input', () => {
    for (const input of [undefined, null, 0, 'x', [], [1, 2], true]) {
      expect(normalizeSettings(input)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps valid values', () => {
    const valid = {
      version: SETTINGS_VERSION, autoRetry: false, giveUpAfterMinutes: 30, maxWaitSeconds: 600,
      notifications: false, siteRules: { 'example.com': 'never', 'shop.example.org': 'always' },
      consent: { answered: true, statusPage: false, connectivity: false, checkHost: true, wayback: true },
      customStatusPages: { 'example.com': 'https://status.example.com/' }, language: 'de',
    };
    expect(normalizeSettings(valid)).toEqual(valid);
  });

  it('falls back field by field, not for the whole object', () => {
    const result = normalizeSettings({ autoRetry: 'yes', giveUpAfterMinutes: 40, notifications: 1, language: 'xx' });
    expect(result.autoRetry).toBe(true);
    expect(result.giveUpAfterMinutes).toBe(40);
    expect(result.notifications).toBe(true);
    expect(result.language).toBe('auto');
  });

  it('clamps and rounds numbers, rejects NaN, Infinity and numeric strings', () => {
    expect(normalizeSettings({ giveUpAfterMinutes: 0 }).giveUpAfterMinutes).toBe(GIVE_UP_AFTER_MINUTES_RANGE.min);
    expect(normalizeSettings({ giveUpAfterMinutes: 1e9 }).giveUpAfterMinutes).toBe(GIVE_UP_AFTER_MINUTES_RANGE.max);
    expect(normalizeSettings({ giveUpAfterMinutes: 45.6 }).giveUpAfterMinutes).toBe(46);
    expect(normalizeSettings({ maxWaitSeconds: -5 }).maxWaitSeconds).toBe(MAX_WAIT_SECONDS_RANGE.min);
    expect(normalizeSettings({ maxWaitSeconds: 1e12 }).maxWaitSeconds).toBe(MAX_WAIT_SECONDS_RANGE.max);
    for (const bad of [Number.NaN, Infinity, -Infinity, '10', null]) {
      expect(normalizeSettings({ giveUpAfterMinutes: bad }).giveUpAfterMinutes).toBe(DEFAULT_SETTINGS.giveUpAfterMinutes);
    }
  });

  it('fills consent flags one by one', () => {
    const { consent } = normalizeSettings({ consent: { answered: true, checkHost: 'yes', wayback: true } });
    expect(consent).toEqual({ answered: true, statusPage: true, connectivity: true, checkHost: false, wayback: true });
    expect(normalizeSettings({ consent: [true] }).consent).toEqual(DEFAULT_SETTINGS.consent);
  });

  it('keeps only hostname keys and valid rules in siteRules, canonicalising keys', () => {
    // JSON.parse makes `__proto__` an own key, as structured-cloned storage data can have.
    const siteRules0: unknown = JSON.parse(`{
      "Example.COM.": "never", "bücher.de": "always", "a b": "never", "__proto__": "never",
      "http://x.com": "always", "ok.net": "sometimes", "num.org": 1, "constructor": "always"
    }`);
    const { siteRules } = normalizeSettings({ siteRules: siteRules0 });
    expect(siteRules).toEqual({ 'example.com': 'never', 'xn--bcher-kva.de': 'always', constructor: 'always' });
  });

  it('keeps only https URLs without credentials in customStatusPages', () => {
    const { customStatusPages } = normalizeSettings({
      customStatusPages: {
        'a.com': 'https://status.a.com', 'b.com': 'http://status.b.com', 'c.com': 'javascript:alert(1)',
        'd.com': 'https://user:pw@status.d.com', 'e.com': 42, 'not a host': 'https://x.com',
      },
    });
    expect(customStatusPages).toEqual({ 'a.com': 'https://status.a.com/' });
    expect(httpsUrl('https://' + 'a'.repeat(3000) + '.com')).toBeNull();
  });

  it('always writes the current version and drops unknown fields', () => {
    const result = normalizeSettings({ version: 99, evil: '<script>' });
    expect(result.version).toBe(SETTINGS_VERSION);
    expect(result).not.toHaveProperty('evil');
  });

  it('does not share nested objects with the defaults', () => {
    const a = normalizeSettings({});
    a.siteRules['x.com'] = 'never';
    a.consent.checkHost = true;
    expect(defaultSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.siteRules).toEqual({});
  });

  it('never throws on objects with throwing getters', () => {
    const hostile = Object.defineProperty({}, 'autoRetry', { enumerable: true, get() { throw new Error('boom'); } });
    expect(normalizeSettings(hostile).autoRetry).toBe(true);
    const rules = Object.defineProperty({}, 'a.com', { enumerable: true, get() { throw new Error('boom'); } });
    expect(normalizeSettings({ siteRules: rules }).siteRules).toEqual({});
  });
});

/** Checks every field of a normalised result against the schema's rules. */
function assertValid(s: ReturnType<typeof normalizeSettings>): void {
  expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  expect(typeof s.autoRetry).toBe('boolean');
  expect(typeof s.notifications).toBe('boolean');
  expect(Number.isInteger(s.giveUpAfterMinutes)).toBe(true);
  expect(s.giveUpAfterMinutes).toBeGreaterThanOrEqual(GIVE_UP_AFTER_MINUTES_RANGE.min);
  expect(s.giveUpAfterMinutes).toBeLessThanOrEqual(GIVE_UP_AFTER_MINUTES_RANGE.max);
  expect(s.maxWaitSeconds).toBeGreaterThanOrEqual(MAX_WAIT_SECONDS_RANGE.min);
  expect(s.maxWaitSeconds).toBeLessThanOrEqual(MAX_WAIT_SECONDS_RANGE.max);
  expect(LANGUAGES).toContain(s.language);
  for (const flag of Object.values(s.consent)) expect(typeof flag).toBe('boolean');
  for (const [host, rule] of Object.entries(s.siteRules)) {
    expect(isHostname(host)).toBe(true);
    expect(['never', 'always']).toContain(rule);
  }
  for (const [host, url] of Object.entries(s.customStatusPages)) {
    expect(isHostname(host)).toBe(true);
    expect(url.startsWith('https://')).toBe(true);
  }
}

describe('normalizeSettings with hostile input (fast-check)', () => {
  const fieldValue = fc.oneof(
    fc.anything(),
    fc.dictionary(fc.oneof(fc.domain(), fc.string()), fc.oneof(fc.constantFrom('never', 'always'), fc.webUrl(), fc.anything())),
  );
  const storedLike = fc.record(
    Object.fromEntries(Object.keys(DEFAULT_SETTINGS).map((key) => [key, fieldValue])),
    { requiredKeys: [] },
  );

  it('never throws and always returns a valid, complete object', () => {
    fc.assert(fc.property(fc.oneof(fc.anything(), storedLike), (stored) => {
      assertValid(normalizeSettings(stored));
    }), { numRuns: 500 });
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.oneof(fc.anything(), storedLike), (stored) => {
      const once = normalizeSettings(stored);
      expect(normalizeSettings(once)).toEqual(once);
    }), { numRuns: 300 });
  });

  it('keeps every valid hostname rule', () => {
    fc.assert(fc.property(fc.dictionary(fc.domain(), fc.constantFrom('never', 'always')), (rules) => {
      const result = normalizeSettings({ siteRules: rules }).siteRules;
      for (const [host, rule] of Object.entries(rules)) expect(result[host.toLowerCase()]).toBe(rule);
    }));
  });
});
