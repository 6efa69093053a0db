/**
 * Chromium: a site behind a real Varnish fails (origin refuses connections), Varnish
 * answers "503 Backend fetch failed" with Retry-After: 5, Comeback explains the failure in its
 * overlay, and when the origin is back the tab shows the real page by itself within
 * Retry-After + 2 s. A healthy page gets no overlay at all.
 */
import type { Page } from '@playwright/test';
import { chromiumDriver, chromiumTab } from './pages/chromium-driver';
import { OverlayPage } from './pages/overlay';
import type { ChromiumWithExtension } from './support/chromium';
import { expect, test } from './support/fixtures';
import { whenTextAppears } from './support/page-wait';
import { describeRequests, requestsSince, sleep } from './support/site';
import { note } from './support/note';

/** The overlay of `page`, read from the extension's own world (tests/e2e/pages/README.md). */
const ov = (b: ChromiumWithExtension, page: Page): OverlayPage => new OverlayPage(chromiumDriver(b), chromiumTab(page));

/** What Varnish's built-in VCL sends with its 503 (docs/testing.md). */
const RETRY_AFTER_MS = 5_000;

test('a healthy page gets no overlay', async ({ comeback, site }) => {
  await site.origin.setMode('up');
  const page = await comeback.context.newPage();
  const response = await page.goto(site.varnish.url('/healthy'));
  expect(response?.status()).toBe(200);
  await expect(page.getByText('The real page')).toBeVisible();
  // Give a (wrongly) injected script time to show up before asserting its absence.
  await sleep(1500);
  expect(await ov(comeback, page).hostInPage()).toBe(false);
});

test("Varnish's 503: the overlay names the layer, and the page comes back by itself", async ({ comeback, site }) => {
  const { origin, varnish } = site;
  const page = await comeback.context.newPage();

  const tBeforeError = Date.now();
  const response = await page.goto(varnish.url('/article'));
  expect(response?.status()).toBe(503);
  expect(response?.headers()['retry-after']).toBe('5');
  await expect(page.getByRole('heading', { name: 'Error 503 Backend fetch failed' })).toBeVisible();

  const overlay = ov(comeback, page);
  await overlay.waitForPresent();
  expect((await overlay.item('comeback-panel'))?.role).toBe('region');
  expect(await overlay.waitForText('layer', /cache server/i)).toContain('Varnish');
  expect(await overlay.waitForText('explanation', /./)).toContain(
    "The site's cache server could not get an answer from the site's own server",
  );
  await overlay.waitForText('status-line', /Next try in \d+ s/);
  expect(await overlay.text('attempt')).toMatch(/try \d+/i);
  expect(await overlay.text('retry-now')).toBe('Retry now');
  expect(await overlay.text('stop')).toBe('Stop');

  await test.info().attach('overlay', { body: await page.screenshot(), contentType: 'image/png' });

  // The origin comes back while the overlay counts down.
  await sleep(1_000);
  origin.clearRequests();
  await origin.setMode('up');
  const tUp = Date.now();

  const shownAt = await whenTextAppears(page, 'The real page', RETRY_AFTER_MS + 10_000);
  const recoveryMs = shownAt - tUp;
  const seen = requestsSince(origin, tUp);
  note('timing', `page back ${recoveryMs} ms after the origin came up; origin saw ${describeRequests(seen, tBeforeError)}`);
  expect(recoveryMs, `page back ${recoveryMs} ms after the origin came up`).toBeLessThanOrEqual(RETRY_AFTER_MS + 2_000);

  // Retry-After honoured: nothing reached the origin sooner than 5 s after the error.
  const first = seen[0];
  expect(first, 'the origin saw the probe or the reload').toBeDefined();
  if (first) {
    expect(first.at - tBeforeError, `first request after the error: ${describeRequests(seen, tBeforeError)}`)
      .toBeGreaterThanOrEqual(RETRY_AFTER_MS - 50);
  }

  await expect(page).toHaveTitle('Welcome back');
  // The restored page is healthy: no overlay, no script of ours.
  expect(await overlay.hostInPage()).toBe(false);
});

test("the overlay does not blame the user's connection for the site's own 503", async ({ comeback, site }) => {
  const page = await comeback.context.newPage();
  const response = await page.goto(site.varnish.url('/verdict'));
  expect(response?.status()).toBe(503);
  const overlay = ov(comeback, page);
  await overlay.waitForPresent();
  // The site's own cache server answered, so the network works. Here nothing beyond
  // 127.0.0.1 resolves (like an intranet without internet access), which fails any outside
  // connectivity probe at once: give the overlay's checks time to finish, then read it.
  await sleep(3_000);
  expect(await page.evaluate(() => navigator.onLine)).toBe(true);
  expect((await overlay.snapshot()).text).not.toMatch(/offline|your connection/i);
});
