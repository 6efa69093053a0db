/**
 * The attacker's tests, written once and run in both browsers (hostile.chromium.spec.ts,
 * hostile.firefox.spec.ts): an error page behind real Varnish whose script attempts every
 * attack on Comeback it can, and the assertions that none has an effect. Reads and clicks of
 * the overlay go through the page objects (tests/e2e/pages): real input and the isolated
 * world, never page script.
 */
import { expect, test } from '@playwright/test';
import { startOrigin, type Origin } from '../../support/origin';
import type { BrowserName, Tab } from '../pages/driver';
import { launchBrowser, type Launched } from '../pages/launch';
import { OverlayPage } from '../pages/overlay';
import { PopupPage } from '../pages/popup';
import { describeRequests, requestsFor, sleep, startVarnishSite, type VarnishSite } from '../support/site';
import { note } from '../support/note';
import { hostilePage, type AttackRead } from './hostile-page';

const SCARE = 'Your account is compromised, call 555-0100';

function serveHostile(origin: Origin, path: string, opts: { autoResend?: boolean; retryAfter?: string } = {}): void {
  origin.route(path, (_req, res) => {
    res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': opts.retryAfter ?? '60' });
    res.end(hostilePage(opts));
  });
}

/** GET/HEAD requests for `path` at the origin since `since`: the page's loads and Comeback's probes. */
const probesOf = (origin: Origin, path: string, since: number) => requestsFor(origin, path, since).filter((r) => r.method !== 'POST');

