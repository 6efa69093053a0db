/**
 * Egress: every request a full run makes (error page → overlay verdict → the popup's checks →
 * "Find an archived copy"), recorded per consent setting and compared with the table of outside
 * services the consent text is written from (src/status/privacy/third-parties.ts). The site is
 * a real Varnish answering 503; every other name (status page, check-host.net, archive.org, the
 * connectivity probe, and anything unexpected) reaches one recording server through
 * `--host-resolver-rules`, so a request to any host at all is seen.
 * egress.firefox.spec.ts runs the same scenario in Firefox through the forward proxy.
 */
import { expect, test, type Page } from '@playwright/test';
import { THIRD_PARTIES, type ConsentKey } from '../../src/status/privacy/third-parties';
import { attachLog, launchChromium, popupUrl, type ChromiumWithExtension } from './support/chromium';
import { chromiumDriver, chromiumTab } from './pages/chromium-driver';
import { OverlayPage } from './pages/overlay';
import { jsonFixture, startFixtureHosts, type FixtureHosts, type SeenRequest } from './support/fixture-hosts';
import { startVarnishSite, type VarnishSite } from './support/site';

const SITE = 'www.airgateway.com'; // the registry maps *.airgateway.com to status.airgateway.com
const STATUS = 'status.airgateway.com';
const INTRANET = 'wiki.corp.internal';
const SECRET = 's3cret-4711';
const PAGE_PATH = `/account/orders?token=${SECRET}&sid=${SECRET}`;
/** The table's placeholder for the site's own status page, resolved for this site. */
const hostsOf = (consent: ConsentKey): string[] => (THIRD_PARTIES.find((p) => p.consent === consent)?.hosts ?? [])
  .map((h) => (h === 'status.<site>' ? STATUS : h)).filter((h) => /^[a-z0-9.-]+$/.test(h));

type Consent = Record<ConsentKey, boolean>;
const SETTINGS: ReadonlyArray<readonly [string, Consent]> = [
  ['no consent (the defaults)', { statusPage: true, connectivity: true, checkHost: false, wayback: false }],
  ['consent to every service', { statusPage: true, connectivity: true, checkHost: true, wayback: true }],
];

let site: VarnishSite;
let fx: FixtureHosts;
let browser: ChromiumWithExtension | null = null;

test.beforeEach(async () => {
  site = await startVarnishSite('down');
  fx = await startFixtureHosts();
  fx.route('www.gstatic.com', '/generate_204', { status: 204 });
  fx.route(STATUS, '/api/v2/summary.json', jsonFixture('statuspage-summary-operational.json'));
  fx.route('check-host.net', '/check-http', jsonFixture('check-host-start.json'));
  fx.route('check-host.net', '/check-result/1a2b3c4dk9', jsonFixture('check-host-result-all-ok.json'));
  fx.route('archive.org', '/wayback/available', jsonFixture('wayback-available.json'));
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

async function launch(consent: Consent): Promise<ChromiumWithExtension> {
  const b = await launchChromium({
    hostRules: [
      `MAP ${SITE} 127.0.0.1:${site.varnish.port}`, `MAP ${INTRANET} 127.0.0.1:${site.varnish.port}`,
      // Chromium's own service traffic fails at once, as in every e2e test; everything else is recorded.
      'MAP *.google.com ~NOTFOUND', 'MAP *.googleapis.com ~NOTFOUND',
      `MAP * 127.0.0.1:${fx.port}`,
    ],
    ignoreCertificateErrors: true,
  });
  browser = b;
  const worker = b.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${b.extensionId}/`));
  if (!worker) throw new Error('no extension worker');
  await worker.evaluate(async (c) => {
    const chrome = (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome;
    await chrome.storage.sync.set({ version: 2, consent: { answered: true, ...c } });
  }, consent);
  return b;
}

/** The full run on one page: the error, the overlay's verdict, the popup's checks, the archive. */
async function fullRun(b: ChromiumWithExtension, url: string): Promise<void> {
  const page = await b.context.newPage();
  expect((await page.goto(url))?.status()).toBe(503);
  const overlay = new OverlayPage(chromiumDriver(b), chromiumTab(page));
  await expect.poll(async () => (await overlay.item('verdict').catch(() => null))?.data.verdict ?? '', { timeout: 20_000 })
    .toMatch(/everyone|just-you|unknown/);
  const worker = b.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${b.extensionId}/`));
  const tabId = await worker?.evaluate(async (prefix) => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
    return (await chrome.tabs.query({})).find((t) => t.url?.startsWith(prefix))?.id;
  }, url.split('#')[0] ?? url);
  expect(tabId).toBeDefined();
  const popup: Page = await b.context.newPage();
  await popup.goto(`${popupUrl(b.extensionId)}?tabId=${String(tabId)}`);
  await expect(popup.locator('.verdict')).toBeVisible({ timeout: 20_000 });
  const archive = popup.getByRole('button', { name: 'Find an archived copy' });
  await archive.click();
  // Whatever the answer (a copy, none, off, not public), it is one line under the button.
  await expect(popup.locator('.action', { has: archive }).getByRole('status').locator('p').first())
    .toHaveText(/archived copy|no copy|off in your settings|not on the public internet/, { timeout: 15_000 });
  await popup.close();
  await page.close();
}

