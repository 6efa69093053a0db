/**
 * The one interface a scenario sees, whichever browser runs it: Chromium through Playwright
 * (./chromium-driver.ts) or Firefox through puppeteer-core (./firefox-driver.ts). Page objects
 * (./overlay.ts, ./popup.ts, ./options.ts) are written against it, so a scenario written once
 * runs in both. See ./README.md.
 */

export type BrowserName = 'chromium' | 'firefox';

/** One browser tab. Clicks and key presses are real (trusted) input, as a person's would be. */
export interface Tab {
  readonly browserName: BrowserName;
  /** The tab's URL as the driver last saw it. */
  url(): string;
  /** Navigates; resolves with the main response's status (null when there was none). */
  goto(url: string): Promise<number | null>;
  /** Evaluates `expression` (source text of an expression, may be a promise) in the page's own world. */
  evaluate<T>(expression: string): Promise<T>;
  /** A real mouse click at viewport coordinates (CSS pixels). */
  clickAt(x: number, y: number): Promise<void>;
  /** A real key press in the focused element ("Enter", "Tab"…). */
  press(key: string): Promise<void>;
  /** Makes this the active tab (Firefox throttles background tabs; input goes to the active one). */
  bringToFront(): Promise<void>;
  /** prefers-color-scheme for this tab. */
  colorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** The page's visible body text, '' while it navigates. */
  bodyText(): Promise<string>;
  close(): Promise<void>;
}

/** The extension under test in one running browser. */
export interface ExtensionDriver {
  readonly browserName: BrowserName;
  /** Opens a new tab (about:blank). */
  newTab(): Promise<Tab>;
  /**
   * The browser's tab id of `tab`, found by its URL through tabs.query (so use a URL no other
   * open tab has, e.g. with a unique query) and remembered for the tab's life.
   */
  tabId(tab: Tab): Promise<number>;
  /**
   * Evaluates `expression` in an extension context with the WebExtension APIs (Chromium: the
   * service worker; Firefox: one of the extension's pages, kept open in a tab of its own), where
   * `ext` names `chrome` or `browser`.
   */
  inExtension<T>(expression: string): Promise<T>;
  /** Runs `func` (self-contained, see ./in-world.ts) with `args` in the tab's isolated world. */
  inTab<T>(tabId: number, func: (...args: never[]) => unknown, args: unknown[]): Promise<T>;
  /** Injects a file of the extension package into the tab's isolated world. */
  injectFile(tabId: number, file: string): Promise<void>;
  /** The URL of an extension page (e.g. the popup's path from the manifest). */
  extensionUrl(path: string): string;
  /** The toolbar popup's path inside the package. */
  readonly popupPath: string;
  /** The options page's path inside the package. */
  readonly optionsPath: string;
  /** Whether this build has axe-core packed in (launch option `withAxe`). */
  readonly hasAxe: boolean;
}

/** The expression text that runs `func(...args)` through scripting.executeScript from an extension context. */
export function executeScriptExpression(api: 'chrome' | 'browser', tabId: number, func: (...args: never[]) => unknown, args: unknown[]): string {
  return `(async () => {
    const [r] = await ${api}.scripting.executeScript({ target: { tabId: ${tabId} }, func: ${func.toString()}, args: ${JSON.stringify(args)} });
    return r === undefined ? null : r.result;
  })()`;
}

/** Polls `read` every 100 ms until `ok` holds; throws with the last value after `timeoutMs`. */
export async function waitUntil<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!ok(last)) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}
