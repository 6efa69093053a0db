import { getDomain, parse } from 'tldts';
import { describe, expect, it } from 'vitest';
import { addressWithoutQuery, hostScope, isPublicHost, normaliseHost } from '../../../src/status/privacy/public-host';

/** The Public Suffix List's answer, as the lazy lookup gives it. */
const known = (host: string): boolean => parse(host).isIcann === true;

describe('hostScope: IPv4', () => {
  it.each([
    ['10.1.2.3', 'private-ip'], ['172.16.0.1', 'private-ip'], ['172.31.255.255', 'private-ip'],
    ['172.32.0.1', 'public'], ['192.168.1.1', 'private-ip'], ['127.0.0.1', 'private-ip'],
    ['127.255.255.254', 'private-ip'], ['169.254.169.254', 'private-ip'], ['100.64.0.1', 'private-ip'],
    ['100.128.0.1', 'public'], ['0.0.0.0', 'private-ip'], ['224.0.0.1', 'private-ip'],
    ['255.255.255.255', 'private-ip'], ['192.0.2.10', 'private-ip'], ['198.18.0.1', 'private-ip'],
    ['8.8.8.8', 'public'], ['1.1.1.1', 'public'], ['93.184.216.34', 'public'],
    // Legacy forms a URL parser turns into dotted quads: 0x7f.1 and 2130706433 are 127.0.0.1.
    ['0x7f.1', 'private-ip'], ['2130706433', 'private-ip'], ['017700000001', 'private-ip'],
  ])('%s → %s', (host, scope) => {
    expect(hostScope(host)).toBe(scope);
  });
});

describe('hostScope: IPv6', () => {
  it.each([
    ['[::1]', 'private-ip'], ['[::]', 'private-ip'], ['[fe80::1]', 'private-ip'], ['[fd12:3456::1]', 'private-ip'],
    ['[fc00::1]', 'private-ip'], ['[ff02::1]', 'private-ip'], ['[2001:db8::1]', 'private-ip'],
    ['[::ffff:10.0.0.1]', 'private-ip'], ['[::ffff:127.0.0.1]', 'private-ip'], ['[::ffff:8.8.8.8]', 'public'],
    ['[64:ff9b::192.168.0.1]', 'private-ip'], ['[64:ff9b::8.8.8.8]', 'public'],
    ['[2606:4700:4700::1111]', 'public'], ['[2a00:1450:4001:82b::200e]', 'public'],
    ['[::1]:8443', 'private-ip'], ['[FE80::ABCD]', 'private-ip'],
  ])('%s → %s', (host, scope) => {
    expect(hostScope(host)).toBe(scope);
  });
});

describe('hostScope: names', () => {
  it.each([
    ['localhost', 'local-name'], ['localhost.', 'local-name'], ['app.localhost', 'local-name'],
    ['printer.local', 'local-name'], ['status.corp.internal', 'local-name'], ['nas.lan', 'local-name'],
    ['router.home.arpa', 'local-name'], ['wiki.corp', 'local-name'], ['x.home', 'local-name'],
    ['site.test', 'local-name'], ['abc.onion', 'local-name'], ['intranet', 'single-label'],
    ['printer', 'single-label'], ['www.example.com', 'public'], ['www.example.com.', 'public'],
    ['WWW.Example.COM', 'public'], ['example.com:8080', 'public'], ['shop.example.co.uk', 'public'],
  ])('%s → %s', (host, scope) => {
    expect(hostScope(host, known(host.replace(/:\d+$/, '')))).toBe(scope);
  });

  it('turns an IDN into punycode before judging it', () => {
    expect(normaliseHost('bücher.de')).toBe('xn--bcher-kva.de');
    expect(isPublicHost('bücher.de', known('xn--bcher-kva.de'))).toBe(true);
    expect(isPublicHost('bücher.local')).toBe(false);
  });

  it('refuses a suffix the Public Suffix List does not know, when it was asked', () => {
    expect(hostScope('a.b.zzzunknown', known('a.b.zzzunknown'))).toBe('unknown-suffix');
    // Without the list (Chrome's service worker before the popup ran) only the fixed rules apply.
    expect(hostScope('a.b.zzzunknown')).toBe('public');
    // tldts alone would call corp.internal a registrable domain: the fixed rules catch it.
    expect(getDomain('status.corp.internal')).toBe('corp.internal');
  });

  it.each(['', 'a b.com', 'evil.com/path', 'user@evil.com', 'x'.repeat(400), '[::1', 'http://x.com'])(
    'calls %j invalid, never public', (host) => {
      expect(isPublicHost(host)).toBe(false);
    });
});

describe('addressWithoutQuery', () => {
  it.each([
    ['https://example.com/a/b?token=s3cret&x=1#frag', 'https://example.com/a/b'],
    ['https://user:pw@example.com/?sid=1', 'https://example.com/'],
    ['http://example.com:8080/p', 'http://example.com:8080/p'],
    ['ftp://example.com/', null], ['not a url', null],
  ])('%s → %s', (input, out) => {
    expect(addressWithoutQuery(input)).toBe(out);
  });
});
