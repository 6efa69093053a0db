/**
 * Chromium with the extension and extra host names mapped to local servers
 * (`--host-resolver-rules`, docs/reference.md §4), for tests that need two unrelated sites. The
 * shared launcher (support/chromium.ts) maps nothing but loopback; this one adds `hosts`
 * before the catch-all that fails every other name.
 */
import { chromium, type Worker } from '@playwright/test';
import type { ChromiumWithExtension } from '../support/chromium';
import { CHROMIUM_PATH } from '../support/chromium';
import { assertBuilt } from '../support/dist';
import { EventLog } from '../support/event-log';

/** Host name → `ip:port` it should resolve to. */
export type HostMap = Record<string, string>;

export async function launchWithHosts(hosts: HostMap): Promise<ChromiumWithExtension> {
  const dir = assertBuilt('chrome');
  const maps = Object.entries(hosts).map(([name, target]) => `MAP ${name} ${target}`);
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      `--host-resolver-rules=${[...maps, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost'].join(', ')}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
    ],
  });
  const log = new EventLog();
  context.on('console', (m) => log.add(`${m.worker() ? 'sw' : `page ${m.page()?.url() ?? '?'}`} console.${m.type()}: ${m.text()}`));
  context.on('weberror', (e) => log.add(`page error: ${e.error().message}`));
  const isOurs = (w: Worker): boolean => w.url().startsWith('chrome-extension://');
  const worker = context.serviceWorkers().find(isOurs)
    ?? await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 10_000 });
  // One extension API round trip: the worker's listeners are registered before the test navigates.
  await worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<unknown> } } } }).chrome.storage.session.get('engine'));
  return { context, extensionId: new URL(worker.url()).host, log, close: () => context.close() };
}
