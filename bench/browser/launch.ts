/**
 * Chromium instances with identical flags: one with Comeback loaded, one with no extension at
 * all, and (for the overhead's split) one with a do-nothing extension that has Comeback's
 * navigation listeners (baselines.ts). The only difference between their page loads is the
 * extension. The flags follow tests/e2e/support/chromium.ts; in addition `*.bench.test`
 * resolves to 127.0.0.1, so every measured run gets an origin (and a retry schedule) of its own.
 */
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { CHROMIUM_PATH, chromiumArgs } from '../../tests/e2e/support/chromium';
import { assertBuilt } from '../../tests/e2e/support/dist';
import { extensionWithBlankPage, listenerOnlyExtension, type ListenerVariant, type TempExtension } from './baselines';

/** Hosts under this suffix resolve to 127.0.0.1 (any port). */
export const BENCH_DOMAIN = 'bench.test';

/** Comeback, no extension, or a do-nothing extension with (some of) Comeback's listeners. */
export type BenchSide = 'comeback' | 'none' | ListenerVariant;

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

export async function launchBench(side: BenchSide): Promise<BenchBrowser> {
  const ext: TempExtension | null = side === 'comeback' ? extensionWithBlankPage(assertBuilt('chrome'))
    : side === 'none' ? null : listenerOnlyExtension(side);
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1100, height: 760 },
    args: args(ext?.dir ?? null),
  }).catch((e: unknown) => {
    ext?.remove();
    throw e;
  });
  const close = async (): Promise<void> => {
    await context.close();
    ext?.remove();
  };
  if (ext === null) return { context, worker: null, extensionId: null, close };
  try {
    const worker = context.serviceWorkers().find(isExtensionWorker)
      ?? (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 10_000 }));
    // One round trip through an extension API orders the run after the worker's top-level
    // listener registration (as launchChromium does).
    await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getPlatformInfo(): Promise<unknown> } } }).chrome.runtime.getPlatformInfo());
    return { context, worker, extensionId: new URL(worker.url()).host, close };
  } catch (e) {
    await close();
    throw e;
  }
}
