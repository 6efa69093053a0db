/** Every transition of the engine (src/core/engine), one or more tests each. */
import { describe, expect, it } from 'vitest';
import { emptyState, step } from '../../../src/core/engine';
import { PROBE_LOST_MS } from '../../../src/core/engine/env';
import { SITE, URL_A, env, failUntil, failure, nginx502, ofType, run, success, varnish503 } from './helpers';

const T0 = 1_000_000;

describe('a failed response', () => {
  it('registers the tab, plans a probe no sooner than Retry-After, and pushes the view', () => {
    const r = run([[T0, failure(1)]]);
    expect(r.state.tabs['1']).toMatchObject({ url: URL_A, origin: SITE, method: 'GET', since: T0, recoveredAt: null });
    expect(r.state.sites[SITE]?.state).toMatchObject({ phase: 'waiting', dueAt: T0 + 5000, floorAt: T0 + 5000 });
    expect(r.wakeAt).toBe(T0 + 5000);
    expect(ofType(r.effects, 'push')).toEqual([{ type: 'push', origin: SITE }]);
    expect(ofType(r.effects, 'incident')).toHaveLength(1);
  });
  it('a second tab on the same site joins the one schedule', () => {
    const r = run([[T0, failure(1)], [T0 + 100, failure(2)]]);
    expect(Object.keys(r.state.sites)).toEqual([SITE]);
    expect(r.state.sites[SITE]?.state).toMatchObject({ phase: 'waiting', dueAt: T0 + 5000 });
  });
  it('a form (POST) is recorded but never joins a schedule', () => {
    const r = run([[T0, failure(1, { method: 'POST' })]]);
    expect(r.state.tabs['1']?.method).toBe('POST');
    expect(r.state.sites[SITE]).toBeUndefined();
  });
  it('a site with auto-retry off gets no schedule', () => {
    expect(run([[T0, failure(1, { disabled: true })]]).state.sites[SITE]).toBeUndefined();
  });
  it('an answer waiting cannot fix gives up at once', () => {
    const r = run([[T0, failure(1, { diagnosis: { ...varnish503, retryable: false } })]]);
    expect(r.state.sites[SITE]?.state).toMatchObject({ phase: 'gave-up', reason: 'not-retryable' });
  });
  it('a private tab leaves no incident on disk', () => {
    expect(ofType(run([[T0, failure(1, { isPrivate: true })]]).effects, 'incident')).toHaveLength(0);
  });
});

describe('the clock', () => {
  it('runs the due probe through one tab (the visible one first) and marks the site probing', () => {
    const r = run([[T0, failure(1)], [T0, failure(2, { visible: true })], [T0 + 5000, { type: 'tick' }]]);
    expect(ofType(r.effects, 'probe')).toEqual([{ type: 'probe', origin: SITE, tabId: 2, url: URL_A, how: 'reload', documentId: null }]);
    expect(r.state.sites[SITE]?.state).toMatchObject({ phase: 'probing', tabId: 2, manual: false });
    expect(r.state.sites[SITE]?.attempts).toBe(1);
  });
  it('does nothing before the due time', () => {
    const r = run([[T0, failure(1)], [T0 + 4000, { type: 'tick' }]]);
    expect(ofType(r.effects, 'probe')).toHaveLength(0);
  });
  it('an adopted tab is probed by a GET navigation, never a reload', () => {
    const r = run([[T0, failure(1, { adopted: true })], [T0 + 5000, { type: 'tick' }]]);
    expect(ofType(r.effects, 'probe')[0]?.how).toBe('navigate');
  });
  it('a probe lost for PROBE_LOST_MS counts as a slow failure and brakes', () => {
    const r = run([[T0, failure(1)], [T0 + 5000, { type: 'tick' }], [T0 + 5000 + PROBE_LOST_MS, { type: 'tick' }]]);
    const site = r.state.sites[SITE];
    expect(site?.state.phase).toBe('waiting');
    expect(site?.memory.brake).toBe(2);
    // The duty cycle: after an answer that took 90 s, at least 9 × 90 s of quiet (or the user's maximum wait).
    if (site?.state.phase === 'waiting') expect(site.state.dueAt - (T0 + 5000 + PROBE_LOST_MS)).toBe(300_000);
  });
  it('restart runs what came due while the worker was stopped', () => {
    const r = run([[T0, failure(1)], [T0 + 60_000, { type: 'restart' }]]);
    expect(ofType(r.effects, 'probe')).toHaveLength(1);
  });
});

