/**
 * What each kind of browser does after an error page. A strategy answers "when does this client
 * try again?" (absolute ms) or null to stop. `comeback` is the real scheduler from src/core.
 */
import { planNextAttempt, initialBudget, DEFAULT_RETRY_SETTINGS, type AttemptRecord, type BudgetState, type SchedulerOptions } from '../../src/core/scheduler';

export type StrategyName = 'comeback' | 'fixed-5s' | 'fixed-3s' | 'chromium-steps' | 'exponential-no-jitter';
export const STRATEGIES: readonly StrategyName[] = ['comeback', 'fixed-5s', 'fixed-3s', 'chromium-steps', 'exponential-no-jitter'];

export interface ErrorAnswer {
  status: number;
  retryAfterSeconds: number | null;
}

export interface Strategy {
  /** Client `id` got `answer` at `now`; `firstArrivedAt` is when it first navigated. */
  next(id: number, now: number, answer: ErrorAnswer, firstArrivedAt: number): number | null;
}

/** Chromium's auto-reload table for network error pages (REFERENCE.md §2), in seconds. */
export const CHROMIUM_STEPS_SECONDS = [1, 5, 30, 60, 300, 600, 1800] as const;

export function createStrategy(name: StrategyName, clients: number, random: () => number, options?: Partial<SchedulerOptions>): Strategy {
  switch (name) {
    case 'fixed-5s':
      return { next: (_id, now) => now + 5000 };
    case 'fixed-3s':
      return { next: (_id, now) => now + 3000 };
    case 'chromium-steps':
      return stepped(clients, (n) => (CHROMIUM_STEPS_SECONDS[Math.min(n, CHROMIUM_STEPS_SECONDS.length - 1)] as number) * 1000);
    case 'exponential-no-jitter':
      // The textbook loop (got's 1 s·2ⁿ, REFERENCE.md §2) capped at 5 minutes, no jitter, Retry-After ignored.
      return stepped(clients, (n) => Math.min(300_000, 1000 * 2 ** n));
    case 'comeback':
      return comeback(clients, random, options);
  }
}

function stepped(clients: number, delay: (n: number) => number): Strategy {
  const failures = new Int32Array(clients);
  return {
    next(id, now) {
      const n = failures[id] ?? 0;
      failures[id] = n + 1;
      return now + delay(n);
    },
  };
}

/** One browser with Comeback: one schedule per site (here: the one site), persisted history and budget. */
function comeback(clients: number, random: () => number, options?: Partial<SchedulerOptions>): Strategy {
  const histories: AttemptRecord[][] = Array.from({ length: clients }, () => []);
  const budgets: (BudgetState | undefined)[] = new Array<BudgetState | undefined>(clients);
  return {
    next(id, now, answer, firstArrivedAt) {
      const history = histories[id] as AttemptRecord[];
      // The user's own failed navigation is not a probe; every later failure is.
      if (now !== firstArrivedAt) history.push({ at: now, status: answer.status });
      const decision = planNextAttempt({
        history,
        diagnosis: { status: answer.status, kind: 'backend-fetch-failed', retryable: true, retryAfterSeconds: answer.retryAfterSeconds },
        settings: DEFAULT_RETRY_SETTINGS,
        budget: budgets[id] ?? initialBudget(firstArrivedAt, options?.budget),
        now,
        random,
        ...(options ? { options } : {}),
      });
      budgets[id] = decision.budget;
      return decision.action === 'retry' ? decision.at : null;
    },
  };
}
