/**
 * Shared per-test setup (Playwright fixtures: each test gets its own, torn down on every path):
 * a site behind a real Varnish whose origin starts down, and the built extension in Chromium
 * (`comeback`, its event log attached to the report) or in Firefox (`launchFirefox`, for the
 * options each test needs; its log attached, and on failure the extension's storage too).
 * The Chromium fixture is `comeback`, not `browser`: Playwright's own `browser` is a worker fixture.
 */
import { test as base } from '@playwright/test';
import { attachLog, launchChromium, type ChromiumWithExtension } from './chromium';
import { launchFirefox, reportFirefox, type FirefoxLaunchOptions, type FirefoxWithExtension } from './firefox';
import { startVarnishSite, type VarnishSite } from './site';

const withSite = base.extend<{ site: VarnishSite }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; this one has none.
  site: async ({}, use) => {
    const site = await startVarnishSite('down');
    try {
      await use(site);
    } finally {
      await site.stop();
    }
  },
});

export const test = withSite.extend<{ comeback: ChromiumWithExtension }>({
  // Depends on `site`, so the site is up before the browser starts and stops after it.
  comeback: async ({ site: _site }, use, testInfo) => {
    const comeback = await launchChromium();
    try {
      await use(comeback);
    } finally {
      await attachLog(testInfo, comeback.log);
      await comeback.close();
    }
  },
});

export const firefoxTest = withSite.extend<{ launchFirefox: (opts?: FirefoxLaunchOptions) => Promise<FirefoxWithExtension> }>({
  launchFirefox: async ({ site: _site }, use, testInfo) => {
    const launched: FirefoxWithExtension[] = [];
    try {
      await use(async (opts) => {
        const firefox = await launchFirefox(opts);
        launched.push(firefox);
        return firefox;
      });
    } finally {
      for (const firefox of launched) {
        await reportFirefox(testInfo, firefox);
        await firefox.close();
      }
    }
  },
});

export { expect } from '@playwright/test';
