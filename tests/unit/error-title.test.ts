import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusInTitle, titleSuggestsError } from '../../src/core/error-title';

describe('titleSuggestsError', () => {
  it.each([
    ['503 Backend fetch failed', 503], // Varnish
    ['502 Bad Gateway', 502], // nginx
    ['503 Service Unavailable', 503], // Apache, HAProxy-style
    ['504 Gateway Time-out', 504],
    ['shop.example.com | 521: Web server is down', 521], // Cloudflare
    ['shop.example.com | 522: Connection timed out', 522],
    ['429 Too Many Requests', 429],
    ['Error 503 Service Unavailable', 503],
    ['Service Unavailable', null],
  ])('"%s" reads as an error page (status %s)', (title, status) => {
    expect(titleSuggestsError(title)).toBe(true);
    expect(statusInTitle(title)).toBe(status);
  });

  it.each([
    'Comeback - your shop',
    'Flights from 500 EUR',
    'Top 503 recipes', // a number alone is not an error
    'Order #5034 confirmed',
    'Version 5.503 released',
    'localhost:5173/',
    '',
  ])('"%s" does not', (title) => {
    expect(titleSuggestsError(title)).toBe(false);
  });

  it('reads no status out of longer numbers', () => {
    for (const title of ['Order #5034', 'Version 5.503', '1,503 errors', '2503 items', 'Room 503.5']) expect(statusInTitle(title)).toBeNull();
  });

  it('never throws and only names 429 or 5xx', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (title) => {
      const s = statusInTitle(title);
      expect(typeof titleSuggestsError(title)).toBe('boolean');
      expect(s === null || s === 429 || (s >= 500 && s <= 599)).toBe(true);
    }));
  });
});
