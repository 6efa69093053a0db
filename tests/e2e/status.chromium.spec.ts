/**
 * "Is it just me?" in Debian's Chromium against real Varnish: the overlay's one-line
 * verdict from a site's Statuspage page, from check-host.net's answers, and proof that without
 * consent nothing goes to a third party. Real host names reach local servers through
 * `--host-resolver-rules`; the outside hosts (status pages, check-host.net, the connectivity
 * probe) are one logging fixture server speaking https with a throwaway certificate.
 *
 * www.airgateway.com is used because @sentry/status-page-list (the registry) maps
 * `*.airgateway.com` to https://status.airgateway.com/, a Statuspage page.
 */
import { expect, test, type Page } from '@playwright/test';
import { chromiumDriver, chromiumTab } from './pages/chromium-driver';
import { OverlayPage } from './pages/overlay';
import { attachLog, launchChromium, type ChromiumWithExtension } from './support/chromium';
import { jsonFixture, startFixtureHosts, type FixtureHosts } from './support/fixture-hosts';
import { startVarnishSite, type VarnishSite } from './support/site';

const SITE = 'www.airgateway.com';
const STATUS = 'status.airgateway.com';
const PLAIN_SITE = 'www.example-shop.com'; // no registry entry; a public name (check-host is never asked about .test)
// Chromium's connectivity probe: on by default (docs/design.md, "Privacy by default"), the
// vendor's, not the site's.
const PROBE = 'www.gstatic.com';

let site: VarnishSite;
let fx: FixtureHosts;
let browser: ChromiumWithExtension | null = null;

test.beforeEach(async () => {
  site = await startVarnishSite('down');
  fx = await startFixtureHosts();
  fx.route(PROBE, '/generate_204', { status: 204 });
  browser = null;
});

test.afterEach(async () => {
  if (browser) {
    await attachLog(test.info(), browser.log);
    await browser.close();
  }
  await fx.stop();
  await site.stop();
});

/** Chromium with both sites on Varnish and every other name on the fixture server. */
async function launch(): Promise<ChromiumWithExtension> {
  browser = await launchChromium({
    hostRules: [
      `MAP ${SITE} 127.0.0.1:${site.varnish.port}`, `MAP ${PLAIN_SITE} 127.0.0.1:${site.varnish.port}`,
      `MAP ${PROBE} 127.0.0.1:${fx.port}`,
      // Chromium's own service traffic (clock, component updater, accounts) fails at once, as in
      // every other e2e test, so the catch-all below logs only what pages and extensions ask for.
      'MAP *.google.com ~NOTFOUND', 'MAP *.googleapis.com ~NOTFOUND',
      `MAP * 127.0.0.1:${fx.port}`,
    ],
    ignoreCertificateErrors: true,
  });
  return browser;
}

/** Writes the consent flags the options page would (storage.sync, key `consent`). */
async function setConsent(b: ChromiumWithExtension, consent: Record<string, boolean>): Promise<void> {
  const worker = b.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker) throw new Error('no extension worker');
  await worker.evaluate(async (c) => {
    const chrome = (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome;
    await chrome.storage.sync.set({ consent: c });
  }, consent);
}

/** The overlay's settled verdict line (its data-verdict and text), read through the page object. */
async function verdictOf(b: ChromiumWithExtension, page: Page, host: string): Promise<{ kind: string; text: string }> {
  const res = await page.goto(`http://${host}/`);
  expect(res?.status()).toBe(503);
  const overlay = new OverlayPage(chromiumDriver(b), chromiumTab(page));
  const settled = async () => {
    const item = await overlay.item('verdict');
    return { kind: item?.data.verdict ?? '', text: item?.text ?? '' };
  };
  await expect.poll(async () => (await settled()).kind, { timeout: 20_000 }).toMatch(/everyone|just-you|unknown/);
  return settled();
}

test('a Varnish 503 on a site whose Statuspage page reports a major outage: "Down for everyone" with the incident', async () => {
  fx.route(STATUS, '/api/v2/summary.json', jsonFixture('statuspage-summary-major-outage.json'));
  const b = await launch();
  const verdict = await verdictOf(b, await b.context.newPage(), SITE);
  expect(verdict.kind).toBe('everyone');
  expect(verdict.text).toContain('Down for everyone');
  expect(verdict.text).toContain('Website and checkout unavailable');
  expect(fx.seen).toContainEqual(expect.objectContaining({ scheme: 'https', host: STATUS, path: '/api/v2/summary.json' }));
});

test('a site without a status page that check-host.net reaches from every location: "Probably just you"', async () => {
  fx.route('check-host.net', '/check-http', jsonFixture('check-host-start.json'));
  fx.route('check-host.net', '/check-result/1a2b3c4dk9', jsonFixture('check-host-result-all-ok.json'));
  const b = await launch();
  await setConsent(b, { answered: true, statusPage: true, connectivity: true, checkHost: true, wayback: false });
  const verdict = await verdictOf(b, await b.context.newPage(), PLAIN_SITE);
  expect(verdict.kind).toBe('just-you');
  expect(verdict.text).toContain('Probably just you');
  expect(fx.seen.filter((r) => r.host === 'check-host.net').map((r) => r.scheme)).not.toContain('http');
});

test('without consent, nothing goes to any host but the site and its own status page', async () => {
  fx.route(STATUS, '/api/v2/summary.json', jsonFixture('statuspage-summary-major-outage.json'));
  const b = await launch();
  const page = await b.context.newPage();
  await verdictOf(b, page, SITE);
  // Give any straggler (a late third-party check) time to show up in the log.
  await page.waitForTimeout(1500);
  const log = JSON.stringify(fx.seen);
  const hosts = new Set(fx.seen.map((r) => r.host));
  expect([...hosts].filter((h) => h !== STATUS && h !== PROBE), log).toEqual([]);
  expect(hosts.has(STATUS), log).toBe(true);
});
