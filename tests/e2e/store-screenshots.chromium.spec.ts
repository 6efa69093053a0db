/**
 * The store listings' screenshots, 1280×800 as the Chrome Web Store asks
 * (https://developer.chrome.com/docs/webstore/images#screenshots): the overlay on Varnish's
 * real 503 page, the popup over that page, and the options page. Written to store/screenshots/,
 * which `npm run package` checks. The popup cannot be opened from the toolbar by a test, so
 * its page (with ?tabId=) is captured on its own and laid over the error page's capture.
 */
import { readFileSync } from 'node:fs';
import { popupUrl } from './support/chromium';
import { chromiumDriver, chromiumTab } from './pages/chromium-driver';
import { OverlayPage } from './pages/overlay';
import { repoPath } from './support/dist';
import { expect, test } from './support/fixtures';

const SIZE = { width: 1280, height: 800 };
const POPUP = { width: 380, height: 620 };

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

test('store screenshots: overlay, popup, options at 1280×800', async ({ comeback, site }) => {
  const { context, extensionId } = comeback;
  const page = await context.newPage();
  await page.setViewportSize(SIZE);
  const url = site.varnish.url('/checkout');
  expect((await page.goto(url))?.status()).toBe(503);
  await new OverlayPage(chromiumDriver(comeback), chromiumTab(page)).waitForText('status-line', /Next try in/);
  const files = { overlay: repoPath('store/screenshots/overlay.png'), popup: repoPath('store/screenshots/popup.png'), options: repoPath('store/screenshots/options.png') };
  const errorPage = await page.screenshot({ path: files.overlay });

  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
  const tabId = await worker.evaluate(async (prefix) =>
    (await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } })
      .chrome.tabs.query({})).find((t) => t.url?.startsWith(prefix))?.id, url);
  expect(tabId).toBeDefined();
  const popup = await context.newPage();
  await popup.setViewportSize(POPUP);
  await popup.goto(`${popupUrl(extensionId)}?tabId=${String(tabId)}`);
  await expect(popup.locator('main')).toContainText('Varnish', { timeout: 10_000 });
  const popupShot = await popup.screenshot();
  await popup.close();

  // The popup where the browser shows it: under the toolbar, at the right, with a shadow.
  const board = await context.newPage();
  await board.setViewportSize(SIZE);
  await board.setContent(`<!doctype html><style>html,body{margin:0;width:${SIZE.width}px;height:${SIZE.height}px;overflow:hidden}
    body{background:url(data:image/png;base64,${errorPage.toString('base64')}) 0 0/cover}
    img{position:absolute;top:8px;right:16px;border-radius:8px;box-shadow:0 6px 28px rgba(0,0,0,.35)}</style>
    <img src="data:image/png;base64,${popupShot.toString('base64')}" width="${POPUP.width}" height="${POPUP.height}">`);
  await board.screenshot({ path: files.popup });
  await board.close();

  const options = await context.newPage();
  await options.setViewportSize(SIZE);
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(options.getByTestId('shortcuts')).toContainText('Alt+Shift+Y');
  await options.screenshot({ path: files.options });

  for (const file of Object.values(files)) expect(pngSize(file), file).toEqual(SIZE);
});
