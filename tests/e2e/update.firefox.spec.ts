/**
 * Updates that don't surprise, in Firefox: the previous release is installed (a temporary
 * add-on), a tab waits on Varnish's 503, a setting is changed and the consent question is
 * answered; then this build is installed over it with the same gecko id, as an update is.
 * Firefox must treat it as an update (the startup reason behind runtime.onInstalled's
 * `reason: 'update'`), and the settings, the consent and the waiting tab must survive: the tab
 * is adopted again (an update empties storage.session, see src/background/adopt.ts) and comes
 * back by itself when the site does.
 */
import type { Browser, Page } from 'puppeteer-core';
import { assertBuilt } from './support/dist';
import { expect, firefoxTest as test } from './support/fixtures';
import { firefoxDriver, firefoxTab } from './pages/firefox-driver';
import { OverlayPage } from './pages/overlay';
import { bodyText, poll, waitFor } from './support/firefox';
import { buildPrevious, previousRef } from './support/previous-build';

interface BidiConnection { send(method: string, params: object): Promise<{ result: unknown }> }

/** Runs `expression` in Firefox's browser window (system access; see support/ff-keys.ts). */
async function inBrowserWindow(browser: Browser, expression: string): Promise<unknown> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string; url: string }[] };
  const win = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!win) throw new Error('no Firefox browser window');
  const answer = (await connection.send('script.evaluate', { expression, target: { context: win.context }, awaitPromise: true })).result as
    { type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } };
  if (answer.type !== 'success') throw new Error(`browser window: ${answer.exceptionDetails?.text ?? JSON.stringify(answer)}`);
  return answer.result?.value;
}

/** The extension's storage.sync, read from one of its pages. */
async function syncStorage(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => (globalThis as unknown as { browser: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> } } } })
    .browser.storage.sync.get(null));
}

/**
 * The previous release's overlay: an open shadow root under a fixed id (this release closed it,
 * so the page objects read it from the extension's world instead).
 */
async function previousOverlayText(page: Page, testId: string): Promise<string | null> {
  try {
    return await page.evaluate((tid: string) => {
      const el = document.getElementById('comeback-overlay-host')?.shadowRoot?.querySelector(`[data-testid="${tid}"]`);
      return el ? (el.textContent ?? '') : null;
    }, testId);
  } catch {
    return null; // navigating
  }
}

test('an update keeps the settings, the consent and the waiting tab (Firefox)', async ({ site, launchFirefox }) => {
  test.setTimeout(150_000);
  const ref = previousRef();
  const previous = buildPrevious(ref);
  test.info().annotations.push({ type: 'previous release', description: ref });
  const firefox = await launchFirefox({ extensionDir: previous });

  // 1. State in the previous release: a waiting tab, a changed setting, consent given.
  const tab = await firefox.newPage();
  expect((await tab.goto(site.varnish.url('/update')))?.status()).toBe(503);
  expect(await poll(() => previousOverlayText(tab, 'status-line'), (t) => /Next try in/.test(t ?? ''), 8_000), 'the old build waits').toMatch(/Next try in/);
  const ext = await firefox.newPage();
  await ext.goto(`moz-extension://${firefox.uuid}/src/popup/index.html`, { waitUntil: 'networkidle0' });
  await ext.evaluate(async () => {
    const sync = (globalThis as unknown as { browser: { storage: { sync: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).browser.storage.sync;
    const { consent } = await sync.get('consent');
    await sync.set({ notifications: false, language: 'de', consent: { ...(consent as object), answered: true, checkHost: true } });
  });
  const before = await syncStorage(ext);
  expect([before.notifications, before.language]).toEqual([false, 'de']);
  await ext.close();

  // 2. Watch Firefox start the extension, then install this build over it.
  await inBrowserWindow(firefox.browser, `(() => {
    const { Management } = ChromeUtils.importESModule('resource://gre/modules/Extension.sys.mjs');
    globalThis.__comebackStarts = [];
    Management.on('startup', (_event, extension) => globalThis.__comebackStarts.push({ id: extension.id, reason: extension.startupReason, version: extension.version }));
    return true;
  })()`);
  await firefox.browser.installExtension(assertBuilt('firefox'));
  const starts = await waitFor('the updated extension to start', () => inBrowserWindow(firefox.browser, 'JSON.stringify(globalThis.__comebackStarts)').then((v) => JSON.parse(String(v)) as { id: string; reason: string }[]),
    (s) => s.length > 0, 10_000);
  expect(starts.map((s) => s.reason), 'startup reason (runtime.onInstalled says "update" for ADDON_UPGRADE)').toEqual(['ADDON_UPGRADE']);

  // 3. What survived.
  const after = await firefox.newPage();
  await after.goto(`moz-extension://${firefox.uuid}/src/popup/index.html`, { waitUntil: 'networkidle0' });
  const stored = await syncStorage(after);
  // Settings both releases have (a field one of them lacks may be migrated away on purpose).
  expect([stored.notifications, stored.language], 'the changed settings').toEqual([false, 'de']);
  expect(stored.consent, 'the consent answer').toEqual(before.consent);
  await after.close();

  // The waiting tab is adopted by the new build: its overlay counts down again, and the page
  // comes back by itself once the site does.
  await tab.bringToFront();
  expect(await new OverlayPage(firefoxDriver(firefox), firefoxTab(tab)).waitForText('status-line', /Next try in|Checking/, 15_000), 'the new build adopted the tab').toMatch(/Next try in|Checking/);
  await site.origin.setMode('up');
  await waitFor('the real page after the update', () => bodyText(tab).catch(() => ''), (t) => t.includes('The real page'), 30_000);
});
