/**
 * Chromium: the retry engine's promises against real Varnish and local origins.
 * - one tab, origin down 30 s then up: the page is back within 10 s of the origin;
 * - ten tabs on one origin: all back within 15 s of it;
 * - a hidden waiting tab made visible is probed at once;
 * - a navigation the user starts while the site comes back is not cancelled;
 * - an error page that prerenders another URL (speculation rules) is still tracked.
 * The engine's state is read from the service worker (storage.session), not from the overlay.
 */
import type { Page, Worker } from '@playwright/test';
import { startOrigin, type Origin } from '../support/origin';
import { isNavigation } from './support/classify';
import { expect, test } from './support/fixtures';
import { note } from './support/note';
import { whenTextAppears } from './support/page-wait';
import { describeRequests, requestsFor, sleep } from './support/site';

interface StoredSite { state: { phase: string; dueAt?: number } }
interface StoredEngine { tabs: Record<string, { url: string }>; sites: Record<string, StoredSite> }

function worker(ctx: { serviceWorkers(): Worker[] }): Worker {
  const w = ctx.serviceWorkers().find((s) => s.url().startsWith('chrome-extension://'));
  if (!w) throw new Error('no extension service worker');
  return w;
}

async function engine(ctx: { serviceWorkers(): Worker[] }): Promise<StoredEngine> {
  const raw = await worker(ctx).evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await c.storage.session.get('engine'))['engine'] ?? null;
  });
  return (raw ?? { tabs: {}, sites: {} }) as StoredEngine;
}

async function tracked(ctx: { serviceWorkers(): Worker[] }, url: string): Promise<boolean> {
  return Object.values((await engine(ctx)).tabs).some((t) => t.url === url);
}

async function failingOrigin(retryAfter?: string): Promise<Origin> {
  const origin = await startOrigin();
  await origin.setMode('503', retryAfter === undefined ? {} : { retryAfter });
  return origin;
}

test('one tab, origin down 30 s then up: the page is back within 10 s of the origin', async ({ site, comeback }) => {
  const page = await comeback.context.newPage();
  const url = site.varnish.url('/thirty');
  expect((await page.goto(url))?.status()).toBe(503);
  await expect.poll(() => tracked(comeback.context, url)).toBe(true);
  await sleep(30_000);
  await site.origin.setMode('up');
  const tUp = Date.now();
  const shown = await whenTextAppears(page, 'The real page', 15_000);
  note('timing', `one tab, 30-s outage: page back ${shown - tUp} ms after the origin came up`);
  expect(shown - tUp).toBeLessThanOrEqual(10_000);
});

test('ten tabs on one origin are all back within 15 s of it', async ({ site, comeback }) => {
  const url = site.varnish.url('/ten');
  const pages = await Promise.all(Array.from({ length: 10 }, () => comeback.context.newPage()));
  await Promise.all(pages.map((p) => p.goto(url)));
  await expect.poll(async () => Object.keys((await engine(comeback.context)).tabs).length).toBe(10);
  await sleep(12_000);
  await site.origin.setMode('up');
  const tUp = Date.now();
  const shown = await Promise.all(pages.map((p) => whenTextAppears(p, 'The real page', 20_000)));
  const last = Math.max(...shown) - tUp;
  const after = requestsFor(site.origin, '/ten', tUp);
  note('timing', `ten tabs: all back ${last} ms after the origin came up; origin saw ${describeRequests(after, tUp)}`);
  expect(last).toBeLessThanOrEqual(15_000);
  expect(after.filter(isNavigation), 'each tab loads the page once').toHaveLength(10);
});

