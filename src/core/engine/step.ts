/**
 * The engine: `step(state, event, env) → { state, effects }`. Pure: the state given is never
 * changed (a copy is), the time and randomness come in `env`, and what must happen in the browser
 * comes out as effects (effects.ts). The background stores the state, runs the effects and sets
 * its one clock from `nextWake` (docs/design.md, "The data's way through").
 */
import type { Draft } from './context';
import type { Effect } from './effects';
import type { EngineEnv } from './env';
import type { EngineEvent } from './events';
import { nextWake, onLoadSkipped, onNetwork, onTick } from './on-clock';
import { onCommitted, onLoadFailed, onRefined, onResponse, onTabRemoved, onVisibility } from './on-tab';
import { onRetryNow, onSiteDisabled, onStatusPage, onStop } from './on-user';
import type { EngineState } from './state';

export interface StepResult {
  state: EngineState;
  effects: Effect[];
  /** When the engine next needs a tick, ms; null when nothing waits. */
  wakeAt: number | null;
}

type Handlers = { [T in EngineEvent['type']]: (d: Draft, e: Extract<EngineEvent, { type: T }>) => void };

const HANDLERS: Handlers = {
  response: onResponse,
  'load-failed': onLoadFailed,
  committed: onCommitted,
  refined: onRefined,
  'tab-removed': onTabRemoved,
  visibility: onVisibility,
  tick: onTick,
  restart: onTick,
  network: onNetwork,
  'load-skipped': onLoadSkipped,
  'retry-now': onRetryNow,
  stop: onStop,
  'status-page': onStatusPage,
  'site-disabled': onSiteDisabled,
};

function handle<T extends EngineEvent['type']>(d: Draft, e: Extract<EngineEvent, { type: T }>): void {
  (HANDLERS[e.type] as (d: Draft, e: Extract<EngineEvent, { type: T }>) => void)(d, e);
}

export function step(state: EngineState, event: EngineEvent, env: EngineEnv): StepResult {
  const d: Draft = { state: structuredClone(state), env, effects: [], touched: new Set() };
  handle(d, event);
  // Whatever became due through this event (a visible tab, an online event) runs now, not at the next tick.
  if (event.type !== 'tick' && event.type !== 'restart') onTick(d);
  for (const origin of d.touched) d.effects.push({ type: 'push', origin });
  return { state: d.state, effects: d.effects, wakeAt: nextWake(d.state) };
}
