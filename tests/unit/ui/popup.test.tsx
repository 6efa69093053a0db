// @vitest-environment happy-dom
/**
 * The popup against a fake background: what it shows for a Varnish 503, that cookie clearing
 * needs a second explicit choice, the consent step, the report, and the healthy-page view.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report';
import type { ChecksResult } from '../../../src/status/run/run-checks';
import { decideVerdict } from '../../../src/status/verdict/verdict';
import { fakeBackground, fakeBrowser, stored, stub, settle, waitFor } from '../../support/fake-browser';
import { varnishView } from './view-fixture';

(globalThis as { __TARGET__?: string }).__TARGET__ = 'chrome';

const { App } = await import('../../../src/popup/app');

const checks: ChecksResult = {
  hostname: 'shop.example.com',
  statusPage: { state: 'done', value: null },
  checkHost: { state: 'off' },
  connectivity: { state: 'done', value: 'online' },
  links: { downdetector: 'https://downdetector.com/search/?q=example', isItDownRightNow: 'https://www.isitdownrightnow.com/shop.example.com.html' },
  verdict: { verdict: 'unknown', headline: 'st_verdict_unknown', reasons: [{ key: 'st_reason_online', substitutions: [] }], connection: 'online' },
  checkedAt: 0,
};

let root: HTMLElement;
const text = (): string => root.textContent ?? '';
const button = (label: string): HTMLButtonElement => {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`no button "${label}" in: ${text().slice(0, 400)}`);
  return found;
};
const sentTypes = (): string[] => bg.sent.map((m) => m.type);

let bg: ReturnType<typeof fakeBackground>;
beforeEach(() => {
  bg = fakeBackground();
  stub(fakeBrowser.tabs, 'query', async () => [{ id: 7 }]);
  bg.answers['tab/view'] = () => varnishView();
  bg.answers['checks/run'] = () => checks;
  bg.answers['site/clear-cache'] = () => ({ ok: true });
  bg.answers['site/clear-data'] = () => ({ ok: true });
  bg.answers['tab/open-private'] = () => ({ ok: false, error: 'private-not-allowed' });
  bg.answers['incidents/list'] = () => [];
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('popup on a Varnish 503', () => {
  it('paints a skeleton first, then the diagnosis, the retry state and the guide in order', async () => {
    render(<App />, root);
    expect(root.querySelector('[aria-busy="true"]')).not.toBeNull();
    // The checks' answer (connection works) drops the "your network" step: wait for the verdict.
    await waitFor(() => text().includes('Not known yet'));
    expect(text()).toContain('shop.example.com answered with error 503');
    expect(text()).toContain("The site's cache server (Varnish)");
    expect(text()).toContain('32770');
    expect(text()).toContain('Try 3'); // two probes made, the third is next
    expect(text()).toMatch(/Next try in 4\d s/);
    expect(text()).toContain('The server asked us to wait 5 s; Comeback waits at least that long.');
    const steps = [...root.querySelectorAll('ol.guide > li')].map((li) => li.getAttribute('data-step'));
    expect(steps).toEqual(['wait', 'reload', 'check-status', 'clear-cache', 'private-window', 'archive', 'contact']);
    expect(root.querySelector('details.my-site summary')?.textContent).toBe('This is my site');
    expect(text()).toContain('Not known yet'); // the verdict, inline in step 3
  });

  it('clears the cache with one click, but cookies only after a second choice that names the site', async () => {
    render(<App />, root);
    await settle();
    button("Clear this site's cache").click();
    await settle();
    expect(sentTypes()).toContain('site/clear-cache');
    expect(sentTypes()).not.toContain('site/clear-data');
    button('Also clear cookies and site data…').click();
    await settle();
    expect(text()).toContain('You will be signed out of shop.example.com');
    expect(text()).not.toContain('Other sites are not affected');
    // Chrome clears cookies for the whole registrable domain: the warning names it.
    await waitFor(() => text().includes('Chrome deletes the cookies of every site under example.com: example.com, shop.example.com and every other address ending in .example.com.'));
    expect(sentTypes()).not.toContain('site/clear-data');
    button('Clear and sign me out').click();
    await settle();
    expect(bg.sent.find((m) => m.type === 'site/clear-data')?.payload).toEqual({ tabId: 7, origin: 'https://shop.example.com' });
  });

  it('never says "offline" when the site answered, even when the outside probe failed', async () => {
    const decided = decideVerdict({ statusPage: null, checkHost: null, connectivity: 'offline', diagnosis: { status: 503, kind: 'backend-fetch-failed' } });
    bg.answers['checks/run'] = () => ({ ...checks, connectivity: { state: 'done', value: 'offline' }, verdict: decided });
    render(<App />, root);
    await waitFor(() => text().includes('no internet access, but this site is reachable'));
    expect(text()).not.toMatch(/offline/i);
  });

  it('explains when private windows are not allowed', async () => {
    render(<App />, root);
    await settle();
    button('Open in a private window').click();
    await settle();
    expect(text()).toContain("isn't allowed in private windows");
  });

  it('asks for consent before the first outside check, naming the services and what they get', async () => {
    render(<App />, root);
    await settle();
    const runsBefore = sentTypes().filter((t) => t === 'checks/run').length;
    button('Check now').click();
    await settle();
    expect(text()).toContain('whether shop.example.com works for other people');
    expect(text()).toContain("It gets the site's scheme, name and port (such as https://example.com), never the page's path or query");
    expect(text()).toContain("It gets the page's address without anything after ? or #");
    expect(text()).toContain('on by default');
    button('Allow both').click();
    await settle(10);
    expect((await stored('sync')).consent).toEqual({ answered: true, statusPage: true, connectivity: true, checkHost: true, wayback: true });
    expect(sentTypes().filter((t) => t === 'checks/run').length).toBe(runsBefore + 1);
  });

  it('shows the report exactly as it copies it', async () => {
    render(<App />, root);
    await settle();
    const shown = root.querySelector('[data-testid="report"]')?.textContent;
    const view = varnishView();
    expect(shown).toBe(buildReport({ url: view.url, time: view.since, diagnosis: view.diagnosis, headers: view.headers, method: 'GET' }));
    expect(shown).not.toContain('secret');
    expect(shown).not.toContain('sid=1');
  });

  it('"No" on "Did this fix it?" moves focus to the next step; "Yes" thanks and records locally', async () => {
    render(<App />, root);
    await settle();
    const reload = root.querySelector('li[data-step="reload"]');
    [...(reload?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'No')?.click();
    await settle();
    expect(document.activeElement?.textContent).toBe('Check whether it\'s down for everyone');
    const clear = root.querySelector('li[data-step="clear-cache"]');
    [...(clear?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Yes')?.click();
    await settle();
    expect(clear?.textContent).toContain('Glad it works again');
    expect((await stored('local')).guideFeedback).toEqual({ reload: { yes: 0, no: 1 }, 'clear-cache': { yes: 1, no: 0 } });
  });
});

describe('popup on a page that loaded fine', () => {
  it('lists recent incidents and offers the settings', async () => {
    bg.answers['tab/view'] = () => null;
    bg.answers['incidents/list'] = () => [{
      hostname: 'news.example.org', url: 'https://news.example.org/', status: 502, producer: 'nginx', kind: 'connection-failed',
      since: 1_000_000, recoveredAt: 1_000_000 + 125_000,
    }];
    render(<App />, root);
    await settle();
    expect(text()).toContain('This page loaded fine');
    expect(text()).toContain('news.example.org');
    expect(text()).toContain("Error 502 · The site's web server (nginx)");
    expect(text()).toContain('Back after 2 min 05 s');
    button('Settings').click();
    expect(sentTypes()).toContain('openOptionsPage');
  });
});
