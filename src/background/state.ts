/**
 * The engine's persisted state: which tabs show an error, and one retry schedule per site.
 * It lives in storage.session (cleared when the browser closes, survives the service worker
 * being stopped: DESIGN.md "The service worker can die at any moment"). Memory only caches it;
 * every change goes through `update`, which serialises writers so two events never lose each
 * other's change.
 */
import browser from 'webextension-polyfill';
import type { AttemptRecord, BudgetState, GiveUpReason } from '../core/scheduler';
import type { Diagnosis, HeaderMap } from '../core/types';

export interface TabWait {
  tabId: number;
  /** The failed URL without its fragment. */
  url: string;
  origin: string;
  method: string;
  status: number;
  headers: HeaderMap;
  since: number;
  diagnosis: Diagnosis;
  /** The user pressed Stop in this tab. */
  stopped: boolean;
  /** Auto-retry is off for this tab's site (settings). */
  disabled: boolean;
  /** The site answered and we reloaded this tab (ms). */
  recoveredAt: number | null;
  /**
   * Found already showing its error when Comeback started (adopt.ts): its request method is
   * unknown, so it is brought back by a fresh GET navigation, never a reload that could resend
   * a form.
   */
  adopted?: boolean;
}

export interface NextAttempt {
  at: number;
  attempt: number;
  serverAskedSeconds: number | null;
  retryAfterHonoured: boolean;
  cappedByMaxWait: boolean;
}

export interface SiteSchedule {
  origin: string;
  history: AttemptRecord[];
  budget: BudgetState;
  diagnosis: Diagnosis;
  next: NextAttempt | null;
  gaveUp: GiveUpReason | null;
  /** A probe is in flight since (ms); guards against a second probe after a restart. */
  probingSince: number | null;
  pausedOffline: boolean;
}

export interface EngineState {
  tabs: Record<string, TabWait>;
  sites: Record<string, SiteSchedule>;
  /** Budgets outlive an outage, so a site that fails again soon is not probed from a full bucket. */
  budgets: Record<string, BudgetState>;
}

const KEY = 'engine';
const empty = (): EngineState => ({ tabs: {}, sites: {}, budgets: {} });

let cache: EngineState | null = null;
let queue: Promise<unknown> = Promise.resolve();

function isEngineState(v: unknown): v is EngineState {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Partial<EngineState>;
  return typeof s.tabs === 'object' && s.tabs !== null && typeof s.sites === 'object' && s.sites !== null
    && typeof s.budgets === 'object' && s.budgets !== null;
}

async function load(): Promise<EngineState> {
  if (cache) return cache;
  const stored = (await browser.storage.session.get(KEY))[KEY];
  cache = isEngineState(stored) ? stored : empty();
  return cache;
}

/** A snapshot of the state (read-only by convention). */
export function readState(): Promise<EngineState> {
  return queue.then(load);
}

/**
 * Applies `change` to the state and persists it. Changes run one after another; the
 * function may mutate the draft it is given and return a value for the caller.
 */
export function update<T>(change: (draft: EngineState) => T): Promise<T> {
  const run = queue.then(async () => {
    const draft = structuredClone(await load());
    const result = change(draft);
    cache = draft;
    await browser.storage.session.set({ [KEY]: draft });
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}
