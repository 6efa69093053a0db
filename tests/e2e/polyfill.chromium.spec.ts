/**
 * In Chromium, which has a native promise-based `browser` namespace (Chrome 148+), the
 * extension's webextension-polyfill hands that namespace through instead of wrapping `chrome`
 * (https://github.com/mozilla/webextension-polyfill#readme). The built extension is checked
 * from its own service worker: `globalThis.browser` is there, and the API calls the extension
 * makes reach it in promise form. The polyfill's wrapper would call the same functions in
 * callback form (its wrapAsyncFunction appends a callback argument), so a wrapped build fails here.
 */
import { chromiumDriver, chromiumTab } from './pages/chromium-driver';
import { OverlayPage } from './pages/overlay';
import { expect, test } from './support/fixtures';

interface Call { fn: string; args: number; callback: boolean }

test('the service worker uses the native browser namespace through the polyfill', async ({ comeback, site }) => {
  const worker = comeback.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
  const native = await worker.evaluate(() => {
    const g = globalThis as unknown as { browser?: { runtime?: { id?: string; getURL?(p: string): string } }; chrome: { runtime: { id: string } } };
    return { id: g.browser?.runtime?.id ?? null, chromeId: g.chrome.runtime.id, promise: typeof g.browser?.runtime?.getURL };
  });
  expect(native.id, 'globalThis.browser.runtime.id (native namespace present)').toBe(native.chromeId);

  // Record how the extension calls the APIs the polyfill would wrap (those in its metadata:
  // tabs, alarms, storage.local/sync, notifications, webNavigation; not `action` or
  // `scripting`, which it passes through untouched either way).
  await worker.evaluate(() => {
    type Fn = (...a: unknown[]) => unknown;
    type Area = Record<string, unknown>;
    const g = globalThis as unknown as { browser: Record<string, Area> & { storage: Record<string, Area> }; __calls: Call[] };
    g.__calls = [];
    const areas: [string, Area | undefined][] = [
      ['tabs', g.browser.tabs], ['alarms', g.browser.alarms], ['notifications', g.browser.notifications],
      ['webNavigation', g.browser.webNavigation], ['storage.local', g.browser.storage.local], ['storage.sync', g.browser.storage.sync],
    ];
    for (const [name, area] of areas) {
      for (const fn of Object.keys(area ?? {})) {
        const original = area![fn];
        if (typeof original !== 'function' || /^on[A-Z]/.test(fn)) continue;
        area![fn] = function (this: unknown, ...args: unknown[]) {
          g.__calls.push({ fn: `${name}.${fn}`, args: args.length, callback: args.some((a) => typeof a === 'function') });
          return (original as Fn).apply(this, args);
        };
      }
    }
  });

  const page = await comeback.context.newPage();
  const response = await page.goto(site.varnish.url('/polyfill'));
  expect(response?.status()).toBe(503);
  await new OverlayPage(chromiumDriver(comeback), chromiumTab(page)).waitForPresent();
  // The site comes back: the recovery reloads the tab (tabs.reload) and reads the settings.
  await site.origin.setMode('up');
  await expect(page.getByText('The real page')).toBeVisible({ timeout: 15_000 });
  const calls = await worker.evaluate(() => (globalThis as unknown as { __calls: Call[] }).__calls);
  test.info().annotations.push({ type: 'calls', description: [...new Set(calls.map((c) => c.fn))].join(', ') });
  expect(calls.map((c) => c.fn), 'extension API calls seen on globalThis.browser').toContain('tabs.reload');
  // Promise form: no callback argument (the polyfill's wrapper would have added one).
  expect(calls.filter((c) => c.callback), 'calls made in callback form (through the polyfill wrapper)').toEqual([]);
});
