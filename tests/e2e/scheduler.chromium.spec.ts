/**
 * Chromium: the per-site engine. It survives a stopped service worker, probes once per attempt
 * however many tabs wait (the probe is a reload of one waiting tab), pauses while offline, and
 * forgets a tab that was closed, navigated elsewhere or stopped.
 */
import { expect, test, type Page } from '@playwright/test';
import { startOrigin, type LoggedRequest, type Origin } from '../support/origin';
import { chromiumDriver, chromiumTab } from './pages/chromium-driver';
import { OverlayPage } from './pages/overlay';
import { attachLog, launchChromium, stopServiceWorker, type ChromiumWithExtension } from './support/chromium';
import { isNavigation } from './support/classify';
import { whenTextAppears } from './support/page-wait';
import { describeRequests, requestsFor, requestsSince, sleep, startVarnishSite, type VarnishSite } from './support/site';
import { note } from './support/note';

/** Varnish's Retry-After. */
const VARNISH_RETRY_AFTER_MS = 5_000;
/** The Retry-After our own failing origins send (short, to keep the tests quick). */
const ORIGIN_RETRY_AFTER_S = 3;
const ORIGIN_RETRY_AFTER_MS = ORIGIN_RETRY_AFTER_S * 1000;

let browser: ChromiumWithExtension | undefined;
const cleanups: (() => Promise<void>)[] = [];

test.beforeEach(async () => {
  browser = await launchChromium();
});

test.afterEach(async () => {
  if (browser) await attachLog(test.info(), browser.log);
  await browser?.close();
  browser = undefined;
  for (const stop of cleanups.splice(0)) await stop();
});

function ready(): ChromiumWithExtension {
  if (!browser) throw new Error('setup failed: no browser');
  return browser;
}

/** The overlay of `page`, read from the extension's own world (tests/e2e/pages/README.md). */
const ov = (page: Page): OverlayPage => new OverlayPage(chromiumDriver(ready()), chromiumTab(page));

async function varnishSite(): Promise<VarnishSite> {
  const site = await startVarnishSite('down');
  cleanups.push(() => site.stop());
  return site;
}

/** A direct origin that answers its own 503 with Retry-After: 3 (it logs every request). */
async function failingOrigin(): Promise<Origin> {
  const origin = await startOrigin();
  cleanups.push(() => origin.stop());
  await origin.setMode('503', { retryAfter: String(ORIGIN_RETRY_AFTER_S) });
  return origin;
}

/** Opens `url` in a new tab and waits until Comeback's overlay counts down. */
async function openFailing(url: string): Promise<Page> {
  const page = await ready().context.newPage();
  const response = await page.goto(url);
  expect(response?.status()).toBe(503);
  await ov(page).waitForText('status-line', /Next try in \d+ s/);
  return page;
}

test('(a) the page comes back on time after the service worker was stopped mid-wait', async () => {
  const b = ready();
  const { origin, varnish } = await varnishSite();
  const page = await openFailing(varnish.url('/survivor'));

  await stopServiceWorker(b.context, page, b.extensionId, b.log);
  await sleep(500);
  await origin.setMode('up');
  const tUp = Date.now();

  const shownAt = await whenTextAppears(page, 'The real page', VARNISH_RETRY_AFTER_MS + 10_000);
  const ms = shownAt - tUp;
  note('timing', `page back ${ms} ms after the origin came up (worker stopped)`);
  expect(ms, `page back ${ms} ms after the origin came up`).toBeLessThanOrEqual(VARNISH_RETRY_AFTER_MS + 2_000);
  expect(await ov(page).hostInPage()).toBe(false);
});

test('(b) ten tabs on one failing site: one probe per attempt, and all ten come back', async () => {
  const b = ready();
  const origin = await failingOrigin();
  const url = origin.url('/ten');

  const pages = await Promise.all(Array.from({ length: 10 }, () => b.context.newPage()));
  const t0 = Date.now();
  // One path on one origin (one schedule); a query per tab, so the test can tell the tabs apart.
  await Promise.all(pages.map((p, i) => p.goto(`${url}?tab=${i}`)));
  for (const p of pages) await ov(p).waitForText('status-line', /Next try in \d+ s/);
  // The ten tabs' own loads come first (a probe, itself a reload, may follow within the checks above).
  const navigations = requestsFor(origin, '/ten').filter(isNavigation).slice(0, 10);
  expect(navigations, 'the ten initial navigations').toHaveLength(10);

  // The first attempts: each is one reload of one tab, never one per tab.
  const probesNow = (): LoggedRequest[] => requestsFor(origin, '/ten').filter((r) => !navigations.includes(r));
  await expect.poll(() => probesNow().length, { message: 'the first probe', timeout: 15_000, intervals: [100] }).toBeGreaterThanOrEqual(1);
  await sleep(2_000);
  const tUp = Date.now();
  const probes = probesNow().filter((r) => r.at < tUp);
  const summary = describeRequests(probes, t0);
  note('while failing', summary);
  expect(probes.length, `at most one probe per Retry-After while the site fails, not one per tab: ${summary}`)
    .toBeLessThanOrEqual(Math.ceil((tUp - t0) / ORIGIN_RETRY_AFTER_MS));
  for (let i = 1; i < probes.length; i++) {
    const gap = (probes[i]?.at ?? 0) - (probes[i - 1]?.at ?? 0);
    expect(gap, `probes ${gap} ms apart: one per attempt, never sooner than Retry-After: ${summary}`).toBeGreaterThanOrEqual(ORIGIN_RETRY_AFTER_MS - 250);
  }

  // Every overlay shows the one shared schedule.
  const attempts = await Promise.all(pages.map((p) => ov(p).waitForText('attempt', /try \d+/)));
  expect(new Set(attempts).size, `attempt shown in the ten tabs: ${JSON.stringify(attempts)}`).toBe(1);
  const first = pages[0];
  if (!first) throw new Error('no tabs');
  const nextTry = Number(/Next try in (\d+) s/.exec(await ov(first).waitForText('status-line', /Next try in \d+ s/))?.[1] ?? NaN);
  expect(nextTry, 'the overlay announces the next try').not.toBeNaN();

  await origin.setMode('up');
  const deadlineMs = (nextTry + 1) * 1000 + 3_000; // the announced try, rounded up, plus the staggered reloads
  const shown = await Promise.all(pages.map((p) => whenTextAppears(p, 'The real page', deadlineMs + 20_000))).catch(async (e: unknown) => {
    const lines = await Promise.all(pages.map((p) => ov(p).text('status-line').catch(() => '(no overlay)')));
    throw new Error(
      `${e instanceof Error ? e.message : String(e)}\nafter the origin came up it saw: ${describeRequests(requestsFor(origin, '/ten', tUp), tUp)}` +
        `\noverlays say: ${JSON.stringify(lines)}`,
    );
  });
  const last = Math.max(...shown) - tUp;
  const after = requestsFor(origin, '/ten', tUp);
  note('recovery', `next try announced in ${nextTry} s; all ten back ${last} ms after the origin came up; origin saw ${describeRequests(after, tUp)}`);
  expect(last, `all ten tabs back ${last} ms after the origin came up (next try was announced in ${nextTry} s)`).toBeLessThanOrEqual(deadlineMs);
  // The successful probe is the first tab's own reload: each tab loads the page exactly once.
  expect(after.filter(isNavigation), `each tab loads once: ${describeRequests(after, tUp)}`).toHaveLength(10);
  expect(after.filter((r) => !isNavigation(r)), `nothing but page loads: ${describeRequests(after, tUp)}`).toHaveLength(0);
  for (const p of pages) expect(await ov(p).hostInPage()).toBe(false);
});

