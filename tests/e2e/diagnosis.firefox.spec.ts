/**
 * Firefox: the first diagnosis of a plain-text, an empty and HAProxy's stock 5xx from real
 * proxies equals what `npm run diagnose` says of the same response saved with `curl -si`. Firefox
 * builds a document for an empty body and wraps plain text in a <pre>; the overlay sends what the
 * server sent (core/diagnose/document-body.ts). Host names reach the proxies through the test's
 * forward proxy (support/ff-proxy.ts), which passes responses through unchanged.
 */
import { expect, test } from '@playwright/test';
import { cliDiagnosis, shownTexts, startDiagnosisCases, type DiagnosisCases } from './support/diagnosis-cases';
import { launchFirefox, tabIdFor, type FirefoxWithExtension } from './support/firefox';
import { startForwardProxy, type ForwardProxy } from './support/ff-proxy';
import { reportFirefox, waitFor } from './support/firefox';

let proxies: DiagnosisCases | undefined;
let forward: ForwardProxy | undefined;
let firefox: FirefoxWithExtension | undefined;

test.beforeEach(async () => {
  proxies = await startDiagnosisCases();
  forward = await startForwardProxy();
  for (const c of proxies.cases) forward.mapHttp(c.host, c.port);
  firefox = await launchFirefox({ prefs: forward.prefs() });
});

test.afterEach(async () => {
  if (firefox) await reportFirefox(test.info(), firefox);
  await firefox?.close();
  await forward?.stop();
  await proxies?.stop();
  firefox = forward = proxies = undefined;
});

test('Firefox: the first diagnosis equals the CLI for plain-text, empty and HAProxy 5xx', async () => {
  if (!firefox || !proxies) throw new Error('setup failed');
  const ext = await firefox.newPage();
  await ext.goto(firefox.popupUrl(), { waitUntil: 'networkidle0' });
  for (const c of proxies.cases) {
    const cli = cliDiagnosis(c);
    const { layer, visitor } = shownTexts(cli);
    const url = `http://${c.host}${c.path}`;
    const tab = await firefox.newPage();
    await tab.goto(url).catch(() => undefined);
    const tabId = await waitFor(`${c.name}: the tab`, () => tabIdFor(ext, url), (id) => id !== undefined, 5_000);
    const popup = await firefox.newPage();
    await popup.goto(`${firefox.popupUrl()}?tabId=${String(tabId)}`, { waitUntil: 'networkidle0' });
    const main = await waitFor(`${c.name}: ${cli.producer}/${cli.kind} in the popup`,
      () => popup.evaluate(() => document.querySelector('main')?.textContent ?? '').catch(() => ''), (t) => t.includes(layer), 8_000);
    expect(main).toContain(visitor);
    // The tab's own diagnosis is the one the overlay's hello made; probes refine only the site's.
    const first = await ext.evaluate(async (id: number) => {
      type Engine = { tabs?: Record<string, { diagnosis?: { producer: string; kind: string } }> };
      const session = (globalThis as unknown as { browser: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).browser.storage.session;
      const engine = (await session.get('engine'))['engine'] as Engine | undefined;
      const d = engine?.tabs?.[String(id)]?.diagnosis;
      return d ? { producer: d.producer, kind: d.kind } : null;
    }, tabId ?? -1);
    expect(first, `${c.name}: the tab's first diagnosis`).toEqual({ producer: cli.producer, kind: cli.kind });
    console.log(`${c.name}: CLI ${cli.producer}/${cli.kind}; the popup shows "${layer}"`);
    await popup.close();
    await tab.close();
  }
});
