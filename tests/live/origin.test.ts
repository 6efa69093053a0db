import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { startOrigin, type Origin } from '../support/origin';

/** A raw GET that reports network errors instead of throwing. */
function get(url: string, timeoutMs = 1000): Promise<{ status?: number; headers?: Record<string, unknown>; body?: string; error?: string }> {
  return new Promise((resolve) => {
    const req = request(url, { agent: false, timeout: timeoutMs }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('timeout', () => req.destroy(new Error('TIMEOUT')));
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    req.end();
  });
}

describe('test origin', () => {
  let origin: Origin;
  beforeAll(async () => {
    origin = await startOrigin();
  });
  afterAll(() => origin.stop());

  it('serves the real page when up', async () => {
    const r = await get(origin.url('/any/path'));
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>Welcome back</title>');
    expect(r.body).toContain('The real page');
    expect(origin.requests.at(-1)).toMatchObject({ method: 'GET', path: '/any/path' });
  });

  it('refuses connections when down and listens again on the same port when up', async () => {
    await origin.setMode('down');
    expect((await get(origin.url('/'))).error).toBe('ECONNREFUSED');
    await origin.setMode('up');
    expect((await get(origin.url('/'))).status).toBe(200);
  });

  it('resets after accepting, and logs the request', async () => {
    await origin.setMode('reset');
    origin.clearRequests();
    expect((await get(origin.url('/r'))).error).toBe('ECONNRESET');
    expect(origin.requests.map((r) => r.path)).toEqual(['/r']);
  });

  it('hangs without answering, and logs the request', async () => {
    await origin.setMode('hang');
    origin.clearRequests();
    expect((await get(origin.url('/h'), 300)).error).toBe('TIMEOUT');
    expect(origin.requests.map((r) => r.path)).toEqual(['/h']);
  });

  it('answers its own 503 with the configured Retry-After', async () => {
    await origin.setMode('503', { retryAfter: '7' });
    const r = await get(origin.url('/'));
    expect(r.status).toBe(503);
    expect(r.headers?.['retry-after']).toBe('7');
  });

  it('serves custom routes with the request body', async () => {
    await origin.setMode('up');
    origin.route('/form', (_req, res, body) => res.end(`got ${body}`));
    const r = await fetch(origin.url('/form'), { method: 'POST', body: 'a=1' });
    expect(await r.text()).toBe('got a=1');
  });
});
