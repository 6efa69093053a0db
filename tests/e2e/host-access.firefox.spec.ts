/**
 * Firefox MV3 lets the user withdraw an add-on's host access (about:addons → Permissions), and
 * Comeback would then see no error at all. The popup must say so and ask for access again from
 * its button. The withdrawal is made the way the browser's settings make it, through
 * permissions.remove (here from an extension page).
 */
import { expect, test } from '@playwright/test';
import { builtManifest } from './support/dist';
import { launchFirefox, type FirefoxWithExtension } from './support/firefox';

let firefox: FirefoxWithExtension | null = null;

// eslint-disable-next-line no-empty-pattern -- Playwright's hook signature: fixtures first, then testInfo
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus && firefox) await testInfo.attach('log', { body: firefox.log.text() });
  await firefox?.close();
  firefox = null;
});

type Perms = { browser: { permissions: { contains(p: object): Promise<boolean>; remove(p: object): Promise<boolean> } } };
const HOSTS = { origins: ['http://*/*', 'https://*/*'] };

test('withheld host access is said in the popup, and its button asks for it again', async () => {
  // No doorhanger for an optional permission asked from a click: the browser grants it as a user's "Allow" would.
  firefox = await launchFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  const popupUrl = `moz-extension://${firefox.uuid}/${builtManifest('firefox').action?.default_popup ?? 'src/popup/index.html'}`;
  const page = await firefox.newPage();
  await page.goto(popupUrl, { waitUntil: 'networkidle0' });
  const hasHosts = (): Promise<boolean> => page.evaluate((p) => (globalThis as unknown as Perms).browser.permissions.contains(p), HOSTS);
  expect(await hasHosts(), 'granted at install').toBe(true);
  expect(await page.$('.host-access'), 'no notice while access is granted').toBeNull();

  await page.evaluate((p) => (globalThis as unknown as Perms).browser.permissions.remove(p), HOSTS);
  expect(await hasHosts()).toBe(false);
  // The open popup hears of it (permissions.onRemoved) without a reload.
  await page.waitForSelector('.host-access', { timeout: 10_000 });
  const notice = await page.$eval('.host-access', (el) => el.textContent ?? '');
  expect(notice).toContain('no access to websites');

  await page.click('.host-access button');
  await expect.poll(hasHosts, { timeout: 10_000 }).toBe(true);
  await page.waitForSelector('.host-access', { hidden: true, timeout: 10_000 });
});
