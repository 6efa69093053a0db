/**
 * A tab already showing Varnish's 503 when Comeback is installed (the same happens after an
 * update, which empties storage.session, and at browser start-up, before the listeners exist):
 * on runtime.onInstalled Comeback finds the tab by its title, reads the page's own status,
 * adopts it with an overlay and a schedule, and brings the page back when the origin recovers
 * (src/background/adopt.ts). A healthy tab open at the same time is left alone: no script.
 */
import { expect, firefoxTest as test } from './support/fixtures';
import type { Page } from 'puppeteer-core';
import { firefoxDriver, firefoxTab } from './pages/firefox-driver';
import { OverlayPage } from './pages/overlay';
import { bodyText, waitFor } from './support/firefox';

test('a tab showing a 503 before Comeback was installed is adopted and comes back by itself (Firefox)', async ({ site, launchFirefox }) => {
  const { origin, varnish } = site;
  let failing: Page | undefined;
  let healthy: Page | undefined;
  const firefox = await launchFirefox({
    beforeInstall: async (browser) => {
      await origin.setMode('up');
      healthy = await browser.newPage();
      await healthy.goto(varnish.url('/fine'));
      await origin.setMode('down');
      failing = await browser.newPage();
      const res = await failing.goto(varnish.url('/before-install'));
      expect(res?.status()).toBe(503);
    },
  });
  if (!failing || !healthy) throw new Error('setup failed');
  const page = failing;

  // Installed: the error tab gets a live overlay that counts down; the healthy tab gets nothing.
  const driver = firefoxDriver(firefox);
  const overlay = new OverlayPage(driver, firefoxTab(page));
  await overlay.waitForText('status-line', /Next try in \d+ s/, 15_000);
  expect(await overlay.text('layer')).toContain('Varnish');
  expect(await new OverlayPage(driver, firefoxTab(healthy)).hostInPage()).toBe(false);

  // The origin comes back: the page returns by itself.
  await origin.setMode('up');
  await waitFor('the real page', () => bodyText(page), (t) => t.includes('The real page'), 20_000);
  expect(await overlay.hostInPage()).toBe(false);
});
