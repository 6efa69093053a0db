import { describe, expect, it } from 'vitest';
import { ownerFixes } from '../../../src/core/guide-owner-fixes';
import type { Diagnosis } from '../../../src/core/types';
import { CASES, dx } from './fixtures';

const fixes = (d: Diagnosis): string[] => ownerFixes(d).map((f) => f.id);

describe('ownerFixes ("this is my site")', () => {
  it('Varnish backend fetch failed: timeouts, response size limits, probes, grace, workers', () => {
    expect(fixes(CASES.varnishFetchFailed)).toEqual([
      'varnish-timeouts', 'varnish-resp-size', 'health-probes', 'logs', 'workers', 'slow-queries',
      'stale-if-error', 'cache-warmup', 'rollback',
    ]);
  });

  it('Fastly backend unhealthy: probes and grace first, no Varnish-only size limits', () => {
    const list = fixes(CASES.fastlyUnhealthy);
    expect(list[0]).toBe('health-probes');
    expect(list).toContain('stale-if-error');
    expect(list).not.toContain('varnish-resp-size');
  });

  it('nginx 502: the application behind the proxy is down or unreachable', () => {
    expect(fixes(CASES.nginx502)).toEqual(['upstream-down', 'logs', 'workers', 'rollback']);
  });

  it('HAProxy 503: health checks and workers', () => {
    expect(fixes(CASES.haproxy503)).toEqual(['health-probes', 'logs', 'workers', 'slow-queries', 'rollback']);
  });

  it('Cloudflare 52x: what the code means, linked to Cloudflare\'s docs', () => {
    for (const [d, id] of [[CASES.cloudflare521, 'cloudflare-521'], [CASES.cloudflare522, 'cloudflare-522'], [CASES.cloudflare525, 'cloudflare-525']] as const) {
      const first = ownerFixes(d)[0];
      expect(first?.id).toBe(id);
      expect(first?.links?.[0]).toMatchObject({ href: expect.stringContaining('developers.cloudflare.com') });
    }
    expect(fixes(CASES.cloudflare525)).not.toContain('tls-config');
    expect(fixes(CASES.cloudflare521)).not.toContain('upstream-down');
  });

  it('Magento maintenance: the leftover var/.maintenance.flag first, no rollback', () => {
    expect(fixes(CASES.magento)).toEqual(['magento-flag', 'maintenance-retry-after']);
  });

  it('WordPress maintenance: the leftover .maintenance file', () => {
    expect(fixes(dx({ producer: 'wordpress', kind: 'maintenance' }))[0]).toBe('wordpress-flag');
  });

  it('429: the rate limit rules, no workers or rollback', () => {
    expect(fixes(CASES.tooMany)).toEqual(['rate-limit-rules', 'logs']);
  });

  it('an origin 500: logs and the last deploy', () => {
    expect(fixes(CASES.origin500)).toEqual(['logs', 'rollback']);
  });

  it('a timeout behind nginx: proxy timeouts, workers and slow queries', () => {
    expect(fixes(dx({ status: 504, producer: 'nginx', kind: 'timeout' }))).toEqual([
      'proxy-timeouts', 'logs', 'workers', 'slow-queries', 'rollback',
    ]);
  });

  it('Heroku: the H-codes are only in the logs', () => {
    expect(fixes(dx({ producer: 'heroku', kind: 'overloaded' }))[0]).toBe('heroku-logs');
  });

  it('kind none: nothing', () => {
    expect(ownerFixes(dx({ status: 200, kind: 'none', retryable: false }))).toEqual([]);
  });
});
