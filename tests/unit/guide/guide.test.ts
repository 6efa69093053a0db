import { describe, expect, it } from 'vitest';
import { chooseGuide, type GuideContext, type GuideStep } from '../../../src/core/guide';
import type { Diagnosis } from '../../../src/core/types';
import { CASES, GET, dx } from './fixtures';

const ids = (d: Diagnosis, ctx: GuideContext = GET): string[] => chooseGuide(d, ctx).map((s) => s.id);
const step = (d: Diagnosis, id: string, ctx: GuideContext = GET): GuideStep | undefined =>
  chooseGuide(d, ctx).find((s) => s.id === id);

describe('chooseGuide per diagnosis', () => {
  it('Varnish backend fetch failed: the full visitor guide, clearing included', () => {
    expect(ids(CASES.varnishFetchFailed)).toEqual([
      'wait', 'reload', 'check-status', 'clear-cache', 'private-window', 'network', 'archive', 'contact',
    ]);
  });

  it('where only the whole cache can be cleared (Firefox), the step says so in its title, text and button', () => {
    const site = step(CASES.varnishFetchFailed, 'clear-cache');
    const whole = step(CASES.varnishFetchFailed, 'clear-cache', { ...GET, siteScopedCache: false });
    expect([site?.titleKey, site?.bodyKey, site?.actionLabelKey]).toEqual(['gd_clear_title', 'gd_clear_body', 'gd_action_clear_cache']);
    expect([whole?.titleKey, whole?.bodyKey, whole?.actionLabelKey]).toEqual(['gd_clear_all_title', 'gd_clear_all_body', 'gd_action_clear_cache_all']);
    // The cookie choice stays scoped to the site and keeps its warning.
    expect(whole?.riskyAction).toEqual(site?.riskyAction);
  });

  it('Fastly backend unhealthy: every visitor is hit alike, so no clearing or private window', () => {
    expect(ids(CASES.fastlyUnhealthy)).toEqual(['wait', 'reload', 'check-status', 'network', 'archive', 'contact']);
  });

  it('nginx 502: the upstream could not be reached; browser-state steps fit', () => {
    expect(ids(CASES.nginx502)).toContain('clear-cache');
    expect(ids(CASES.nginx502)[0]).toBe('wait');
  });

  it('HAProxy 503 (no server available): wait and check, no clearing', () => {
    expect(ids(CASES.haproxy503)).not.toContain('clear-cache');
    expect(ids(CASES.haproxy503)).toContain('wait');
  });

  it('Cloudflare 521 and 522: retryable, wait first', () => {
    expect(ids(CASES.cloudflare521)[0]).toBe('wait');
    expect(ids(CASES.cloudflare522)[0]).toBe('wait');
  });

  it('Cloudflare 525 (TLS handshake to the origin): never says wait, no reload, no clearing', () => {
    expect(ids(CASES.cloudflare525)).toEqual(['check-status', 'network', 'archive', 'contact']);
    expect(step(CASES.cloudflare525, 'contact')?.bodyKey).toBe('gd_contact_body_permanent');
  });

  it('429: wait for the time the server asked, no reload and no cache clearing', () => {
    expect(ids(CASES.tooMany)).toEqual(['wait', 'check-status', 'network', 'archive', 'contact']);
    expect(step(CASES.tooMany, 'wait')?.bodyKey).toBe('gd_wait_body_rate_limited');
  });

  it('429 with auto-retry off offers the options, not an early retry', () => {
    expect(step(CASES.tooMany, 'wait', { ...GET, autoRetry: false })?.action).toBe('open-options');
  });

  it('429 on a working connection still mentions shared addresses (VPN, carrier NAT)', () => {
    const network = step(CASES.tooMany, 'network', { ...GET, connectivity: 'online' });
    expect(network?.items?.map((i) => i.id)).toContain('shared-address');
  });

  it('Magento maintenance: wait and the status page, no reload, no clearing, no network advice', () => {
    expect(ids(CASES.magento)).toEqual(['wait', 'check-status', 'archive', 'contact']);
    expect(step(CASES.magento, 'wait')?.bodyKey).toBe('gd_wait_body_maintenance');
  });

  it('an origin 500 that is not retryable: no wait, but reload and clearing fit', () => {
    expect(ids(CASES.origin500)).toEqual([
      'reload', 'check-status', 'clear-cache', 'private-window', 'network', 'archive', 'contact',
    ]);
  });

  it('kind none gives no guide', () => {
    expect(chooseGuide(dx({ status: 404, kind: 'none', retryable: false }), GET)).toEqual([]);
  });
});

