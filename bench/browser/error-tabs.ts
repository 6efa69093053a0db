/**
 * The error path, in a real tab behind Debian's Varnish:
 * - detectToOverlayMs: Varnish's own 503 (origin refusing) → the overlay host in the page, both
 *   in the page's clock (navigation timing responseStart vs. the MutationObserver's stamp);
 * - recoveryLagMs: the origin's own 503 with Retry-After: 2 (passed through by Varnish); the
 *   origin turns healthy exactly when Retry-After says, and the lag runs from that moment to the
 *   first contentful paint of the real page (runner clock vs. the page's timeOrigin, both epoch).
 * Each run uses its own host name (*.bench.test), so each starts with a fresh schedule.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { UP_PAGE } from '../../tests/support/origin';
import type { VarnishSite } from '../../tests/e2e/support/site';
import { BENCH_DOMAIN } from './launch';
import { readTimes, watchExtensionWorlds, OVERLAY_HOST_TEST } from './page-probe';
import { sleep } from './stats';

const RETRY_AFTER_S = 2;
const REAL_TITLE = /<title>([^<]*)<\/title>/.exec(UP_PAGE)?.[1] ?? 'Welcome back';

export const siteUrl = (site: VarnishSite, host: string, path: string): string =>
  `http://${host}.${BENCH_DOMAIN}:${site.varnish.port}${path}`;

async function waitForOverlay(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(OVERLAY_HOST_TEST, undefined, { polling: 20, timeout: timeoutMs });
}

export interface DetectRun {
  ms: number;
  /** Extension worlds seen in the error tab (proves the world counter sees Comeback). */
  worlds: number;
  page: Page;
}

/** One detect run; the error tab stays open (the caller closes it, or uses it for the popup). */
export async function detectOnce(context: BrowserContext, site: VarnishSite, run: number): Promise<DetectRun> {
  await site.origin.setMode('down');
  const page = await context.newPage();
  const worlds = await watchExtensionWorlds(context, page);
  const response = await page.goto(siteUrl(site, `detect${run}-${Date.now()}`, '/article'));
  if (response?.status() !== 503) throw new Error(`expected Varnish's 503, got ${response?.status() ?? 'nothing'}`);
  await waitForOverlay(page, 10_000);
  const t = await readTimes(page);
  await worlds.detach();
  if (t.overlayAt === null) throw new Error('the overlay host appeared but the page-side observer missed it');
  return { ms: t.overlayAt - t.responseStart, worlds: worlds.count, page };
}

/** One recovery run: returns the lag in ms from the origin's recovery to the real page's paint. */
export async function recoveryOnce(context: BrowserContext, site: VarnishSite, run: number): Promise<number> {
  const { origin } = site;
  await origin.setMode('503', { retryAfter: String(RETRY_AFTER_S) });
  origin.clearRequests();
  const page = await context.newPage();
  let flip: ReturnType<typeof setTimeout> | undefined;
  try {
    const response = await page.goto(siteUrl(site, `recover${run}-${Date.now()}`, '/article'));
    if (response?.status() !== 503) throw new Error(`expected the origin's 503, got ${response?.status() ?? 'nothing'}`);
    const served = origin.requests.find((r) => r.path === '/article');
    if (!served) throw new Error('the origin did not log the failed request');
    // The origin is healthy again exactly when its Retry-After said (from when it answered).
    const upAt = served.at + RETRY_AFTER_S * 1000;
    let tUp = 0;
    const up = new Promise<void>((resolve) => {
      flip = setTimeout(() => { tUp = Date.now(); void origin.setMode('up').then(resolve); }, Math.max(0, upAt - Date.now()));
    });
    await waitForOverlay(page, 10_000);
    await up;
    const deadline = Date.now() + 15_000;
    for (;;) {
      const t = await readTimes(page).catch(() => null); // null while the reload swaps documents
      if (t && t.title === REAL_TITLE && t.loadEventEnd > 0) {
        const shown = t.timeOrigin + (t.firstContentfulPaint ?? t.loadEventEnd);
        return shown - tUp;
      }
      if (Date.now() > deadline) throw new Error(`the real page did not come back within 15 s of the origin (tab shows "${t?.title ?? '?'}")`);
      await sleep(50);
    }
  } finally {
    clearTimeout(flip);
    await page.close().catch(() => undefined);
  }
}

export interface PopupPaints {
  popupMs: number[];
  /** The same measurement for a static one-line page of the same extension (baselines.ts). */
  blankMs: number[];
}

async function firstContentfulPaint(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    const handle = await page.waitForFunction(
      () => performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? null,
      undefined, { polling: 20, timeout: 10_000 },
    );
    return Number(await handle.jsonValue());
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * popupFirstPaintMs: the popup page opened in a tab for `tabId`, first-contentful-paint each
 * time, alternating with the extension's blank page, whose paint is the floor no extension page
 * opened in a tab gets under on this machine.
 */
export async function popupFirstPaint(context: BrowserContext, popupUrl: string, blankUrl: string, tabId: number, runs: number): Promise<PopupPaints> {
  const out: PopupPaints = { popupMs: [], blankMs: [] };
  for (let i = 0; i < runs; i++) {
    const pair = [
      async () => out.popupMs.push(await firstContentfulPaint(context, `${popupUrl}?tabId=${tabId}`)),
      async () => out.blankMs.push(await firstContentfulPaint(context, blankUrl)),
    ];
    for (const measure of i % 2 === 0 ? pair : pair.reverse()) await measure();
  }
  return out;
}
