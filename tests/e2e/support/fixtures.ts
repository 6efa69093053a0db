/**
 * Shared per-test setup for the specs that need only the built extension in Chromium and a
 * site behind a real Varnish whose origin starts down (Playwright fixtures: each test gets its
 * own, torn down on every path, the extension's event log attached to the report).
 * The fixture is `comeback`, not `browser`: Playwright's own `browser` is a worker fixture.
 */
import { test as base } from '@playwright/test';
import { attachLog, launchChromium, type ChromiumWithExtension } from './chromium';
import { startVarnishSite, type VarnishSite } from './site';

export const test = base.extend<{ site: VarnishSite; comeback: ChromiumWithExtension }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; this one has none.
  site: async ({}, use) => {
    const site = await startVarnishSite('down');
    try {
      await use(site);
    } finally {
      await site.stop();
    }
  },
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

export { expect } from '@playwright/test';