test('a hidden waiting tab made visible is probed at once', async ({ comeback }) => {
  // No Retry-After, so nothing but the engine's own pacing holds the next look back.
  const origin = await failingOrigin();
  try {
    const waiting = await comeback.context.newPage();
    const url = origin.url('/hidden');
    await waiting.goto(url);
    const other = await comeback.context.newPage();
    await other.goto('about:blank');
    await other.bringToFront();
    // Hidden for a while, its looks grow apart (a fifth of the time waited, doubled for a hidden
    // tab): wait until the next one is well off, then show the tab.
    await sleep(20_000);
    const tracked0 = Object.values((await engine(comeback.context)).tabs)[0] as { visible?: boolean } | undefined;
    expect(tracked0?.visible, 'the engine sees the tab as hidden').toBe(false);
    await expect.poll(async () => {
      const s = Object.values((await engine(comeback.context)).sites)[0]?.state;
      return s?.phase === 'waiting' ? (s.dueAt ?? 0) - Date.now() : 0;
    }, { timeout: 30_000, intervals: [200] }).toBeGreaterThan(5_000);
    const state = Object.values((await engine(comeback.context)).sites)[0]?.state;
    const dueIn = (state?.dueAt ?? 0) - Date.now();
    const tShown = Date.now();
    await waiting.bringToFront();
    await expect.poll(() => requestsFor(origin, '/hidden', tShown).length, { timeout: 3_000, intervals: [100] }).toBeGreaterThanOrEqual(1);
    const ms = (requestsFor(origin, '/hidden', tShown)[0]?.at ?? 0) - tShown;
    note('timing', `probed ${ms} ms after the tab became visible (the next look was ${dueIn} ms away)`);
    expect(ms).toBeLessThan(Math.min(2_000, dueIn));
  } finally {
    await origin.stop();
  }
});

test('a navigation the user starts while the site comes back is not cancelled', async ({ comeback }) => {
  const origin = await failingOrigin('3');
  const elsewhere = await startOrigin();
  try {
    // A slow page elsewhere: the user's navigation is still in flight when the site comes back.
    elsewhere.route('/slow', (_req, res) => {
      setTimeout(() => { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<h1>The user chose this page</h1>'); }, 4_000);
    });
    const url = origin.url('/stagger');
    const [leader, left] = [await comeback.context.newPage(), await comeback.context.newPage()];
    await leader.goto(url);
    await left.goto(url);
    await expect.poll(async () => Object.keys((await engine(comeback.context)).tabs).length).toBe(2);
    const going = left.goto(elsewhere.url('/slow'));
    await sleep(300);
    await origin.setMode('up');
    const tUp = Date.now();
    await whenTextAppears(leader, 'The real page', 10_000);
    const response = await going;
    expect(response?.status(), 'the user’s navigation finished, not aborted').toBe(200);
    await expect(left.getByText('The user chose this page')).toBeVisible();
    const loads = requestsFor(origin, '/stagger', tUp).filter(isNavigation);
    note('requests', `after the site came up: ${describeRequests(loads, tUp)}`);
    expect(loads, 'only the waiting tab loaded the page again').toHaveLength(1);
  } finally {
    await origin.stop();
    await elsewhere.stop();
  }
});

test('an error page that prerenders another URL is still tracked and comes back', async ({ comeback }) => {
  const origin = await startOrigin();
  try {
    let down = true;
    origin.route('/spec', (_req, res) => {
      if (!down) { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<p>The real page</p>'); return; }
      res.writeHead(503, { 'content-type': 'text/html', 'retry-after': '3' });
      res.end('<!doctype html><title>503</title><h1>Service Unavailable</h1>'
        + '<script type="speculationrules">{"prerender":[{"source":"list","urls":["/next"]}]}</script>');
    });
    origin.route('/next', (_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<p>next</p>'); });
    const page: Page = await comeback.context.newPage();
    const url = origin.url('/spec');
    await page.goto(url);
    await expect.poll(() => requestsFor(origin, '/next').length, { message: 'Chromium prerendered /next', timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    await sleep(500);
    expect(await tracked(comeback.context, url), 'the error tab is still tracked after the prerender').toBe(true);
    down = false;
    await whenTextAppears(page, 'The real page', 10_000);
    expect(page.url()).toBe(url);
  } finally {
    await origin.stop();
  }
});
