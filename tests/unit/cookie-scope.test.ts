import { describe, expect, it } from 'vitest';
import { cookieScope, namedSites, removesCookie } from '../../src/core/cookie-scope';

describe('cookie scope', () => {
  it('lists the parents of a deep host down to the registrable domain', () => {
    expect(cookieScope('a.shop.example.com', 'example.com')).toEqual({
      host: 'a.shop.example.com', domain: 'example.com', parents: ['shop.example.com', 'example.com'],
    });
  });
  it('a registrable domain itself has no parents', () => {
    expect(cookieScope('Example.com.', 'example.com')).toEqual({ host: 'example.com', domain: 'example.com', parents: [] });
  });
  it('an IP address or a bare name is only itself', () => {
    expect(cookieScope('127.0.0.1', null)).toEqual({ host: '127.0.0.1', domain: '127.0.0.1', parents: [] });
    expect(cookieScope('intranet', null).parents).toEqual([]);
  });
  it('ignores a registrable domain that is not a parent (bad input)', () => {
    expect(cookieScope('shop.example.com', 'evil.example')).toEqual({ host: 'shop.example.com', domain: 'shop.example.com', parents: [] });
  });
  it('removes the host\'s cookies and the parents\' domain cookies, keeps siblings and parents\' host-only cookies', () => {
    const scope = cookieScope('shop.example.com', 'example.com');
    expect(removesCookie({ domain: 'shop.example.com', hostOnly: true }, scope)).toBe(true);
    expect(removesCookie({ domain: '.shop.example.com', hostOnly: false }, scope)).toBe(true);
    expect(removesCookie({ domain: '.example.com', hostOnly: false }, scope)).toBe(true);
    expect(removesCookie({ domain: 'example.com', hostOnly: true }, scope)).toBe(false);
    expect(removesCookie({ domain: 'mail.example.com', hostOnly: true }, scope)).toBe(false);
    expect(removesCookie({ domain: '.mail.example.com', hostOnly: false }, scope)).toBe(false);
    expect(removesCookie({ domain: '.other.example', hostOnly: false }, scope)).toBe(false);
  });
  it('names the registrable domain and the site', () => {
    expect(namedSites(cookieScope('shop.example.com', 'example.com'))).toEqual(['example.com', 'shop.example.com']);
    expect(namedSites(cookieScope('example.com', 'example.com'))).toEqual(['example.com']);
  });
});
