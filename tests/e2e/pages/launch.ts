/**
 * One entry point for a scenario that runs in both browsers: `launchBrowser('chromium' | 'firefox')`
 * starts the built extension in that browser (support/chromium.ts launchChromium or
 * support/firefox.ts launchFirefox, the one launcher of each) and wraps it in the
 * ExtensionDriver the page objects use. `report` attaches the browser's log (and, for Firefox,
 * the extension's storage on failure) to the test report.
 */
import type { TestInfo } from '@playwright/test';
import { attachLog, launchChromium } from '../support/chromium';
import { packageWithAxe } from '../support/dist';
import type { EventLog } from '../support/event-log';
import { launchFirefox, reportFirefox } from '../support/firefox';
import { chromiumDriver } from './chromium-driver';
import type { BrowserName, ExtensionDriver } from './driver';
import { firefoxDriver } from './firefox-driver';
import { AXE_FILE } from './overlay';

export interface ScenarioOptions {
  /** Pack axe-core into a test copy of the package (OverlayPage.axe()). */
  withAxe?: boolean;
}

export interface Launched {
  driver: ExtensionDriver;
  log: EventLog;
  report(info: TestInfo): Promise<void>;
  close(): Promise<void>;
}

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export async function launchBrowser(name: BrowserName, opts: ScenarioOptions = {}): Promise<Launched> {
  if (name === 'chromium') {
    const b = await launchChromium({ extensionDir: opts.withAxe ? packageWithAxe('chrome', AXE_FILE) : undefined });
    return { driver: chromiumDriver(b, { hasAxe: opts.withAxe }), log: b.log, report: (info) => attachLog(info, b.log), close: () => b.close() };
  }
  const f = await launchFirefox({
    extensionDir: opts.withAxe ? packageWithAxe('firefox', AXE_FILE) : undefined,
    // http:// URLs stay http (HTTPS-First would try the local site over https first).
    prefs: { 'dom.security.https_first': false, 'dom.security.https_first_schemeless': false },
  });
  return { driver: firefoxDriver(f, { hasAxe: opts.withAxe }), log: f.log, report: (info) => reportFirefox(info, f), close: () => f.close() };
}
