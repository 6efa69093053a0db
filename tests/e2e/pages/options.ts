/**
 * Page object for the options page, opened in a tab of its own. An ordinary extension page, so
 * reads are evaluations in it and input is real (mouse and keyboard), in Chromium and Firefox.
 *
 *   const options = await OptionsPage.open(driver);
 *   await options.press('Tab'); await options.press(' ');
 *   expect(await options.stored('autoRetry')).toBe(false);
 */
import { waitUntil, type ExtensionDriver, type Tab } from './driver';

export class OptionsPage {
  private constructor(readonly driver: ExtensionDriver, readonly tab: Tab) {}

  static async open(driver: ExtensionDriver): Promise<OptionsPage> {
    const tab = await driver.newTab();
    await tab.goto(driver.extensionUrl(driver.optionsPath));
    const page = new OptionsPage(driver, tab);
    await waitUntil('the options form', () => page.count('fieldset'), (n) => n > 0, 10_000);
    return page;
  }

  /** How many elements match `selector` (the page's ordinary DOM). */
  count(selector: string): Promise<number> {
    return this.tab.evaluate<number>(`document.querySelectorAll(${JSON.stringify(selector)}).length`).catch(() => 0);
  }

  /** The id of the focused element ('' when none). */
  focusedId(): Promise<string> {
    return this.tab.evaluate<string>('document.activeElement?.id ?? ""');
  }

  /** The text of the first element matching `selector`, or null. */
  text(selector: string): Promise<string | null> {
    return this.tab.evaluate<string | null>(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? null`);
  }

  async waitForText(selector: string, pattern: RegExp | string, timeoutMs = 5_000): Promise<string> {
    const ok = (t: string | null): boolean => t !== null && (typeof pattern === 'string' ? t.includes(pattern) : pattern.test(t));
    return (await waitUntil(`options ${selector} ~ ${String(pattern)}`, () => this.text(selector), ok, timeoutMs)) ?? '';
  }

  press(key: string): Promise<void> {
    return this.tab.press(key);
  }

  /** Focuses the element with `id` (by a real click in its middle) and types `text` with real key presses. */
  async type(id: string, text: string): Promise<void> {
    const at = await this.tab.evaluate<{ x: number; y: number } | null>(`(() => {
      const el = document.getElementById(${JSON.stringify(id)});
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    })()`);
    if (!at) throw new Error(`no #${id} on the options page`);
    await this.tab.clickAt(at.x, at.y);
    for (const ch of text) await this.tab.press(ch);
  }

  /** Focuses the button whose name (aria-label, else text) is exactly `name`, then presses `key` on it. */
  async pressOn(name: string, key: string): Promise<void> {
    const found = await this.tab.evaluate<boolean>(`(() => {
      const b = [...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === ${JSON.stringify(name)});
      if (!b) return false;
      b.focus();
      return true;
    })()`);
    if (!found) throw new Error(`no button "${name}" on the options page`);
    await this.tab.press(key);
  }

  /** A real click on the button whose name (aria-label, else text) is exactly `name`. */
  async click(name: string): Promise<void> {
    const at = await this.tab.evaluate<{ x: number; y: number } | null>(`(() => {
      const b = [...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === ${JSON.stringify(name)});
      if (!b) return null;
      b.scrollIntoView({ block: 'center' });
      const r = b.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    })()`);
    if (!at) throw new Error(`no button "${name}" on the options page`);
    await this.tab.clickAt(at.x, at.y);
  }

  /** One key of storage.sync as the extension reads it. */
  stored<T>(key: string): Promise<T | undefined> {
    return this.driver.inExtension<T | undefined>(`ext.storage.sync.get(${JSON.stringify(key)}).then((s) => s[${JSON.stringify(key)}])`);
  }

  close(): Promise<void> {
    return this.tab.close();
  }
}
