/**
 * On Varnish's real 503 page the overlay shows the XID a user should quote to the
 * site's support (the same number as the page's "XID: …" line) and the copy button puts it on
 * the clipboard.
 */
import { overlay } from './support/chromium';
import { expect, test } from './support/fixtures';

test("the overlay shows Varnish's XID and copies it", async ({ comeback, site }) => {
  const url = site.varnish.url('/ids');
  await comeback.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = await comeback.context.newPage();
  const response = await page.goto(url);
  expect(response?.status()).toBe(503);

  const xid = /XID: (\d+)/.exec(await page.locator('body').innerText())?.[1];
  expect(xid, "Varnish's page shows an XID").toBeDefined();

  const ids = overlay(page).getByTestId('ids');
  await expect(ids).toBeVisible({ timeout: 5_000 });
  await expect(ids).toContainText(`XID: ${xid}`);

  // Something else on the clipboard first, so the assertion sees the button's write.
  await page.evaluate(() => navigator.clipboard.writeText('before'));
  await overlay(page).getByTestId('copy-ids').click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()), { message: 'clipboard after Copy', timeout: 3_000 })
    .toContain(`XID: ${xid}`);

  // Keyboard users get the same: focus the button and press Enter.
  await page.evaluate(() => navigator.clipboard.writeText('before'));
  await overlay(page).getByTestId('copy-ids').focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()), { message: 'clipboard after Enter on Copy', timeout: 3_000 })
    .toContain(`XID: ${xid}`);
});
