/**
 * A Firefox private window: the background's probe of a failing site cannot use the private
 * window's cookie store (a background fetch always uses the normal one), so it must go without
 * cookies, and nothing about the private tab may be written to storage.local.
 */
import { expect, test } from '@playwright/test';
import { startOrigin, type Origin } from '../support/origin';
import { launchFirefox, type FirefoxWithExtension } from './support/firefox';
import { builtManifest } from './support/dist';

let firefox: FirefoxWithExtension | null = null;
let origin: Origin | null = null;

// eslint-disable-next-line no-empty-pattern -- Playwright's hook signature: fixtures first, then testInfo
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus && firefox) {
    await testInfo.attach('storage', { body: await firefox.extensionStorage() });
    await testInfo.attach('log', { body: firefox.log.text() });
  }
  await firefox?.close();
  await origin?.stop();
  firefox = null;
  origin = null;
});

type Ext = {
  browser: {
    windows: { create(o: object): Promise<unknown> };
    extension: { isAllowedIncognitoAccess(): Promise<boolean> };
    storage: { local: { get(k: null): Promise<Record<string, unknown>> } };
  };
};
const cookieOf = (h: string | string[] | undefined): string => (Array.isArray(h) ? h.join('; ') : h ?? '');

test('a private tab is probed without the normal cookies, and leaves nothing in storage.local', async () => {
  origin = await startOrigin();
  await origin.setMode('up');
  origin.route('/login', (_req, res) => {
    res.writeHead(200, { 'set-cookie': 'session=normal-profile; Path=/; Max-Age=3600', 'content-type': 'text/html' });
    res.end('<title>Signed in</title>');
  });
  firefox = await launchFirefox({ allowPrivateBrowsing: true });
  const base = `http://127.0.0.1:${origin.port}`;

  // 1. Signed in in a normal window.
  const normal = await firefox.newPage();
  await normal.goto(`${base}/login`);
  await expect.poll(() => origin!.requests.some((r) => r.path === '/login')).toBe(true);

  // 2. From an extension page: allowed in private windows? Then open one on the failing site.
  const ext = await firefox.newPage();
  const popup = builtManifest('firefox').action?.default_popup ?? 'src/popup/index.html';
  await ext.goto(`moz-extension://${firefox.uuid}/${popup}`, { waitUntil: 'networkidle0' });
  const allowed = await ext.evaluate(() => (globalThis as unknown as Ext).browser.extension.isAllowedIncognitoAccess());
  expect(allowed, 'the add-on runs in private windows').toBe(true);
  await origin.setMode('503', { retryAfter: '1' });
  const t0 = Date.now();
  const privateUrl = `${base}/private-page?sid=secret-private`;
  await ext.evaluate((url) => (globalThis as unknown as Ext).browser.windows.create({ incognito: true, url }), privateUrl);

  // 3. Probed (the page's own load, then at least one probe)…
  const hits = () => origin!.requests.filter((r) => r.path.startsWith('/private-page') && r.at >= t0);
  await expect.poll(() => hits().length, { timeout: 60_000, message: 'the private tab was probed' }).toBeGreaterThanOrEqual(2);
  // …and no request for it carries the normal window's cookie.
  for (const r of hits()) expect(cookieOf(r.headers.cookie), `${r.method} ${r.path}`).not.toContain('normal-profile');

  // 4. Nothing about the private tab on disk.
  const local = await ext.evaluate(() => (globalThis as unknown as Ext).browser.storage.local.get(null));
  expect(JSON.stringify(local)).not.toContain('private-page');
});
