/**
 * A private (incognito) window: Comeback's probe of a failing site must not carry the cookies of
 * the normal profile, and nothing about the private tab may be written to storage.local.
 *
 * The extension is allowed in incognito by the profile's own record of that choice
 * (Preferences: extensions.settings.<id>.incognito, what the chrome://extensions switch writes),
 * seeded before launch. Flipping the switch at run time does not work here: Chromium reloads the
 * extension for it and then disables one loaded with --load-extension
 * (disableReasons.unsupportedDeveloperExtension). With `"incognito": "split"` Chrome starts a
 * second Comeback background for the private profile, whose fetches use the private cookie jar;
 * built without the key, this test fails (the probe carried session=normal-profile).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Worker } from '@playwright/test';
import { startOrigin, type Origin } from '../support/origin';
import { CHROMIUM_PATH, chromiumArgs } from './support/chromium';
import { assertBuilt } from './support/dist';
import { EventLog } from './support/event-log';

interface Launched { context: BrowserContext; extensionId: string; log: EventLog; close(): Promise<void> }

/** Chromium's id of an unpacked extension: SHA-256 of its absolute path, hex digits mapped to a–p. */
function unpackedId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

async function launchAllowedInIncognito(): Promise<Launched> {
  const dir = assertBuilt('chrome');
  const extensionId = unpackedId(dir);
  const profile = mkdtempSync(join(tmpdir(), 'comeback-incognito-'));
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { settings: { [extensionId]: { incognito: true } } } }));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs(dir) });
  const log = new EventLog();
  context.on('console', (m) => log.add(`${m.worker() ? 'sw' : `page ${m.page()?.url() ?? '?'}`} console.${m.type()}: ${m.text()}`));
  return { context, extensionId, log, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

interface ChromeApi {
  chrome: {
    windows: { create(o: object): Promise<{ id: number }> };
    storage: { local: { get(k: null): Promise<Record<string, unknown>> }; session: { get(k: null): Promise<Record<string, unknown>> } };
    extension: { isAllowedIncognitoAccess(): Promise<boolean> };
  };
}

let browser: Launched | null = null;
let origin: Origin | null = null;

// eslint-disable-next-line no-empty-pattern -- Playwright's hook signature: fixtures first, then testInfo
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus && browser) await testInfo.attach('log', { body: browser.log.text() });
  await browser?.close();
  await origin?.stop();
  browser = null;
  origin = null;
});

const cookieOf = (h: string | string[] | undefined): string => (Array.isArray(h) ? h.join('; ') : h ?? '');

test('a private window is probed without the normal profile\'s cookies, and leaves nothing in storage.local', async () => {
  origin = await startOrigin();
  await origin.setMode('up');
  origin.route('/login', (_req, res) => {
    res.writeHead(200, { 'set-cookie': 'session=normal-profile; Path=/; Max-Age=3600', 'content-type': 'text/html' });
    res.end('<title>Signed in</title>');
  });
  browser = await launchAllowedInIncognito();
  const { context, extensionId } = browser;
  const base = `http://127.0.0.1:${origin.port}`;

  // 1. Signed in in the normal profile: the normal jar holds session=normal-profile.
  const normal = await context.newPage();
  await normal.goto(`${base}/login`);
  expect((await context.cookies(base)).map((c) => c.name)).toContain('session');

  // 2. Allowed in incognito (the profile's extension settings say so, as after the user's switch).
  const isOurs = (w: Worker): boolean => w.url().startsWith(`chrome-extension://${extensionId}/`);
  const worker = context.serviceWorkers().find(isOurs) ?? await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 });
  expect(await worker.evaluate(() => (globalThis as unknown as ChromeApi).chrome.extension.isAllowedIncognitoAccess())).toBe(true);

  // 3. A private window opens (which starts the private profile's own Comeback background: split
  // mode), then the site fails and a private tab opens on it (a secret in its query).
  await worker.evaluate((url) => (globalThis as unknown as ChromeApi).chrome.windows.create({ incognito: true, url }), `${base}/healthy`);
  await expect.poll(() => origin!.requests.some((r) => r.path === '/healthy')).toBe(true);
  // The private profile's background is a second service worker of the same extension. One
  // round trip through an extension API orders the test after its listeners are registered
  // (Chromium delivers webRequest events only to listeners it knows of).
  await expect.poll(() => context.serviceWorkers().filter(isOurs).length, { timeout: 30_000, message: 'the private background started' }).toBe(2);
  const privateWorker = context.serviceWorkers().filter(isOurs).find((w) => w !== worker);
  if (!privateWorker) throw new Error('no private background');
  await privateWorker.evaluate(() => (globalThis as unknown as ChromeApi).chrome.storage.session.get(null));
  await origin.setMode('503', { retryAfter: '1' });
  const t0 = Date.now();
  const privateUrl = `${base}/private-page?sid=secret-private`;
  await worker.evaluate((url) => (globalThis as unknown as ChromeApi).chrome.windows.create({ incognito: true, url }), privateUrl);

  // 4. The private background probes the site (at least one request after the page's own load)…
  const hits = () => origin!.requests.filter((r) => r.path.startsWith('/private-page') && r.at >= t0);
  await expect.poll(() => hits().length, { timeout: 60_000, message: 'the private tab was probed' }).toBeGreaterThanOrEqual(2);
  // …and no request to the site from the private window or its probes carries the normal cookie.
  for (const r of hits()) expect(cookieOf(r.headers.cookie), `${r.method} ${r.path}`).not.toContain('normal-profile');

  // 5. Nothing about the private tab in storage.local (written to disk), as either background sees it.
  for (const w of [worker, privateWorker]) {
    const local = await w.evaluate(() => (globalThis as unknown as ChromeApi).chrome.storage.local.get(null));
    expect(JSON.stringify(local)).not.toContain('private-page');
    expect(JSON.stringify(local)).not.toContain('secret-private');
  }
});
