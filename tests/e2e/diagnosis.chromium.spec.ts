/**
 * Chromium: the first diagnosis of a plain-text, an empty and HAProxy's stock 5xx from real
 * proxies equals what `npm run diagnose` says of the same response saved with `curl -si`. The
 * overlay sends the response as the server sent it (core/diagnose/document-body.ts); read here
 * in the popup (opened as a page with ?tabId=) before any probe could have refined it.
 */
import { expect, test, type Worker } from '@playwright/test';
import { attachLog, launchChromium, popupUrl, type ChromiumWithExtension } from './support/chromium';
import { cliDiagnosis, shownTexts, startDiagnosisCases, type DiagnosisCases } from './support/diagnosis-cases';

let browser: ChromiumWithExtension | undefined;
let proxies: DiagnosisCases | undefined;

test.beforeEach(async () => {
  proxies = await startDiagnosisCases();
  browser = await launchChromium({ hosts: Object.fromEntries(proxies.cases.map((c) => [c.host, `127.0.0.1:${c.port}`])) });
});

test.afterEach(async () => {
  if (browser) await attachLog(test.info(), browser.log);
  await browser?.close();
  await proxies?.stop();
  browser = proxies = undefined;
});

function extensionWorker(b: ChromiumWithExtension): Worker {
  const worker = b.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${b.extensionId}/`));
  if (!worker) throw new Error('no extension service worker');
  return worker;
}

type Tabs = { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } };
type Session = { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } };
type Engine = { tabs?: Record<string, { diagnosis?: { producer: string; kind: string } }> };

test('the first diagnosis equals the CLI for plain-text, empty and HAProxy 5xx', async () => {
  if (!browser || !proxies) throw new Error('setup failed');
  const worker = extensionWorker(browser);
  for (const c of proxies.cases) {
    const cli = cliDiagnosis(c);
    const { layer, visitor } = shownTexts(cli);
    const url = `http://${c.host}${c.path}`;
    const tab = await browser.context.newPage();
    // An empty 5xx becomes Chromium's own error page (no script runs there): goto may reject.
    await tab.goto(url).catch(() => undefined);
    let tabId: number | undefined;
    await expect.poll(async () => {
      tabId = await worker.evaluate(async (u) => (await (globalThis as unknown as Tabs).chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
      return tabId;
    }, { message: `${c.name}: the tab` }).toBeDefined();
    const popup = await browser.context.newPage();
    await popup.goto(`${popupUrl(browser.extensionId)}?tabId=${String(tabId)}`);
    await expect(popup.locator('main'), `${c.name}: ${cli.producer}/${cli.kind}`).toContainText(layer, { timeout: 5_000 });
    await expect(popup.locator('main')).toContainText(visitor);
    // The tab's own diagnosis is the one the overlay's hello made; probes refine only the site's
    // (background/tabs.ts refineDiagnosis, schedule.ts). Chromium shows its own page for an empty
    // body and runs no overlay there, so that tab keeps the one made from the headers.
    const first = await worker.evaluate(async (id) => {
      const engine = (await (globalThis as unknown as Session).chrome.storage.session.get('engine'))['engine'] as Engine | undefined;
      return engine?.tabs?.[String(id)]?.diagnosis;
    }, tabId);
    expect(first && { producer: first.producer, kind: first.kind }, `${c.name}: the tab's first diagnosis`).toEqual({ producer: cli.producer, kind: cli.kind });
    console.log(`${c.name}: CLI ${cli.producer}/${cli.kind}; the popup shows "${layer}"`);
    await popup.close();
    await tab.close();
  }
});
