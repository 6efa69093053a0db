/**
 * Debian's Chromium with the built extension loaded (docs/testing.md, "Chromium
 * (Playwright)"): a persistent context, new headless mode (which runs extensions), and host
 * resolver rules so nothing but loopback resolves — the tests never reach outside 127.0.0.1.
 */
import { chromium, type BrowserContext, type CDPSession, type Page, type TestInfo, type Worker } from '@playwright/test';
import { assertBuilt, builtManifest } from './dist';
import { EventLog } from './event-log';

export const CHROMIUM_PATH = process.env.COMEBACK_CHROMIUM ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** Show a window (needs a display); headless by default. */
  headed?: boolean;
  /** Unpacked extension folder; dist/chrome by default. */
  extensionDir?: string;
  /** Window size of new pages. */
  viewport?: { width: number; height: number };
  /** Extra host resolver rules placed before the catch-all, e.g. `MAP status.example.com 127.0.0.1:8443`
   * (real host names reaching local fixture servers); `MAP * …` here replaces the NOTFOUND
   * catch-all. */
  hostRules?: string[];
  /** Host name → `ip:port` it should resolve to (becomes a `MAP name ip:port` rule), for tests
   * that need real-looking, unrelated sites (docs/reference.md §4). */
  hosts?: Record<string, string>;
  /** Accept the test-only certificates of local TLS fixture servers (tests only, never shipped). */
  ignoreCertificateErrors?: boolean;
}

export interface ChromiumWithExtension {
  context: BrowserContext;
  /** The extension's id: the host of its service worker's URL. */
  extensionId: string;
  /** Console output of the service worker and the pages, plus worker start/stop events. */
  log: EventLog;
  close(): Promise<void>;
}

function isExtensionWorker(w: Worker): boolean {
  return w.url().startsWith('chrome-extension://');
}

/**
 * The flags every test and benchmark browser runs with (the benchmark's no-extension browser
 * too, so the extension is the only difference between them).
 */
export function chromiumArgs(extensionDir: string | null, hostRules: readonly string[] = []): string[] {
  return [
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    // Chromium still calls Google hosts; fail those at once, keep loopback.
    `--host-resolver-rules=${[...hostRules, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost'].join(', ')}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication',
    // Background tabs keep full-speed timers, like a tab the user glances back at.
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
  ];
}

/** Launches Chromium with the extension and waits for its service worker. */
export async function launchChromium(opts: LaunchOptions = {}): Promise<ChromiumWithExtension> {
  const dir = opts.extensionDir ?? assertBuilt('chrome');
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: !opts.headed,
    viewport: opts.viewport ?? { width: 1100, height: 760 },
    args: [
      ...chromiumArgs(dir, [...Object.entries(opts.hosts ?? {}).map(([name, target]) => `MAP ${name} ${target}`), ...(opts.hostRules ?? [])]),
      ...(opts.ignoreCertificateErrors ? ['--ignore-certificate-errors'] : []),
    ],
  });
  const log = new EventLog();
  context.on('console', (m) => {
    const w = m.worker();
    const where = w ? (isExtensionWorker(w) ? 'sw' : `worker ${w.url()}`) : `page ${m.page()?.url() ?? '?'}`;
    log.add(`${where} console.${m.type()}: ${m.text()}`);
  });
  context.on('weberror', (e) => log.add(`page error: ${e.error().message}`));
  context.on('serviceworker', (w) => {
    log.add(`service worker started: ${w.url()}`);
    w.on('close', () => log.add(`service worker closed: ${w.url()}`));
  });

  let worker = context.serviceWorkers().find(isExtensionWorker);
  if (!worker) {
    try {
      // Generous: on a loaded two-core machine a cold profile can take several seconds.
      worker = await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 30_000 });
    } catch {
      await context.close();
      throw new Error(`The extension in ${dir} did not start a service worker within 30 s (is the build broken?)`);
    }
  }
  worker.on('close', () => log.add(`service worker closed: ${worker.url()}`));
  // A navigation made while the worker is still registering its listeners is not seen (Chromium
  // delivers webRequest events only to listeners it knows of). One round trip through an
  // extension API, answered after the worker's top-level code ran, orders the test after it.
  await worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<unknown> } } } }).chrome.storage.session.get('engine'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, log, close: () => context.close() };
}

/** The URL of the toolbar popup, read from the built manifest. */
export function popupUrl(extensionId: string): string {
  const popup = builtManifest('chrome').action?.default_popup ?? 'src/popup/index.html';
  return `chrome-extension://${extensionId}/${popup}`;
}

interface WorkerVersion {
  versionId: string;
  registrationId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/**
 * Stops every service worker of the browser context through CDP (`ServiceWorker.stopAllWorkers`)
 * and resolves once the extension's worker reports `stopped`. Playwright gives no event for
 * this, so the CDP `workerVersionUpdated` stream is watched. `evaluate` on the stopped worker
 * would hang until something wakes it; the extension must wake itself (overlay ping).
 *
 * `page` is any open page of the context (the CDP session is attached to it).
 */
export async function stopServiceWorker(context: BrowserContext, page: Page, extensionId: string, log?: EventLog): Promise<void> {
  const session: CDPSession = await context.newCDPSession(page);
  const prefix = `chrome-extension://${extensionId}/`;
  const status = new Map<string, WorkerVersion['runningStatus']>();
  let onUpdate: () => void = () => undefined;
  session.on('ServiceWorker.workerVersionUpdated', (e: { versions: WorkerVersion[] }) => {
    for (const v of e.versions) {
      if (!v.scriptURL.startsWith(prefix)) continue;
      if (status.get(v.versionId) !== v.runningStatus) log?.add(`cdp: worker version ${v.versionId} ${v.runningStatus}`);
      status.set(v.versionId, v.runningStatus);
    }
    onUpdate();
  });
  try {
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the extension's service worker did not report "stopped" within 10 s (${JSON.stringify([...status])})`)),
        10_000,
      );
      onUpdate = () => {
        if (status.size > 0 && [...status.values()].every((s) => s === 'stopped')) {
          clearTimeout(timer);
          resolve();
        }
      };
      onUpdate();
    });
    log?.add('service worker stopped via CDP');
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** Attaches the event log to the test report, and prints it when the test failed. */
export async function attachLog(testInfo: TestInfo, log: EventLog, name = 'extension-log'): Promise<void> {
  await testInfo.attach(name, { body: log.text(), contentType: 'text/plain' });
  if (testInfo.status !== testInfo.expectedStatus) console.log(`--- ${name} (${testInfo.title}) ---\n${log.text()}`);
}
