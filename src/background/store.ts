/**
 * The engine's state and its one door: `dispatch(event)` runs the pure transition
 * (src/core/engine), persists the result, sets the one clock and runs the effects.
 *
 * The state lives in storage.session: cleared when the browser closes, kept when the service
 * worker is stopped (docs/design.md, "The service worker can die at any moment"). Memory only
 * caches it. Events are applied one after another (a queue), so two never lose each other's change.
 */
import browser from 'webextension-polyfill';
import { emptyState, step, type EngineEnv, type EngineEvent, type EngineState, type Effect } from '../core/engine';
import { setClock } from './clock';
import { currentSettings } from './settings';

const KEY = 'engine';

let cache: EngineState | null = null;
let queue: Promise<unknown> = Promise.resolve();
let runEffects: (effects: Effect[], state: EngineState) => Promise<void> = () => Promise.resolve();

/** The runner of effects (effects.ts); set once at start-up, kept apart to avoid an import cycle. */
export function setEffectRunner(run: typeof runEffects): void {
  runEffects = run;
}

function isEngineState(v: unknown): v is EngineState {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Partial<EngineState>;
  return typeof s.tabs === 'object' && s.tabs !== null && typeof s.sites === 'object' && s.sites !== null
    && Object.values(s.sites).every((site) => typeof site === 'object' && site !== null && 'state' in site && 'memory' in site);
}

async function load(): Promise<EngineState> {
  if (cache) return cache;
  const stored = (await browser.storage.session.get(KEY))[KEY];
  // A state written by an older build (or corrupted) starts afresh rather than half-working.
  cache = isEngineState(stored) ? stored : emptyState();
  return cache;
}

/** A snapshot of the state, after every event queued so far. */
export function readState(): Promise<EngineState> {
  return queue.then(load);
}

/** The browser's own online state (the worker's navigator), never a page's. */
function browserOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

async function env(): Promise<EngineEnv> {
  const s = await currentSettings();
  return {
    now: Date.now(),
    random: Math.random,
    online: browserOnline(),
    settings: { maxWaitMs: s.maxWaitSeconds * 1000, giveUpAfterMs: s.giveUpAfterMinutes * 60_000 },
  };
}

/** Applies one event: transition, persist, clock, effects. Resolves when the effects have run. */
export function dispatch(event: EngineEvent): Promise<void> {
  const run = queue.then(async () => {
    const before = await load();
    const result = step(before, event, await env());
    // Writes only when something changed: healthy tabs' events are the common case.
    if (result.state !== before && JSON.stringify(result.state) !== JSON.stringify(before)) {
      cache = result.state;
      await browser.storage.session.set({ [KEY]: result.state });
    }
    setClock(result.wakeAt);
    return result;
  });
  queue = run.catch(() => undefined);
  return run.then((result) => runEffects(result.effects, result.state));
}
