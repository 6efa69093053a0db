/** A page from the user's own network (a forward proxy, a captive portal) points the guide at the network. */
import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/core/explain';
import { chooseGuide } from '../../../src/core/guide';
import { diagnose } from '../../../src/core/diagnose/index';
import { GET, dx } from './fixtures';

const squidPage = '<html><body id=ERR_CONNECT_FAIL><h2>The requested URL could not be retrieved</h2>'
  + '<p>Generated Sat, 21 Nov 2026 05:50:00 GMT by proxy.corp.example (squid/6.10)</p></body></html>';

describe("the user's network", () => {
  it("a forward proxy's page: the network comes first, with its own advice, and nothing about the site's cache or support", () => {
    const d = dx({ producer: 'network-proxy', kind: 'connection-failed' });
    const steps = chooseGuide(d, GET);
    expect(steps.map((s) => s.id)).toEqual(['network', 'wait', 'reload', 'check-status']);
    expect(steps[0]).toMatchObject({ bodyKey: 'gd_network_body_proxy' });
    expect(steps[0]?.items?.map((i) => i.textKey)).toEqual(['gd_network_proxy_elsewhere', 'gd_network_proxy_admin']);
    expect(explain(d)).toMatchObject({ layerKey: 'dx_layer_network_proxy', visitorKey: 'dx_visitor_network', ownerKey: 'dx_owner_network' });
  });

  it('a captive portal (511) is not retried and the guide says to sign in to the network', () => {
    const d = diagnose({ status: 511, headers: {}, body: '<p>log in</p>', now: 0 });
    expect(d).toMatchObject({ producer: 'captive-portal', retryable: false });
    const steps = chooseGuide(d, GET);
    expect(steps[0]).toMatchObject({ id: 'network', bodyKey: 'gd_network_body_captive' });
    expect(steps.map((s) => s.id)).not.toContain('wait');
  });

  it("Squid's page is the network's unless a site-side hop follows it", () => {
    const own = diagnose({ status: 503, headers: { 'x-squid-error': 'ERR_CONNECT_FAIL 111', via: '1.1 proxy (squid/6.10)' }, body: squidPage, now: 0 });
    expect(own).toMatchObject({ producer: 'network-proxy', kind: 'connection-failed', retryable: true });
    const site = diagnose({ status: 503, headers: { via: '1.1 cache (squid/6.10), 1.1 varnish' }, body: squidPage, now: 0 });
    expect(site).toMatchObject({ producer: 'squid', kind: 'connection-failed' });
    const cdn = diagnose({ status: 503, headers: { 'cf-ray': '8e4f1c2b9a7d3e61-AMS' }, body: squidPage, now: 0 });
    expect(cdn.producer).toBe('squid');
  });
});
