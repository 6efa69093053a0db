/**
 * Egress in Debian's firefox-esr: the same full run as egress.chromium.spec.ts (error page →
 * overlay verdict → the popup's checks → "Find an archived copy") per consent setting, compared
 * with the table of outside services (src/status/privacy/third-parties.ts). Firefox has no
 * --host-resolver-rules: every request goes through the test's forward proxy
 * (support/ff-proxy.ts), which logs each host (a CONNECT for https); the outside hosts are
 * piped to the recording fixture server, which logs path and query inside the TLS tunnel.
 * Firefox's own service traffic (Mozilla's update, settings and telemetry hosts) is the
 * browser's, not the extension's, and is left out of the host comparison.
 */
import { expect, test } from '@playwright/test';
import { THIRD_PARTIES, type ConsentKey } from '../../src/status/privacy/third-parties';
import { jsonFixture, startFixtureHosts, type FixtureHosts, type SeenRequest } from './support/fixture-hosts';
import { firefoxDriver, firefoxTab } from './pages/firefox-driver';
import { OverlayPage } from './pages/overlay';
import { launchFirefox, tabIdFor, type FirefoxWithExtension } from './support/firefox';
import { startForwardProxy, type ForwardProxy } from './support/ff-proxy';
import { reportFirefox, waitFor } from './support/firefox';
import { startVarnishSite, type VarnishSite } from './support/site';

const SITE = 'www.airgateway.com';
const STATUS = 'status.airgateway.com';
const INTRANET = 'wiki.corp.internal';
const PROBE = 'detectportal.firefox.com';
const OUTSIDE = [STATUS, 'check-host.net', 'archive.org', PROBE];
const SECRET = 's3cret-4711';
const PAGE_PATH = `/account/orders?token=${SECRET}&sid=${SECRET}`;
/** Firefox's own traffic: Mozilla's services, never named by the extension. */
const BROWSER_OWN = /(^|\.)(mozilla\.(com|net|org)|mozaws\.net|firefox\.com)$/;

const hostsOf = (consent: ConsentKey): string[] => (THIRD_PARTIES.find((p) => p.consent === consent)?.hosts ?? [])
  .map((h) => (h === 'status.<site>' ? STATUS : h)).filter((h) => /^[a-z0-9.-]+$/.test(h));

type Consent = Record<ConsentKey, boolean>;
const SETTINGS: ReadonlyArray<readonly [string, Consent]> = [
  ['no consent (the defaults)', { statusPage: true, connectivity: true, checkHost: false, wayback: false }],
  ['consent to every service', { statusPage: true, connectivity: true, checkHost: true, wayback: true }],
];

let site: VarnishSite | undefined;
let fx: FixtureHosts | undefined;
let proxy: ForwardProxy | undefined;
let firefox: FirefoxWithExtension | undefined;

test.beforeEach(async () => {
  site = await startVarnishSite('down');
  fx = await startFixtureHosts();
  fx.route(PROBE, '/success.txt', { status: 200, body: 'success\n' });
  fx.route(STATUS, '/api/v2/summary.json', jsonFixture('statuspage-summary-operational.json'));
  fx.route('check-host.net', '/check-http', jsonFixture('check-host-start.json'));
  fx.route('check-host.net', '/check-result/1a2b3c4dk9', jsonFixture('check-host-result-all-ok.json'));
  fx.route('archive.org', '/wayback/available', jsonFixture('wayback-available.json'));
  proxy = await startForwardProxy();
  proxy.mapHttp(SITE, site.varnish.port);
  proxy.mapHttp(INTRANET, site.varnish.port);
  for (const host of OUTSIDE) {
    proxy.mapHttp(host, fx.port);
    proxy.mapTls(host, fx.port);
  }
  firefox = await launchFirefox({ prefs: proxy.prefs(), acceptInsecureCerts: true });
});

test.afterEach(async () => {
  const info = test.info();
  if (firefox) {
    await reportFirefox(info, firefox);
    await info.attach('proxy-log', { body: JSON.stringify(proxy?.seen.map(({ headers: _h, ...r }) => r), null, 1), contentType: 'application/json' });
  }
  await firefox?.close();
  await proxy?.stop();
  await fx?.stop();
  await site?.stop();
  firefox = proxy = fx = site = undefined;
});