const mentions = (r: SeenRequest, text: string): boolean => `${r.host}${r.path}?${decodeURIComponent(r.query)}`.includes(text);

for (const [name, consent] of SETTINGS) {
  test(`${name}: only the hosts and the data the consent text names`, async () => {
    const b = await launch(consent);
    await fullRun(b, `http://${SITE}${PAGE_PATH}#frag`);
    await fullRun(b, `http://${INTRANET}${PAGE_PATH}`);
    // Let a straggler (a late poll, a slow check) show up in the log.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const log = JSON.stringify(fx.seen, null, 1);
    test.info().annotations.push({ type: 'requests recorded', description: String(fx.seen.length) });

    // 1. No host outside the table's rows that are switched on.
    const allowed = new Set((Object.keys(consent) as ConsentKey[]).filter((k) => consent[k]).flatMap(hostsOf));
    expect([...new Set(fx.seen.map((r) => r.host))].filter((h) => !allowed.has(h)), log).toEqual([]);
    // 2. No secret from the page's query, anywhere; nothing about the intranet host, anywhere.
    expect(fx.seen.filter((r) => mentions(r, SECRET)), log).toEqual([]);
    expect(fx.seen.filter((r) => mentions(r, 'corp.internal')), log).toEqual([]);
    // 3. What each service got is exactly what the table says it gets.
    const checkHost = fx.seen.filter((r) => r.host === 'check-host.net');
    const wayback = fx.seen.filter((r) => r.host === 'archive.org');
    if (consent.checkHost) {
      // `site-origin`: scheme, host and port only.
      const starts = checkHost.filter((r) => r.path === '/check-http');
      expect(starts.length, log).toBeGreaterThan(0);
      for (const r of starts) expect(new URLSearchParams(r.query).get('host'), log).toBe(`http://${SITE}`);
      for (const r of checkHost) expect(r.path, log).toMatch(/^\/check-(http|result\/[A-Za-z0-9_-]+)$/);
    } else {
      expect(checkHost, log).toEqual([]);
    }
    if (consent.wayback) {
      // `page-address`: the address without query and fragment, asked once per click.
      expect(wayback.map((r) => [r.path, new URLSearchParams(r.query).get('url')]), log)
        .toEqual([['/wayback/available', `http://${SITE}/account/orders`]]);
    } else {
      expect(wayback, log).toEqual([]);
    }
    // `status-request`: the site's own status page, by its API path, with no query.
    for (const r of fx.seen.filter((s) => s.host === STATUS)) expect([r.path, r.query], log).toEqual(['/api/v2/summary.json', '']);
    // `nothing`: the probe names no site.
    for (const r of fx.seen.filter((s) => s.host === 'www.gstatic.com')) expect([r.path, r.query], log).toEqual(['/generate_204', '']);
  });
}
