/**
 * runChecks end to end over a fake fetch: consent gating (asserted on the URLs the fake saw),
 * the verdict from real fixtures, shared caching across tabs, and the archive lookup.
 */
import { describe, expect, it } from 'vitest';
import { lookupArchive } from '../../../src/status/archive/lookup-archive';
import {
  createChecksCache, runChecks, type ChecksResult, type ConsentFlags, type RunChecksInput,
} from '../../../src/status/run/run-checks';
import { fakeFetch, fixture, json, type Route } from './helpers';

const HOST = 'www.example-shop.com';
const URL_ = 'https://www.example-shop.com/cart/42?session=secret#frag';
/** What may leave the browser of URL_: no query, no fragment. */
const ADDRESS = 'https://www.example-shop.com/cart/42';
const STATUS = 'https://status.example-shop.com/';
const CH_START = 'https://check-host.net/check-http?host=https%3A%2F%2Fwww.example-shop.com&max_nodes=4';
const CH_RESULT = 'https://check-host.net/check-result/1a2b3c4dk9';
const ALL: ConsentFlags = { statusPage: true, connectivity: true, checkHost: true, wayback: true };
const DEFAULTS: ConsentFlags = { statusPage: true, connectivity: true, checkHost: false, wayback: false };
const OFF: ConsentFlags = { statusPage: false, connectivity: false, checkHost: false, wayback: false };

const outage: Record<string, Route> = {
  [`${STATUS}api/v2/summary.json`]: json(fixture('statuspage-summary-major-outage.json')),
  [CH_START]: json(fixture('check-host-start.json')),
  [CH_RESULT]: json(fixture('check-host-result-all-fail.json')),
  'http://www.gstatic.com/generate_204': () => new Response(null, { status: 204 }),
};

function input(routes: Record<string, Route>, consent: ConsentFlags, extra: Partial<RunChecksInput> = {}) {
  const fetch = fakeFetch(routes);
  const clock = { t: Date.parse('2025-03-04T10:30:00Z') };
  const base: RunChecksInput = {
    hostname: HOST, url: URL_, consent, customStatusPage: null, browser: 'chrome', fetch,
    now: () => clock.t, cache: createChecksCache(() => clock.t), sleep: async () => undefined,
    loadKnownSites: async () => ({}), ...extra,
  };
  return { fetch, clock, base };
}

const thirdParty = (urls: string[]) => urls.filter((u) => !u.startsWith(STATUS) && !u.startsWith('http://www.gstatic.com/'));