/** The full run on one page, as in the Chromium spec. */
async function fullRun(b: FirefoxWithExtension, url: string): Promise<void> {
  const page = await b.newPage();
  expect((await page.goto(url))?.status()).toBe(503);
  const overlay = new OverlayPage(firefoxDriver(b), firefoxTab(page));
  await waitFor('a settled verdict in the overlay', async () => (await overlay.item('verdict').catch(() => null))?.data.verdict ?? '',
    (v) => /everyone|just-you|unknown/.test(v), 20_000);
  const ext = await b.newPage();
  await ext.goto(b.popupUrl(), { waitUntil: 'networkidle0' });
  const tabId = await tabIdFor(ext, url.split('#')[0] ?? url);
  expect(tabId).toBeDefined();
  await ext.goto(`${b.popupUrl()}?tabId=${String(tabId)}`, { waitUntil: 'networkidle0' });
  await waitFor('the verdict in the popup', () => ext.evaluate(() => document.querySelector('.verdict') !== null).catch(() => false), (x) => x, 20_000);
  const clicked = await ext.evaluate(() => {
    const button = [...document.querySelectorAll('button')].find((el) => el.textContent?.trim() === 'Find an archived copy');
    button?.click();
    return button !== undefined;
  });
  expect(clicked, 'the archive step is offered').toBe(true);
  await waitFor('the archive answer', () => ext.evaluate(() => [...document.querySelectorAll('.action [role=status] p')]
    .map((p) => p.textContent ?? '').join(' ')).catch(() => ''),
  (t) => /archived copy|no copy|off in your settings|not on the public internet/.test(t), 15_000);
  await ext.close();
  await page.close();
}

const mentions = (r: SeenRequest, text: string): boolean => `${r.host}${r.path}?${decodeURIComponent(r.query)}`.includes(text);

for (const [name, consent] of SETTINGS) {
  test(`Firefox, ${name}: only the hosts and the data the consent text names`, async () => {
    if (!firefox || !fx || !proxy) throw new Error('setup failed');
    const ext = await firefox.newPage();
    await ext.goto(firefox.popupUrl(), { waitUntil: 'networkidle0' });
    await ext.evaluate((c: Consent) => (globalThis as unknown as { browser: { storage: { sync: { set(v: object): Promise<void> } } } })
      .browser.storage.sync.set({ version: 2, consent: { answered: true, ...c } }), consent);
    await ext.close();
    await fullRun(firefox, `http://${SITE}${PAGE_PATH}#frag`);
    await fullRun(firefox, `http://${INTRANET}${PAGE_PATH}`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const seen = fx.seen;
    const log = JSON.stringify({ fixture: seen, proxy: proxy.seen.map((r) => `${r.kind} ${r.host} ${r.path}`) }, null, 1);

    const allowed = new Set([SITE, INTRANET, ...(Object.keys(consent) as ConsentKey[]).filter((k) => consent[k]).flatMap(hostsOf)]);
    const hosts = [...new Set(proxy.seen.map((r) => r.host.replace(/:\d+$/, '')))].filter((h) => !BROWSER_OWN.test(h) || h === PROBE);
    expect(hosts.filter((h) => !allowed.has(h)), log).toEqual([]);
    expect(seen.filter((r) => mentions(r, SECRET)), log).toEqual([]);
    expect(seen.filter((r) => mentions(r, 'corp.internal')), log).toEqual([]);
    const checkHost = seen.filter((r) => r.host === 'check-host.net');
    const wayback = seen.filter((r) => r.host === 'archive.org');
    if (consent.checkHost) {
      const starts = checkHost.filter((r) => r.path === '/check-http');
      expect(starts.length, log).toBeGreaterThan(0);
      for (const r of starts) expect(new URLSearchParams(r.query).get('host'), log).toBe(`http://${SITE}`);
    } else {
      expect(checkHost, log).toEqual([]);
    }
    if (consent.wayback) {
      expect(wayback.map((r) => [r.path, new URLSearchParams(r.query).get('url')]), log)
        .toEqual([['/wayback/available', `http://${SITE}/account/orders`]]);
    } else {
      expect(wayback, log).toEqual([]);
    }
    for (const r of seen.filter((s) => s.host === STATUS)) expect([r.path, r.query], log).toEqual(['/api/v2/summary.json', '']);
    for (const r of seen.filter((s) => s.host === PROBE)) expect([r.path, r.query], log).toEqual(['/success.txt', '']);
  });
}
