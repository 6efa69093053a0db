/**
 * overheadRatio and scriptsOnHealthyPages: the same healthy pages loaded in turn in the browser
 * with Comeback, the one without any extension, and the one with only Comeback's navigation
 * listeners (baselines.ts), one tab each. The order rotates every round and reverses every
 * other round, so drift and "who went first" cancel out. Load time is the page's own navigation
 * timing (loadEventEnd). Every extension world created in Comeback's tab, and every overlay
 * host seen there, counts as a Comeback script run on a healthy page.
 */
import type { Page } from '@playwright/test';
import type { BenchBrowser } from './launch';
import { loadedTimes, watchExtensionWorlds } from './page-probe';
import type { HealthySite } from './healthy-site';
import { median, sleep } from './stats';

export interface OverheadBrowsers {
  comeback: BenchBrowser;
  none: BenchBrowser;
  listenersOnly: BenchBrowser;
}

export interface OverheadResult {
  withMs: number[];
  withoutMs: number[];
  listenersOnlyMs: number[];
  /** Comeback ÷ no extension. */
  ratio: number;
  /** A do-nothing extension with the same listeners ÷ no extension: the platform's share. */
  listenersOnlyRatio: number;
  extensionWorlds: number;
  overlayHosts: number;
  scriptsOnHealthyPages: number;
}

interface Side {
  page: Page;
  times: number[];
  overlays: number;
}

async function loadOnce(side: Side, url: string, record: boolean): Promise<void> {
  const response = await side.page.goto(url, { waitUntil: 'load' });
  if (response?.status() !== 200) throw new Error(`healthy page ${url} answered ${response?.status() ?? 'nothing'}`);
  const t = await loadedTimes(side.page);
  if (t.overlayAt !== null) side.overlays++;
  if (record) side.times.push(t.loadEventEnd);
}

/** Round i's order: rotated by i, reversed on odd rounds (3 sides: all 6 orders over 6 rounds). */
export function roundOrder<T>(sides: readonly T[], i: number): T[] {
  const n = sides.length;
  const rotated = sides.map((_, k) => sides[(k + i) % n] as T);
  return Math.floor(i / n) % 2 === 0 ? rotated : rotated.reverse();
}

export async function measureOverhead(b: OverheadBrowsers, site: HealthySite, loads: number, warmup: number): Promise<OverheadResult> {
  const pages = {
    comeback: await b.comeback.context.newPage(),
    none: await b.none.context.newPage(),
    listenersOnly: await b.listenersOnly.context.newPage(),
  };
  // Every tab gets the same instrumentation, so it costs all sides alike.
  const worlds = await watchExtensionWorlds(b.comeback.context, pages.comeback);
  const others = [await watchExtensionWorlds(b.none.context, pages.none), await watchExtensionWorlds(b.listenersOnly.context, pages.listenersOnly)];
  const side = (page: Page): Side => ({ page, times: [], overlays: 0 });
  const comeback = side(pages.comeback);
  const none = side(pages.none);
  const listenersOnly = side(pages.listenersOnly);
  try {
    for (let i = 0; i < warmup + loads; i++) {
      const url = site.pageUrl(i);
      for (const s of roundOrder([comeback, none, listenersOnly], i)) await loadOnce(s, url, i >= warmup);
    }
    // A script injected late would still open its world: give it the time to show up.
    await sleep(500);
    const base = median(none.times);
    return {
      withMs: comeback.times, withoutMs: none.times, listenersOnlyMs: listenersOnly.times,
      ratio: median(comeback.times) / base,
      listenersOnlyRatio: median(listenersOnly.times) / base,
      extensionWorlds: worlds.count, overlayHosts: comeback.overlays,
      // A script run opens a world; an overlay host cannot appear without one. Either one counts.
      scriptsOnHealthyPages: Math.max(worlds.count, comeback.overlays),
    };
  } finally {
    for (const w of [worlds, ...others]) await w.detach();
    for (const p of Object.values(pages)) await p.close().catch(() => undefined);
  }
}
