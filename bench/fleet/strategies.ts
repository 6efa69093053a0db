/**
 * What each kind of browser does after an error page. A strategy answers "when does this client
 * send its next request?" (absolute ms) or null to stop. `comeback` is the real pacing rule from
 * src/core/engine/pacing.ts with its defaults; `comeback-0.1` the token-bucket scheduler it
 * replaced (bench/fleet/legacy/), which probes by fetch and then reloads.
 */
import { DEFAULT_PACE, firstMemory, nextProbe, type Answer, type PaceMemory, type PaceOptions } from '../../src/core/engine/pacing';
import { DEFAULT_RETRY_SETTINGS, initialBudget, planNextAttempt, type AttemptRecord, type BudgetState } from './legacy/scheduler';

export type StrategyName = 'comeback' | 'comeback-0.1' | 'fixed-5s' | 'fixed-3s' | 'chromium-steps' | 'exponential-no-jitter';
export const STRATEGIES: readonly StrategyName[] = ['comeback', 'comeback-0.1', 'fixed-5s', 'fixed-3s', 'chromium-steps', 'exponential-no-jitter'];

export interface Strategy {
  /** A success is a probe answer; the page is shown only after a second request, the reload. */
  readonly probeThenReload: boolean;
  /** Client `id` got the failed `answer` (its own navigation's when `first`): its next request, or null to stop. */
  next(id: number, answer: Answer, first: boolean): number | null;
}

/** Chromium's auto-reload table for network error pages (docs/reference.md §2), in seconds. */
export const CHROMIUM_STEPS_SECONDS = [1, 5, 30, 60, 300, 600, 1800] as const;

/** The engine's defaults that pacing does not hold: the user's longest wait and the give-up span. */
export const COMEBACK_SETTINGS = Object.freeze({ maxWaitMs: 300_000, giveUpAfterMs: 2 * 3_600_000 });

export function createStrategy(name: StrategyName, clients: number, random: () => number, pace: PaceOptions = DEFAULT_PACE): Strategy {
  switch (name) {
    case 'fixed-5s':
      return { probeThenReload: false, next: (_id, a) => a.at + 5000 };
    case 'fixed-3s':
      return { probeThenReload: false, next: (_id, a) => a.at + 3000 };
    case 'chromium-steps':
      return stepped(clients, (n) => (CHROMIUM_STEPS_SECONDS[Math.min(n, CHROMIUM_STEPS_SECONDS.length - 1)] as number) * 1000);
    case 'exponential-no-jitter':
      // The textbook loop (got's 1 s·2ⁿ, docs/reference.md §2) capped at 5 minutes, no jitter, Retry-After ignored.
      return stepped(clients, (n) => Math.min(300_000, 1000 * 2 ** n));
    case 'comeback':
      return comeback(clients, random, pace);
    case 'comeback-0.1':
      return legacy(clients, random);
  }
}

function stepped(clients: number, delay: (n: number) => number): Strategy {
  const failures = new Int32Array(clients);
  return {
    probeThenReload: false,
    next(id, answer) {
      const n = failures[id] ?? 0;
      failures[id] = n + 1;
      return answer.at + delay(n);
    },
  };
}

/**
 * One browser with Comeback: the pacing rule after every failed answer, the engine's give-up
 * rule (a failed answer more than `giveUpAfterMs` after the first failure ends the wait), a
 * visible waiting tab (the user is looking at the error page). The probe is the reload of that
 * tab, so a success shows the page.
 */
function comeback(clients: number, random: () => number, pace: PaceOptions): Strategy {
  const memories: (PaceMemory | undefined)[] = new Array<PaceMemory | undefined>(clients);
  const ctx = { visible: true, statusMajor: false, maxWaitMs: COMEBACK_SETTINGS.maxWaitMs, random };
  return {
    probeThenReload: false,
    next(id, answer, first) {
      const stored = memories[id];
      const memory = first || stored === undefined ? firstMemory(answer.at) : stored;
      if (!first && answer.at - memory.firstFailedAt >= COMEBACK_SETTINGS.giveUpAfterMs) return null;
      const decision = nextProbe(memory, answer, ctx, pace);
      memories[id] = decision.memory;
      return decision.dueAt;
    },
  };
}

/** Comeback 0.1: per-site history and token bucket, the shipped settings (40 attempts, 5-min longest wait). */
function legacy(clients: number, random: () => number): Strategy {
  const histories: AttemptRecord[][] = Array.from({ length: clients }, () => []);
  const budgets: (BudgetState | undefined)[] = new Array<BudgetState | undefined>(clients);
  return {
    probeThenReload: true,
    next(id, answer, first) {
      const history = histories[id] as AttemptRecord[];
      // The user's own failed navigation is not a probe; every later failure is.
      if (!first) history.push({ at: answer.at, status: answer.status });
      const kind = answer.status === 429 ? 'rate-limited' : answer.status === 504 ? 'timeout' : 'backend-fetch-failed';
      const decision = planNextAttempt({
        history,
        diagnosis: { status: answer.status ?? 503, kind, retryable: true, retryAfterSeconds: answer.retryAfterSeconds },
        settings: DEFAULT_RETRY_SETTINGS,
        budget: budgets[id] ?? initialBudget(answer.at),
        now: answer.at,
        random,
      });
      budgets[id] = decision.budget;
      return decision.action === 'retry' ? decision.at : null;
    },
  };
}
