/**
 * overheadRatio and scriptsOnHealthyPages: the same healthy pages loaded alternately in the
 * browser with Comeback (A) and the one without any extension (B), one tab each, pairs in
 * alternating order (A B, B A, …) so drift and "who went second" cancel out. Load time is the
 * page's own navigation timing (loadEventEnd). Every extension world created in A's tab, and
 * every overlay host seen there, counts as a Comeback script run on a healthy page.
 */
import type { Page } from '@playwright/test';
import type { BenchBrowser } from './launch';
import { loadedTimes, watchExtensionWorlds } from './page-probe';
import type { HealthySite } from './healthy-site';
import { median, sleep } from './stats';

export interface OverheadResult {
  withMs: number[];
  withoutMs: number[];
  ratio: number;
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

export async function measureOverhead(a: BenchBrowser, b: BenchBrowser, site: HealthySite, loads: number, warmup: number): Promise<OverheadResult> {
  const pageA = await a.context.newPage();
  const pageB = await b.context.newPage();
  // Both tabs get the same instrumentation, so it costs both sides alike.
  const worldsA = await watchExtensionWorlds(a.context, pageA);
  const worldsB = await watchExtensionWorlds(b.context, pageB);
  const sideA: Side = { page: pageA, times: [], overlays: 0 };
  const sideB: Side = { page: pageB, times: [], overlays: 0 };
  try {
    for (let i = 0; i < warmup + loads; i++) {
      const url = site.pageUrl(i);
      const record = i >= warmup;
      const order = i % 2 === 0 ? [sideA, sideB] : [sideB, sideA];
      for (const side of order) await loadOnce(side, url, record);
    }
    // A script injected late would still open its world: give it the time to show up.
    await sleep(500);
    const withMs = sideA.times;
    const withoutMs = sideB.times;
    return {
      withMs, withoutMs, ratio: median(withMs) / median(withoutMs),
      extensionWorlds: worldsA.count, overlayHosts: sideA.overlays,
      // A script run opens a world; an overlay host cannot appear without one. Either one counts.
      scriptsOnHealthyPages: Math.max(worldsA.count, sideA.overlays),
    };
  } finally {
    await worldsA.detach();
    await worldsB.detach();
    await pageA.close().catch(() => undefined);
    await pageB.close().catch(() => undefined);
  }
}
