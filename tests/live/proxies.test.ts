/**
 * Real Varnish 7.1, nginx 1.22 and HAProxy 2.6 in front of the test origin: each failure mode
 * is produced live, captured as `curl -si` text, parsed and diagnosed like the `diagnose`
 * command does. CAPTURE=1 rewrites tests/fixtures/responses/live/*.http from these runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnose } from '../../src/core/diagnose/index';
import { parseRawResponse } from '../../src/core/parse-raw-response';
import type { Diagnosis } from '../../src/core/types';
import { captureRaw } from '../support/capture';
import { startOrigin, type Origin } from '../support/origin';
import { haveBinary, startHaproxy, startNginx, startVarnish, type Proxy } from '../support/proxies';
import { LIVE_CASES, liveFile, type LiveCase, type LiveProxy } from './live-cases';

const LIVE_DIR = join(import.meta.dirname, '../fixtures/responses/live');
const missing = ['varnishd', 'nginx', 'haproxy'].filter((b) => !haveBinary(b));
if (missing.length > 0) console.warn(`live proxy tests skipped: ${missing.join(', ')} not installed (apt-get install varnish nginx haproxy)`);

function diagnoseRaw(raw: string): Diagnosis {
  const parsed = parseRawResponse(raw);
  if (!parsed.ok) throw new Error(parsed.error);
  const { status, headers, body } = parsed.response;
  return diagnose({ status, headers, body, now: Date.now() });
}

describe.skipIf(missing.length > 0)('diagnosis of live proxy failures', () => {
  let origin: Origin;
  let healthy = true;
  const proxies = new Map<LiveProxy, Proxy>();

  beforeAll(async () => {
    origin = await startOrigin();
    // The health-check path answers 200 or 500 independently of the page, so a failing check
    // can be shown while the origin itself would still answer.
    origin.route('/health', (_req, res) => {
      res.writeHead(healthy ? 200 : 500);
      res.end(healthy ? 'ok' : 'sick');
    });
    const backendPort = origin.port;
    const started = await Promise.all([
      startVarnish({ backendPort, firstByteTimeout: 1 }),
      startVarnish({ backendPort, probe: { url: '/health' } }),
      startNginx({ backendPort, timeoutSeconds: 1 }),
      startHaproxy({ backendPort, timeoutSeconds: 1 }),
      startHaproxy({ backendPort, healthCheck: '/health' }),
    ]);
    (['varnish', 'varnish-probe', 'nginx', 'haproxy', 'haproxy-check'] as const).forEach((name, i) => proxies.set(name, started[i]!));
    if (process.env['CAPTURE'] === '1') mkdirSync(LIVE_DIR, { recursive: true });
  }, 30_000);

  afterAll(async () => {
    await Promise.all([...proxies.values()].map((p) => p.stop()));
    await origin?.stop();
  });

  async function produce(c: LiveCase): Promise<string> {
    const proxy = proxies.get(c.proxy)!;
    healthy = true;
    switch (c.mode) {
      case 'refused': await origin.setMode('down'); break;
      case 'reset': await origin.setMode('reset'); break;
      case 'timeout': await origin.setMode('hang'); break;
      case 'own-503-seconds': await origin.setMode('503', { retryAfter: '7' }); break;
      case 'own-503-date':
        await origin.setMode('503', { retryAfter: (date) => new Date(date + 120_000).toUTCString() });
        break;
      case 'health-check': {
        await origin.setMode('up');
        healthy = false;
        // Wait until the proxy has marked the server down (probes every 200 ms).
        for (let i = 0; i < 50; i++) {
          const raw = await captureRaw(proxy.url('/page'));
          if (!raw.includes('The real page')) return raw;
          await new Promise((r) => setTimeout(r, 100));
        }
        throw new Error('the health check never failed');
      }
    }
    return captureRaw(proxy.url('/page'));
  }

  for (const c of LIVE_CASES) {
    it(`${c.proxy}: ${c.mode} → ${c.expect.producer}/${c.expect.kind}`, async () => {
      try {
        const raw = await produce(c);
        if (process.env['CAPTURE'] === '1') writeFileSync(join(LIVE_DIR, liveFile(c)), raw);
        expect(diagnoseRaw(raw)).toMatchObject(c.expect);
        if (c.expect.producer === 'varnish') expect(diagnoseRaw(raw).ids.xid).toMatch(/^\d+$/);
      } finally {
        healthy = true;
        await origin.setMode('up');
      }
    });
  }

  it('every proxy serves the real page again once the origin is back', async () => {
    await origin.setMode('down');
    await origin.setMode('up');
    for (const [name, proxy] of proxies) {
      let raw = '';
      // Health-checked proxies need a probe interval or two to mark the server up again.
      for (let i = 0; i < 40 && !raw.includes('The real page'); i++) {
        raw = await captureRaw(proxy.url('/'));
        if (!raw.includes('The real page')) await new Promise((r) => setTimeout(r, 100));
      }
      expect(raw, name).toContain('<title>Welcome back</title>');
      expect(diagnoseRaw(raw).kind, name).toBe('none');
    }
  });
});
