/** The lazy Public Suffix List lookup and the check on domains that arrive in messages. */
import { describe, expect, it } from 'vitest';
import { domainsFor, isDomainOf, lazyDomainLookup, noDomainLookup } from '../../../src/status/discovery/domain-lookup';

describe('lazyDomainLookup', () => {
  it('gives the ICANN and the private-section registrable domain', async () => {
    expect(await lazyDomainLookup('my-app.herokuapp.com')).toEqual({ icann: 'herokuapp.com', withPrivate: 'my-app.herokuapp.com', knownSuffix: true });
    expect(await lazyDomainLookup('shop.example.co.uk')).toEqual({ icann: 'example.co.uk', withPrivate: 'example.co.uk', knownSuffix: true });
    expect(await lazyDomainLookup('127.0.0.1')).toEqual({ icann: null, withPrivate: null, knownSuffix: false });
  });

  it('names no domain for a host that is not on the public internet', async () => {
    // tldts alone answers corp.internal and foo.lan: discovery would then ask public DNS for them.
    for (const host of ['status.corp.internal', 'nas.foo.lan', 'printer.local', 'a.b.zzzunknown']) {
      expect(await lazyDomainLookup(host), host).toMatchObject({ icann: null, withPrivate: null });
    }
  });

  it('knows nothing without the list', async () => {
    expect(await noDomainLookup('www.example.com')).toEqual({ icann: null, withPrivate: null });
  });
});

describe('isDomainOf / domainsFor', () => {
  it.each([
    ['shop.example.com', 'example.com', true],
    ['example.com', 'example.com', true],
    ['SHOP.Example.com.', 'example.com', true],
    ['shop.example.com', 'evil.example', false],
    ['shop.example.com', 'ample.com', false], // a suffix of the text, not a parent domain
    ['shop.example.com', 'com', false],
    ['shop.example.com', 42, false],
  ])('%s, %s → %s', (host, domain, ok) => {
    expect(isDomainOf(host, domain)).toBe(ok);
  });

  it('keeps only fitting fields of untrusted input', () => {
    expect(domainsFor('a.example.com', { icann: 'example.com', withPrivate: 'other.net' })).toEqual({ icann: 'example.com', withPrivate: null });
    expect(domainsFor('a.example.com', 'example.com')).toBeNull();
    expect(domainsFor('a.example.com', null)).toBeNull();
  });
});
