import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRawResponse, type RawResponse } from '../../src/core/parse-raw-response';

function ok(text: string): RawResponse {
  const r = parseRawResponse(text);
  if (!r.ok) throw new Error(r.error);
  return r.response;
}

describe('parseRawResponse', () => {
  it('reads an HTTP/1.1 response with CRLF line ends', () => {
    const r = ok('HTTP/1.1 503 Backend fetch failed\r\nServer: Varnish\r\nRetry-After: 5\r\n\r\n<html>\r\nbody</html>');
    expect(r).toEqual({ httpVersion: '1.1', status: 503, reason: 'Backend fetch failed',
      headers: { server: 'Varnish', 'retry-after': '5' }, body: '<html>\r\nbody</html>' });
  });

  it('reads an HTTP/2 response with no reason phrase and LF line ends', () => {
    const r = ok('HTTP/2 503 \nserver: cloudflare\n\nbody\n');
    expect(r).toMatchObject({ httpVersion: '2', status: 503, reason: '', headers: { server: 'cloudflare' }, body: 'body\n' });
  });

  it('keeps a body de-chunked by curl as it is, even with Transfer-Encoding: chunked', () => {
    expect(ok('HTTP/1.1 502 Bad Gateway\nTransfer-Encoding: chunked\n\nplain body').body).toBe('plain body');
  });

  it('skips 100 Continue and 103 Early Hints blocks', () => {
    const r = ok('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\nHTTP/1.1 504 Gateway Time-out\r\nServer: nginx\r\n\r\nx');
    expect(r).toMatchObject({ status: 504, headers: { server: 'nginx' }, body: 'x' });
  });

  it("skips a proxy's Connection established block", () => {
    expect(ok('HTTP/1.1 200 Connection established\r\n\r\nHTTP/2 502\r\nserver: awselb/2.0\r\n\r\n').status).toBe(502);
  });

  it('joins repeated headers, lower-cases names, unfolds obsolete line folding', () => {
    const r = ok('HTTP/1.1 503 x\nVia: 1.1 varnish\nVIA: 1.1 google\nX-Long: a\n  b\n\n');
    expect(r.headers).toEqual({ via: '1.1 varnish, 1.1 google', 'x-long': 'a b' });
  });

  it('accepts a response with headers only and no blank line, a BOM and leading blank lines', () => {
    expect(ok('\uFEFF\r\nHTTP/1.1 503 Service Unavailable\r\nContent-Length: 0')).toMatchObject({ status: 503, body: '' });
  });

  it.each([
    ['', /empty/],
    ['hello world', /not an HTTP response/],
    ['{"status":503}', /not an HTTP response/],
    ['HTTP/1.1 5030 Nope\n\n', /not an HTTP response/],
    ['HTTP/1.1 503 x\nno colon here\n\n', /malformed header/],
    ['HTTP/1.1 100 Continue\r\n\r\n', /interim/],
  ])('rejects %j', (text, error) => {
    const r = parseRawResponse(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });

  it('round-trips any status, headers and body (property)', () => {
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/);
    const value = fc.stringMatching(/^[!-~]([ !-~]{0,30}[!-~])?$/);
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 599 }), fc.uniqueArray(fc.tuple(name, value), { selector: ([n]) => n.toLowerCase(), maxLength: 8 }),
        fc.string(), fc.boolean(), (status, headers, body, crlf) => {
          const nl = crlf ? '\r\n' : '\n';
          const text = [`HTTP/1.1 ${status} Reason`, ...headers.map(([n, v]) => `${n}: ${v}`)].join(nl) + nl + nl + body;
          const r = ok(text);
          expect(r.status).toBe(status);
          expect(r.body).toBe(body);
          expect(r.headers).toEqual(Object.fromEntries(headers.map(([n, v]) => [n.toLowerCase(), v])));
        }),
    );
  });

  it('never throws (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      expect(typeof parseRawResponse(s).ok).toBe('boolean');
      expect(typeof parseRawResponse(`HTTP/1.1 503 x\n${s}`).ok).toBe('boolean');
    }));
  });
});
