import { describe, expect, it } from 'vitest';
import { guideLinkHref, siteLinkHref } from '../../../src/core/guide-links';

describe('siteLinkHref', () => {
  it('builds the down-for-everyone links from the hostname only', () => {
    expect(siteLinkHref('downdetector', { hostname: 'Example.com', url: 'https://example.com/secret' }))
      .toBe('https://downdetector.com/search/?q=example.com');
    expect(siteLinkHref('is-it-down-right-now', { hostname: 'example.com' })).toBe('https://www.isitdownrightnow.com/example.com.html');
  });

  it('gives the status page only when it is known and https', () => {
    expect(siteLinkHref('status-page', { hostname: 'a.com', statusPageUrl: 'https://status.a.com/' })).toBe('https://status.a.com/');
    expect(siteLinkHref('status-page', { hostname: 'a.com', statusPageUrl: 'javascript:alert(1)' })).toBeNull();
    expect(siteLinkHref('status-page', { hostname: 'a.com' })).toBeNull();
  });

  it('archives the page URL only when it is http(s)', () => {
    expect(siteLinkHref('archive-today', { hostname: 'a.com', url: 'https://a.com/p' })).toBe('https://archive.ph/newest/https://a.com/p');
    expect(siteLinkHref('archive-today', { hostname: 'a.com', url: 'javascript:x' })).toBe('https://archive.ph/newest/https://a.com/');
  });

  it('refuses hostnames that could break out of the path', () => {
    expect(siteLinkHref('downdetector', { hostname: 'a.com/../x?y' })).toBeNull();
  });

  it('passes fixed links through', () => {
    expect(guideLinkHref({ labelKey: 'k', href: 'https://docs.example/' }, { hostname: 'a.com' })).toBe('https://docs.example/');
  });
});
