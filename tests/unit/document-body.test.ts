import { describe, expect, it } from 'vitest';
import { documentBody } from '../../src/core/diagnose/document-body';
import { diagnose } from '../../src/core/diagnose/index';

const html = (markup: string, children = 1) => ({ contentType: 'text/html', markup, preText: null, bodyChildCount: children });

describe('documentBody: what the overlay sends for the document the browser built', () => {
  it("a text/plain document: the <pre>'s text, not the wrapper markup", () => {
    const p = { contentType: 'text/plain', markup: '<html><head></head><body><pre>no healthy upstream</pre></body></html>', preText: 'no healthy upstream', bodyChildCount: 1 };
    expect(documentBody(p)).toBe('no healthy upstream');
    expect(diagnose({ status: 503, headers: { server: 'envoy' }, body: documentBody(p), now: 0 })).toMatchObject({ producer: 'envoy', kind: 'backend-unhealthy' });
  });

  it('an empty response: nothing', () => {
    expect(documentBody(html('<html><head></head><body></body></html>', 0))).toBe('');
    expect(diagnose({ status: 502, headers: { server: 'Caddy' }, body: documentBody(html('<html><head></head><body></body></html>', 0)), now: 0 }))
      .toMatchObject({ producer: 'caddy' });
  });

  it("HTML: the markup, and HAProxy's stock 503 as the browser serialises it is still HAProxy's", () => {
    const served = '<html><head></head><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n\n</body></html>';
    expect(documentBody(html(served))).toBe(served);
    expect(diagnose({ status: 503, headers: {}, body: documentBody(html(served)), now: 0 })).toMatchObject({ producer: 'haproxy', kind: 'backend-unhealthy' });
  });

  it('a page with a title but an empty body is HTML, not empty', () => {
    expect(documentBody(html('<html><head><title>x</title></head><body></body></html>', 0))).toContain('<title>');
  });

  it('bounds what it returns to 64 KB', () => {
    expect(documentBody({ contentType: 'text/plain', markup: '', preText: 'x'.repeat(200_000), bodyChildCount: 1 })).toHaveLength(64 * 1024);
    expect(documentBody(html('y'.repeat(200_000)))).toHaveLength(64 * 1024);
  });

  it('a plain-text type whose document has no lone <pre> falls back to the markup', () => {
    expect(documentBody({ contentType: 'application/json', markup: '<html>viewer</html>', preText: null, bodyChildCount: 3 })).toBe('<html>viewer</html>');
  });
});
