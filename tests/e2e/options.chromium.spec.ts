/**
 * The options page in Chromium: axe finds nothing in light and dark, it works from the keyboard,
 * a change reaches storage.sync, and screenshots are saved for the README.
 */
import { expect, test } from '@playwright/test';
import { attachLog, launchChromium, type ChromiumWithExtension } from './support/chromium';
import { repoPath } from './support/dist';
import { axeViolations } from './ui/axe';

let browser: ChromiumWithExtension | undefined;

test.beforeEach(async () => {
  browser = await launchChromium();
});

test.afterEach(async () => {
  if (browser) await attachLog(test.info(), browser.log);
  await browser?.close();
  browser = undefined;
});

test('the options page is accessible in both colour schemes and saves from the keyboard', async () => {
  if (!browser) throw new Error('setup failed');
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 760, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await expect(page.locator('fieldset')).toHaveCount(6);

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `options in ${colorScheme}`).toEqual([]);
    await page.screenshot({ path: repoPath(`docs/screenshots/options-${colorScheme}.png`), fullPage: true });
  }

  // Keyboard only: Tab to the first control (auto-retry), Space turns it off, and it is stored.
  await page.keyboard.press('Tab');
  await expect(page.locator('#auto-retry')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status')).toHaveText('Saved');
  const stored = await page.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.sync.get('autoRetry'));
  expect(stored.autoRetry).toBe(false);

  // A site rule added from the keyboard, then removed.
  await page.locator('#rule-host').fill('shop.example.com');
  await page.locator('#rule-host').press('Enter');
  await expect(page.locator('.host-list')).toContainText('shop.example.com');
  await page.getByRole('button', { name: 'Remove the rule for shop.example.com' }).press('Enter');
  await expect(page.getByText('No site rules yet.')).toBeVisible();
});
