import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_DELTA_SECONDS, parseHttpDate, parseRetryAfter } from '../../src/core/retry-after';

const EPOCH_784111777 = Date.UTC(1994, 10, 6, 8, 49, 37); // RFC 9110's example instant
const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);

describe('parseHttpDate (RFC 9110 §5.6.7)', () => {
  it('reads the three forms of the RFC example to the same instant', () => {
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT')).toBe(EPOCH_784111777);
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT')).toBe(EPOCH_784111777);
    expect(parseHttpDate('Sun Nov  6 08:49:37 1994')).toBe(EPOCH_784111777);
  });

  it('ignores surrounding whitespace and letter case of names', () => {
    expect(parseHttpDate('  sun, 06 NOV 1994 08:49:37 GMT ')).toBe(EPOCH_784111777);
  });

  it('applies the 50-year rule to two-digit years when given a clock', () => {
    expect(parseHttpDate('Thursday, 01-Jan-26 00:00:00 GMT', NOW)).toBe(Date.UTC(2026, 0, 1));
    expect(parseHttpDate('Friday, 01-Jan-99 00:00:00 GMT', NOW)).toBe(Date.UTC(1999, 0, 1));
    expect(parseHttpDate('Friday, 01-Jan-76 00:00:00 GMT', NOW)).toBe(Date.UTC(2076, 0, 1));
    expect(parseHttpDate('Friday, 01-Jan-77 00:00:00 GMT', NOW)).toBe(Date.UTC(1977, 0, 1));
  });

  it.each([
    '', 'now', '5', 'Sun, 06 Nov 1994 08:49:37', 'Sun, 06 Nov 1994 08:49:37 UTC', 'Sun, 6 Nov 1994 08:49:37 GMT',
    'Sun, 31 Feb 1994 08:49:37 GMT', 'Sun, 06 Nov 1994 24:00:00 GMT', 'Sun, 06 Foo 1994 08:49:37 GMT',
    'Sunday, 06-Nov-1994 08:49:37 GMT', 'Sun Nov 6 08:49:37 1994', '1994-11-06T08:49:37Z',
  ])('rejects %j', (s) => {
    expect(parseHttpDate(s)).toBeNull();
  });

  it('round-trips every IMF-fixdate that Date#toUTCString prints', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 253402300799 }), (seconds) => {
        const ms = seconds * 1000;
        expect(parseHttpDate(new Date(ms).toUTCString())).toBe(ms);
      }),
    );
  });
});

describe('parseRetryAfter (RFC 9110 §10.2.3)', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('5', undefined, NOW)).toBe(5);
    expect(parseRetryAfter(' 120 ', undefined, NOW)).toBe(120);
    expect(parseRetryAfter('0', undefined, NOW)).toBe(0);
    expect(parseRetryAfter('007', undefined, NOW)).toBe(7);
  });

  it('caps absurdly long digit strings instead of overflowing', () => {
    expect(parseRetryAfter('9'.repeat(400), undefined, NOW)).toBe(MAX_DELTA_SECONDS);
  });

  it.each(['-5', '1.5', '5s', '', 'soon', '1e3', '+5', '5, 6', '0x10', 'Infinity', 'NaN'])('gives null for %j', (v) => {
    expect(parseRetryAfter(v, undefined, NOW)).toBeNull();
  });

  it('gives null when absent', () => {
    expect(parseRetryAfter(undefined, 'Thu, 01 Jan 2026 12:00:00 GMT', NOW)).toBeNull();
  });

  it('measures a date against the response Date header, not the skewed local clock', () => {
    const date = 'Thu, 01 Jan 2026 12:00:00 GMT';
    const skewedNow = NOW + 3_600_000; // client clock an hour fast
    expect(parseRetryAfter('Thu, 01 Jan 2026 12:02:00 GMT', date, skewedNow)).toBe(120);
  });

  it('measures against now when the Date header is absent or unparseable', () => {
    expect(parseRetryAfter('Thu, 01 Jan 2026 12:00:30 GMT', undefined, NOW)).toBe(30);
    expect(parseRetryAfter('Thu, 01 Jan 2026 12:00:30 GMT', 'yesterday', NOW)).toBe(30);
  });

  it('accepts the obsolete date forms', () => {
    expect(parseRetryAfter('Thursday, 01-Jan-26 12:01:00 GMT', undefined, NOW)).toBe(60);
    expect(parseRetryAfter('Thu Jan  1 12:01:00 2026', undefined, NOW)).toBe(60);
  });

  it('gives 0 for a date in the past and rounds partial seconds up', () => {
    expect(parseRetryAfter('Thu, 01 Jan 2026 11:00:00 GMT', undefined, NOW)).toBe(0);
    expect(parseRetryAfter('Thu, 01 Jan 2026 12:00:01 GMT', undefined, NOW + 500)).toBe(1);
  });

  it('returns any non-negative integer unchanged (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_DELTA_SECONDS }), (n) => {
        expect(parseRetryAfter(String(n), undefined, NOW)).toBe(n);
      }),
    );
  });

  it('turns a date d seconds after the Date header into d (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4e9 }), fc.integer({ min: -1e6, max: 1e7 }), (base, d) => {
        const date = new Date(base * 1000).toUTCString();
        const at = new Date((base + d) * 1000).toUTCString();
        expect(parseRetryAfter(at, date, 0)).toBe(Math.max(0, d));
      }),
    );
  });

  it('never throws and only yields null or a non-negative integer (property)', () => {
    fc.assert(
      fc.property(fc.option(fc.string({ unit: 'binary' }), { nil: undefined }), fc.option(fc.string(), { nil: undefined }),
        fc.integer(), (v, d, now) => {
          const r = parseRetryAfter(v, d, now);
          expect(r === null || (Number.isInteger(r) && r >= 0)).toBe(true);
        }),
    );
  });

  it('rejects every negative or fractional number (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }).filter((x) => x < 0 || !Number.isInteger(x)), (x) => {
        expect(parseRetryAfter(String(x), undefined, NOW)).toBeNull();
      }),
    );
  });
});
