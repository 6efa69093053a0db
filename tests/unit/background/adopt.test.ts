/**
 * adopt.ts: which open tabs are looked into (only those whose title reads like an error page),
 * which are adopted (only a 429 or 5xx the page itself reports, or, where the browser lacks
 * responseStatus, the status its title names), and that known tabs and tabs the browser will
 * not let us script are left alone.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, stub } from '../../support/fake-browser';

const h = vi.hoisted(() => ({
  tabs: [] as { id?: number; url?: string; title?: string }[],
  statusByTab: new Map<number, number | Error>(),
  scripted: [] as number[],
  known: {},
  responses: [] as unknown[],
  commits: [] as unknown[],
}));

vi.mock('../../../src/background/store', () => ({ readState: () => Promise.resolve({ tabs: h.known, sites: {} }) }));
vi.mock('../../../src/background/tabs', () => ({
  onMainFrameResponse: (r: unknown) => { h.responses.push(r); return Promise.resolve(); },
  onCommitted: (...a: unknown[]) => { h.commits.push(a); return Promise.resolve(); },
  seenLive: (tabId: number) => tabId === 8,
}));

const { adoptOpenErrorTabs } = await import('../../../src/background/adopt');

beforeEach(() => {
  // The shared fake browser has tabs but no scripting; both answer from the table above.
  stub(fakeBrowser.tabs, 'query', () => Promise.resolve(h.tabs));
  stub(fakeBrowser.scripting, 'executeScript', (details: { target: { tabId: number }; args?: unknown[] }) => {
    h.scripted.push(details.target.tabId);
    const s = h.statusByTab.get(details.target.tabId);
    if (s instanceof Error) return Promise.reject(s);
    // The page's responseStatus, or (when the browser has none: 0) the title's status.
    return Promise.resolve([{ result: s || details.args?.[2] }]);
  });
  h.tabs = [];
  h.statusByTab.clear();
  h.scripted.length = 0;
  h.known = {};
  h.responses.length = 0;
  h.commits.length = 0;
});

describe('adoptOpenErrorTabs', () => {
  it('adopts an error tab as a GET it cannot resend, and looks into no healthy tab', async () => {
    h.tabs = [
      { id: 1, url: 'https://shop.example/cart', title: '503 Backend fetch failed' },
      { id: 2, url: 'https://news.example/', title: 'Today’s news' },
      { id: 3, url: 'https://blog.example/502', title: 'How we fixed our 502 Bad Gateway errors' },
    ];
    h.statusByTab.set(1, 503);
    h.statusByTab.set(3, 200); // a healthy article that merely talks about errors
    expect(await adoptOpenErrorTabs()).toBe(1);
    expect(h.scripted).toEqual([1, 3]);
    expect(h.responses).toEqual([{ tabId: 1, url: 'https://shop.example/cart', method: 'GET', status: 503, headers: {}, adopted: true }]);
    expect(h.commits).toEqual([[1, 'https://shop.example/cart', null]]);
  });

  it('falls back to the title’s status where the browser reports none', async () => {
    h.tabs = [{ id: 4, url: 'https://a.example/', title: 'a.example | 521: Web server is down' }];
    h.statusByTab.set(4, 0);
    expect(await adoptOpenErrorTabs()).toBe(1);
    expect(h.responses).toMatchObject([{ tabId: 4, status: 521 }]);
  });

  it('leaves alone tabs it already knows, tabs it may not script, and errors it does not handle', async () => {
    h.tabs = [
      { id: 5, url: 'https://known.example/', title: '502 Bad Gateway' },
      { id: 6, url: 'https://discarded.example/', title: '503 Service Unavailable' },
      { id: 7, url: 'https://missing.example/', title: 'Error 503 Service Unavailable' },
      { url: 'https://no-id.example/', title: '503 Service Unavailable' },
      { id: 8, url: 'https://live.example/', title: '503 Service Unavailable' }, // our listeners saw it load
    ];
    h.known = { 5: {} };
    h.statusByTab.set(6, new Error('Cannot access contents of the page'));
    h.statusByTab.set(7, 404);
    expect(await adoptOpenErrorTabs()).toBe(0);
    expect(h.scripted).toEqual([6, 7]);
    expect(h.responses).toEqual([]);
  });
});
