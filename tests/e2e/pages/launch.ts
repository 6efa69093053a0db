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
import { startForwardProxy, type ForwardProxy } from '../support/ff-proxy';
import { launchFirefox, reportFirefox } from '../support/firefox';
import { chromiumDriver } from './chromium-driver';
import type { BrowserName, ExtensionDriver } from './driver';
import { firefoxDriver } from './firefox-driver';
import { AXE_FILE } from './overlay';

export interface ScenarioOptions {
  /** Pack axe-core into a test copy of the package (OverlayPage.axe()). */
  withAxe?: boolean;
  /**
   * Real host names that reach local servers on 127.0.0.1 (docs/testing.md): `http` names to a
   * plain-http port, `https` names to a TLS port. Chromium maps them with --host-resolver-rules
   * (every port of the name goes to the one given, so a name may appear in both lists only with
   * the same port); Firefox has no such flag and gets a forward proxy (support/ff-proxy.ts).
   */
  hosts?: { http?: Record<string, number>; https?: Record<string, number> };
  /**
   * Where every other name goes, to be logged (a fixture server's port): Chromium maps `*` there;
   * Firefox's proxy logs what it did not route (`Launched.unrouted`). Without it, other names
   * fail at once in both.
   */
  catchAllPort?: number;
  /** Accept local TLS fixture servers' throwaway certificates (tests only, never shipped). */
  insecureCerts?: boolean;
}

export interface Launched {
  driver: ExtensionDriver;
  log: EventLog;
  /** Host names the browser asked for that no mapping routed (Firefox's proxy; Chromium's
   * catch-all server logs them itself). */
  unrouted(): string[];
  report(info: TestInfo): Promise<void>;
  close(): Promise<void>;
}

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** Chromium's --host-resolver-rules for the mapped names (and the catch-all, when asked for). */
export function chromiumHostRules(opts: ScenarioOptions): string[] {
  const ports = new Map<string, number>();
  for (const [host, port] of [...Object.entries(opts.hosts?.http ?? {}), ...Object.entries(opts.hosts?.https ?? {})]) {
    const prior = ports.get(host);
    if (prior !== undefined && prior !== port) throw new Error(`${host}: one port per name in Chromium (${prior} and ${port})`);
    ports.set(host, port);
  }
  const rules = [...ports].map(([host, port]) => `MAP ${host} 127.0.0.1:${port}`);
  if (opts.catchAllPort === undefined) return rules;
  // Chromium's own service traffic (clock, component updater, accounts) still fails at once, so
  // the catch-all logs only what pages and extensions ask for.
  return [...rules, 'MAP *.google.com ~NOTFOUND', 'MAP *.googleapis.com ~NOTFOUND', `MAP * 127.0.0.1:${opts.catchAllPort}`];
}

async function firefoxProxy(opts: ScenarioOptions): Promise<ForwardProxy | null> {
  if (!opts.hosts && opts.catchAllPort === undefined) return null;
  const proxy = await startForwardProxy();
  for (const [host, port] of Object.entries(opts.hosts?.http ?? {})) proxy.mapHttp(host, port);
  for (const [host, port] of Object.entries(opts.hosts?.https ?? {})) proxy.mapTls(host, port);
  return proxy;
}

export async function launchBrowser(name: BrowserName, opts: ScenarioOptions = {}): Promise<Launched> {
  if (name === 'chromium') {
    const b = await launchChromium({
      extensionDir: opts.withAxe ? packageWithAxe('chrome', AXE_FILE) : undefined,
      hostRules: chromiumHostRules(opts),
      ignoreCertificateErrors: opts.insecureCerts,
    });
    return {
      driver: chromiumDriver(b, { hasAxe: opts.withAxe }), log: b.log, unrouted: () => [],
      report: (info) => attachLog(info, b.log), close: () => b.close(),
    };
  }
  const proxy = await firefoxProxy(opts);
  const f = await launchFirefox({
    extensionDir: opts.withAxe ? packageWithAxe('firefox', AXE_FILE) : undefined,
    // http:// URLs stay http (HTTPS-First would try the local site over https first).
    prefs: { 'dom.security.https_first': false, 'dom.security.https_first_schemeless': false, ...proxy?.prefs() },
    acceptInsecureCerts: opts.insecureCerts,
  }).catch(async (error: unknown) => { await proxy?.stop(); throw error; });
  return {
    driver: firefoxDriver(f, { hasAxe: opts.withAxe }), log: f.log,
    unrouted: () => [...new Set((proxy?.seen ?? []).filter((r) => !r.routed).map((r) => r.host))],
    report: async (info) => {
      await reportFirefox(info, f);
      if (proxy) await info.attach('proxy-log', { body: JSON.stringify(proxy.seen.map(({ headers: _h, ...r }) => r), null, 1), contentType: 'application/json' });
    },
    close: async () => { await f.close(); await proxy?.stop(); },
  };
}
