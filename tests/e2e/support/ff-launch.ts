/**
 * Firefox with the extension, like support/firefox.ts, plus extra prefs (a forward proxy that
 * maps real host names to local servers, see ff-proxy.ts) and WebDriver's acceptInsecureCerts
 * (the throwaway certificate of the local TLS fixture server). Tests only.
 */
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { assertBuilt, builtManifest } from './dist';
import { EventLog } from './event-log';
import { FIREFOX_PATH, GECKO_ID } from './firefox';

export interface FirefoxProxied {
  browser: Browser;
  uuid: string;
  log: EventLog;
  newPage(): Promise<Page>;
  /** `moz-extension://<uuid>/<popup>` (the toolbar popup as a page). */
  popupUrl(): string;
  close(): Promise<void>;
}

export async function launchFirefoxWith(opts: { prefs: Record<string, unknown>; acceptInsecureCerts?: boolean }): Promise<FirefoxProxied> {
  const dir = assertBuilt('firefox');
  const id = builtManifest('firefox').browser_specific_settings?.gecko?.id ?? GECKO_ID;
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    acceptInsecureCerts: opts.acceptInsecureCerts ?? false,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      // http:// URLs stay http (HTTPS-First would try the site over https first).
      'dom.security.https_first': false,
      'dom.security.https_first_schemeless': false,
      'devtools.console.stdout.chrome': true,
      'devtools.console.stdout.content': true,
      ...opts.prefs,
    },
  });
  const log = new EventLog();
  const proc = browser.process();
  for (const stream of [proc?.stdout, proc?.stderr]) {
    let pending = '';
    stream?.on('data', (d: Buffer) => {
      const lines = (pending + d.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim() !== '') log.add(`firefox: ${line}`);
    });
  }
  try {
    log.add(`installed ${await browser.installExtension(dir)} from ${dir}`);
  } catch (e) {
    await browser.close();
    throw new Error(`Firefox refused to install the extension from ${dir}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const popup = builtManifest('firefox').action?.default_popup ?? 'src/popup/index.html';
  return {
    browser,
    uuid,
    log,
    async newPage() {
      const page = await browser.newPage();
      page.on('console', (m) => log.add(`page ${page.url()} console.${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => log.add(`page error: ${e instanceof Error ? e.message : String(e)}`));
      return page;
    },
    popupUrl: () => `moz-extension://${uuid}/${popup}`,
    close: () => browser.close(),
  };
}

/** The id of the tab whose URL starts with `prefix`, asked through `browser.tabs.query` in an extension page. */
export async function tabIdFor(extPage: Page, prefix: string): Promise<number | undefined> {
  return extPage.evaluate(async (p: string) => {
    type Tabs = { query(q: object): Promise<{ id?: number; url?: string }[]> };
    const ext = (globalThis as unknown as { browser: { tabs: Tabs } }).browser;
    return (await ext.tabs.query({})).find((t) => t.url?.startsWith(p))?.id;
  }, prefix);
}
