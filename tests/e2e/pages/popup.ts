/**
 * Page object for the toolbar popup, opened as a page for one tab (`?tabId=N`: a test cannot
 * open the toolbar popup itself; src/popup/tab-id.ts). The popup is an extension page with an
 * ordinary DOM, so reads are plain evaluations in it; clicks are still real mouse input, so the
 * same calls work in Chromium and Firefox. Modelled on WXT's Playwright example
 * (examples/playwright-e2e-testing/e2e/pages/popup.ts in https://github.com/wxt-dev/examples: a class per
 * extension page with its open and wait helpers).
 *
 *   const popup = await PopupPage.open(driver, tab);
 *   await popup.waitForText(/answered with error 503/);
 *   await popup.click('Send the form again…');
 */
import { waitUntil, type ExtensionDriver, type Tab } from './driver';

export class PopupPage {
  private constructor(readonly driver: ExtensionDriver, readonly tab: Tab, readonly forTabId: number) {}

  /** Opens the popup for `forTab` in a new tab. */
  static async open(driver: ExtensionDriver, forTab: Tab): Promise<PopupPage> {
    const forTabId = await driver.tabId(forTab);
    const tab = await driver.newTab();
    await tab.goto(driver.extensionUrl(`${driver.popupPath}?tabId=${forTabId}`));
    const popup = new PopupPage(driver, tab, forTabId);
    await popup.waitForText(/\S/, 10_000);
    return popup;
  }

  /** The text of the popup's <main> ('' while it loads). */
  async text(): Promise<string> {
    return this.tab.evaluate<string>(`document.querySelector('main')?.textContent ?? document.body?.textContent ?? ''`).catch(() => '');
  }

  async waitForText(pattern: RegExp | string, timeoutMs = 5_000): Promise<string> {
    const ok = (t: string): boolean => (typeof pattern === 'string' ? t.includes(pattern) : pattern.test(t));
    return waitUntil(`popup text ~ ${String(pattern)}`, () => this.text(), ok, timeoutMs);
  }

  /** The visible names (text or aria-label) of the popup's buttons. */
  async buttons(): Promise<string[]> {
    return this.tab.evaluate<string[]>(
      `[...document.querySelectorAll('button')].filter((b) => b.getClientRects().length > 0).map((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim())`,
    );
  }

  /** A real click on the button whose name (text or aria-label, trimmed) is exactly `name`. */
  async click(name: string, timeoutMs = 5_000): Promise<void> {
    const find = (): Promise<{ x: number; y: number } | null> => this.tab.evaluate(`(() => {
      const b = [...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === ${JSON.stringify(name)} && b.getClientRects().length > 0);
      if (!b) return null;
      b.scrollIntoView({ block: 'center' });
      const r = b.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    })()`);
    const at = await waitUntil(`popup button "${name}"`, find, (p) => p !== null, timeoutMs);
    if (!at) throw new Error(`no popup button "${name}"`);
    await this.tab.bringToFront();
    await this.tab.clickAt(at.x, at.y);
  }

  close(): Promise<void> {
    return this.tab.close();
  }
}
