/**
 * The scheduler's knobs: the two the user sets (RetrySettings) and the tuning that is not a user
 * setting (SchedulerOptions). Every default says where it comes from; the numbers were chosen
 * with the fleet benchmark (`npm run bench:fleet`, docs/fleet.md), not to flatter it.
 */
import { DEFAULT_BACKOFF, type BackoffOptions } from './backoff';
import { DEFAULT_BUDGET, type BudgetOptions } from './budget';

/** What the user controls in the options page. */
export interface RetrySettings {
  /**
   * Probes per site before Comeback stops and says so.
   * @default 40 — at the steady pace of one probe every two to five minutes that is about two
   * hours of waiting, longer than most incidents; Chromium's auto-reload never stops, but a tab left waiting all day is a
   * tab the user has forgotten.
   */
  maxAttempts: number;
  /**
   * The longest single wait, in seconds, whatever the server asks (a longer Retry-After is cut to
   * this and the user is told what the server asked).
   * @default 300 — five minutes, Chromium's longest step before it drops to every 30 minutes;
   * got gives up instead when Retry-After exceeds its `maxRetryAfter` (docs/reference.md §2).
   */
  maxWaitSeconds: number;
}

export const DEFAULT_RETRY_SETTINGS: Readonly<RetrySettings> = Object.freeze({ maxAttempts: 40, maxWaitSeconds: 300 });

/** Tuning that is not a user setting; the benchmark and tests override it. */
export interface SchedulerOptions {
  /** The backoff's shape. @default {@link DEFAULT_BACKOFF} */
  backoff: BackoffOptions;
  /** The per-site budget. @default {@link DEFAULT_BUDGET} */
  budget: BudgetOptions;
  /**
   * No probe sooner than this after the last answer, in ms, whatever Retry-After says
   * (Fastly sends `Retry-After: 0`, docs/reference.md §1).
   * @default 1000 — Chromium's first auto-reload step (docs/reference.md §2).
   */
  minDelayMs: number;
  /**
   * The floor for a 429 that gives no Retry-After, in ms.
   * @default 60000 — GitHub's REST API docs: without retry-after, "wait for at least one minute
   * before retrying".
   */
  rateLimitedDelayMs: number;
  /**
   * What to do when the budget has no token at the planned time.
   * @default 'wait' — wait for the next token (at most one refill interval): the page still comes
   * back and the site still gets a bounded load. 'give-up' returns reason 'budget-exhausted'.
   */
  onBudgetExhausted: 'wait' | 'give-up';
}

export const DEFAULT_SCHEDULER_OPTIONS: Readonly<SchedulerOptions> = Object.freeze({
  backoff: DEFAULT_BACKOFF,
  budget: DEFAULT_BUDGET,
  minDelayMs: 1000,
  rateLimitedDelayMs: 60_000,
  onBudgetExhausted: 'wait',
});
