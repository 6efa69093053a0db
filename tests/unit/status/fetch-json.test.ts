/**
 * The fetch layer against a real local HTTP server on 127.0.0.1 (Node 20's fetch), so the
 * size cap, timeout and content-type handling are tested on real streams.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchJson, readCapped } from '../../../src/status/net/fetch-json';
import { fixtureText } from './helpers';

let server: Server;
let base = '';
const seenHeaders: Record<string, string | undefined> = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    seenHeaders['cookie'] = req.headers.cookie;
    seenHeaders['accept'] = req.headers.accept;
    switch (req.url) {
      case '/summary.json':
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(fixtureText('statuspage-summary-major-outage.json'));
        return;
      case '/bom.json':
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('\uFEFF{"a":1}');
        return;
      case '/html':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(fixtureText('html-error-page.html'));
        return;
      case '/html-unlabelled':
        res.writeHead(200);
        res.end(fixtureText('html-error-page.html'));
        return;
      case '/503':
        res.writeHead(503, { 'content-type': 'text/html' });
        res.end('<h1>Error 503 Backend fetch failed</h1>');
        return;
      case '/huge-declared': {
        // 5 MB with a Content-Length: refused before reading.
        const body = Buffer.alloc(5 * 1024 * 1024, 0x20);
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
        res.end(body);
        return;
      }
      case '/huge-chunked': {
        // 5 MB streamed without a length: refused while counting.
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"status":{"indicator":"none"},"pad":"');
        const chunk = 'a'.repeat(64 * 1024);
        for (let i = 0; i < 80; i += 1) res.write(chunk);
        res.end('"}');
        return;
      }
      case '/slow':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"a":');
        setTimeout(() => res.end('1}'), 2000).unref();
        return;
      default:
        res.writeHead(404);
        res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('fetchJson', () => {
  it('parses JSON, asks for JSON, sends no cookies', async () => {
    const r = await fetchJson(`${base}/summary.json`, { fetch });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.json).toMatchObject({ status: { indicator: 'critical' } });
    expect(seenHeaders['accept']).toBe('application/json');
    expect(seenHeaders['cookie']).toBeUndefined();
  });

  it('accepts JSON served as text/plain with a BOM', async () => {
    expect(await fetchJson(`${base}/bom.json`, { fetch })).toEqual({ ok: true, json: { a: 1 }, status: 200 });
  });

  it('turns HTML into not-json, by content type or by parse', async () => {
    expect(await fetchJson(`${base}/html`, { fetch })).toEqual({ ok: false, error: { kind: 'not-json', contentType: 'text/html; charset=utf-8' } });
    const r = await fetchJson(`${base}/html-unlabelled`, { fetch });
    expect(r.ok === false && r.error.kind).toBe('bad-json');
  });

  it('reports HTTP errors', async () => {
    expect(await fetchJson(`${base}/503`, { fetch })).toEqual({ ok: false, error: { kind: 'http', status: 503 } });
  });

  it('refuses a 5 MB body, declared or streamed', async () => {
    const tooLarge = { ok: false, error: { kind: 'too-large', limitBytes: 1024 * 1024 } };
    expect(await fetchJson(`${base}/huge-declared`, { fetch })).toEqual(tooLarge);
    expect(await fetchJson(`${base}/huge-chunked`, { fetch })).toEqual(tooLarge);
  });

  it('times out a body that stalls', async () => {
    const started = Date.now();
    expect(await fetchJson(`${base}/slow`, { fetch, timeoutMs: 150 })).toEqual({ ok: false, error: { kind: 'timeout', afterMs: 150 } });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('reports a refused connection as a network error', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const r = await fetchJson(`http://127.0.0.1:${port}/`, { fetch });
    expect(r.ok === false && r.error.kind).toBe('network');
  });

  it('turns a throwing fetch into a network error', async () => {
    const r = await fetchJson('https://x.invalid/', { fetch: () => { throw new TypeError('boom'); } });
    expect(r).toEqual({ ok: false, error: { kind: 'network', message: 'boom' } });
  });
});

describe('readCapped', () => {
  it('reads an empty body as an empty string', async () => {
    expect(await readCapped(new Response(null, { status: 204 }), 10)).toBe('');
  });

  it('decodes multi-byte text split across chunks', async () => {
    const bytes = new TextEncoder().encode('„Störung“');
    const stream = new ReadableStream<Uint8Array>({
      start(c) { c.enqueue(bytes.slice(0, 2)); c.enqueue(bytes.slice(2)); c.close(); },
    });
    expect(await readCapped(new Response(stream), 100)).toBe('„Störung“');
  });
});
