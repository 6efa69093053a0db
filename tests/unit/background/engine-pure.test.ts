import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const { keepHeaders, isHandledError } = await import('../../../src/background/response');
const { pageUrl } = await import('../../../src/background/url');
const { buildView, isWaiting } = await import('../../../src/background/view');
const { staggerDelay } = await import('../../../src/background/recover');
const { badgeText } = await import('../../../src/background/badge');
const guards = await import('../../../src/background/guards');
import type { EngineState, TabWait } from '../../../src/background/state';
import type { Diagnosis } from '../../../src/core/types';

const diagnosis: Diagnosis = { status: 503, producer: 'varnish', kind: 'backend-fetch-failed', retryable: true, retryAfterSeconds: 5, ids: { xid: '5' } };
const tab = (over: Partial<TabWait> = {}): TabWait => ({
  tabId: 7, url: 'https://shop.example/a', origin: 'https://shop.example', method: 'GET', status: 503, headers: {},
  since: 1000, diagnosis, stopped: false, disabled: false, recoveredAt: null, ...over,
});
const state = (t: TabWait, site = true): EngineState => ({
  tabs: { [String(t.tabId)]: t },
  sites: site ? { [t.origin]: {
    origin: t.origin, history: [{ at: 2000, status: 503 }], budget: { tokens: 1, updatedAt: 0 }, diagnosis,
    next: { at: 9000, attempt: 2, serverAskedSeconds: 5, retryAfterHonoured: true, cappedByMaxWait: false },
    gaveUp: null, probingSince: null, pausedOffline: false,
  } } : {},
  budgets: {},
});

describe('response', () => {
  it('keeps only identifying headers, lower-cased, repeats joined', () => {
    const h = keepHeaders([
      { name: 'Server', value: 'Varnish' }, { name: 'Set-Cookie', value: 'session=secret' },
      { name: 'Via', value: '1.1 a' }, { name: 'via', value: '1.1 b' }, { name: 'Authorization', value: 'x' },
    ]);
    expect(h).toEqual({ server: 'Varnish', via: '1.1 a, 1.1 b' });
  });
  it('handles 429 and 5xx only', () => {
    expect([200, 304, 404, 428, 429, 500, 503, 599, 600].map(isHandledError))
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

describe('view', () => {
  it('shows a waiting tab with the next attempt and the server wish', () => {
    const v = buildView(state(tab()), 7, 10);
    expect(v?.retry).toMatchObject({ phase: 'waiting', attempt: 1, maxAttempts: 10, nextAt: 9000, serverAskedSeconds: 5, retryAfterHonoured: true });
    expect(v?.explanation.layerKey).toBe('dx_layer_varnish');
    expect(v?.hostname).toBe('shop.example');
  });
  it('a form is never resent, a stopped tab is stopped, a lost site means gave up', () => {
    expect(buildView(state(tab({ method: 'POST' })), 7, 10)?.retry.phase).toBe('not-resent');
    expect(buildView(state(tab({ stopped: true })), 7, 10)?.retry.phase).toBe('stopped');
    expect(buildView(state(tab(), false), 7, 10)?.retry.phase).toBe('gave-up');
    expect(buildView(state(tab()), 8, 10)).toBeNull();
  });
  it('only GET/HEAD tabs that are neither stopped, disabled nor recovered wait', () => {
    expect(isWaiting(tab())).toBe(true);
    expect(isWaiting(tab({ method: 'HEAD' }))).toBe(true);
    expect(isWaiting(tab({ method: 'POST' }))).toBe(false);
    expect(isWaiting(tab({ disabled: true }))).toBe(false);
    expect(isWaiting(tab({ recoveredAt: 5 }))).toBe(false);
  });
});

describe('stagger', () => {
  it('reloads the first tab at once and spreads the rest over at most 2 s', () => {
    expect(staggerDelay(0, 1)).toBe(0);
    const ten = Array.from({ length: 10 }, (_, i) => staggerDelay(i, 10));
    expect(ten[0]).toBe(0);
    expect(Math.max(...ten)).toBe(2000);
    expect([...ten].sort((a, b) => a - b)).toEqual(ten);
    expect(staggerDelay(1, 2)).toBe(250);
  });
});

describe('badge', () => {
  it('says seconds, minutes, probing, back and gave up', () => {
    const v = buildView(state(tab()), 7, 10)!;
    expect(badgeText(v, 4000)).toBe('5s');
    expect(badgeText({ ...v, retry: { ...v.retry, nextAt: 4000 + 150_000 } }, 4000)).toBe('3m');
    expect(badgeText({ ...v, retry: { ...v.retry, phase: 'recovered' } }, 0)).toBe('✓');
    expect(badgeText({ ...v, retry: { ...v.retry, phase: 'gave-up' } }, 0)).toBe('!');
    expect(badgeText({ ...v, retry: { ...v.retry, phase: 'probing' } }, 0)).toBe('…');
  });
});

describe('guards', () => {
  it('accept the declared shapes and refuse the rest', () => {
    expect(guards.isHello({ title: 't', text: 'x' })).toBe(true);
    expect(guards.isHello({ title: 't', text: 5 })).toBe(false);
    expect(guards.hasTabId({ tabId: 3 })).toBe(true);
    expect(guards.hasTabId({ tabId: -1 })).toBe(false);
    expect(guards.hasTabId({ tabId: 1.5 })).toBe(false);
    expect(guards.maybeTabId({})).toBe(true);
    expect(guards.isResendRequest({ tabId: 3, origin: 'https://shop.example' })).toBe(true);
    expect(guards.isResendRequest({ tabId: 3, origin: 'x'.repeat(3000) })).toBe(false);
    expect(guards.isResendRequest({ confirmed: true })).toBe(false);
    expect(guards.isEmpty(null)).toBe(false);
    expect(guards.isEmpty([])).toBe(false);
  });
});
