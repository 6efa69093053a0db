/**
 * The "retry now" keyboard shortcut in Chromium, pressed as a user presses it: Playwright's key
 * press on the page goes through the renderer and, unhandled there, back to the browser, whose
 * extension keybinding registry turns Alt+Shift+Y into commands.onCommand. The site asks for a
 * 10-minute wait, so only the command can bring the page back within seconds.
 */
import { chromiumDriver, chromiumTab } from './pages/chromium-driver';
import { OverlayPage } from './pages/overlay';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { whenTextAppears } from './support/page-wait';
import { requestsSince, sleep } from './support/site';

/** Alt+Shift+<letter> as the keyboard sends it: modifiers Alt (1) and Shift (8), the key's virtual code. */
async function pressAltShift(page: Page, letter: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const code = letter.toUpperCase().charCodeAt(0);
  for (const type of ['rawKeyDown', 'keyUp'] as const) {
    await cdp.send('Input.dispatchKeyEvent', { type, modifiers: 1 | 8, key: letter.toUpperCase(), code: `Key${letter.toUpperCase()}`, windowsVirtualKeyCode: code, nativeVirtualKeyCode: code });
  }
  await cdp.detach();
}

test('Alt+Shift+Y retries the current tab at once', async ({ comeback, site }) => {
  const { origin } = site;
  // Chromium leaves a suggested key unassigned when it clashes with one of its own shortcuts.
  const worker = comeback.context.serviceWorkers()[0]!;
  const assigned = await worker.evaluate(() => (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } })
    .chrome.commands.getAll());
  expect(Object.fromEntries(assigned.map((c) => [c.name, c.shortcut]))).toEqual({ _execute_action: 'Alt+Shift+O', 'retry-now': 'Alt+Shift+Y' });

  await origin.setMode('503', { retryAfter: '600' });
  const page = await comeback.context.newPage();
  const response = await page.goto(origin.url('/shortcut'));
  expect(response?.status()).toBe(503);
  await new OverlayPage(chromiumDriver(comeback), chromiumTab(page)).waitForText('status-line', /Next try in/);

  await origin.setMode('up');
  const tUp = Date.now();
  // Control: with the site back but a 10-minute wait, nothing happens by itself.
  await sleep(2_000);
  expect(requestsSince(origin, tUp).filter((r) => r.path.startsWith('/shortcut')), 'no retry before the shortcut').toEqual([]);
  await expect(page.getByText('The real page')).toHaveCount(0);

  await page.bringToFront();
  const pressed = Date.now();
  await pressAltShift(page, 'Y');
  const shownAt = await whenTextAppears(page, 'The real page', 10_000);
  expect(shownAt - pressed, 'page back after the shortcut (ms)').toBeLessThan(5_000);
});

test("the options page shows the shortcuts and opens the browser's shortcut settings", async ({ comeback }) => {
  const page = await comeback.context.newPage();
  await page.goto(`chrome-extension://${comeback.extensionId}/src/options/index.html`);
  await expect(page.getByTestId('shortcut-_execute_action')).toHaveText('Alt+Shift+O');
  await expect(page.getByTestId('shortcut-retry-now')).toHaveText('Alt+Shift+Y');
  const opened = comeback.context.waitForEvent('page', { timeout: 5_000 });
  await page.getByTestId('open-shortcuts').click();
  await expect.poll(async () => (await opened).url(), { message: 'the tab the button opened' }).toBe('chrome://extensions/shortcuts');
});
