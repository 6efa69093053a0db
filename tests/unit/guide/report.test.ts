import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildReport, redactUrl, sanitizeValue } from '../../../src/core/report';
import { CASES } from './fixtures';

const time = Date.UTC(2026, 10, 21, 8, 49, 37);

describe('buildReport', () => {
  it('lists URL, ISO time, status, producer, kind, ids and the headers that matter', () => {
    const report = buildReport({
      url: 'https://shop.example.com/cart?item=4', time, method: 'get', diagnosis: CASES.varnishFetchFailed,
      headers: {
        server: 'Varnish', via: '1.1 varnish (Varnish/7.1)', 'x-varnish': '32770', 'retry-after': '5',
        date: 'Sat, 21 Nov 2026 08:49:37 GMT', 'content-type': 'text/html',
      },
    });
    expect(report).toBe([
      'Error report (made by the Comeback browser extension)',
      'URL: https://shop.example.com/cart?item=4',
      'Time: 2026-11-21T08:49:37.000Z',
      'Method: GET',
      'Status: 503',
      'Produced by: varnish',
      'Kind: backend-fetch-failed',
      'Retry-After: 5 s',
      'Varnish XID: 32770',
      'Response headers:',
      '  server: Varnish',
      '  via: 1.1 varnish (Varnish/7.1)',
      '  x-varnish: 32770',
      '  retry-after: 5',
      '  date: Sat, 21 Nov 2026 08:49:37 GMT',
      '',
    ].join('\n'));
  });

  it('includes the CDN ids (cf-ray, x-amz-cf-id, x-served-by, x-cache)', () => {
    const report = buildReport({
      url: 'https://a.example/', time, diagnosis: CASES.cloudflare521,
      headers: { 'cf-ray': '8a1b2c3d4e5f6a7b-FRA', 'x-amz-cf-id': 'abc==', 'x-served-by': 'cache-fra-1', 'x-cache': 'MISS' },
    });
    expect(report).toContain('Cloudflare Ray ID: 8a1b2c3d4e5f6a7b-FRA');
    for (const name of ['cf-ray', 'x-amz-cf-id', 'x-served-by', 'x-cache']) expect(report).toContain(`  ${name}: `);
  });

  it('never includes cookies or auth headers, whatever their case', () => {
    const report = buildReport({
      url: 'https://a.example/', time, diagnosis: CASES.nginx502,
      headers: { 'set-cookie': 'sid=SECRET', Cookie: 'x=SECRET', authorization: 'Bearer SECRET', 'www-authenticate': 'Basic SECRET', 'proxy-authorization': 'SECRET' },
    });
    expect(report).not.toContain('SECRET');
    expect(report).not.toContain('Response headers');
  });

  it('strips credentials, fragments and secret-looking query values from the URL', () => {
    expect(redactUrl('https://user:pw@a.example/p?q=shoes&token=abc&api_key=1&PHPSESSID=2&zip=1#frag'))
      .toBe('https://a.example/p?q=shoes&token=%28removed%29&api_key=%28removed%29&PHPSESSID=%28removed%29&zip=1');
  });

  it('says "unknown" for an invalid time rather than throwing', () => {
    expect(buildReport({ url: 'x', time: Number.NaN, diagnosis: CASES.origin500, headers: {} })).toContain('Time: unknown');
  });

  it('keeps header values on one line so nothing can forge report lines', () => {
    const report = buildReport({ url: 'https://a.example/', time, diagnosis: CASES.nginx502, headers: { server: 'nginx\r\nStatus: 200' } });
    expect(report).toContain('  server: nginx Status: 200');
    expect(report.split('\n').filter((l) => l.startsWith('Status:'))).toEqual(['Status: 502']);
  });

  it('every line stays single-line and bounded for arbitrary input (fast-check)', () => {
    fc.assert(fc.property(fc.string(), fc.dictionary(fc.string(), fc.string()), fc.string(), (url, headers, xid) => {
      const report = buildReport({ url, time, headers, diagnosis: { ...CASES.varnishFetchFailed, ids: { xid } } });
      expect(report.endsWith('\n')).toBe(true);
      for (const line of report.split('\n')) expect(line.length).toBeLessThan(360);
    }), { numRuns: 300 });
  });
});

describe('sanitizeValue', () => {
  it('caps long values', () => {
    expect(sanitizeValue('a'.repeat(1000))).toHaveLength(301);
  });
});
