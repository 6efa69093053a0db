/**
 * Two Chromium instances with identical flags, one with Comeback loaded and one with no
 * extension at all, so the only difference between their page loads is the extension. The
 * flags follow tests/e2e/support/chromium.ts; in addition `*.bench.test` resolves to
 * 127.0.0.1, so every measured run gets an origin (and a retry schedule) of its own.
 */
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { CHROMIUM_PATH, chromiumArgs } from '../../tests/e2e/support/chromium';
import { assertBuilt } from '../../tests/e2e/support/dist';

/** Hosts under this suffix resolve to 127.0.0.1 (any port). */
export const BENCH_DOMAIN = 'bench.test';

export interface BenchBrowser {
  context: BrowserContext;
  /** The extension's service worker and id; null for the browser without the extension. */
  worker: Worker | null;
  extensionId: string | null;
  close(): Promise<void>;
}

function args(extensionDir: string | null): string[] {
  return chromiumArgs(extensionDir, [`MAP *.${BENCH_DOMAIN} 127.0.0.1`]);
}

const isExtensionWorker = (w: Worker): boolean => w.url().startsWith('chrome-extension://');

export async function launchBench(withExtension: boolean): Promise<BenchBrowser> {
  const dir = withExtension ? assertBuilt('chrome') : null;
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1100, height: 760 },
    args: args(dir),
  });
  if (!withExtension) return { context, worker: null, extensionId: null, close: () => context.close() };
  try {
    const worker = context.serviceWorkers().find(isExtensionWorker)
      ?? (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 10_000 }));
    // One round trip through an extension API orders the run after the worker's top-level
    // listener registration (as launchChromium does).
    await worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<unknown> } } } }).chrome.storage.session.get('engine'));
    return { context, worker, extensionId: new URL(worker.url()).host, close: () => context.close() };
  } catch (e) {
    await context.close();
    throw e;
  }
}