describe('a probe answers', () => {
  const probing = run([[T0, failure(1)], [T0, failure(2)], [T0 + 5000, { type: 'tick' }]]).state;
  it('with an error: back to waiting, paced by the time waited and the answer', () => {
    const r = run([[T0 + 5100, failure(1)]], probing);
    expect(r.state.sites[SITE]?.state).toMatchObject({ phase: 'waiting' });
    expect(r.state.sites[SITE]?.lastAnswerAt).toBe(T0 + 5100);
  });
  it('with success: the site is back, the answering tab shows it, the others reload staggered', () => {
    const r = run([[T0 + 5100, success(1)]], probing);
    expect(r.state.sites[SITE]?.state).toMatchObject({ phase: 'back' });
    expect(r.state.tabs['1']?.recoveredAt).toBe(T0 + 5100);
    expect(ofType(r.effects, 'reload')).toEqual([{ type: 'reload', origin: SITE, tabId: 2, url: URL_A, how: 'reload', documentId: null, delayMs: 0 }]);
    expect(ofType(r.effects, 'notify-back').map((e) => e.tabId)).toEqual([1]);
  });
  it('with no HTTP answer while online: a failure; while offline: a pause', () => {
    expect(run([[T0 + 5100, { type: 'load-failed', tabId: 1, url: URL_A }]], probing).state.sites[SITE]?.state.phase).toBe('waiting');
    expect(run([[T0 + 5100, { type: 'load-failed', tabId: 1, url: URL_A }]], probing, { online: false }).state.sites[SITE]?.state.phase).toBe('paused-offline');
  });
  it('the reloaded tabs committing let go of them; the site is dropped when all are back', () => {
    const back = run([[T0 + 5100, success(1)]], probing).state;
    const r = run([[T0 + 5200, { type: 'committed', tabId: 1, url: URL_A, documentId: 'd1' }], [T0 + 5300, success(2)], [T0 + 5400, { type: 'committed', tabId: 2, url: URL_A, documentId: 'd2' }]], back);
    expect(r.state).toEqual(emptyState());
    expect(ofType(r.effects, 'badge-back')).toEqual([{ type: 'badge-back', tabId: 2 }]);
  });
  it('a recovery reload that fails again starts a new outage', () => {
    const back = run([[T0 + 5100, success(1)]], probing).state;
    const r = run([[T0 + 5300, failure(2)]], back);
    expect(r.state.sites[SITE]?.state.phase).toBe('waiting');
    expect(r.state.sites[SITE]?.memory.firstFailedAt).toBe(T0 + 5300);
  });
});

