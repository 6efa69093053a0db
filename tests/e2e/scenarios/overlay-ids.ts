/**
 * On Varnish's real 503 page the overlay shows the XID a user should quote to the site's support
 * (the same number as the page's "XID: …" line) and its Copy button copies it, by mouse and by
 * keyboard. Written once for both browsers (overlay-ids.*.spec.ts). What each browser can check:
 * Chromium grants the page clipboard-read, so the clipboard's content itself is compared;
 * Firefox gives page script no clipboard read without a paste prompt, so there the button's own
 * "Copied" status (shown only once the browser's clipboard write resolved) is the evidence.
 */
import { expect, test } from '@playwright/test';
import type { BrowserName, Tab } from '../pages/driver';
import type { ChromiumTab } from '../pages/chromium-driver';
import { launchBrowser, type Launched } from '../pages/launch';
import { OverlayPage } from '../pages/overlay';
import { startVarnishSite, type VarnishSite } from '../support/site';

const clipboard = (tab: Tab): Promise<string> => tab.evaluate<string>('navigator.clipboard.readText()');

export function overlayIdsScenarios(browserName: BrowserName): void {
  let launched: Launched | undefined;
  let site: VarnishSite | undefined;

  test.beforeEach(async () => {
    site = await startVarnishSite('down');
    launched = await launchBrowser(browserName);
  });

  test.afterEach(async () => {
    if (launched) await launched.report(test.info());
    await launched?.close();
    await site?.stop();
    launched = site = undefined;
  });

  test("the overlay shows Varnish's XID and copies it", async () => {
    if (!launched || !site) throw new Error('setup failed');
    const url = site.varnish.url('/ids');
    const tab = await launched.driver.newTab();
    const chromium = browserName === 'chromium' ? (tab as ChromiumTab) : null;
    await chromium?.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
    expect(await tab.goto(url)).toBe(503);
    const xid = /XID: (\d+)/.exec(await tab.bodyText())?.[1];
    expect(xid, "Varnish's page shows an XID").toBeDefined();

    const overlay = new OverlayPage(launched.driver, tab);
    await overlay.waitForText('ids', `XID: ${xid ?? '?'}`);

    if (chromium) await tab.evaluate("navigator.clipboard.writeText('before')");
    await overlay.click('copy-ids');
    await expect.poll(async () => (await overlay.snapshot()).items.find((i) => i.role === 'status' && i.text === 'Copied') !== undefined,
      { message: 'the "Copied" status', timeout: 3_000 }).toBe(true);
    if (!chromium) return;
    await expect.poll(() => clipboard(tab), { message: 'clipboard after Copy', timeout: 3_000 }).toContain(`XID: ${xid ?? '?'}`);

    // Keyboard users get the same: the button has focus after the click; Enter copies again.
    await tab.evaluate("navigator.clipboard.writeText('before')");
    await tab.press('Enter');
    await expect.poll(() => clipboard(tab), { message: 'clipboard after Enter on Copy', timeout: 3_000 }).toContain(`XID: ${xid ?? '?'}`);
  });
}
