import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalHostname, hostnameAndParents, isHostname } from '../../../src/shared/settings';

describe('canonicalHostname', () => {
  it('lower-cases, trims and drops the root dot', () => {
    expect(canonicalHostname(' WWW.Example.COM. ')).toBe('www.example.com');
  });

  it('turns Unicode names into punycode, as URL.hostname reports them', () => {
    expect(canonicalHostname('bücher.de')).toBe('xn--bcher-kva.de');
  });

  it('accepts single labels and IPv4 addresses', () => {
    expect(canonicalHostname('localhost')).toBe('localhost');
    expect(canonicalHostname('127.0.0.1')).toBe('127.0.0.1');
  });

  it('rejects what is not a hostname', () => {
    for (const bad of ['', '.', 'a..b', '-a.com', 'a-.com', 'a_b.com', '__proto__', 'http://a.com',
      'a.com/x', 'a b.com', '[::1]', 'a.com:80', 'x'.repeat(64) + '.com', `${'a.'.repeat(127)}aa`, 42, null]) {
      expect(canonicalHostname(bad), String(bad)).toBeNull();
    }
  });

  it('is idempotent and never throws (fast-check)', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.domain(), fc.anything()), (input) => {
      const host = canonicalHostname(input);
      if (host !== null) expect(canonicalHostname(host)).toBe(host);
    }), { numRuns: 500 });
  });
});

describe('isHostname', () => {
  it('accepts only canonical forms', () => {
    expect(isHostname('example.com')).toBe(true);
    expect(isHostname('Example.com')).toBe(false);
  });
});

describe('hostnameAndParents', () => {
  it('lists the host and its parents, most specific first', () => {
    expect(hostnameAndParents('a.b.example.com')).toEqual(['a.b.example.com', 'b.example.com', 'example.com', 'com']);
  });
});
