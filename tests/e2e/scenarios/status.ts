/**
 * "Is it just me?" against real Varnish, in both browsers (status.*.spec.ts): the overlay's
 * one-line verdict from a site's Statuspage page and from check-host.net's answers, and proof
 * that without consent nothing goes to a third party. Real host names reach local servers
 * (Chromium: --host-resolver-rules; Firefox: a forward proxy, pages/launch.ts); the outside hosts
 * (status pages, check-host.net, the connectivity probe) are one logging fixture server that
 * speaks http and https (a throwaway certificate) on one port, and every other name goes there
 * too, so the log holds whatever the browser asked for.
 *
 * www.airgateway.com is used because @sentry/status-page-list (the registry) maps
 * `*.airgateway.com` to https://status.airgateway.com/, a Statuspage page.
 */
import { expect, test } from '@playwright/test';
import type { BrowserName, Tab } from '../pages/driver';
import { launchBrowser, type Launched } from '../pages/launch';
import { OverlayPage } from '../pages/overlay';
import { jsonFixture, startFixtureHosts, type FixtureHosts } from '../support/fixture-hosts';
import { startVarnishSite, type VarnishSite } from '../support/site';

const SITE = 'www.airgateway.com';
const STATUS = 'status.airgateway.com';
const PLAIN_SITE = 'www.example-shop.com'; // no registry entry; a public name (check-host is never asked about .test)
const CHECK_HOST = 'check-host.net';
/** Each browser's own connectivity probe (src/status/connectivity/classify.ts), on by default. */
const PROBE = { chromium: { host: 'www.gstatic.com', path: '/generate_204', answer: { status: 204 } },
  firefox: { host: 'detectportal.firefox.com', path: '/success.txt', answer: { status: 200, body: 'success\n' } } } as const;

export function statusScenarios(browserName: BrowserName): void {
  let site: VarnishSite | undefined;
  let fx: FixtureHosts | undefined;
  let launched: Launched | undefined;
  const probe = PROBE[browserName];

  test.beforeEach(async () => {
    site = await startVarnishSite('down');
    fx = await startFixtureHosts();
    fx.route(probe.host, probe.path, probe.answer);
    const outside = Object.fromEntries([STATUS, CHECK_HOST, probe.host].map((h) => [h, fx?.port ?? 0]));
    launched = await launchBrowser(browserName, {
      hosts: { http: { [SITE]: site.varnish.port, [PLAIN_SITE]: site.varnish.port, [probe.host]: fx.port }, https: outside },
      catchAllPort: fx.port,
      insecureCerts: true,
    });
  });

  test.afterEach(async () => {
    if (launched) await launched.report(test.info());
    await launched?.close();
    await fx?.stop();
    await site?.stop();
    launched = fx = site = undefined;
  });

  /** Writes the consent flags the options page would (storage.sync, key `consent`). */
  async function setConsent(consent: Record<string, boolean>): Promise<void> {
    await launched?.driver.inExtension(`ext.storage.sync.set({ consent: ${JSON.stringify(consent)} })`);
  }

  /** Every host name the browser asked for, routed or not. */
  function hostsAsked(): Set<string> {
    return new Set([...(fx?.seen ?? []).map((r) => r.host), ...(launched?.unrouted() ?? [])]);
  }

  /** Opens the site's 503 and waits for the overlay's settled verdict line. */
  async function verdictOf(host: string): Promise<{ kind: string; text: string; tab: Tab }> {
    if (!launched) throw new Error('setup failed');
    const tab = await launched.driver.newTab();
    expect(await tab.goto(`http://${host}/`)).toBe(503);
    expect(await tab.bodyText()).toContain('Backend fetch failed');
    const overlay = new OverlayPage(launched.driver, tab);
    const settled = async () => {
      const item = await overlay.item('verdict');
      return { kind: item?.data.verdict ?? '', text: item?.text ?? '' };
    };
    await expect.poll(async () => (await settled()).kind, { timeout: 20_000 }).toMatch(/everyone|just-you|unknown/);
    return { ...(await settled()), tab };
  }

  test('a Varnish 503 on a site whose Statuspage page reports a major outage: "Down for everyone" with the incident', async () => {
    if (!fx) throw new Error('setup failed');
    fx.route(STATUS, '/api/v2/summary.json', jsonFixture('statuspage-summary-major-outage.json'));
    const verdict = await verdictOf(SITE);
    expect(verdict.kind, verdict.text).toBe('everyone');
    expect(verdict.text).toContain('Down for everyone');
    expect(verdict.text).toContain('Website and checkout unavailable');
    // Over https (Firefox: through a CONNECT tunnel), never plain http.
    expect(fx.seen).toContainEqual(expect.objectContaining({ scheme: 'https', host: STATUS, path: '/api/v2/summary.json' }));
    expect(fx.seen.filter((r) => r.host === STATUS).map((r) => r.scheme)).not.toContain('http');
    // The connection test ran (on by default), and its success did not turn the verdict into
    // "just you". Firefox 153 upgrades the extension's fetch of the http probe to https, which
    // the probe must not take for a Wi-Fi login page (connectivity/classify.ts).
    expect(fx.seen).toContainEqual(expect.objectContaining({ host: probe.host, path: probe.path }));
  });

  test('a site without a status page that check-host.net reaches from every location: "Probably just you"', async () => {
    if (!fx) throw new Error('setup failed');
    fx.route(CHECK_HOST, '/check-http', jsonFixture('check-host-start.json'));
    fx.route(CHECK_HOST, '/check-result/1a2b3c4dk9', jsonFixture('check-host-result-all-ok.json'));
    await setConsent({ answered: true, statusPage: true, connectivity: true, checkHost: true, wayback: false });
    const verdict = await verdictOf(PLAIN_SITE);
    expect(verdict.kind, verdict.text).toBe('just-you');
    expect(verdict.text).toContain('Probably just you');
    expect(fx.seen.filter((r) => r.host === CHECK_HOST).length).toBeGreaterThan(0);
    expect(fx.seen.filter((r) => r.host === CHECK_HOST).map((r) => r.scheme)).not.toContain('http');
  });

  test('without consent, nothing goes to any host but the site and its own status page', async () => {
    if (!fx) throw new Error('setup failed');
    fx.route(STATUS, '/api/v2/summary.json', jsonFixture('statuspage-summary-major-outage.json'));
    const { tab } = await verdictOf(SITE);
    // Give any straggler (a late third-party check) time to show up in the log.
    await new Promise((r) => setTimeout(r, 1500));
    await tab.close();
    const hosts = hostsAsked();
    const log = JSON.stringify(fx.seen);
    console.log(`hosts asked: ${[...hosts].join(', ')}`);
    // Firefox's own service traffic goes through the proxy too; none of it is about the site.
    const browserOwn = (h: string): boolean => browserName === 'firefox' && /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)$/.test(h) && h !== probe.host;
    expect([...hosts].filter((h) => h !== STATUS && h !== probe.host && !browserOwn(h)), log).toEqual([]);
    expect(hosts.has(STATUS), log).toBe(true);
    // Not the site's name either: check-host.net, Downdetector and the archive were never asked.
    expect(hosts.has(CHECK_HOST)).toBe(false);
  });
}
