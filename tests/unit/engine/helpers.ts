/** Builders for the engine's unit tests: events, an environment, a run of several events. */
import { emptyState, step, type Effect, type EngineEnv, type EngineEvent, type EngineState } from '../../../src/core/engine';
import type { Diagnosis } from '../../../src/core/types';

export const SITE = 'https://shop.example';
export const URL_A = `${SITE}/a`;

export const varnish503: Diagnosis = { status: 503, producer: 'varnish', kind: 'backend-fetch-failed', retryable: true, retryAfterSeconds: 5, ids: {} };
export const nginx502: Diagnosis = { status: 502, producer: 'nginx', kind: 'connection-failed', retryable: true, retryAfterSeconds: null, ids: {} };

export function env(now: number, over: Partial<EngineEnv> = {}): EngineEnv {
  return { now, random: () => 0.5, online: true, settings: { maxWaitMs: 300_000, giveUpAfterMs: 7_200_000 }, ...over };
}

export function failure(tabId: number, over: Partial<Extract<EngineEvent, { type: 'response' }>> = {}): EngineEvent {
  return { type: 'response', tabId, url: URL_A, method: 'GET', status: 503, headers: {}, diagnosis: varnish503, disabled: false, ...over };
}

export function success(tabId: number, url = URL_A): EngineEvent {
  return { type: 'response', tabId, url, method: 'GET', status: 200, headers: {}, diagnosis: { ...varnish503, status: 200, kind: 'none', retryable: false }, disabled: false };
}

export interface Run {
  state: EngineState;
  effects: Effect[];
  wakeAt: number | null;
}

/** Applies events in order at the given times; returns the last state and the effects of the last step. */
export function run(events: readonly (readonly [number, EngineEvent])[], start: EngineState = emptyState(), over: Partial<EngineEnv> = {}): Run {
  let state = start;
  let last: Run = { state, effects: [], wakeAt: null };
  for (const [now, event] of events) {
    last = step(state, event, env(now, over));
    state = last.state;
  }
  return last;
}

export const ofType = <T extends Effect['type']>(effects: Effect[], type: T): Extract<Effect, { type: T }>[] =>
  effects.filter((e): e is Extract<Effect, { type: T }> => e.type === type);

/**
 * Lets a site fail for a while: every due probe runs and answers with `event` 100 ms later,
 * until `until`. Returns the state and the time of the last answer.
 */
export function failUntil(start: EngineState, origin: string, until: number, event: EngineEvent, from: number): { state: EngineState; at: number } {
  let state = start;
  let at = from;
  for (let i = 0; i < 1000; i++) {
    const s = state.sites[origin]?.state;
    if (s?.phase !== 'waiting' || s.dueAt > until) break;
    state = step(state, { type: 'tick' }, env(s.dueAt)).state;
    at = s.dueAt + 100;
    state = step(state, event, env(at)).state;
  }
  return { state, at };
}
