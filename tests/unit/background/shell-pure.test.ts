/** The background's pure helpers: kept headers, page URLs, the badge, message guards, the active-frame filter. */
import { describe, expect, it } from 'vitest';
import { emptyState, step, type EngineEnv } from '../../../src/core/engine';
import type { Diagnosis } from '../../../src/core/types';

const { keepHeaders } = await import('../../../src/background/response');
const { isHandledStatus } = await import('../../../src/core/diagnose/status-kind');
const { pageUrl } = await import('../../../src/background/url');
const { buildView } = await import('../../../src/background/view');
const { badgeText } = await import('../../../src/background/badge');
const { isActiveTopFrame, isTopNavigation } = await import('../../../src/background/tabs');
const guards = await import('../../../src/shared/guards');

const diagnosis: Diagnosis = { status: 503, producer: 'varnish', kind: 'backend-fetch-failed', retryable: true, retryAfterSeconds: 5, ids: { xid: '5' } };
const env: EngineEnv = { now: 1000, random: () => 0.5, online: true, settings: { maxWaitMs: 300_000, giveUpAfterMs: 7_200_000 } };
const waiting = step(emptyState(), {
  type: 'response', tabId: 7, url: 'https://shop.example/a', method: 'GET', status: 503, headers: {}, diagnosis, disabled: false,
}, env).state;

describe('response', () => {
  it('keeps only identifying headers, lower-cased, repeats joined', () => {
    const h = keepHeaders([
      { name: 'Server', value: 'Varnish' }, { name: 'Set-Cookie', value: 'session=secret' },
      { name: 'Via', value: '1.1 a' }, { name: 'via', value: '1.1 b' }, { name: 'Authorization', value: 'x' },
    ]);
    expect(h).toEqual({ server: 'Varnish', via: '1.1 a, 1.1 b' });
  });
  it('handles 429 and 5xx only', () => {
    expect([200, 304, 404, 428, 429, 500, 503, 599, 600].map(isHandledStatus))
      .toEqual([false, false, false, false, true, true, true, true, false]);
  });
});

describe('url', () => {
  it('drops the fragment and refuses non-http URLs', () => {
    expect(pageUrl('https://a.example/x?y=1#top')).toBe('https://a.example/x?y=1');
    expect(pageUrl('chrome://newtab/')).toBeNull();
    expect(pageUrl('not a url')).toBeNull();
    expect(pageUrl(undefined)).toBeNull();
  });
});

describe('active top frame', () => {
  it('takes frame 0 of an active document, and Firefox events without the fields', () => {
    expect(isActiveTopFrame({ frameId: 0, documentLifecycle: 'active' })).toBe(true);
    expect(isActiveTopFrame({})).toBe(true);
  });
  it('ignores prerendered and cached documents (their outermost frame is not 0)', () => {
    expect(isActiveTopFrame({ frameId: 4, documentLifecycle: 'prerender' })).toBe(false);
    expect(isActiveTopFrame({ frameId: 0, documentLifecycle: 'prerender' })).toBe(false);
    expect(isActiveTopFrame({ frameId: 9, documentLifecycle: 'cached' })).toBe(false);
  });
  it('a prerender request carries the asking page’s documentId: not a navigation of the tab', () => {
    expect(isTopNavigation({ frameId: 0, documentLifecycle: 'active' })).toBe(true);
    expect(isTopNavigation({ frameId: 0, documentLifecycle: 'active', documentId: 'ABC' })).toBe(false);
  });
});

describe('view and badge', () => {
  it('shows the waiting tab with its countdown and the server wish', () => {
    const v = buildView(waiting, 7, 1000, { giveUpAfterMinutes: 120 });
    expect(v?.retry).toMatchObject({ phase: 'waiting', attempt: 0, nextAt: 6000, serverAskedSeconds: 5 });
    expect(v?.explanation.layerKey).toBe('dx_layer_varnish');
    expect(v?.hostname).toBe('shop.example');
    expect(buildView(waiting, 8, 1000, { giveUpAfterMinutes: 120 })).toBeNull();
  });
  it('says seconds, minutes, probing, back and gave up', () => {
    const v = buildView(waiting, 7, 1000, { giveUpAfterMinutes: 120 });
    if (!v) throw new Error('no view');
    expect(badgeText(v, 1000)).toBe('5s');
    expect(badgeText({ ...v, retry: { ...v.retry, nextAt: 1000 + 150_000 } }, 1000)).toBe('3m');
    expect(badgeText({ ...v, retry: { ...v.retry, phase: 'recovered' } }, 0)).toBe('✓');
    expect(badgeText({ ...v, retry: { ...v.retry, phase: 'gave-up' } }, 0)).toBe('!');
    expect(badgeText({ ...v, retry: { ...v.retry, phase: 'probing' } }, 0)).toBe('…');
  });
});

describe('guards', () => {
  it('accept the declared shapes and refuse the rest', () => {
    expect(guards.isPageHello({ title: 't', text: 'x', contentType: 'text/html' })).toBe(true);
    expect(guards.isPageHello({ title: 't', text: 'x' })).toBe(false);
    expect(guards.isPageHello({ title: 't', text: 5, contentType: 'text/plain' })).toBe(false);
    expect(guards.hasTabId({ tabId: 3 })).toBe(true);
    expect(guards.hasTabId({ tabId: -1 })).toBe(false);
    expect(guards.hasTabId({ tabId: 1.5 })).toBe(false);
    expect(guards.maybeTabId({})).toBe(true);
    expect(guards.isSiteActionRequest({ tabId: 3, origin: 'https://shop.example' })).toBe(true);
    expect(guards.isSiteActionRequest({ tabId: 3 })).toBe(false);
    expect(guards.isEmpty(null)).toBe(false);
    expect(guards.isEmpty([])).toBe(false);
  });
});