describe('runChecks', () => {
  it('makes no request at all when every consent is off', async () => {
    const { fetch, base } = input(outage, OFF);
    const r = await runChecks(base);
    expect(fetch.seen).toEqual([]);
    expect([r.statusPage.state, r.checkHost.state, r.connectivity.state]).toEqual(['off', 'off', 'off']);
    expect(r.verdict.verdict).toBe('unknown');
    expect(r.links.isItDownRightNow).toBe('https://www.isitdownrightnow.com/example-shop.com.html');
  });

  it('with default consent, talks only to the site\'s status page and the probe', async () => {
    const { fetch, base } = input(outage, DEFAULTS);
    const r = await runChecks(base);
    expect(thirdParty(fetch.seen)).toEqual([]);
    expect(fetch.seen.some((u) => u.includes('check-host') || u.includes('archive.org'))).toBe(false);
    expect(r.checkHost).toEqual({ state: 'off' });
    expect(r.verdict.verdict).toBe('everyone');
    expect(r.verdict.reasons[0]?.key).toBe('st_reason_status_major_outage');
  });

  it('with check-host allowed, sends only the origin and says down for everyone', async () => {
    const { fetch, base } = input(outage, ALL);
    const r = await runChecks(base);
    expect(thirdParty(fetch.seen)).toEqual([CH_START, CH_RESULT]);
    for (const u of fetch.seen) expect(u).not.toMatch(/cart|secret/);
    expect(r.verdict).toMatchObject({ verdict: 'everyone', headline: 'st_verdict_everyone' });
    expect(r.verdict.reasons.map((x) => x.key)).toEqual([
      'st_reason_status_major_outage', 'st_reason_status_incident', 'st_reason_locations_fail', 'st_reason_online',
    ]);
    expect(r.statusPage).toMatchObject({ state: 'done', value: { candidate: { origin: 'discovery' }, report: { state: 'major-outage' } } });
    expect(r.checkHost).toMatchObject({ state: 'done', value: { summary: { total: 4, failing: 4 }, reportUrl: 'https://check-host.net/check-report/1a2b3c4dk9' } });
  });

  it('says probably just you when no status page exists and every location succeeds', async () => {
    const { fetch, base } = input({
      [`${STATUS}*`]: 'network-error', // status.<domain> does not resolve
      [CH_START]: json(fixture('check-host-start.json')),
      [CH_RESULT]: json(fixture('check-host-result-all-ok.json')),
      'http://www.gstatic.com/generate_204': () => new Response(null, { status: 204 }),
    }, ALL);
    const r = await runChecks(base);
    // One failed lookup of the dead origin is enough: its other paths are not tried.
    expect(fetch.seen.filter((u) => u.startsWith(STATUS))).toEqual([`${STATUS}api/v2/summary.json`]);
    expect(r.statusPage).toEqual({ state: 'done', value: null });
    expect(r.verdict.verdict).toBe('just-you');
    expect(r.verdict.reasons[0]).toEqual({ key: 'st_reason_locations_ok', substitutions: ['4', '4'] });
  });

  it('does not accept an HTML page at status.<domain> as a status page', async () => {
    const html = () => new Response('<html>shop status</html>', { status: 200, headers: { 'content-type': 'text/html' } });
    const { fetch, base } = input({ [`${STATUS}*`]: html, 'http://www.gstatic.com/generate_204': () => new Response(null, { status: 204 }) }, DEFAULTS);
    const r = await runChecks(base);
    expect(r.statusPage).toEqual({ state: 'done', value: null });
    expect(fetch.seen.filter((u) => u.startsWith(STATUS))).toHaveLength(4);
    expect(r.verdict.verdict).toBe('unknown');
  });

  it('uses the user\'s page for the site first', async () => {
    const { fetch, base } = input({
      'https://mystatus.example.net/api/v2/summary.json': json(fixture('statuspage-summary-operational.json')),
    }, { ...OFF, statusPage: true }, { customStatusPage: 'https://mystatus.example.net/' });
    const r = await runChecks(base);
    expect(fetch.seen).toEqual(['https://mystatus.example.net/api/v2/summary.json']);
    expect(r.statusPage).toMatchObject({ state: 'done', value: { candidate: { origin: 'custom' }, report: { state: 'operational' } } });
  });

  it('finds Cachet and then reads its incidents', async () => {
    const { fetch, base } = input({
      [`${STATUS}api/v1/components`]: json(fixture('cachet-components.json')),
      [`${STATUS}api/v1/incidents?sort=id&order=desc&per_page=20`]: json(fixture('cachet-incidents.json')),
    }, { ...OFF, statusPage: true });
    const r = await runChecks(base);
    expect(fetch.seen.at(-1)).toBe(`${STATUS}api/v1/incidents?sort=id&order=desc&per_page=20`);
    expect(r.statusPage).toMatchObject({ state: 'done', value: { report: { source: 'cachet', incidents: [{ name: 'Website down' }] } } });
  });

  it('shares requests between tabs through the cache, and repeats after the TTL', async () => {
    const { fetch, base, clock } = input(outage, ALL);
    const [a, b] = await Promise.all([runChecks(base), runChecks({ ...base, url: 'https://www.example-shop.com/other' })]);
    expect(a.verdict).toEqual(b.verdict);
    const once = fetch.seen.length;
    expect(new Set(fetch.seen).size).toBe(once); // no URL twice
    await runChecks(base);
    expect(fetch.seen.length).toBe(once);
    clock.t += 61_000;
    await runChecks(base);
    expect(fetch.seen.length).toBe(once * 2);
  });

  it('polls check-host until every location answered and reports progress', async () => {
    let polls = 0;
    const updates: ChecksResult[] = [];
    const sleeps: number[] = [];
    const { base } = input({
      [CH_START]: json(fixture('check-host-start.json')),
      [CH_RESULT]: () => json(fixture((polls += 1) < 3 ? 'check-host-result-pending.json' : 'check-host-result-all-fail.json')),
    }, { ...OFF, checkHost: true }, {
      onUpdate: (p) => updates.push(p), sleep: async (ms) => { sleeps.push(ms); },
      checkHost: { pollIntervalMs: 1500 },
    });
    const r = await runChecks(base);
    expect(polls).toBe(3);
    expect(sleeps).toEqual([1500, 1500, 1500]);
    expect(updates[0]?.checkHost).toMatchObject({ state: 'running', partial: { summary: { pending: 3 } } });
    expect(updates.at(-1)?.checkHost.state).toBe('done');
    expect(r.verdict.verdict).toBe('everyone');
  });

  it('gives up polling after maxPolls with locations still pending', async () => {
    const { fetch, base } = input({
      [CH_START]: json(fixture('check-host-start.json')),
      [CH_RESULT]: json(fixture('check-host-result-pending.json')),
    }, { ...OFF, checkHost: true }, { checkHost: { maxPolls: 2 } });
    const r = await runChecks(base);
    expect(fetch.seen.filter((u) => u === CH_RESULT)).toHaveLength(2);
    expect(r.checkHost).toMatchObject({ state: 'done', value: { summary: { ok: 1, pending: 3 } } });
    expect(r.verdict.verdict).toBe('unknown');
  });

  it('records a check-host failure as a reason string and carries on', async () => {
    const { base } = input({ [CH_START]: () => new Response('<html>rate limited</html>', { status: 429 }) }, { ...OFF, checkHost: true });
    const r = await runChecks(base);
    expect(r.checkHost).toEqual({ state: 'done', value: 'check-host: start failed (http)' });
  });

  it('says it is your connection when the probe fails', async () => {
    const { fetch, base } = input({ 'http://detectportal.firefox.com/success.txt': 'network-error' }, { ...OFF, connectivity: true }, { browser: 'firefox' });
    const r = await runChecks(base);
    expect(fetch.seen).toEqual(['http://detectportal.firefox.com/success.txt']);
    expect(r.verdict).toMatchObject({ verdict: 'just-you', headline: 'st_verdict_your_connection' });
  });
});