describe('chooseGuide for a POST', () => {
  const post: GuideContext = { autoRetry: true, method: 'POST' };

  it('explains first that the form was not resent, and never offers a reload or retry', () => {
    const steps = chooseGuide(CASES.varnishFetchFailed, post);
    expect(steps[0]?.id).toBe('form-not-resent');
    expect(steps.map((s) => s.id)).not.toContain('wait');
    expect(steps.map((s) => s.id)).not.toContain('reload');
    const actions = steps.flatMap((s) => [s.action, s.riskyAction?.action]);
    expect(actions).not.toContain('reload-bypass-cache');
    expect(actions).not.toContain('retry-now');
  });

  it('treats the method without regard to case', () => {
    expect(ids(CASES.nginx502, { autoRetry: true, method: 'post' })[0]).toBe('form-not-resent');
    expect(ids(CASES.nginx502, { autoRetry: true, method: 'head' })[0]).toBe('wait');
  });
});

describe('chooseGuide context', () => {
  it('puts the network first when offline or behind a Wi-Fi login page', () => {
    expect(ids(CASES.nginx502, { ...GET, connectivity: 'offline' })[0]).toBe('network');
    const captive = step(CASES.nginx502, 'network', { ...GET, connectivity: 'captive-portal' });
    expect(captive?.bodyKey).toBe('gd_network_body_captive');
    expect(ids(CASES.nginx502, { ...GET, connectivity: 'offline' }).filter((id) => id === 'network')).toHaveLength(1);
  });

  it('drops router advice once the connection is known to work', () => {
    expect(ids(CASES.nginx502, { ...GET, connectivity: 'online' })).not.toContain('network');
  });

  it('offers to test the connection only while its state is unknown', () => {
    expect(step(CASES.nginx502, 'network')?.action).toBe('check-connectivity');
    expect(step(CASES.tooMany, 'network', { ...GET, connectivity: 'online' })?.action).toBeUndefined();
  });

  it('says auto-retry is on, or offers one retry when it is off', () => {
    expect(step(CASES.nginx502, 'wait')).toEqual({ id: 'wait', titleKey: 'gd_wait_title', bodyKey: 'gd_wait_body' });
    expect(step(CASES.nginx502, 'wait', { ...GET, autoRetry: false })?.action).toBe('retry-now');
  });

  it('links the status page only when one is known', () => {
    const targets = (ctx: GuideContext): unknown[] =>
      (step(CASES.nginx502, 'check-status', ctx)?.links ?? []).map((l) => ('target' in l ? l.target : l.href));
    expect(targets(GET)).toEqual(['downdetector', 'is-it-down-right-now']);
    expect(targets({ ...GET, hasStatusPage: true })).toEqual(['status-page', 'downdetector', 'is-it-down-right-now']);
  });

  it('keeps cookie clearing behind a second, warned choice', () => {
    const clear = step(CASES.varnishFetchFailed, 'clear-cache');
    expect(clear?.action).toBe('clear-site-cache');
    expect(clear?.riskyAction).toEqual({
      action: 'clear-site-cookies', labelKey: 'gd_action_clear_cookies', warningKey: 'gd_clear_cookies_warning',
    });
  });

  it('adds the site owner step last, only in the "my site" view', () => {
    expect(ids(CASES.nginx502)).not.toContain('my-site');
    expect(ids(CASES.nginx502, { ...GET, isMySiteView: true }).at(-1)).toBe('my-site');
  });

  it('never names the same step twice', () => {
    const contexts: GuideContext[] = [GET, { autoRetry: false, method: 'POST', connectivity: 'offline', isMySiteView: true, hasStatusPage: true }];
    for (const d of Object.values(CASES)) {
      for (const ctx of contexts) expect(new Set(ids(d, ctx)).size).toBe(ids(d, ctx).length);
    }
  });
});
