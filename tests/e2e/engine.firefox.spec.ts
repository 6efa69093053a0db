/**
 * Firefox: the retry engine's promises, as in engine.chromium.spec.ts, against real Varnish and
 * local origins. Not here: the prerendering error page, since Firefox does not prerender
 * speculation rules (https://developer.mozilla.org/en-US/docs/Web/API/Speculation_Rules_API).
 * The engine's state is read from an extension page kept open in a background tab.
 */
import type { Page } from 'puppeteer-core';
import { startOrigin, type Origin } from '../support/origin';
import { isNavigation } from './support/classify';
import { builtManifest } from './support/dist';
import { bodyText, waitFor, type FirefoxWithExtension } from './support/firefox';
import { expect, firefoxTest as test } from './support/fixtures';
import { note } from './support/note';
import { describeRequests, requestsFor, sleep } from './support/site';

interface StoredEngine { tabs: Record<string, { url: string }>; sites: Record<string, { state: { phase: string; dueAt?: number } }> }

/** An extension page to read the engine's state from, opened first so it stays in the background. */
async function stateReader(firefox: FirefoxWithExtension): Promise<() => Promise<StoredEngine>> {
  const page = await firefox.newPage();
  const popup = builtManifest('firefox').action?.default_popup ?? 'src/popup/index.html';
  await page.goto(`moz-extension://${firefox.uuid}/${popup}`, { waitUntil: 'networkidle0' });
  return async () => {
    const raw = await page.evaluate(async () => {
      const ext = (globalThis as unknown as { browser: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).browser;
      return JSON.stringify((await ext.storage.session.get('engine'))['engine'] ?? null);
    });
    return (JSON.parse(raw) ?? { tabs: {}, sites: {} }) as StoredEngine;
  };
}

const shows = (page: Page, text: string, timeoutMs: number): Promise<string> =>
  waitFor(`"${text}"`, () => bodyText(page), (t) => t.includes(text), timeoutMs);

test('one tab, origin down 30 s then up: the page is back within 10 s of the origin (Firefox)', async ({ site, launchFirefox }) => {
  const firefox = await launchFirefox();
  const engine = await stateReader(firefox);
  const page = await firefox.newPage();
  const url = site.varnish.url('/thirty');
  expect((await page.goto(url))?.status()).toBe(503);
  await waitFor('the tab tracked', engine, (s) => Object.values(s.tabs).some((t) => t.url === url), 5_000);
  await sleep(30_000);
  await site.origin.setMode('up');
  const tUp = Date.now();
  await shows(page, 'The real page', 15_000);
  const ms = Date.now() - tUp;
  note('timing', `Firefox, one tab, 30-s outage: page back ${ms} ms after the origin came up`);
  expect(ms).toBeLessThanOrEqual(10_000);
});

test('ten tabs on one origin are all back within 15 s of it (Firefox)', async ({ site, launchFirefox }) => {
  const firefox = await launchFirefox();
  const engine = await stateReader(firefox);
  const url = site.varnish.url('/ten');
  const pages: Page[] = [];
  for (let i = 0; i < 10; i++) pages.push(await firefox.newPage());
  await Promise.all(pages.map((p) => p.goto(url)));
  await waitFor('ten tabs tracked', engine, (s) => Object.keys(s.tabs).length === 10, 10_000);
  await sleep(10_000);
  await site.origin.setMode('up');
  const tUp = Date.now();
  await Promise.all(pages.map((p) => shows(p, 'The real page', 20_000)));
  const last = Date.now() - tUp;
  const after = requestsFor(site.origin, '/ten', tUp);
  note('timing', `Firefox, ten tabs: all back within ${last} ms of the origin; origin saw ${describeRequests(after, tUp)}`);
  expect(last).toBeLessThanOrEqual(15_000);
  expect(after.filter(isNavigation), 'each tab loads the page once').toHaveLength(10);
});

test('a hidden waiting tab made visible is probed at once (Firefox)', async ({ launchFirefox }) => {
  const origin: Origin = await startOrigin();
  try {
    await origin.setMode('503');
    const firefox = await launchFirefox();
    const engine = await stateReader(firefox);
    const waiting = await firefox.newPage();
    await waiting.goto(origin.url('/hidden'));
    const other = await firefox.newPage();
    await other.goto('about:blank');
    await other.bringToFront();
    await sleep(20_000);
    const tab0 = Object.values((await engine()).tabs)[0] as { visible?: boolean } | undefined;
    expect(tab0?.visible, 'the engine sees the tab as hidden').toBe(false);
    await waitFor('the next look well off', async () => {
      const s = Object.values((await engine()).sites)[0]?.state;
      return s?.phase === 'waiting' ? (s.dueAt ?? 0) - Date.now() : 0;
    }, (ms) => ms > 5_000, 30_000);
    const state = Object.values((await engine()).sites)[0]?.state;
    const dueIn = (state?.dueAt ?? 0) - Date.now();
    const tShown = Date.now();
    await waiting.bringToFront();
    await waitFor('a probe', async () => requestsFor(origin, '/hidden', tShown).length, (n) => n >= 1, 3_000);
    const ms = (requestsFor(origin, '/hidden', tShown)[0]?.at ?? 0) - tShown;
    note('timing', `Firefox: probed ${ms} ms after the tab became visible (the next look was ${dueIn} ms away)`);
    expect(ms).toBeLessThan(Math.min(2_000, dueIn));
  } finally {
    await origin.stop();
  }
});

test('a navigation the user starts while the site comes back is not cancelled (Firefox)', async ({ launchFirefox }) => {
  const origin = await startOrigin();
  const elsewhere = await startOrigin();
  try {
    await origin.setMode('503', { retryAfter: '3' });
    elsewhere.route('/slow', (_req, res) => {
      setTimeout(() => { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<h1>The user chose this page</h1>'); }, 4_000);
    });
    const firefox = await launchFirefox();
    const engine = await stateReader(firefox);
    const url = origin.url('/stagger');
    const leader = await firefox.newPage();
    const left = await firefox.newPage();
    await leader.goto(url);
    await left.goto(url);
    await waitFor('two tabs tracked', engine, (s) => Object.keys(s.tabs).length === 2, 5_000);
    const going = left.goto(elsewhere.url('/slow'));
    await sleep(300);
    await origin.setMode('up');
    const tUp = Date.now();
    await shows(leader, 'The real page', 10_000);
    const response = await going;
    expect(response?.status(), 'the user’s navigation finished, not aborted').toBe(200);
    expect(await bodyText(left)).toContain('The user chose this page');
    const loads = requestsFor(origin, '/stagger', tUp).filter(isNavigation);
    note('requests', `after the site came up: ${describeRequests(loads, tUp)}`);
    expect(loads, 'only the waiting tab loaded the page again').toHaveLength(1);
  } finally {
    await origin.stop();
    await elsewhere.stop();
  }
});
