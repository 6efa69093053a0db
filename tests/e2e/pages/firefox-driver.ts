/**
 * ExtensionDriver for Firefox (puppeteer-core over WebDriver BiDi): extension calls run in one
 * of the extension's own pages (Firefox's background is an event page that WebDriver cannot
 * evaluate in), opened once in a tab of its own and kept; input is puppeteer's page.mouse /
 * page.keyboard (BiDi input.performActions: trusted events).
 */
import type { Page } from 'puppeteer-core';
import { builtManifest } from '../support/dist';
import type { FirefoxWithExtension } from '../support/firefox';
import { executeScriptExpression, type ExtensionDriver, type Tab } from './driver';

export interface FirefoxTab extends Tab {
  /** The puppeteer page, for what only Firefox can do (say why in the spec). */
  readonly page: Page;
}

const tabs = new WeakMap<Page, FirefoxTab>();

/** The Tab for `page` (one per page, so what the driver learns about it is kept). */
export function firefoxTab(page: Page): FirefoxTab {
  const known = tabs.get(page);
  if (known) return known;
  const tab: FirefoxTab = {
    browserName: 'firefox',
    page,
    url: () => page.url(),
    // WebDriver BiDi reports no load for a moz-extension:// navigation: wait for the network to go quiet instead.
    goto: async (url) => (await page.goto(url, url.startsWith('moz-extension:') ? { waitUntil: 'networkidle0' } : {}))?.status() ?? null,
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
    bringToFront: () => page.bringToFront(),
    colorScheme: (value) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value }]),
    bodyText: () => page.evaluate(() => document.body?.innerText ?? '').catch(() => ''),
    close: () => page.close(),
  };
  tabs.set(page, tab);
  return tab;
}

const drivers = new WeakMap<FirefoxWithExtension, ExtensionDriver>();

/** The driver for one launched browser (one per browser: Firefox's keeps an extension page open). */
export function firefoxDriver(firefox: FirefoxWithExtension, opts: { hasAxe?: boolean } = {}): ExtensionDriver {
  const known = drivers.get(firefox);
  if (known) return known;
  const popupPath = builtManifest('firefox').action?.default_popup ?? 'src/popup/index.html';
  const optionsPath = 'src/options/index.html';
  const base = `moz-extension://${firefox.uuid}/`;
  const ids = new WeakMap<Tab, number>();
  let extPage: Promise<Page> | null = null;
  const extensionPage = (): Promise<Page> => {
    extPage ??= (async () => {
      const page = await firefox.newPage();
      // The options page: it renders nothing about any tab, so it does not act on one. WebDriver
      // BiDi reports no load for a moz-extension:// navigation: wait for the network to go quiet.
      await page.goto(`${base}${optionsPath}`, { waitUntil: 'networkidle0' });
      return page;
    })();
    return extPage;
  };
  const inExtension = async <T>(expression: string): Promise<T> => {
    const page = await extensionPage();
    return (await page.evaluate(`(() => { const ext = browser; return ${expression}; })()`)) as T;
  };
  const driver: ExtensionDriver = {
    browserName: 'firefox',
    popupPath,
    optionsPath,
    hasAxe: opts.hasAxe ?? false,
    newTab: async () => firefoxTab(await firefox.newPage()),
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
    inTab: (tabId, func, args) => inExtension(executeScriptExpression('browser', tabId, func, args)),
    injectFile: async (tabId, file) => {
      // Firefox resolves `files` from the package root only with a leading slash (without it the
      // call resolves, injects nothing and reports no error).
      const path = file.startsWith('/') ? file : `/${file}`;
      await inExtension(`browser.scripting.executeScript({ target: { tabId: ${tabId} }, files: [${JSON.stringify(path)}] }).then(() => null)`);
    },
    extensionUrl: (path) => `${base}${path}`,
  };
  drivers.set(firefox, driver);
  return driver;
}
