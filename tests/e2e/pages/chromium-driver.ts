/**
 * ExtensionDriver for Chromium (Playwright): extension calls run in the service worker
 * (`context.serviceWorkers()`), or, while the worker is stopped, in an extension page opened for
 * the moment; input is Playwright's page.mouse / page.keyboard (CDP Input events: trusted).
 */
import type { Page, Worker } from '@playwright/test';
import type { ChromiumWithExtension } from '../support/chromium';
import { builtManifest } from '../support/dist';
import { pageText } from '../support/page-wait';
import { executeScriptExpression, type ExtensionDriver, type Tab } from './driver';

export interface ChromiumTab extends Tab {
  /** The Playwright page, for what only Chromium can do (say why in the spec). */
  readonly page: Page;
}

const tabs = new WeakMap<Page, ChromiumTab>();

/** The Tab for `page` (one per page, so what the driver learns about it is kept). */
export function chromiumTab(page: Page): ChromiumTab {
  const known = tabs.get(page);
  if (known) return known;
  const tab: ChromiumTab = {
    browserName: 'chromium',
    page,
    url: () => page.url(),
    goto: async (url) => (await page.goto(url))?.status() ?? null,
    evaluate: <T>(expression: string) => page.evaluate<T>(expression),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    bringToFront: () => page.bringToFront(),
    colorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    bodyText: () => pageText(page),
    close: () => page.close(),
  };
  tabs.set(page, tab);
  return tab;
}

const drivers = new WeakMap<ChromiumWithExtension, ExtensionDriver>();

/** The driver for one launched browser (one per browser: Firefox's keeps an extension page open). */
export function chromiumDriver(browser: ChromiumWithExtension, opts: { hasAxe?: boolean } = {}): ExtensionDriver {
  const known = drivers.get(browser);
  if (known) return known;
  const prefix = `chrome-extension://${browser.extensionId}/`;
  const popupPath = builtManifest('chrome').action?.default_popup ?? 'src/popup/index.html';
  const ids = new WeakMap<Tab, number>();
  const worker = (): Worker | undefined => browser.context.serviceWorkers().find((w) => w.url().startsWith(prefix));
  const inExtension = async <T>(expression: string): Promise<T> => {
    const sw = worker();
    if (sw) return sw.evaluate<T>(`(() => { const ext = chrome; return ${expression}; })()`);
    // A stopped worker cannot be evaluated in (it would hang until woken): use an extension page.
    const page = await browser.context.newPage();
    try {
      await page.goto(`${prefix}${popupPath}`);
      return await page.evaluate<T>(`(() => { const ext = chrome; return ${expression}; })()`);
    } finally {
      await page.close();
    }
  };
  const driver: ExtensionDriver = {
    browserName: 'chromium',
    popupPath,
    optionsPath: 'src/options/index.html',
    hasAxe: opts.hasAxe ?? false,
    newTab: async () => chromiumTab(await browser.context.newPage()),
    async tabId(tab) {
      const known = ids.get(tab);
      if (known !== undefined) return known;
      const url = tab.url();
      const found = await inExtension<number[]>(`ext.tabs.query({}).then((ts) => ts.filter((t) => t.url === ${JSON.stringify(url)}).map((t) => t.id))`);
      if (found.length !== 1 || found[0] === undefined) throw new Error(`expected one tab at ${url}, found ${found.length}: give each tab a unique URL`);
      ids.set(tab, found[0]);
      return found[0];
    },
    inExtension,
    inTab: (tabId, func, args) => inExtension(executeScriptExpression('chrome', tabId, func, args)),
    injectFile: async (tabId, file) => {
      await inExtension(`chrome.scripting.executeScript({ target: { tabId: ${tabId} }, files: [${JSON.stringify(file)}] }).then(() => null)`);
    },
    extensionUrl: (path) => `${prefix}${path}`,
  };
  drivers.set(browser, driver);
  return driver;
}