test('(c) offline: nothing reaches the site, and the page comes back after reconnecting', async () => {
  const b = ready();
  const origin = await failingOrigin();
  const page = await openFailing(origin.url('/offline'));

  await b.context.setOffline(true);
  await ov(page).waitForText('status-line', 'Paused: you are offline');
  const tOff = Date.now();
  // The site recovers meanwhile, so a probe that leaked out would even succeed.
  await origin.setMode('up');
  await sleep(ORIGIN_RETRY_AFTER_MS + 5_000);
  const leaked = requestsSince(origin, tOff);
  expect(leaked, `requests while offline: ${describeRequests(leaked, tOff)}`).toHaveLength(0);
  expect(await ov(page).text('status-line')).toContain('Paused: you are offline');

  await b.context.setOffline(false);
  const tOn = Date.now();
  const shownAt = await whenTextAppears(page, 'The real page', 20_000);
  const ms = shownAt - tOn;
  note('timing', `page back ${ms} ms after reconnecting`);
  expect(ms, `page back ${ms} ms after reconnecting`).toBeLessThanOrEqual(ORIGIN_RETRY_AFTER_MS + 2_000);
});

test('(d) a closed tab, a tab navigated elsewhere, and Stop: no further requests to the site', async () => {
  const b = ready();
  const [closed, moved, stopped, control] = await Promise.all([failingOrigin(), failingOrigin(), failingOrigin(), failingOrigin()]);
  if (!closed || !moved || !stopped || !control) throw new Error('origins did not start');
  const elsewhere = await startOrigin();
  cleanups.push(() => elsewhere.stop());

  const [pClosed, pMoved, pStopped] = await Promise.all([
    openFailing(closed.url('/wait')),
    openFailing(moved.url('/wait')),
    openFailing(stopped.url('/wait')),
    openFailing(control.url('/wait')),
  ]);
  if (!pClosed || !pMoved || !pStopped) throw new Error('pages did not open');

  await pClosed.close();
  await pMoved.goto(elsewhere.url('/somewhere-else'));
  await expect(pMoved.getByText('The real page')).toBeVisible();
  await ov(pStopped).click('stop');
  await ov(pStopped).waitForText('status-line', /^(?!.*Next try in)/);
  const tAct = Date.now();

  // Longer than Retry-After plus a probe's worth of slack: a forgotten tab would be probed.
  await sleep(ORIGIN_RETRY_AFTER_MS + 5_000);
  const seen = {
    closed: requestsSince(closed, tAct),
    moved: requestsSince(moved, tAct),
    stopped: requestsSince(stopped, tAct),
    control: requestsSince(control, tAct),
  };
  note('requests after the actions', Object.entries(seen).map(([k, v]) => `${k}: ${describeRequests(v, tAct)}`).join('; '));
  expect(seen.closed, `closed tab: ${describeRequests(seen.closed, tAct)}`).toHaveLength(0);
  expect(seen.moved, `tab navigated elsewhere: ${describeRequests(seen.moved, tAct)}`).toHaveLength(0);
  expect(seen.stopped, `stopped tab: ${describeRequests(seen.stopped, tAct)}`).toHaveLength(0);
  // The control tab, left alone, was probed in the same window: the silence above is meaningful.
  expect(seen.control.filter(isNavigation).length, `control tab: ${describeRequests(seen.control, tAct)}`).toBeGreaterThanOrEqual(1);
  // Stopped means stopped for good, not "until the next page load": the overlay stays and says so.
  expect(await ov(pStopped).item('comeback-panel')).not.toBeNull();
  expect(b.context.pages().includes(pClosed)).toBe(false);
});
