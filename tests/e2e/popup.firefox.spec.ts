/**
 * The popup's guide in Debian's firefox-esr on a real Varnish 503: the popup (opened as a page,
 * moz-extension://<uuid>/…/index.html?tabId=N, since a test cannot open the toolbar popup)
 * shows the diagnosis and the guide chosen for it; the cache step, which in Firefox can only
 * clear the whole cache, says so, does it, and keeps the site's cookies; the report copies what
 * it shows; "Reload without cache" reaches the origin with no-cache. Two real-looking host names
 * reach local servers through a forward proxy (support/ff-proxy.ts): Firefox has no
 * --host-resolver-rules.
 */
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { chooseGuide } from '../../src/core/guide';
import type { Diagnosis } from '../../src/core/types';
import { startForwardProxy, type ForwardProxy } from './support/ff-proxy';
import { firefoxDriver, firefoxTab } from './pages/firefox-driver';
import { OverlayPage } from './pages/overlay';
import { launchFirefox, reportFirefox, tabIdFor, waitFor, type FirefoxWithExtension } from './support/firefox';
import { requestsFor, startVarnishSite, type VarnishSite } from './support/site';
import { startCacheSite, type CacheSite } from './ui/cache-site';
import { lastClipboardWrite, watchClipboardWrites } from './ui/clipboard';

const SHOP = 'shop.site-a.test';
const OTHER = 'www.site-b.test';
const shopUrl = (path: string): string => `http://${SHOP}${path}`;

let site: VarnishSite | undefined;
let siteB: CacheSite | undefined;
let proxy: ForwardProxy | undefined;
let firefox: FirefoxWithExtension | undefined;

test.beforeEach(async () => {
  site = await startVarnishSite('up');
  siteB = await startCacheSite();
  proxy = await startForwardProxy();
  proxy.mapHttp(SHOP, site.varnish.port);
  proxy.mapHttp(OTHER, Number(new URL(siteB.url('/')).port), '127.0.0.2');
  // browsingData is optional (docs/permissions.md), asked at the "clear" click: without a
  // doorhanger (this pref) Firefox grants it as the user's "Allow" would.
  firefox = await launchFirefox({ prefs: { ...proxy.prefs(), 'extensions.webextOptionalPermissionPrompts': false } });
});

test.afterEach(async () => {
  const info = test.info();
  if (firefox) {
    await reportFirefox(info, firefox);
    if (info.status !== info.expectedStatus) {
      console.log(`--- proxy saw ---\n${(proxy?.seen ?? []).map((r) => `${r.kind} ${r.host} ${r.path} routed=${String(r.routed)}`).join('\n')}`);
    }
  }
  await firefox?.close();
  await proxy?.stop();
  await site?.stop();
  await siteB?.stop();
  firefox = proxy = site = siteB = undefined;
});

/** Fetches `path` from inside `page` (the page's own HTTP cache partition). */
const fetchIn = (page: Page, path: string): Promise<string> => page.evaluate((p: string) => fetch(p).then((r) => r.text()), path);

const mainText = (page: Page): Promise<string> => page.evaluate(() => document.querySelector('main')?.textContent ?? '').catch(() => '');

/** Clicks the button whose visible text is exactly `name`. */
async function clickButton(page: Page, name: string): Promise<void> {
  for (const b of await page.$$('button')) {
    if ((await b.evaluate((el) => el.textContent?.trim() ?? '')) === name) {
      await b.click();
      return;
    }
  }
  throw new Error(`no button "${name}" in ${page.url()}`);
}

