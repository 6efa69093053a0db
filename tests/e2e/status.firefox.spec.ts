/**
 * Issue 5, "Is it just me?", in Debian's firefox-esr (puppeteer-core over WebDriver BiDi): the
 * overlay's one-line verdict on a real Varnish 503, from the site's Statuspage page, and the
 * privacy check. Firefox has no --host-resolver-rules, so real host names reach local servers
 * through a forward proxy run by the test (support/ff-proxy.ts): the site's name goes to
 * Varnish (in front of a down origin); the status page and the connectivity probe go to the
 * logging fixture server (https through CONNECT, with a throwaway openssl certificate that
 * Firefox accepts because the session asks for acceptInsecureCerts).
 *
 * www.airgateway.com: @sentry/status-page-list (the registry) maps `*.airgateway.com` to
 * https://status.airgateway.com/, a Statuspage page.
 */
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { jsonFixture, startFixtureHosts, type FixtureHosts } from './support/fixture-hosts';
import { launchFirefoxWith, type FirefoxProxied } from './support/ff-launch';
import { startForwardProxy, type ForwardProxy } from './support/ff-proxy';
import { waitFor } from './support/firefox';
import { startVarnishSite, sleep, type VarnishSite } from './support/site';

const SITE = 'www.airgateway.com';
const STATUS = 'status.airgateway.com';
const PROBE = 'detectportal.firefox.com'; // Firefox's connectivity probe (http), on by default

let site: VarnishSite | undefined;
let fx: FixtureHosts | undefined;
let proxy: ForwardProxy | undefined;
let firefox: FirefoxProxied | undefined;

test.beforeEach(async () => {
  site = await startVarnishSite('down');
  fx = await startFixtureHosts();
  fx.route(PROBE, '/success.txt', { status: 200, body: 'success\n' });
  proxy = await startForwardProxy();
  proxy.mapHttp(SITE, site.varnish.port);
  proxy.mapHttp(PROBE, fx.port);
  proxy.mapHttp(STATUS, fx.port);
  proxy.mapTls(STATUS, fx.port);
  proxy.mapTls(PROBE, fx.port);
  firefox = await launchFirefoxWith({ prefs: proxy.prefs(), acceptInsecureCerts: true });
});

test.afterEach(async () => {
  const info = test.info();
  if (firefox) {
    await info.attach('firefox-log', { body: firefox.log.text(), contentType: 'text/plain' });
    await info.attach('proxy-log', { body: JSON.stringify(proxy?.seen.map(({ headers: _h, ...r }) => r), null, 1), contentType: 'application/json' });
    if (info.status !== info.expectedStatus) {
      console.log(`--- firefox-log (${info.title}) ---\n${firefox.log.text()}`);
      console.log(`--- proxy saw ---\n${(proxy?.seen ?? []).map((r) => `${r.kind} ${r.host} ${r.path} routed=${String(r.routed)}`).join('\n')}`);
      console.log(`--- fixture saw ---\n${JSON.stringify(fx?.seen)}`);
    }
  }
  await firefox?.close();
  await proxy?.stop();
  await fx?.stop();
  await site?.stop();
  firefox = proxy = fx = site = undefined;
});

/** The overlay's verdict line: its data-verdict and text, or null while it is absent. */
async function verdict(page: Page): Promise<{ kind: string | null; text: string } | null> {
  try {
    return await page.evaluate(() => {
      const el = document.getElementById('comeback-overlay-host')?.shadowRoot?.querySelector('[data-testid="verdict"]');
      return el ? { kind: el.getAttribute('data-verdict'), text: el.textContent ?? '' } : null;
    });
  } catch {
    return null;
  }
}

async function verdictOf(page: Page, host: string): Promise<{ kind: string | null; text: string }> {
  const res = await page.goto(`http://${host}/`);
  expect(res?.status()).toBe(503);
  expect(await page.evaluate(() => document.body.innerText)).toContain('Backend fetch failed');
  const v = await waitFor('a settled verdict in the overlay', () => verdict(page), (x) => /everyone|just-you|unknown/.test(x?.kind ?? ''), 20_000);
  if (!v) throw new Error('no verdict');
  return v;
}

test('Firefox: a Varnish 503 on a site whose Statuspage page reports a major outage shows "Down for everyone" with the incident', async () => {
  if (!firefox || !fx || !proxy) throw new Error('setup failed');
  fx.route(STATUS, '/api/v2/summary.json', jsonFixture('statuspage-summary-major-outage.json'));
  const page = await firefox.newPage();
  const t0 = Date.now();
  const v = await verdictOf(page, SITE);
  console.log(`verdict "${v.text}" after ${Date.now() - t0} ms; fixture saw ${JSON.stringify(fx.seen)}`);
  expect(v.kind).toBe('everyone');
  expect(v.text).toContain('Down for everyone');
  expect(v.text).toContain('Website and checkout unavailable');
  // The status page was asked over https (through a CONNECT tunnel), not over plain http.
  expect(fx.seen).toContainEqual(expect.objectContaining({ scheme: 'https', host: STATUS, path: '/api/v2/summary.json' }));
  expect(proxy.seen).toContainEqual(expect.objectContaining({ kind: 'connect', host: STATUS, routed: true }));
  expect(fx.seen.filter((r) => r.host === STATUS).map((r) => r.scheme)).not.toContain('http');
});

test('Firefox, without consent: nothing goes to any host but the site, its own status page and the connectivity probe', async () => {
  if (!firefox || !fx || !proxy) throw new Error('setup failed');
  fx.route(STATUS, '/api/v2/summary.json', jsonFixture('statuspage-summary-major-outage.json'));
  const page = await firefox.newPage();
  const t0 = Date.now();
  await verdictOf(page, SITE);
  await sleep(1500); // room for a late third-party check to show up
  // The fixture server answers every routed outside name: only the status page and the probe.
  const fixtureHosts = [...new Set(fx.seen.map((r) => r.host))];
  expect(fixtureHosts.filter((h) => h !== STATUS && h !== PROBE), JSON.stringify(fx.seen)).toEqual([]);
  expect(fixtureHosts).toContain(STATUS);
  // Everything the browser sent out since the page was opened, by host, through the proxy
  // (Firefox's own service traffic, if any, would show up here too and be named in the failure).
  const outside = [...new Set(proxy.seen.filter((r) => r.at >= t0).map((r) => r.host))];
  const describe = proxy.seen.map((r) => `${r.kind} ${r.host}${r.kind === 'http' ? r.path : ''}`).join(', ');
  expect(outside.filter((h) => h !== SITE && h !== STATUS && h !== PROBE), describe).toEqual([]);
});