export function hostileScenarios(browserName: BrowserName): void {
  let launched: Launched | undefined;
  const sites: VarnishSite[] = [];
  const origins: Origin[] = [];

  test.beforeEach(async () => {
    sites.push(await startVarnishSite('up'));
    launched = await launchBrowser(browserName);
  });

  test.afterEach(async () => {
    if (launched) await launched.report(test.info());
    await launched?.close();
    for (const s of sites.splice(0)) await s.stop();
    for (const o of origins.splice(0)) await o.stop();
    launched = undefined;
  });

  const setup = (): { l: Launched; site: VarnishSite } => {
    const site = sites[0];
    if (!launched || !site) throw new Error('setup failed');
    return { l: launched, site };
  };

  const attack = <T>(tab: Tab, call: string): Promise<T> => tab.evaluate<T>(`window.attack.${call}`);

  /** A tab on the hostile page with its overlay up; returns the heading Comeback wrote. */
  const hostileTab = async (l: Launched, site: VarnishSite, query: string): Promise<{ tab: Tab; overlay: OverlayPage; heading: string }> => {
    serveHostile(site.origin, '/hostile');
    const tab = await l.driver.newTab();
    expect(await tab.goto(site.varnish.url(`/hostile?${query}`))).toBe(503);
    const overlay = new OverlayPage(l.driver, tab);
    await overlay.waitForText('retry-now', 'Retry now');
    const heading = (await overlay.text('layer')) ?? '';
    expect(heading, 'the overlay names the failing layer').not.toBe('');
    return { tab, overlay, heading };
  };

  test('page script finds nothing of the overlay to read, and nothing fixed to look for', async () => {
    const { l, site } = setup();
    const { tab, overlay } = await hostileTab(l, site, 'read');
    const mine = await overlay.snapshot();
    const read = await attack<AttackRead>(tab, 'read()');
    note('what the page could see', JSON.stringify(read));
    expect(read.readableRoots, 'shadow roots page script can open').toBe(0);
    expect(read.rootText).toBe('');
    expect(read.oldIdFound, 'an element with the old fixed id').toBe(false);
    expect(read.hostIds, 'ids on the host').toEqual([]);
    expect(read.byClassOrTag, 'elements found by a comeback class/id or a test id').toBe(0);
    expect(mine.hostId ?? '', 'the host has no id').toBe('');
    expect(mine.hostClass ?? '', 'the host has no class').toBe('');
    expect(mine.rootClosed, 'host.shadowRoot reads null even in the extension world').toBe(true);

    // Another error load gets another tag name.
    expect(await tab.goto(site.varnish.url('/hostile?read2'))).toBe(503);
    await overlay.waitForText('retry-now', 'Retry now');
    expect((await overlay.snapshot()).hostTag, 'tag name is random per injection').not.toBe(mine.hostTag);
  });

  test("page script cannot rewrite what the overlay says", async () => {
    const { l, site } = setup();
    const { tab, overlay, heading } = await hostileTab(l, site, 'rewrite');
    await attack<number>(tab, `rewrite(${JSON.stringify(SCARE)})`);
    const after = await overlay.snapshot();
    expect(after.text).not.toContain('555-0100');
    expect(after.items.find((i) => i.testId === 'layer')?.text).toBe(heading);
  });

  test('80 synthetic clicks on "Retry now" send almost no probes, and synthetic clicks press nothing', async () => {
    const { l, site } = setup();
    const { tab, overlay } = await hostileTab(l, site, 'press');
    // In front, so the page's own timers run at full speed (Firefox throttles background tabs).
    await tab.bringToFront();
    const t0 = Date.now();
    // 80 clicks spread over 8.8 s (one every 110 ms), then what arrived within 9 s of the first.
    await attack<number>(tab, `clickOver(['Retry now'], 80, 110)`);
    await sleep(Math.max(0, t0 + 9_000 - Date.now()));
    const probes = probesOf(site.origin, '/hostile', t0).filter((r) => r.at <= t0 + 9_000);
    note('requests after 80 synthetic clicks', describeRequests(probes, t0));
    // Page script cannot press the buttons at all now. The same bound holds for a person (or a
    // trusted-input robot) mashing the button only once the retry engine gives manual retries
    // their own small budget (at most 3 in a burst, then one per 10 s): ≤ 5 in 9 s relies on it.
    expect(probes.length, `requests in 9 s: ${describeRequests(probes, t0)}`).toBeLessThanOrEqual(5);
    await attack<number>(tab, `click(['Stop', '×'], 3)`);
    const now = await overlay.snapshot();
    expect(now.items.find((i) => i.testId === 'stop'), 'Stop still offered: the synthetic Stop did nothing').toBeDefined();
    expect(now.items.find((i) => i.testId === 'comeback-panel'), 'still shown: the synthetic × did nothing').toBeDefined();

    // A real click does act (the page objects click with trusted input): hide the panel.
    await overlay.click('hide');
    await overlay.waitForHidden();
  });

  test('a synthetic "offline" from one page pauses nothing: another site that recovers is probed and its tab comes back', async () => {
    const { l, site } = setup();
    serveHostile(site.origin, '/hostile');
    const siteB = await startVarnishSite('up');
    sites.push(siteB);
    await siteB.origin.setMode('503', { retryAfter: '2' });
    const tabA = await l.driver.newTab();
    expect(await tabA.goto(site.varnish.url('/hostile?offline'))).toBe(503);
    await new OverlayPage(l.driver, tabA).waitForPresent();
    const tabB = await l.driver.newTab();
    expect(await tabB.goto(siteB.varnish.url('/article?b'))).toBe(503);
    await new OverlayPage(l.driver, tabB).waitForPresent();

    await attack<boolean>(tabA, 'offline()');
    await sleep(500);
    const flip = Date.now();
    await siteB.origin.setMode('up');
    const back = await (async () => {
      const deadline = Date.now() + 25_000;
      while (Date.now() < deadline) {
        if ((await tabB.bodyText()).includes('Welcome back')) return true;
        await sleep(200);
      }
      return false;
    })();
    const seen = requestsFor(siteB.origin, '/article', flip);
    note('site B after it recovered', describeRequests(seen, flip));
    expect(seen.length, 'site B was probed after it recovered').toBeGreaterThan(0);
    expect(back, "site B's tab came back").toBe(true);
  });

  test('page script cannot get a form sent again', async () => {
    const { l, site } = setup();
    site.origin.route('/form', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Order</title></head><body>' +
        '<form method="post" action="/submit"><input name="name" value="Ada"><button>Place order</button></form></body></html>');
    });
    serveHostile(site.origin, '/submit', { autoResend: true, retryAfter: '2' });
    const tab = await l.driver.newTab();
    await tab.goto(site.varnish.url('/form'));
    const t0 = Date.now();
    await tab.evaluate('document.forms[0].submit()');
    const overlay = new OverlayPage(l.driver, tab);
    await overlay.waitForText('status-line', 'not sent again', 10_000);
    // The overlay only points to the toolbar button; the page's own script presses all it can for 8 s.
    await sleep(10_000);
    const posts = requestsFor(site.origin, '/submit', t0).filter((r) => r.method === 'POST');
    note('POSTs at the origin', describeRequests(posts, t0));
    expect(posts.length, `POSTs: ${describeRequests(posts, t0)}`).toBe(1);
  });

  // Depends on popup actions that carry the origin the popup showed and are refused on a
  // mismatch (the background today reads the tab's current URL): fails until that lands.
  test("a popup action applies to the site the user saw, not to the one the page moved the tab to", async () => {
    const { l, site } = setup();
    serveHostile(site.origin, '/hostile');
    const elsewhere = await startOrigin();
    origins.push(elsewhere);
    // Another host name for the same machine: site rules are per host name.
    const otherUrl = `http://localhost:${elsewhere.port}/landing`;
    const tab = await l.driver.newTab();
    expect(await tab.goto(site.varnish.url('/hostile?move'))).toBe(503);
    await new OverlayPage(l.driver, tab).waitForPresent();
    const popup = await PopupPage.open(l.driver, tab);
    const never = 'Never auto-retry 127.0.0.1';
    await popup.waitForText(never, 10_000);
    const tabId = await l.driver.tabId(tab);

    // The page moves its own tab, then the user clicks in a popup that still shows the old site
    // (the popup refreshes every 2 s).
    await tab.evaluate(`void (location.href = ${JSON.stringify(otherUrl)})`).catch(() => undefined);
    const moved = Date.now();
    while (!(await l.driver.inExtension<string>(`ext.tabs.get(${tabId}).then((t) => t.url ?? '')`)).startsWith(otherUrl)) {
      if (Date.now() - moved > 5_000) throw new Error('the page did not move its tab');
      await sleep(50);
    }
    expect(await popup.buttons(), 'the popup still shows the old site when clicked').toContain(never);
    await popup.click(never, 1_000);
    await sleep(1_500);
    const stored = await l.driver.inExtension<string>('Promise.all([ext.storage.sync.get(null), ext.storage.local.get(null)]).then((a) => JSON.stringify(a))');
    note('stored settings after the click', stored.slice(0, 2000));
    expect(stored, 'a rule for the site the tab was moved to').not.toContain('"localhost"');
  });
}