describe('tabs', () => {
  it('a commit of the error document injects the overlay and keeps its documentId', () => {
    const r = run([[T0, failure(1)], [T0 + 10, { type: 'committed', tabId: 1, url: URL_A, documentId: 'doc-1' }]]);
    expect(ofType(r.effects, 'inject')).toEqual([{ type: 'inject', tabId: 1 }]);
    expect(r.state.tabs['1']?.documentId).toBe('doc-1');
  });
  it('a commit of another page lets the tab go, and the idle site with it', () => {
    const r = run([[T0, failure(1)], [T0 + 10, { type: 'committed', tabId: 1, url: `${SITE}/elsewhere`, documentId: 'x' }]]);
    expect(r.state).toEqual(emptyState());
    expect(ofType(r.effects, 'clear-badge')).toHaveLength(1);
  });
  it('a closed tab is forgotten', () => {
    expect(run([[T0, failure(1)], [T0 + 10, { type: 'tab-removed', tabId: 1 }]]).state).toEqual(emptyState());
  });
  it('the user reaching another page of the site proves it is back for the other tabs', () => {
    const r = run([[T0, failure(1)], [T0, failure(2)], [T0 + 1000, success(1, `${SITE}/other`)]]);
    expect(ofType(r.effects, 'reload').map((e) => e.tabId)).toEqual([2]);
    expect(r.state.tabs['1']).toBeUndefined();
  });
  it('a hidden waiting tab made visible pulls the probe forward, never before Retry-After', () => {
    // Two minutes of fast nginx 502s (no Retry-After) seen in a hidden tab: the next look is far off.
    const nginx = failure(1, { diagnosis: nginx502 });
    const hidden = failUntil(run([[T0, nginx]]).state, SITE, T0 + 120_000, nginx, T0);
    const due = hidden.state.sites[SITE]?.state;
    expect(due?.phase === 'waiting' && due.dueAt - hidden.at).toBeGreaterThan(20_000);
    const r = run([[hidden.at + 1500, { type: 'visibility', visibleTabIds: [1] }]], hidden.state);
    expect(ofType(r.effects, 'probe')).toHaveLength(1);
    const ra = run([[T0, failure(1)], [T0 + 1000, { type: 'visibility', visibleTabIds: [1] }]]);
    expect(ofType(ra.effects, 'probe')).toHaveLength(0);
    expect(ra.state.sites[SITE]?.state).toMatchObject({ phase: 'waiting', dueAt: T0 + 5000 });
  });
  it('the overlay’s refined diagnosis replaces the headers-only one; not retryable gives up before any probe', () => {
    const r = run([[T0, failure(1)], [T0 + 10, { type: 'refined', tabId: 1, diagnosis: { ...varnish503, retryable: false, kind: 'maintenance' } }]]);
    expect(r.state.tabs['1']?.diagnosis.kind).toBe('maintenance');
    expect(r.state.sites[SITE]?.state).toMatchObject({ phase: 'gave-up', reason: 'not-retryable' });
  });
});

describe('the user', () => {
  it('Retry now probes through this tab at once, within a small budget: 3 in a burst, then one per 10 s', () => {
    const slow = failure(1, { diagnosis: { ...varnish503, retryAfterSeconds: 30 } }); // no scheduled probe within the clicks
    let state = run([[T0, slow]]).state;
    let probes = 0;
    for (let i = 0; i < 80; i++) {
      const now = T0 + i * 100;
      let r = step(state, { type: 'retry-now', tabId: 1 }, env(now));
      probes += ofType(r.effects, 'probe').length;
      // The probe answers with an error at once, so the next click finds the site waiting again.
      r = step(r.state, slow, env(now + 50));
      state = r.state;
    }
    expect(probes).toBe(3);
    const later = step(state, { type: 'retry-now', tabId: 1 }, env(T0 + 8000 + 10_000));
    expect(ofType(later.effects, 'probe')).toHaveLength(1);
  });
  it('Retry now while a probe is in flight does nothing (one per site)', () => {
    const probing = run([[T0, failure(1)], [T0, failure(2)], [T0 + 5000, { type: 'tick' }]]).state;
    expect(run([[T0 + 5001, { type: 'retry-now', tabId: 2 }]], probing).effects.filter((e) => e.type === 'probe')).toHaveLength(0);
  });
  it('Retry now never resends a form', () => {
    expect(ofType(run([[T0, failure(1, { method: 'POST' })], [T0 + 10, { type: 'retry-now', tabId: 1 }]]).effects, 'reload')).toHaveLength(0);
  });
  it('Retry now on a stopped tab reloads just that tab', () => {
    const r = run([[T0, failure(1)], [T0 + 1, { type: 'stop', tabId: 1 }], [T0 + 2, { type: 'retry-now', tabId: 1 }]]);
    expect(ofType(r.effects, 'reload').map((e) => e.tabId)).toEqual([1]);
  });
  it('Stop drops the site when nobody else waits', () => {
    const r = run([[T0, failure(1)], [T0 + 1, { type: 'stop', tabId: 1 }]]);
    expect(r.state.tabs['1']?.stopped).toBe(true);
    expect(r.state.sites[SITE]).toBeUndefined();
    expect(run([[T0 + 60_000, { type: 'tick' }]], r.state).effects.filter((e) => e.type === 'probe')).toHaveLength(0);
  });
  it('"never retry this site" disables its tabs and drops the schedule', () => {
    const r = run([[T0, failure(1)], [T0 + 1, { type: 'site-disabled', origin: SITE }]]);
    expect(r.state.tabs['1']?.disabled).toBe(true);
    expect(r.state.sites[SITE]).toBeUndefined();
  });
});

