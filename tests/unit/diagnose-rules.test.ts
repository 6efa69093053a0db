/** The order of the detectors and the rules that do not depend on one producer's page. */
import { describe, expect, it } from 'vitest';
import { DETECTORS, diagnose } from '../../src/core/diagnose/index';
import { isRetryable } from '../../src/core/diagnose/retryable';
import { kindFromStatus } from '../../src/core/diagnose/status-kind';
import { decodeEntities } from '../../src/core/diagnose/entities';
import type { HeaderMap } from '../../src/core/types';

const NOW = Date.UTC(2026, 0, 1);
const run = (status: number, body = '', headers: HeaderMap = {}) => diagnose({ status, headers, body, now: NOW });

const VARNISH = '<title>503 Backend fetch failed</title><h1>Error 503 Backend fetch failed</h1><h3>Guru Meditation:</h3><p>XID: 9</p><hr><p>Varnish cache server</p>';
const FASTLY = '<title>503 Backend is unhealthy</title><h1>Error 503 Backend is unhealthy</h1><h3>Guru Mediation:</h3><p>Details: cache-fra-1-FRA 1700000000 123</p><hr><p>Varnish cache server</p>';
const NGINX = '<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>';

describe('detector order', () => {
  it('is most specific first', () => {
    const names: string[] = DETECTORS.map((d) => d.name);
    const before = (a: string, b: string) => expect(names.indexOf(a), `${a} before ${b}`).toBeLessThan(names.indexOf(b));
    before('cloudflare', 'nginx');
    before('fastly', 'varnish');
    before('magento', 'apache');
    before('magento', 'nginx');
    before('aws-elb', 'nginx');
    expect(names.at(-1)).toBe('caddy');
    expect(new Set(names).size).toBe(names.length);
  });

  it('lets the body decide over the carrying headers', () => {
    const fastlyHeaders = { 'x-served-by': 'cache-fra-1-FRA', via: '1.1 varnish', server: 'Varnish' };
    expect(run(502, NGINX, fastlyHeaders).producer).toBe('nginx');
    expect(run(503, VARNISH, { server: 'cloudflare', 'cf-ray': '0123456789abcdef-FRA' }).producer).toBe('varnish');
    expect(run(503, 'Sorry, we are busy', { server: 'Varnish', 'x-varnish': '5' }).producer).toBe('origin');
  });

  it("tells Fastly's Guru Mediation from Varnish's Guru Meditation", () => {
    expect(run(503, FASTLY)).toMatchObject({ producer: 'fastly', kind: 'backend-unhealthy', ids: { details: 'cache-fra-1-FRA 1700000000 123' } });
    expect(run(503, VARNISH)).toMatchObject({ producer: 'varnish', kind: 'backend-fetch-failed', ids: { xid: '9' } });
  });

  it('reads the nginx footer: openresty and cloudflare builds', () => {
    expect(run(502, NGINX.replace('<center>nginx', '<center>openresty')).producer).toBe('openresty');
    expect(run(502, NGINX.replace('<center>nginx', '<center>cloudflare')).producer).toBe('cloudflare');
    expect(run(502, NGINX.replace('<hr><center>nginx</center>\n', ''), { server: 'awselb/2.0' }).producer).toBe('aws-elb');
  });
});

