/**
 * Firefox: the same detection and recovery as recover.chromium.spec.ts, in Debian's
 * firefox-esr with dist/firefox, driven by puppeteer-core (Playwright's own Firefox does not
 * drive ESR 153; see docs/testing.md); the per-test site and browser come from support/fixtures.ts.
 */
import { expect, firefoxTest as test } from './support/fixtures';
import type { Page } from 'puppeteer-core';
import { firefoxDriver, firefoxTab } from './pages/firefox-driver';
import { OverlayPage } from './pages/overlay';
import { bodyText, poll, waitFor, type FirefoxWithExtension } from './support/firefox';
import { describeRequests, requestsSince, sleep } from './support/site';
import { note } from './support/note';

const RETRY_AFTER_MS = 5_000;

/** The overlay of a page, read from the extension's own world (tests/e2e/pages/README.md). */
let current: FirefoxWithExtension | undefined;
const ov = (page: Page): OverlayPage => {
  if (!current) throw new Error('no Firefox launched');
  return new OverlayPage(firefoxDriver(current), firefoxTab(page));
};

test('a healthy page gets no overlay (Firefox)', async ({ site, launchFirefox }) => {
  const firefox = await launchFirefox();
  current = firefox;
  await site.origin.setMode('up');
  const page = await firefox.newPage();
  const response = await page.goto(site.varnish.url('/healthy'));
  expect(response?.status()).toBe(200);
  expect(await bodyText(page)).toContain('The real page');
  await sleep(1500);
  expect(await ov(page).hostInPage()).toBe(false);
});

test("Varnish's 503 in Firefox: the overlay names the layer, and the page comes back by itself", async ({ site, launchFirefox }) => {
  const firefox = await launchFirefox();
  current = firefox;
  const { origin, varnish } = site;
  const page = await firefox.newPage();

  const tBeforeError = Date.now();
  const response = await page.goto(varnish.url('/article'));
  expect(response?.status()).toBe(503);
  expect(await bodyText(page)).toContain('Error 503 Backend fetch failed');
  // The origin comes back 2 s after the error, on a fixed clock: how long the overlay checks
  // below take (long, when the overlay is missing) must not move the recovery timeline.
  const upAt = (async () => {
    await sleep(Math.max(0, tBeforeError + 2_000 - Date.now()));
    await origin.setMode('up');
    return Date.now();
  })();

  // Soft: when the overlay is missing, the recovery below is still checked and reported.
  const layer = await poll(() => ov(page).text('layer').catch(() => null), (t) => t !== null, 4_000);
  expect.soft(layer, 'the overlay names the layer').toMatch(/cache server/i);
  expect.soft(layer ?? '').toContain('Varnish');
  expect.soft(await ov(page).text('explanation').catch(() => null)).toContain("The site's cache server could not get an answer from the site's own server");
  const line = layer === null ? null : await poll(() => ov(page).text('status-line').catch(() => null), (t) => /Next try in \d+ s/.test(t ?? ''), 2_000);
  expect.soft(line, 'the overlay counts down').toMatch(/Next try in \d+ s/);
  expect.soft(await ov(page).text('retry-now').catch(() => null)).toBe('Retry now');
  expect.soft(await ov(page).text('stop').catch(() => null)).toBe('Stop');
  await test.info().attach('overlay-firefox', { body: Buffer.from(await page.screenshot()), contentType: 'image/png' });

  const tUp = await upAt;

  await waitFor('the real page', () => bodyText(page), (t) => t.includes('The real page'), RETRY_AFTER_MS + 10_000);
  const recoveryMs = Date.now() - tUp;
  const seen = requestsSince(origin, tUp);
  note('timing', `page back ${recoveryMs} ms after the origin came up; origin saw ${describeRequests(seen, tBeforeError)}`);
  expect(recoveryMs, `page back ${recoveryMs} ms after the origin came up`).toBeLessThanOrEqual(RETRY_AFTER_MS + 2_000);
  const first = seen[0];
  expect(first, 'the origin saw the probe or the reload').toBeDefined();
  if (first) expect(first.at - tBeforeError, describeRequests(seen, tBeforeError)).toBeGreaterThanOrEqual(RETRY_AFTER_MS - 50);

  expect(await page.title()).toBe('Welcome back');
  expect(await ov(page).hostInPage()).toBe(false);
});
