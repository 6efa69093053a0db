/**
 * The options page works from the keyboard and a change reaches storage.sync, in both browsers
 * (options.*.spec.ts). Chromium only: axe in light and dark (ui/axe.ts evaluates axe-core over
 * the DevTools protocol, which bypasses the extension page's CSP; Firefox's WebDriver BiDi has
 * no colour-scheme emulation) and the README's screenshots (taken once, from one browser).
 */
import { expect, test } from '@playwright/test';
import type { ChromiumTab } from '../pages/chromium-driver';
import type { BrowserName } from '../pages/driver';
import { launchBrowser, type Launched } from '../pages/launch';
import { OptionsPage } from '../pages/options';
import { repoPath } from '../support/dist';
import { axeViolations } from '../ui/axe';

export function optionsScenarios(browserName: BrowserName): void {
  let launched: Launched | undefined;

  test.beforeEach(async () => {
    launched = await launchBrowser(browserName);
  });

  test.afterEach(async () => {
    if (launched) await launched.report(test.info());
    await launched?.close();
    launched = undefined;
  });

  test('the options page saves from the keyboard (and, in Chromium, is accessible in both colour schemes)', async () => {
    if (!launched) throw new Error('setup failed');
    const options = await OptionsPage.open(launched.driver);
    expect(await options.count('fieldset')).toBe(6);

    if (browserName === 'chromium') {
      const { page } = options.tab as ChromiumTab;
      await page.setViewportSize({ width: 760, height: 900 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page), `options in ${colorScheme}`).toEqual([]);
        await page.screenshot({ path: repoPath(`docs/screenshots/options-${colorScheme}.png`), fullPage: true });
      }
    }

    // Keyboard only: Tab to the first control (auto-retry), Space turns it off, and it is stored.
    await options.tab.bringToFront();
    await options.press('Tab');
    expect(await options.focusedId()).toBe('auto-retry');
    await options.press(' ');
    await options.waitForText('[role="status"]', 'Saved');
    await expect.poll(() => options.stored<boolean>('autoRetry')).toBe(false);

    // A site rule added from the keyboard, then removed.
    await options.type('rule-host', 'shop.example.com');
    await options.press('Enter');
    await options.waitForText('.host-list', 'shop.example.com');
    // Removed by Enter in Chromium; in Firefox a key press on a button focused from script did not
    // activate it over WebDriver BiDi (measured), so there a real click removes it.
    if (browserName === 'chromium') await options.pressOn('Remove the rule for shop.example.com', 'Enter');
    else await options.click('Remove the rule for shop.example.com');
    await expect.poll(async () => (await options.text('body')) ?? '').toContain('No site rules yet.');
  });
}