describe('time, network and status page', () => {
  it('gives up after the span of time, not a count of attempts', () => {
    let state = run([[T0, failure(1)]]).state;
    let now = T0;
    for (let i = 0; i < 500 && state.sites[SITE]?.state.phase !== 'gave-up'; i++) {
      const s = state.sites[SITE]?.state;
      now = s?.phase === 'waiting' ? s.dueAt : now + 1000;
      state = step(state, { type: 'tick' }, env(now)).state;
      state = step(state, failure(1), env(now + 20)).state;
    }
    expect(state.sites[SITE]?.state).toMatchObject({ phase: 'gave-up', reason: 'time-limit' });
    expect(now - T0).toBeGreaterThanOrEqual(7_200_000 - 300_000);
  });
  it('offline pauses waiting sites; the pause ends by itself, and online probes at once', () => {
    const paused = run([[T0, failure(1)], [T0 + 10, { type: 'network', online: false }]], undefined, { online: false });
    expect(paused.state.sites[SITE]?.state.phase).toBe('paused-offline');
    expect(run([[T0 + 10_000, { type: 'tick' }]], paused.state, { online: false }).effects.filter((e) => e.type === 'probe')).toHaveLength(0);
    expect(ofType(run([[T0 + 10_000, { type: 'tick' }]], paused.state).effects, 'probe')).toHaveLength(1);
    expect(ofType(run([[T0 + 20, { type: 'network', online: true }]], paused.state).effects, 'probe')).toHaveLength(1);
  });
  it('a tab busy with a navigation delays the probe without counting it', () => {
    const probing = run([[T0, failure(1)], [T0 + 5000, { type: 'tick' }]]).state;
    const r = run([[T0 + 5010, { type: 'load-skipped', tabId: 1, origin: SITE, why: 'busy' }]], probing);
    expect(r.state.sites[SITE]).toMatchObject({ attempts: 0, state: { phase: 'waiting', dueAt: T0 + 7010 } });
    const moved = run([[T0 + 5010, { type: 'load-skipped', tabId: 1, origin: SITE, why: 'moved' }]], probing);
    expect(moved.state).toEqual(emptyState());
  });
  it('the status page: resolved probes at once; a major outage holds the pace', () => {
    const nginx = failure(1, { diagnosis: nginx502, visible: true });
    const { state: waiting, at } = failUntil(run([[T0, nginx]]).state, SITE, T0 + 120_000, nginx, T0);
    // "Operational" throughout proves nothing; the turn from a major outage does.
    expect(ofType(run([[at + 1500, { type: 'status-page', origin: SITE, major: false, resolved: true }]], waiting).effects, 'probe')).toHaveLength(0);
    const turned = run([[at + 1400, { type: 'status-page', origin: SITE, major: true, resolved: false }], [at + 1500, { type: 'status-page', origin: SITE, major: false, resolved: true }]], waiting);
    expect(ofType(turned.effects, 'probe')).toHaveLength(1);
    const major = run([[at + 1500, { type: 'status-page', origin: SITE, major: true, resolved: false }], [at + 1600, { type: 'retry-now', tabId: 1 }], [at + 1700, nginx]], waiting);
    const s = major.state.sites[SITE]?.state;
    expect(s?.phase === 'waiting' && s.dueAt - (at + 1700)).toBeGreaterThanOrEqual(60_000);
  });
});
