/**
 * The popup's guide in Chromium on a real Varnish 503: the popup (opened as a page with ?tabId=,
 * since a test cannot open the toolbar popup) shows the guide chosen for the diagnosis; "clear this
 * site's cache" really clears that site's cache and no other's; the bypass-cache reload reaches the
 * origin with no-cache; the report copies what it shows; axe finds nothing in the popup and the
 * overlay in light and dark; the popup's first paint is measured; screenshots are saved.
 */
import { expect, test, type Page, type Worker } from '@playwright/test';
import { chooseGuide } from '../../src/core/guide';
import type { Diagnosis } from '../../src/core/types';
import { chromiumDriver, chromiumTab } from './pages/chromium-driver';
import { AXE_FILE, OverlayPage } from './pages/overlay';
import { attachLog, launchChromium, popupUrl, type ChromiumWithExtension } from './support/chromium';
import { packageWithAxe, repoPath } from './support/dist';
import { requestsFor, startVarnishSite, type VarnishSite } from './support/site';
import { axeViolations } from './ui/axe';
import { startCacheSite, type CacheSite } from './ui/cache-site';
import { lastClipboardWrite, watchClipboardWrites } from './ui/clipboard';


interface ChromeApi {
  chrome: {
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
    storage: { sync: { set(items: object): Promise<void> } };
  };
}

let browser: ChromiumWithExtension | undefined;
let site: VarnishSite | undefined;
let siteB: CacheSite | undefined;

/** Real-looking names for the two sites: A behind Varnish on 127.0.0.1, B on 127.0.0.2. */
const SHOP = 'shop.site-a.test';
const OTHER = 'www.site-b.test';
const shopUrl = (path: string): string => `http://${SHOP}${path}`;

test.beforeEach(async () => {
  site = await startVarnishSite('up');
  siteB = await startCacheSite();
  // axe-core packed into a test copy of the package: the overlay's closed root is checked from the isolated world.
  browser = await launchChromium({ extensionDir: packageWithAxe('chrome', AXE_FILE), hosts: {
    [SHOP]: `127.0.0.1:${site.varnish.port}`,
    [OTHER]: new URL(siteB.url('/')).host,
  } });
});

test.afterEach(async () => {
  if (browser) await attachLog(test.info(), browser.log);
  await browser?.close();
  await site?.stop();
  await siteB?.stop();
  browser = site = siteB = undefined;
});