describe('lookupArchive', () => {
  const routes = { 'https://archive.org/wayback/available?*': json(fixture('wayback-available.json')) };

  it('asks nothing without consent but still offers the archive.today link', async () => {
    const fetch = fakeFetch(routes);
    expect(await lookupArchive(URL_, false, fetch)).toEqual({
      wayback: { state: 'off' }, archiveToday: `https://archive.ph/newest/${ADDRESS}`,
    });
    expect(fetch.seen).toEqual([]);
  });

  it('sends the address without its query to the Wayback Machine, only when allowed', async () => {
    const fetch = fakeFetch(routes);
    const r = await lookupArchive(URL_, true, fetch);
    expect(fetch.seen).toEqual([`https://archive.org/wayback/available?url=${encodeURIComponent(ADDRESS)}`]);
    expect(fetch.seen.join(' ')).not.toContain('secret');
    expect(r.wayback).toMatchObject({ state: 'done', value: { url: 'https://web.archive.org/web/20250301123456/https://example-shop.com/cart' } });
  });

  it.each([
    'http://intranet/wiki?token=1', 'http://10.0.0.5:8080/', 'http://localhost:3000/x', 'https://wiki.corp.internal/a',
    'http://[fd00::1]/', 'http://printer.local/',
  ])('asks no one about %s, which is not on the public internet', async (page) => {
    const fetch = fakeFetch(routes);
    expect(await lookupArchive(page, true, fetch)).toEqual({ wayback: { state: 'off' }, archiveToday: null, notPublic: true });
    expect(fetch.seen).toEqual([]);
  });

  it('yields no snapshot when the lookup fails', async () => {
    const r = await lookupArchive(URL_, true, fakeFetch({}));
    expect(r.wayback).toEqual({ state: 'done', value: null });
  });
});

describe('runChecks for a host not on the public internet', () => {
  it.each([
    ['wiki.corp.internal', 'https://wiki.corp.internal/page?token=1'],
    ['intranet', 'http://intranet/'],
    ['10.0.0.7', 'http://10.0.0.7:8080/'],
    ['localhost', 'http://localhost:3000/'],
    ['[fd00::1]', 'http://[fd00::1]/'],
    ['nas.lan', 'http://nas.lan/'],
  ])('%s: asks neither check-host.net nor public DNS, and says so in one line', async (hostname, url) => {
    const { fetch, base } = input({}, ALL, { hostname, url });
    const r = await runChecks(base);
    // Only the connectivity probe, a fixed host that learns nothing about the site.
    expect(fetch.seen).toEqual(['http://www.gstatic.com/generate_204']);
    expect(r.checkHost.state).toBe('done');
    expect(r.verdict.reasons.map((m) => m.key)).toContain('st_reason_not_public');
  });

  it('still reads a status page the user set for an intranet site', async () => {
    const page = 'https://status.example-shop.com/';
    const { fetch, base } = input(outage, { ...ALL, checkHost: false }, { hostname: 'shop.corp.internal', url: 'https://shop.corp.internal/', customStatusPage: page });
    await runChecks(base);
    expect(fetch.seen).toContain(`${page}api/v2/summary.json`);
    expect(fetch.seen.some((u) => u.includes('corp.internal'))).toBe(false);
  });
});

describe('runChecks and the evidence rule', () => {
  it('never calls a device offline when the site answered, even when the probe fails', async () => {
    const { base } = input({ 'http://www.gstatic.com/generate_204': 'network-error' }, DEFAULTS, {
      diagnosis: { status: 503, kind: 'backend-fetch-failed' },
    });
    const r = await runChecks(base);
    expect(r.connectivity).toEqual({ state: 'done', value: 'offline' });
    expect(r.verdict.connection).toBe('no-internet');
    expect(r.verdict.headline).not.toBe('st_verdict_your_connection');
    expect(r.verdict.reasons.map((m) => m.key)).toContain('st_reason_no_internet');
  });

  it('does call it offline when nothing answered', async () => {
    const { base } = input({ 'http://www.gstatic.com/generate_204': 'network-error' }, DEFAULTS, { siteAnswered: false });
    expect((await runChecks(base)).verdict.headline).toBe('st_verdict_your_connection');
  });
});
