/**
 * When the extension goes away under an open overlay (an update, a reload, an uninstall), the
 * overlay's script is cut off from it: Chrome keeps the script running, and every extension API
 * call throws "Extension context invalidated". The overlay must then take itself away instead of
 * leaving dead buttons, a frozen countdown and an error in the page's console every second.
 * (Chromium started with --load-extension does not bring a reloaded extension back, so the
 * adoption of the tab by the updated extension is tested in Firefox: adopt.firefox.spec.ts.)
 * Chromium only: Firefox's temporary add-on has no reload that keeps the old content script
 * running cut off, which is the case tested here.
 */
import { chromiumDriver, chromiumTab } from './pages/chromium-driver';
import { OverlayPage } from './pages/overlay';
import { waitUntil } from './pages/driver';
import { expect, test } from './support/fixtures';

type Chrome = { chrome: { runtime: { reload(): void } } };

test('an overlay cut off from the extension takes itself away, quietly', async ({ comeback, site }) => {
  const { context } = comeback;
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  expect((await page.goto(site.varnish.url('/waiting')))?.status()).toBe(503);
  const overlay = new OverlayPage(chromiumDriver(comeback), chromiumTab(page));
  await overlay.waitForText('status-line', /Next try in \d+ s/);
  expect(await overlay.hostInPage()).toBe(true);

  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker) throw new Error('no service worker');
  await worker.evaluate(() => { (globalThis as unknown as Chrome).chrome.runtime.reload(); }).catch(() => undefined);

  // The extension is gone, so only what the page sees is left to ask: the host is removed.
  await waitUntil('the overlay host removed', () => overlay.hostInPage(), (present) => !present, 5_000);
  await page.waitForTimeout(2_500); // a ticking countdown would have thrown twice by now
  expect(pageErrors).toEqual([]);
  await expect(page.getByText('Backend fetch failed').first()).toBeVisible(); // the site's own page is untouched
});
