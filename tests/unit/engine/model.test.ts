/**
 * Model-based test of the engine: thousands of random sequences of events (responses of every
 * kind, probe answers, failed loads, worker restarts with the stored state reloaded, tabs closed,
 * navigated or hidden, offline/online, Stop, Retry now, settings changed) and, after every step,
 * the invariants the product promises.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyState, isWaiting, nextWake, step, type Effect, type EngineEvent, type EngineState } from '../../../src/core/engine';
import { mayAutoRetry } from '../../../src/core/retry-policy';
import type { Diagnosis } from '../../../src/core/types';

const ORIGINS = ['https://a.example', 'https://b.example'];
const PATHS = ['/x', '/y'];
const STATUSES = [200, 204, 301, 404, 429, 500, 502, 503, 504, 521];
const METHODS = ['GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT'];

const diagnosisFor = (status: number, retryAfter: number | null, retryable: boolean): Diagnosis => ({
  status, producer: 'varnish', kind: status === 429 ? 'rate-limited' : status >= 500 ? 'backend-fetch-failed' : 'none',
  retryable: status >= 500 || status === 429 ? retryable : false, retryAfterSeconds: retryAfter, ids: {},
});

const tabId = fc.integer({ min: 1, max: 4 });
const url = fc.tuple(fc.constantFrom(...ORIGINS), fc.constantFrom(...PATHS)).map(([o, p]) => o + p);

const event: fc.Arbitrary<EngineEvent | { type: 'reload-state' }> = fc.oneof(
  { weight: 6, arbitrary: fc.record({
    tabId, url, method: fc.constantFrom(...METHODS), status: fc.constantFrom(...STATUSES),
    retryAfter: fc.option(fc.integer({ min: 0, max: 120 })), retryable: fc.boolean(), disabled: fc.boolean(),
    adopted: fc.boolean(), visible: fc.boolean(),
  }).map(({ retryAfter, retryable, ...r }) => ({
    type: 'response' as const, ...r, headers: {}, diagnosis: diagnosisFor(r.status, retryAfter, retryable),
  })) },
  { weight: 1, arbitrary: fc.record({ tabId, url }).map((r) => ({ type: 'load-failed' as const, ...r })) },
  { weight: 2, arbitrary: fc.record({ tabId, url, documentId: fc.option(fc.constantFrom('d1', 'd2')) }).map((r) => ({ type: 'committed' as const, ...r })) },
  { weight: 1, arbitrary: tabId.map((id) => ({ type: 'tab-removed' as const, tabId: id })) },
  { weight: 1, arbitrary: fc.array(tabId, { maxLength: 2 }).map((ids) => ({ type: 'visibility' as const, visibleTabIds: ids })) },
  { weight: 5, arbitrary: fc.constant({ type: 'tick' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'restart' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'reload-state' as const }) },
  { weight: 1, arbitrary: fc.boolean().map((online) => ({ type: 'network' as const, online })) },
  { weight: 1, arbitrary: fc.record({ tabId, origin: fc.constantFrom(...ORIGINS), why: fc.constantFrom('busy' as const, 'moved' as const, 'gone' as const) }).map((r) => ({ type: 'load-skipped' as const, ...r })) },
  { weight: 2, arbitrary: tabId.map((id) => ({ type: 'retry-now' as const, tabId: id })) },
  { weight: 1, arbitrary: tabId.map((id) => ({ type: 'stop' as const, tabId: id })) },
  { weight: 1, arbitrary: fc.record({ origin: fc.constantFrom(...ORIGINS), major: fc.boolean(), resolved: fc.boolean() }).map((r) => ({ type: 'status-page' as const, ...r })) },
  { weight: 1, arbitrary: fc.constantFrom(...ORIGINS).map((origin) => ({ type: 'site-disabled' as const, origin })) },
);

const stepOf = fc.record({
  event,
  advanceMs: fc.oneof(fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 0, max: 400_000 })),
  online: fc.boolean(),
  maxWaitMs: fc.constantFrom(30_000, 300_000, 86_400_000),
  giveUpAfterMs: fc.constantFrom(600_000, 7_200_000),
  draw: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
});

/** The invariants, checked on each step: `before` and `after` the event, and what came out. */
function check(before: EngineState, after: EngineState, effects: Effect[], event: EngineEvent, now: number, online: boolean): void {
  const loads = effects.filter((e): e is Extract<Effect, { type: 'probe' | 'reload' }> => e.type === 'probe' || e.type === 'reload');
  for (const load of loads) {
    // The tab is known (before or after this step) and shows the very URL that is loaded again.
    const tab = after.tabs[String(load.tabId)] ?? before.tabs[String(load.tabId)];
    expect(tab, `a load for a tab the engine does not know: ${JSON.stringify(load)}`).toBeDefined();
    if (!tab) continue;
    expect(load.url, 'a tab is only ever loaded at the URL that failed').toBe(tab.url);
    // No non-GET is ever sent again: a reload for GET/HEAD, a GET navigation for an adopted tab.
    if (load.how === 'reload') expect(mayAutoRetry(tab.method), `reload of a ${tab.method}`).toBe(true);
    else expect(tab.adopted, 'a navigation is only for adopted tabs').toBe(true);
    // No tab the user left: a committed navigation to another URL in this step is never followed by a load.
    if (event.type === 'committed' && event.tabId === load.tabId) expect(event.url).toBe(tab.url);
  }
  // At most one probe per site in flight.
  const probes = effects.filter((e) => e.type === 'probe');
  for (const origin of ORIGINS) {
    const mine = probes.filter((p) => p.type === 'probe' && p.origin === origin);
    expect(mine.length, 'two probes for one site in one step').toBeLessThanOrEqual(1);
    const was = before.sites[origin]?.state;
    if (mine.length && was?.phase === 'probing') {
      expect(now - was.since, 'a second probe while one is in flight').toBeGreaterThanOrEqual(90_000);
    }
  }
  // Nothing waits without a due time; no probe while offline.
  const sites = Object.values(after.sites);
  if (sites.some((s) => s.state.phase === 'waiting' || s.state.phase === 'probing' || s.state.phase === 'paused-offline')) {
    expect(nextWake(after)).not.toBeNull();
  }
  for (const s of sites) if (s.state.phase === 'waiting') expect(Number.isFinite(s.state.dueAt)).toBe(true);
  if (!online) expect(probes, 'a probe while the browser is offline').toHaveLength(0);
  // Every waiting tab whose error waiting can fix belongs to a site the engine works on.
  for (const tab of Object.values(after.tabs)) {
    if (isWaiting(tab) && tab.diagnosis.retryable) expect(after.sites[tab.origin], `waiting tab ${tab.tabId} without a site`).toBeDefined();
  }
  // Every waiting tab comes back once its site answers.
  if (event.type === 'response' && event.status < 400) {
    const answered = before.tabs[String(event.tabId)];
    if (answered && answered.recoveredAt === null && before.sites[answered.origin] && before.sites[answered.origin]?.state.phase !== 'back'
      && new URL(event.url).origin === answered.origin) {
      for (const t of Object.values(before.tabs)) {
        if (t.origin !== answered.origin || !isWaiting(t) || t.tabId === event.tabId) continue;
        expect(loads.some((l) => l.type === 'reload' && l.tabId === t.tabId), `tab ${t.tabId} not brought back`).toBe(true);
      }
    }
  }
}

describe('engine model', () => {
  it('keeps its promises over thousands of random event sequences', () => {
    fc.assert(fc.property(fc.array(stepOf, { minLength: 1, maxLength: 60 }), (steps) => {
      let state = emptyState();
      let now = 1_700_000_000_000;
      for (const s of steps) {
        now += s.advanceMs;
        if (s.event.type === 'reload-state') {
          // The worker restarted: the state comes back from storage as JSON.
          state = JSON.parse(JSON.stringify(state)) as EngineState;
          continue;
        }
        const before = state;
        const frozen = JSON.stringify(before);
        const r = step(before, s.event, { now, online: s.online, random: () => s.draw, settings: { maxWaitMs: s.maxWaitMs, giveUpAfterMs: s.giveUpAfterMs } });
        expect(JSON.stringify(before), 'step must not change the state it was given').toBe(frozen);
        check(before, r.state, r.effects, s.event, now, s.online);
        state = r.state;
      }
    }), { numRuns: 3000 });
  });
});