describe('status rules', () => {
  it.each([100, 200, 204, 301, 304, 400, 401, 403, 404, 418, 428, 431, 600, 999, 0, -1])('status %i is kind none', (status) => {
    expect(run(status, VARNISH, { 'retry-after': '5' })).toMatchObject({ kind: 'none', retryable: false, ids: {} });
  });

  it('handles 429 and every 5xx', () => {
    for (let s = 500; s <= 599; s++) expect(run(s).kind).not.toBe('none');
    expect(run(429).kind).toBe('rate-limited');
  });

  it('a 429 is rate-limited whoever sent it', () => {
    expect(run(429, VARNISH.replace(/503/g, '429')).kind).toBe('rate-limited');
  });

  it.each([
    [429, true], [500, false], [501, false], [502, true], [503, true], [504, true], [505, false],
    [520, true], [521, true], [522, true], [523, true], [524, true], [525, false], [526, false], [530, false],
  ])('status %i retryable: %s', (status, retryable) => {
    expect(isRetryable(status, kindFromStatus(status))).toBe(retryable);
  });

  it('never retries a TLS error, whatever the status', () => {
    expect(isRetryable(503, 'tls-error')).toBe(false);
    expect(run(503, 'upstream connect error or disconnect/reset before headers. reset reason: TLS error: CERTIFICATE_VERIFY_FAILED').retryable).toBe(false);
  });

  it('kinds by status: 502 connection, 504 timeout, Cloudflare 52x', () => {
    expect([502, 504, 520, 521, 522, 523, 524, 525, 526].map(kindFromStatus)).toEqual([
      'connection-failed', 'timeout', 'server-error', 'connection-failed', 'timeout', 'connection-failed', 'timeout', 'tls-error', 'tls-error',
    ]);
  });
});

describe('fallback', () => {
  it('an empty body with no telling headers is unknown', () => {
    expect(run(503)).toMatchObject({ producer: 'unknown', kind: 'overloaded', retryable: true });
  });

  it("a page the proxies did not make is the origin's", () => {
    expect(run(500, '<h1>Oops</h1>')).toMatchObject({ producer: 'origin', kind: 'server-error', retryable: false });
    expect(run(502, '', { server: 'gunicorn' }).producer).toBe('origin');
    expect(run(503, '', { 'x-powered-by': 'Express' }).producer).toBe('origin');
  });

  it("an origin's 503 about maintenance is maintenance", () => {
    expect(run(503, '<title>Scheduled maintenance</title>').kind).toBe('maintenance');
    expect(run(500, '<title>Scheduled maintenance</title>').kind).toBe('server-error');
  });
});

describe('ids and Retry-After', () => {
  it('takes the Ray ID from the cf-ray header when the page has none', () => {
    expect(run(503, 'busy', { 'cf-ray': '8E4F1C2B9A7D3E61-FRA' }).ids).toEqual({ rayId: '8e4f1c2b9a7d3e61' });
  });

  it('takes the CloudFront request id from x-amz-cf-id', () => {
    expect(run(503, 'busy', { 'x-amz-cf-id': 'abcdefghijklmnopqrstuvwxyz==' }).ids).toEqual({ requestId: 'abcdefghijklmnopqrstuvwxyz==' });
  });

  it('decodes the Akamai reference', () => {
    const body = '<H1>Service Unavailable</H1>Reference&#32;&#35;18&#46;9a6c1402&#46;1700000000&#46;3f2b1c0';
    expect(run(503, body, { server: 'AkamaiGHost' })).toMatchObject({ producer: 'akamai', ids: { reference: '18.9a6c1402.1700000000.3f2b1c0' } });
  });

  it('reads Retry-After against the Date header', () => {
    const h = { date: 'Thu, 01 Jan 2026 00:00:00 GMT', 'retry-after': 'Thu, 01 Jan 2026 00:01:00 GMT' };
    expect(diagnose({ status: 503, headers: h, body: '', now: NOW + 999_000 }).retryAfterSeconds).toBe(60);
    expect(run(503, '', { 'retry-after': '-1' }).retryAfterSeconds).toBeNull();
    expect(run(503, '', { 'retry-after': '1.5' }).retryAfterSeconds).toBeNull();
  });

  it('accepts headers given with any letter case', () => {
    expect(run(503, '', { 'Retry-After': '9', Server: 'Caddy' })).toMatchObject({ retryAfterSeconds: 9, producer: 'caddy' });
  });
});

describe('bounds', () => {
  it('reads only the first 64 KB of the body', () => {
    const padding = 'x'.repeat(70 * 1024);
    expect(run(503, padding + VARNISH).producer).toBe('origin');
    expect(run(503, VARNISH + padding).producer).toBe('varnish');
  });

  it('decodes numeric and named character references', () => {
    expect(decodeEntities('Reference&#32;&#35;1&#x2E;2 &amp; That&rsquo;s &bogus; &#0;')).toBe('Reference #1.2 & That’s &bogus; &#0;');
  });
});
