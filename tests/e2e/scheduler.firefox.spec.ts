/**
 * Firefox: the schedule survives a suspended event page. With a short
 * `extensions.background.idle.timeout` Firefox suspends the background during the
 * Retry-After wait, so in-memory timers are gone; the persisted schedule and the overlay's
 * ping when its countdown ends must still bring the page back on time.
 */
import { expect, firefoxTest as test } from './support/fixtures';
import { firefoxDriver, firefoxTab } from './pages/firefox-driver';
import { OverlayPage } from './pages/overlay';
import { bodyText, poll, waitFor } from './support/firefox';
import { sleep } from './support/site';
import { note } from './support/note';

const RETRY_AFTER_MS = 5_000;
/** Well below Retry-After, so the event page idles out during the wait. */
const IDLE_TIMEOUT_MS = 1_000;

test('(e) the page comes back on time after Firefox suspended the background', async ({ site, launchFirefox }) => {
  const firefox = await launchFirefox({ backgroundIdleTimeoutMs: IDLE_TIMEOUT_MS });
  const page = await firefox.newPage();

  const tError = Date.now();
  const response = await page.goto(site.varnish.url('/suspended'));
  expect(response?.status()).toBe(503);
  // Past the idle timeout (and its check interval) the event page is suspended; the origin
  // comes back then, on a fixed clock whatever the overlay checks below take.
  const { origin } = site;
  const upAt = (async () => {
    await sleep(Math.max(0, tError + IDLE_TIMEOUT_MS + 1_500 - Date.now()));
    await origin.setMode('up');
    return Date.now();
  })();
  // Soft: without the overlay's ping the recovery below may still happen (or not) and is reported.
  const line = await poll(() => new OverlayPage(firefoxDriver(firefox), firefoxTab(page)).text('status-line').catch(() => null), (t) => /Next try in \d+ s/.test(t ?? ''), 2_000);
  expect.soft(line, 'the overlay counts down').toMatch(/Next try in \d+ s/);
  const tUp = await upAt;

  await waitFor('the real page', () => bodyText(page), (t) => t.includes('The real page'), RETRY_AFTER_MS + 10_000);
  const ms = Date.now() - tUp;
  note('timing', `page back ${ms} ms after the origin came up (idle timeout ${IDLE_TIMEOUT_MS} ms)`);
  expect(ms, `page back ${ms} ms after the origin came up`).toBeLessThanOrEqual(RETRY_AFTER_MS + 2_000);
});