function extensionWorker(b: ChromiumWithExtension): Worker {
  const worker = b.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${b.extensionId}/`));
  if (!worker) throw new Error('no extension service worker');
  return worker;
}

/** Fetches `path` from inside `page` (so the page's HTTP cache partition is used). */
const fetchIn = (page: Page, path: string): Promise<string> => page.evaluate((p) => fetch(p).then((r) => r.text()), path);

/** Milliseconds since navigation start: first contentful paint, the app's first frame, and the state filled in. */
async function paintTimes(page: Page): Promise<{ fcp: string; painted: string; filled: string }> {
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length)).toBe(1);
  return page.evaluate(() => {
    const at = (name: string): string => performance.getEntriesByName(name)[0]?.startTime.toFixed(0) ?? '?';
    return { fcp: at('first-contentful-paint'), painted: at('comeback-popup-painted'), filled: at('comeback-popup-filled') };
  });
}

async function expectNoAxeViolations(page: Page, what: string, include?: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page, include), `${what} in ${colorScheme}`).toEqual([]);
  }
}

test('the popup guides through a Varnish 503 and its actions really act', async () => {
  if (!browser || !site || !siteB) throw new Error('setup failed');
  const { context, extensionId } = browser;
  const worker = extensionWorker(browser);
  // The connectivity probe would ask Google, which the resolver rules make fail ("offline");
  // switched off so the guide is the one a connected user sees.
  await worker.evaluate(() => (globalThis as unknown as ChromeApi).chrome.storage.sync.set({
    version: 2, consent: { answered: false, statusPage: true, connectivity: false, checkHost: false, wayback: false },
  }));

  // 1. Both sites work; each puts a max-age=3600 resource in the browser's cache.
  site.origin.route('/asset.js', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'max-age=3600' });
    res.end('/* site a */');
  });
  const tabA = await context.newPage();
  await tabA.goto(shopUrl('/shop'));
  await fetchIn(tabA, '/asset.js');
  await fetchIn(tabA, '/asset.js');
  expect(requestsFor(site.origin, '/asset.js'), 'site A: second fetch from cache').toHaveLength(1);
  const tabB = await context.newPage();
  await tabB.goto(`http://${OTHER}/`);
  await fetchIn(tabB, '/b.js');
  await fetchIn(tabB, '/b.js');
  expect(siteB.hits('/b.js'), 'site B: second fetch from cache').toBe(1);

  // 2. Site A's backend goes down: Varnish answers 503 "Backend fetch failed".
  await site.origin.setMode('down');
  const failedUrl = shopUrl('/shop?step=2');
  expect((await tabA.goto(failedUrl))?.status()).toBe(503);
  const overlayA = new OverlayPage(chromiumDriver(browser, { hasAxe: true }), chromiumTab(tabA));
  await overlayA.waitForText('layer', /\S/);
  for (const colorScheme of ['light', 'dark'] as const) {
    await tabA.emulateMedia({ colorScheme });
    expect(await overlayA.axe(), `overlay in ${colorScheme}`).toEqual([]);
  }
  for (const colorScheme of ['light', 'dark'] as const) {
    await tabA.emulateMedia({ colorScheme });
    await tabA.screenshot({ path: repoPath(`docs/screenshots/overlay-${colorScheme}.png`) });
  }
  await tabA.emulateMedia({ colorScheme: 'light' });

  const tabId = await worker.evaluate(async (prefix) =>
    (await (globalThis as unknown as ChromeApi).chrome.tabs.query({})).find((t) => t.url?.startsWith(prefix))?.id, failedUrl);
  expect(tabId).toBeDefined();

  // 3. The popup: first paint, then the guide for this diagnosis.
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 900 });
  await popup.goto(`${popupUrl(extensionId)}?tabId=${String(tabId)}`);
  await expect(popup.locator('ol.guide > li').first()).toBeVisible();
  const cold = await paintTimes(popup);
  // A second opening, as on the user's next click: the extension's renderer is already warm.
  const again = await context.newPage();
  await again.goto(`${popupUrl(extensionId)}?tabId=${String(tabId)}`);
  await expect(again.locator('ol.guide > li').first()).toBeVisible();
  const warm = await paintTimes(again);
  await again.close();
  console.log(`popup first contentful paint: ${cold.fcp} ms cold, ${warm.fcp} ms warm `
    + `(first frame ${cold.painted} / ${warm.painted} ms; filled with the tab's state ${cold.filled} / ${warm.filled} ms)`);
  test.info().annotations.push({ type: 'popup first contentful paint (ms, cold / warm)', description: `${cold.fcp} / ${warm.fcp}` });

  await expect(popup.locator('main')).toContainText("The site's cache server (Varnish)");
  await expect(popup.locator('main')).toContainText("could not get an answer from the site's own server");
  const varnish503: Diagnosis = { status: 503, producer: 'varnish', kind: 'backend-fetch-failed', retryable: true, retryAfterSeconds: 5, ids: {} };
  const expected = chooseGuide(varnish503, { autoRetry: true, method: 'GET', hasStatusPage: false }).map((s) => s.id);
  await expect(popup.locator('ol.guide > li')).toHaveCount(expected.length);
  expect(await popup.locator('ol.guide > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')))).toEqual(expected);
  await expect(popup.locator('details.my-site summary')).toHaveText('This is my site');

  await expectNoAxeViolations(popup, 'popup');
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    await popup.screenshot({ path: repoPath(`docs/screenshots/popup-${colorScheme}.png`), fullPage: true });
  }
  await popup.emulateMedia({ colorScheme: 'light' });

  // 4. Stop retrying (so the recovered origin does not reload the tab), clear site A's cache.
  await popup.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(popup.locator('#retry-heading')).toHaveText('Stopped for this tab');
  // browsingData is optional (docs/permissions.md): asked at this click. Headless Chromium grants
  // an extension's permissions.request from a click without showing a prompt.
  const hasBrowsingData = (): Promise<boolean> => popup.evaluate(() =>
    (globalThis as unknown as { chrome: { permissions: { contains(p: object): Promise<boolean> } } }).chrome.permissions.contains({ permissions: ['browsingData'] }));
  expect(await hasBrowsingData(), 'not granted at install').toBe(false);
  await popup.getByRole('button', { name: "Clear this site's cache" }).click();
  await expect(popup.getByText("Done: this site's cached files are gone.")).toBeVisible();
  expect(await hasBrowsingData(), 'granted at the click').toBe(true);
  await site.origin.setMode('up');
  await fetchIn(tabA, '/asset.js');
  expect(requestsFor(site.origin, '/asset.js'), "site A's resource comes from the origin again").toHaveLength(2);
  await fetchIn(tabB, '/b.js');
  expect(siteB.hits('/b.js'), "site B's resource is still served from the cache").toBe(1);

  // 5. The report: the copy is what the popup shows (ui/clipboard.ts).
  const shown = await popup.getByTestId('report').textContent();
  expect(shown).toContain(`URL: ${failedUrl}`);
  expect(shown).toContain('Produced by: varnish');
  await popup.evaluate(watchClipboardWrites);
  await popup.bringToFront();
  await popup.getByRole('button', { name: 'Copy the report' }).click();
  await expect(popup.getByText('Report copied')).toBeVisible();
  expect(await popup.evaluate(lastClipboardWrite)).toBe(shown);

  // 6. Reload bypassing the cache: the origin sees the navigation with no-cache.
  const t0 = Date.now();
  await popup.getByRole('button', { name: 'Reload without cache' }).click();
  await expect.poll(() => requestsFor(site!.origin, '/shop', t0).length, { timeout: 5_000 }).toBeGreaterThan(0);
  const reload = requestsFor(site.origin, '/shop', t0)[0]!;
  expect(reload.headers['cache-control']).toBe('no-cache');
  expect(reload.headers.pragma).toBe('no-cache');
  // A navigation, not a probe (Sec-Fetch-* is not sent to plain-http origins, Accept is).
  expect(String(reload.headers.accept)).toContain('text/html');
});
