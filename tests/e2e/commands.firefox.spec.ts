/**
 * The "retry now" keyboard shortcut in Firefox: Alt+Shift+Y pressed in the browser window
 * (support/ff-keys.ts: Firefox's own key handling matches it against the <key> element it made
 * from the manifest's `commands`, and fires commands.onCommand). The site asks for a 10-minute
 * wait, so only the command can bring the page back within seconds.
 */
import { expect, firefoxTest as test } from './support/fixtures';
import { pressAltShiftInWindow } from './support/ff-keys';
import { firefoxDriver, firefoxTab } from './pages/firefox-driver';
import { OverlayPage } from './pages/overlay';
import { bodyText, waitFor } from './support/firefox';
import { requestsSince, sleep } from './support/site';

test('Alt+Shift+Y retries the current tab at once (Firefox)', async ({ site, launchFirefox }) => {
  const firefox = await launchFirefox();
  const { origin } = site;
  await origin.setMode('503', { retryAfter: '600' });
  const page = await firefox.newPage();
  const response = await page.goto(origin.url('/shortcut'));
  expect(response?.status()).toBe(503);
  await new OverlayPage(firefoxDriver(firefox), firefoxTab(page)).waitForText('status-line', /Next try in/);

  await origin.setMode('up');
  const tUp = Date.now();
  // Control: with the site back but a 10-minute wait, nothing happens by itself.
  await sleep(2_000);
  expect(requestsSince(origin, tUp).filter((r) => r.path.startsWith('/shortcut')), 'no retry before the shortcut').toEqual([]);
  expect(await bodyText(page)).not.toContain('The real page');

  await page.bringToFront();
  const pressed = Date.now();
  expect(await pressAltShiftInWindow(firefox.browser, 'Y'), 'Firefox made one shortcut key for Alt+Shift+Y').toBe(1);
  await waitFor('the real page after the shortcut', () => bodyText(page).catch(() => ''), (t) => t.includes('The real page'), 10_000);
  expect(Date.now() - pressed, 'page back after the shortcut (ms)').toBeLessThan(6_000);
});