test('Firefox: the popup guides through a Varnish 503; Stop, the cache clearing, the report copy and the bypass-cache reload act', async () => {
  if (!firefox || !site || !siteB) throw new Error('setup failed');
  const { origin } = site;
  // The connectivity probe off, as in the Chromium popup test (and see status.firefox.spec.ts).
  const ext = await firefox.newPage();
  await ext.goto(firefox.popupUrl(), { waitUntil: 'networkidle0' });
  await ext.evaluate(() => (globalThis as unknown as { browser: { storage: { sync: { set(v: object): Promise<void> } } } }).browser.storage.sync.set({
    version: 2, consent: { answered: false, statusPage: true, connectivity: false, checkHost: false, wayback: false },
  }));

  // 1. Both sites work; each puts a max-age=3600 resource in the browser's cache.
  origin.route('/asset.js', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'max-age=3600' });
    res.end('/* site a */');
  });
  const tabA = await firefox.newPage();
  await tabA.goto(shopUrl('/shop'));
  await fetchIn(tabA, '/asset.js');
  await fetchIn(tabA, '/asset.js');
  expect(requestsFor(origin, '/asset.js'), 'site A: second fetch from cache').toHaveLength(1);
  const tabB = await firefox.newPage();
  await tabB.goto(`http://${OTHER}/`);
  await fetchIn(tabB, '/b.js');
  await fetchIn(tabB, '/b.js');
  expect(siteB.hits('/b.js'), 'site B: second fetch from cache').toBe(1);

  // 2. Site A's backend goes down: Varnish answers 503 "Backend fetch failed".
  await origin.setMode('down');
  const failedUrl = shopUrl('/shop?step=2');
  expect((await tabA.goto(failedUrl))?.status()).toBe(503);
  await new OverlayPage(firefoxDriver(firefox), firefoxTab(tabA)).waitForText('layer', /\S/);

  // 3. The popup for that tab: the diagnosis and the guide for it.
  const tabId = await tabIdFor(ext, failedUrl);
  expect(tabId, 'the error tab, found through browser.tabs.query').toBeDefined();
  const popup = await firefox.newPage();
  const t0 = Date.now();
  await popup.goto(`${firefox.popupUrl()}?tabId=${String(tabId)}`, { waitUntil: 'networkidle0' });
  await waitFor('the guide', () => popup.evaluate(() => document.querySelectorAll('ol.guide > li').length).catch(() => 0), (n) => n > 0, 10_000);
  console.log(`popup showed its guide ${Date.now() - t0} ms after navigation start (networkidle0 included)`);
  const main = await waitFor('the diagnosis', () => mainText(popup), (t) => t.includes("The site's cache server (Varnish)"), 5_000);
  expect(main).toContain("could not get an answer from the site's own server");
  const varnish503: Diagnosis = { status: 503, producer: 'varnish', kind: 'backend-fetch-failed', retryable: true, retryAfterSeconds: 5, ids: {} };
  const expected = chooseGuide(varnish503, { autoRetry: true, method: 'GET', hasStatusPage: false }).map((s) => s.id);
  expect(await popup.evaluate(() => [...document.querySelectorAll('ol.guide > li')].map((e) => e.getAttribute('data-step')))).toEqual(expected);
  expect(await popup.evaluate(() => document.querySelector('details.my-site summary')?.textContent)).toBe('This is my site');

  // 4. Stop retrying (so the recovered origin does not reload the tab), then clear the cache.
  // Firefox can only clear its whole cache (shared/capabilities.ts): the step says so before
  // the click, both sites' resources come from their origins again, and site A's cookie (the
  // user's sign-in, in real life) survives.
  await clickButton(popup, 'Stop');
  await waitFor('the stopped state', () => popup.evaluate(() => document.querySelector('#retry-heading')?.textContent ?? ''), (t) => t === 'Stopped for this tab', 5_000);
  const cacheStep = await popup.evaluate(() => document.querySelector('li[data-step="clear-cache"]')?.textContent ?? '');
  expect(cacheStep).toContain("Clear Firefox's cached files");
  expect(cacheStep).toContain('only for all sites at once');
  await tabA.evaluate(() => { document.cookie = 'cart=3; path=/; max-age=3600'; });
  await clickButton(popup, 'Clear cached files (all sites)');
  await waitFor('the clear confirmation', () => mainText(popup), (t) => t.includes("Done: Firefox's cached files are gone."), 5_000);
  await origin.setMode('up');
  await fetchIn(tabA, '/asset.js');
  expect(requestsFor(origin, '/asset.js'), "site A's resource comes from the origin again").toHaveLength(2);
  await fetchIn(tabB, '/b.js');
  expect(siteB.hits('/b.js'), "site B's resource too: the whole cache was cleared, as the step said").toBe(2);

  // 5. The report: the copy is what the popup shows (ui/clipboard.ts).
  const shown = await popup.evaluate(() => document.querySelector('[data-testid="report"]')?.textContent ?? '');
  expect(shown).toContain(`URL: ${failedUrl}`);
  expect(shown).toContain('Produced by: varnish');
  await popup.evaluate(watchClipboardWrites);
  await popup.bringToFront();
  await clickButton(popup, 'Copy the report');
  await waitFor('the copy confirmation', () => mainText(popup), (t) => t.includes('Report copied'), 5_000);
  expect(await popup.evaluate(lastClipboardWrite)).toBe(shown);

  // 6. Reload bypassing the cache: the origin sees the navigation with no-cache.
  const t1 = Date.now();
  await clickButton(popup, 'Reload without cache');
  await waitFor('the reload at the origin', async () => requestsFor(origin, '/shop', t1).length, (n) => n > 0, 5_000);
  const reload = requestsFor(origin, '/shop', t1)[0];
  const h = reload?.headers ?? {};
  expect(h['cache-control'] === 'no-cache' || h.pragma === 'no-cache', JSON.stringify(h)).toBe(true);
  expect(String(h.accept)).toContain('text/html');
  expect(String(h.cookie), 'clearing the cache kept the cookie').toContain('cart=3');
});
