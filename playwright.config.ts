/**
 * e2e tests: the built extension in Debian's Chromium (Playwright) and firefox-esr
 * (puppeteer-core), against local origins and real proxies on 127.0.0.1. The tests launch their
 * own browsers (an extension needs a persistent context), so no Playwright projects or browser
 * fixtures are used. One worker: each file runs a browser and proxies, and the machine has two
 * cores — timing assertions (Retry-After + 2 s) must not compete for CPU.
 */
import { defineConfig } from '@playwright/test';

const ci = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  retries: ci ? 1 : 0,
  forbidOnly: ci,
  // The longest test waits for ten tabs through several retry rounds.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results/e2e',
});
