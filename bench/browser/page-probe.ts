/**
 * What the benchmark reads inside a page, in the page's own clock: navigation timing, when
 * Comeback's overlay host was added (a MutationObserver installed before any page script),
 * and, over CDP, every JavaScript world an extension opens in the page.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/**
 * The overlay's host has no fixed id or name (a page must not find it), so the page-side watch
 * looks for what it is: an element added directly under <html> besides <head> and <body>. The
 * benchmark's pages add none themselves.
 */
const OVERLAY_HOST_TEST = `[...document.documentElement.children].some((e) => e.localName !== 'head' && e.localName !== 'body')`;
export { OVERLAY_HOST_TEST };

/**
 * Installed as an init script: records performance.now() when the overlay host appears. A
 * string, not a function: tsx (esbuild keepNames) wraps named inner functions in a `__name`
 * helper that does not exist in the page.
 */
const OVERLAY_WATCH = `(() => {
  const w = window;
  const observer = new MutationObserver(() => {
    if (w.__benchOverlayAt === undefined && ${OVERLAY_HOST_TEST}) {
      w.__benchOverlayAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

export async function installOverlayWatch(context: BrowserContext): Promise<void> {
  await context.addInitScript(OVERLAY_WATCH);
}

export interface PageTimes {
  responseStart: number;
  loadEventEnd: number;
  /** performance.now() when the overlay host was added; null if it never was. */
  overlayAt: number | null;
  /** The document's time origin, ms since the epoch (to compare with the runner's clock). */
  timeOrigin: number;
  firstContentfulPaint: number | null;
  title: string;
}

/** Reads the current document's timings (navigation entry, overlay watch, paint). */
export async function readTimes(page: Page): Promise<PageTimes> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
    const at = (window as unknown as { __benchOverlayAt?: number }).__benchOverlayAt;
    return {
      responseStart: nav?.responseStart ?? 0,
      loadEventEnd: nav?.loadEventEnd ?? 0,
      overlayAt: at ?? null,
      timeOrigin: performance.timeOrigin,
      firstContentfulPaint: fcp ? fcp.startTime : null,
      title: document.title,
    };
  });
}

/** Waits until the current document's load event has finished, then reads its timings. */
export async function loadedTimes(page: Page): Promise<PageTimes> {
  await page.waitForFunction(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return (nav?.loadEventEnd ?? 0) > 0;
  }, undefined, { polling: 10, timeout: 15_000 });
  return readTimes(page);
}

interface ExecutionContextCreated {
  context: { id: number; origin: string; name: string; auxData?: { type?: string; isDefault?: boolean } };
}

/** Counts the JavaScript worlds of any extension (origin chrome-extension://…) created in a page. */
export interface ExtensionWorldCounter {
  readonly count: number;
  readonly origins: string[];
  detach(): Promise<void>;
}

export async function watchExtensionWorlds(context: BrowserContext, page: Page): Promise<ExtensionWorldCounter> {
  const session: CDPSession = await context.newCDPSession(page);
  const origins: string[] = [];
  session.on('Runtime.executionContextCreated', (e: ExecutionContextCreated) => {
    if (e.context.origin.startsWith('chrome-extension://')) origins.push(e.context.origin);
  });
  await session.send('Runtime.enable');
  return {
    get count() { return origins.length; },
    origins,
    detach: () => session.detach().catch(() => undefined),
  };
}
