/**
 * backgroundMemoryMB: the service worker's JS heap (after a forced GC) with many tabs waiting
 * on failing sites, and again after those sites recovered and the tabs reloaded. The sites are
 * `fail<n>.bench.test` on one local origin that answers 503 with a long Retry-After (so nothing
 * recovers by itself while we measure); recovery is one "Retry now" per site from an extension
 * page, which probes once and reloads every tab of that site.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { startOrigin, type Origin } from '../../tests/support/origin';
import { BENCH_DOMAIN } from './launch';
import { engineSummary, tabIdOf, workerHeap, type EngineSummary } from './service-worker';
import { sleep } from './stats';

export interface MemoryResult {
  tabs: number;
  sites: number;
  idleMB: number;
  waitingMB: number;
  afterMB: number;
}

async function until(what: string, timeoutMs: number, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

/** Runs `fn` over `items` with at most `limit` in flight. */
async function pool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++];
      if (item !== undefined) await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

export async function measureMemory(
  context: BrowserContext, worker: Worker, extensionId: string, tabCount: number, siteCount: number,
): Promise<MemoryResult> {
  const origin: Origin = await startOrigin();
  const pages: Page[] = [];
  const control = await context.newPage();
  try {
    await origin.setMode('503', { retryAfter: '3600' });
    // An extension page: the sender of "Retry now", and a page to open CDP sessions from.
    await control.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    const idle = await workerHeap(context, control, extensionId);

    const stamp = Date.now();
    const urls = Array.from({ length: tabCount }, (_, i) =>
      `http://fail${i % siteCount}-${stamp}.${BENCH_DOMAIN}:${origin.port}/item/${i}`);
    await pool(urls, 4, async (url) => {
      const page = await context.newPage();
      pages.push(page);
      const res = await page.goto(url);
      if (res?.status() !== 503) throw new Error(`expected 503 from ${url}, got ${res?.status() ?? 'nothing'}`);
    });
    let last: EngineSummary = { tabs: 0, waiting: 0, sites: 0 };
    await until(`${tabCount} waiting tabs (engine has ${JSON.stringify(last)})`, 30_000, async () => {
      last = await engineSummary(worker);
      return last.waiting >= tabCount && last.sites >= siteCount;
    });
    await sleep(1000); // overlays say hello and fetch their views; let that settle
    const waiting = await workerHeap(context, control, extensionId);

    await origin.setMode('up');
    for (let s = 0; s < siteCount; s++) {
      const url = urls[s];
      if (url === undefined) continue;
      const tabId = await tabIdOf(worker, url);
      await control.evaluate(async (id) => {
        const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome;
        await c.runtime.sendMessage({ type: 'retry/now', payload: { tabId: id } });
      }, tabId);
    }
    await until(`all tabs recovered (engine has ${JSON.stringify(last)})`, 60_000, async () => {
      last = await engineSummary(worker);
      return last.tabs === 0 && last.sites === 0;
    });
    await sleep(1000);
    const after = await workerHeap(context, control, extensionId);
    return { tabs: tabCount, sites: siteCount, idleMB: idle.usedMB, waitingMB: waiting.usedMB, afterMB: after.usedMB };
  } finally {
    await pool(pages, 8, (p) => p.close().catch(() => undefined));
    await control.close().catch(() => undefined);
    await origin.stop();
  }
}
