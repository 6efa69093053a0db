/**
 * Firefox with the extension, like support/firefox.ts, plus extra prefs (a forward proxy that
 * maps real host names to local servers, see ff-proxy.ts) and WebDriver's acceptInsecureCerts
 * (the throwaway certificate of the local TLS fixture server). Tests only.
 */
import type { Page } from 'puppeteer-core';
import { builtManifest } from './dist';
import { launchFirefox, type FirefoxWithExtension } from './firefox';

export type FirefoxProxied = FirefoxWithExtension & {
  /** `moz-extension://<uuid>/<popup>` (the toolbar popup as a page). */
  popupUrl(): string;
};

export async function launchFirefoxWith(opts: { prefs: Record<string, unknown>; acceptInsecureCerts?: boolean }): Promise<FirefoxProxied> {
  const firefox = await launchFirefox({
    acceptInsecureCerts: opts.acceptInsecureCerts,
    prefs: {
      // http:// URLs stay http (HTTPS-First would try the site over https first).
      'dom.security.https_first': false,
      'dom.security.https_first_schemeless': false,
      ...opts.prefs,
    },
  });
  const popup = builtManifest('firefox').action?.default_popup ?? 'src/popup/index.html';
  return { ...firefox, popupUrl: () => `moz-extension://${firefox.uuid}/${popup}` };
}

/** The id of the tab whose URL starts with `prefix`, asked through `browser.tabs.query` in an extension page. */
export async function tabIdFor(extPage: Page, prefix: string): Promise<number | undefined> {
  return extPage.evaluate(async (p: string) => {
    type Tabs = { query(q: object): Promise<{ id?: number; url?: string }[]> };
    const ext = (globalThis as unknown as { browser: { tabs: Tabs } }).browser;
    return (await ext.tabs.query({})).find((t) => t.url?.startsWith(p))?.id;
  }, prefix);
}
