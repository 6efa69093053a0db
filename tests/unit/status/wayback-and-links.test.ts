import { describe, expect, it } from 'vitest';
import { archiveTodayLink } from '../../../src/status/archive/archive-today';
import { outsideLinks } from '../../../src/status/run/outside-links';
import { parseWayback, parseWaybackTimestamp, waybackAvailabilityUrl } from '../../../src/status/archive/wayback';
import { fixture } from './helpers';

describe('wayback', () => {
  it('builds the availability URL with the address encoded, query and fragment dropped', () => {
    expect(waybackAvailabilityUrl('https://example.com/a/b?token=1&c=2#x'))
      .toBe('https://archive.org/wayback/available?url=https%3A%2F%2Fexample.com%2Fa%2Fb');
  });

  it('offers a 2xx snapshot over https with its date', () => {
    expect(parseWayback(fixture('wayback-available.json'))).toEqual({
      ok: true,
      value: {
        url: 'https://web.archive.org/web/20250301123456/https://example-shop.com/cart',
        capturedAt: Date.UTC(2025, 2, 1, 12, 34, 56),
      },
    });
  });

  it('offers nothing when there is no snapshot or it captured an error', () => {
    expect(parseWayback(fixture('wayback-none.json'))).toEqual({ ok: true, value: null });
    expect(parseWayback(fixture('wayback-error-capture.json'))).toEqual({ ok: true, value: null });
    expect(parseWayback({ archived_snapshots: { closest: { available: false, status: '200' } } })).toEqual({ ok: true, value: null });
  });

  it('rejects links off archive.org and malformed answers', () => {
    const evil = { archived_snapshots: { closest: { available: true, status: '200', timestamp: '20250301123456', url: 'http://evil.example/web/x' } } };
    expect(parseWayback(evil).ok).toBe(false);
    const js = { archived_snapshots: { closest: { available: true, status: '200', timestamp: '20250301123456', url: 'javascript:alert(1)' } } };
    expect(parseWayback(js).ok).toBe(false);
    expect(parseWayback('<html>').ok).toBe(false);
    expect(parseWayback({}).ok).toBe(false);
  });

  it.each([
    ['20250301123456', Date.UTC(2025, 2, 1, 12, 34, 56)],
    ['19961231235959', Date.UTC(1996, 11, 31, 23, 59, 59)],
    ['20250231000000', null], ['20251301000000', null], ['20250101240000', null], ['2025', null], [20250301123456, null],
  ])('timestamp %s → %s', (ts, expected) => {
    expect(parseWaybackTimestamp(ts)).toBe(expected);
  });
});

describe('outside links', () => {
  it('links to Downdetector search and Is It Down Right Now by domain', () => {
    expect(outsideLinks('www.github.com', 'github.com')).toEqual({
      downdetector: 'https://downdetector.com/search/?q=github',
      isItDownRightNow: 'https://www.isitdownrightnow.com/github.com.html',
    });
    expect(outsideLinks('shop.example.co.uk', 'example.co.uk').downdetector).toBe('https://downdetector.com/search/?q=example');
  });

  it('falls back to the bare host when the registrable domain is not known', () => {
    expect(outsideLinks('www.github.com', null).downdetector).toBe('https://downdetector.com/search/?q=github');
  });

  it('links to archive.today without query and fragment, http(s) only', () => {
    expect(archiveTodayLink('https://example.com/a?sid=1#frag')).toBe('https://archive.ph/newest/https://example.com/a');
    expect(archiveTodayLink('file:///etc/passwd')).toBeNull();
    expect(archiveTodayLink('nonsense')).toBeNull();
  });
});
