/**
 * Debian's firefox-esr with the built extension, driven by puppeteer-core over WebDriver BiDi
 * (docs/testing.md, "Firefox (puppeteer-core over WebDriver BiDi)"): the extension is installed as
 * a temporary add-on from dist/firefox, its moz-extension UUID is fixed by a pref so extension
 * pages have a known URL.
 */
import { randomUUID } from 'node:crypto';
import type { TestInfo } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { assertBuilt, builtManifest } from './dist';
import { EventLog } from './event-log';

export const FIREFOX_PATH = process.env.COMEBACK_FIREFOX ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'comeback@comeback.invalid';

export interface FirefoxLaunchOptions {
  /** Unpacked extension folder; dist/firefox by default. */
  extensionDir?: string;
  /**
   * `extensions.background.idle.timeout` in ms: how long the event page may idle before
   * Firefox suspends it (Firefox's default is 30 s).
   */
  backgroundIdleTimeoutMs?: number;
  headed?: boolean;
  /** More prefs (e.g. a forward proxy that maps real host names to local servers: ff-proxy.ts). */
  prefs?: Record<string, unknown>;
  /** WebDriver's acceptInsecureCerts: trust the local TLS fixture server's throwaway certificate. */
  acceptInsecureCerts?: boolean;
  /**
   * Install the add-on with private browsing allowed, as a user allows it in about:addons
   * (WebDriver BiDi's `moz:allowPrivateBrowsing` on webExtension.install; the old pref
   * extensions.allowPrivateBrowsingByDefault no longer exists).
   */
  allowPrivateBrowsing?: boolean;
  /** Runs in the browser before the extension is installed (pages open before Comeback is there). */
  beforeInstall?: (browser: Browser) => Promise<void>;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The moz-extension:// host of the extension's pages. */
  uuid: string;
  log: EventLog;
  /** `moz-extension://<uuid>/<popup>` (the toolbar popup as a page; add `?tabId=N`). */
  popupUrl(): string;
  /** A new tab whose console and errors go to `log`. */
  newPage(): Promise<Page>;
  /**
   * The extension's storage.session and storage.local as JSON, read from one of its own pages
   * (opened in a new tab for the moment): what the background believed, for failure reports.
   */
  extensionStorage(): Promise<string>;
  close(): Promise<void>;
}

/** The BiDi connection puppeteer exposes, for a command parameter it does not pass itself. */
interface BidiConnection { send(method: string, params: object): Promise<{ result: { extension: string } }> }

async function installAllowingPrivate(browser: Browser, dir: string): Promise<string> {
  const { connection } = browser as unknown as { connection: BidiConnection };
  const { result } = await connection.send('webExtension.install', { extensionData: { type: 'path', path: dir }, 'moz:allowPrivateBrowsing': true });
  return result.extension;
}

/** Launches Firefox and installs the extension as a temporary add-on. */
export async function launchFirefox(opts: FirefoxLaunchOptions = {}): Promise<FirefoxWithExtension> {
  const dir = opts.extensionDir ?? assertBuilt('firefox');
  const id = opts.extensionDir ? GECKO_ID : (builtManifest('firefox').browser_specific_settings?.gecko?.id ?? GECKO_ID);
  const uuid = randomUUID();
  const prefs: Record<string, unknown> = {
    'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
    // Nothing outside loopback: no captive-portal or connectivity checks, no updates.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'app.update.enabled': false,
    'extensions.update.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    // Console output of every context, the extension's background included, goes to the
    // process's stdout, which is collected into the log (the only way to see the background).
    'devtools.console.stdout.chrome': true,
    'devtools.console.stdout.content': true,
    // http:// URLs stay http (HTTPS-First would try the local sites over https first).
    'dom.security.https_first': false,
    'dom.security.https_first_schemeless': false,
  };
  if (opts.backgroundIdleTimeoutMs !== undefined) prefs['extensions.background.idle.timeout'] = opts.backgroundIdleTimeoutMs;
  Object.assign(prefs, opts.prefs);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: !opts.headed,
    args: ['--remote-allow-system-access'],
    acceptInsecureCerts: opts.acceptInsecureCerts ?? false,
    extraPrefsFirefox: prefs,
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
    await opts.beforeInstall?.(browser);
  } catch (e) {
    await browser.close();
    throw e;
  }
  try {
    const installed = opts.allowPrivateBrowsing
      ? await installAllowingPrivate(browser, dir)
      : await browser.installExtension(dir);
    log.add(`installed ${installed} from ${dir}`);
  } catch (e) {
    await browser.close();
    throw new Error(`Firefox refused to install the extension from ${dir}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const popupPath = builtManifest('firefox').action?.default_popup ?? 'src/popup/index.html';
  return {
    browser,
    uuid,
    log,
    popupUrl: () => `moz-extension://${uuid}/${popupPath}`,
    async newPage() {
      const page = await browser.newPage();
      page.on('console', (m) => log.add(`page ${page.url()} console.${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => log.add(`page error: ${e instanceof Error ? e.message : String(e)}`));
      return page;
    },
    async extensionStorage() {
      const page = await browser.newPage();
      try {
        await page.goto(`moz-extension://${uuid}/${popupPath}`, { waitUntil: 'networkidle0' });
        return await page.evaluate(async () => {
          type Area = { get(keys: null): Promise<Record<string, unknown>> };
          const ext = (globalThis as unknown as { browser: { storage: { session: Area; local: Area } } }).browser;
          return JSON.stringify({ session: await ext.storage.session.get(null), local: await ext.storage.local.get(null) }, null, 1);
        });
      } catch (e) {
        return `(could not read the extension's storage: ${e instanceof Error ? e.message : String(e)})`;
      } finally {
        await page.close().catch(() => undefined);
      }
    },
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

/** The page's visible body text ('' while it navigates). */
export async function bodyText(page: Page): Promise<string> {
  try {
    return await page.evaluate(() => document.body?.innerText ?? '');
  } catch {
    return '';
  }
}

/** Polls `read` every 100 ms until `ok` holds; throws with the last value after `timeoutMs`. */
export async function waitFor<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!ok(last)) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}

/** Like waitFor, but resolves with the last value instead of throwing (for soft assertions). */
export async function poll<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs: number): Promise<T> {
  try {
    return await waitFor('', read, ok, timeoutMs);
  } catch {
    return read();
  }
}

/**
 * Attaches Firefox's log to the report; when the test failed, also the extension's storage
 * (what the background believed), and prints both. For the specs' afterEach.
 */
export async function reportFirefox(info: TestInfo, firefox: FirefoxWithExtension): Promise<void> {
  await info.attach('firefox-log', { body: firefox.log.text(), contentType: 'text/plain' });
  if (info.status === info.expectedStatus) return;
  const storage = await firefox.extensionStorage();
  await info.attach('extension-storage', { body: storage, contentType: 'application/json' });
  console.log(`--- firefox-log (${info.title}) ---\n${firefox.log.text()}\n--- extension storage ---\n${storage}`);
}
