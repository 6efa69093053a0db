/*
 * Comeback 0.1's retry scheduler, frozen here (with its budget, backoff and options beside it) so
 * the fleet benchmark can compare the pacing that replaced it with what shipped before
 * (strategy `comeback-0.1`). It probes by a background fetch and then reloads: two requests on
 * success. Not used by the extension.
 */
/**
 * The retry scheduler: given what happened to a site so far, when to probe it next, or why to
 * stop. Pure (docs/design.md, "Pure core"): the background engine passes the history, the time and a
 * random source, persists the returned budget, and arms the alarm or timer itself.
 *
 * Order of the rules, each cited where it is applied:
 *  1. a diagnosis that waiting cannot fix → give up ('not-retryable');
 *  2. `maxAttempts` probes made → give up ('max-attempts');
 *  3. the delay: capped exponential backoff with jitter (backoff.ts), never sooner than
 *     Retry-After (RFC 9110 §10.2.3), cut to the user's `maxWaitSeconds`; a 429 with Retry-After waits
 *     exactly that long, a 429 without waits at least `rateLimitedDelayMs`;
 *  4. the per-site budget (budget.ts): no token at that time → wait for one (default) or give up.
 */
import { nextBackoff, type BackoffState } from './backoff';
import { nextTokenAt, refill, spend, type BudgetState } from './budget';
import { DEFAULT_SCHEDULER_OPTIONS, type RetrySettings, type SchedulerOptions } from './scheduler-options';
import type { Diagnosis } from '../../../src/core/types';

export { initialBudget, type BudgetState } from './budget';
export { DEFAULT_RETRY_SETTINGS, DEFAULT_SCHEDULER_OPTIONS, type RetrySettings, type SchedulerOptions } from './scheduler-options';

/** One probe the engine made for a site. */
export interface AttemptRecord {
  /** When the probe was sent, ms. */
  at: number;
  /** Its HTTP status; null for a network error. */
  status: number | null;
}

export interface ScheduleInput {
  /** Probes made so far for this site, oldest first (the user's own failed navigation is not in it). */
  history: readonly AttemptRecord[];
  /** The latest diagnosis of the site's error. */
  diagnosis: Pick<Diagnosis, 'status' | 'kind' | 'retryable' | 'retryAfterSeconds'>;
  settings: RetrySettings;
  /** The site's budget as last persisted (or `initialBudget(now)` for a new site). */
  budget: BudgetState;
  /** The caller's clock, ms. */
  now: number;
  /** Uniform in [0, 1); pass a seeded one for reproducible schedules. */
  random: () => number;
  /** Tuning that is not a user setting; each field defaults to {@link DEFAULT_SCHEDULER_OPTIONS}. */
  options?: Partial<SchedulerOptions>;
}

export type GiveUpReason = 'max-attempts' | 'not-retryable' | 'budget-exhausted';

export type ScheduleDecision =
  | {
      action: 'retry';
      /** When to send the probe, ms. */
      at: number;
      /** 1-based number of the probe being scheduled. */
      attempt: number;
      delayMs: number;
      /** What Retry-After asked for, to tell the user; null when the server said nothing. */
      serverAskedSeconds: number | null;
      /** True when the probe is no sooner than the server asked. */
      retryAfterHonoured: boolean;
      /** True when the server asked for longer than `maxWaitSeconds` and was cut to it. */
      cappedByMaxWait: boolean;
      /** True when the per-site budget, not the backoff, set the time. */
      budgetLimited?: boolean;
      /** The budget after this probe's token is spent: persist it. */
      budget: BudgetState;
    }
  | { action: 'give-up'; reason: GiveUpReason; budget: BudgetState };

export function planNextAttempt(input: ScheduleInput): ScheduleDecision {
  const options: SchedulerOptions = { ...DEFAULT_SCHEDULER_OPTIONS, ...input.options };
  const { history, diagnosis, settings, now } = input;
  if (!diagnosis.retryable) return giveUp('not-retryable', input.budget, now, options);
  const maxAttempts = numberOr(settings.maxAttempts, 0);
  if (history.length >= maxAttempts) return giveUp('max-attempts', input.budget, now, options);

  const asked = diagnosis.retryAfterSeconds;
  const serverAskedSeconds = asked !== null && Number.isFinite(asked) && asked >= 0 ? asked : null;
  const askedMs = serverAskedSeconds === null ? 0 : serverAskedSeconds * 1000;
  const capMs = Math.max(options.minDelayMs, numberOr(settings.maxWaitSeconds, 0) * 1000);
  const rateLimited = diagnosis.status === 429 || diagnosis.kind === 'rate-limited';

  let delayMs: number;
  if (rateLimited && serverAskedSeconds !== null) {
    // 429 + Retry-After: the limiter said when its window reopens. Sooner is a wasted request
    // that some limiters count against the client (GitHub's rate-limit docs warn of bans); later
    // keeps the user waiting for nothing. So exactly that, never below the minimum delay.
    delayMs = Math.max(options.minDelayMs, askedMs);
  } else {
    // 429 without Retry-After: GitHub's REST docs say to wait at least a minute; any other error:
    // the server's Retry-After is a floor under our own backoff (RFC 9110 §10.2.3).
    const floorMs = Math.max(options.minDelayMs, askedMs, rateLimited ? options.rateLimitedDelayMs : 0);
    [delayMs] = nextBackoff(options.backoff, backoffStateFrom(history), input.random, Math.min(floorMs, capMs));
  }
  const cappedByMaxWait = askedMs > capMs;
  delayMs = Math.min(delayMs, capMs);

  // The budget: one token per probe. Waiting for the next token keeps the page coming back
  // (giving up would strand the user); the wait is at most one refill interval.
  let at = now + delayMs;
  const tokenAt = nextTokenAt(input.budget, at, options.budget);
  const budgetLimited = tokenAt > at;
  if (budgetLimited && options.onBudgetExhausted === 'give-up') {
    return giveUp('budget-exhausted', input.budget, now, options);
  }
  at = tokenAt;
  delayMs = at - now;
  return {
    action: 'retry',
    at,
    attempt: history.length + 1,
    delayMs,
    serverAskedSeconds,
    retryAfterHonoured: serverAskedSeconds !== null && delayMs >= askedMs,
    cappedByMaxWait,
    budgetLimited,
    budget: spend(input.budget, at, options.budget),
  };
}

/**
 * The backoff state a history implies, so the engine persists only the history: n probes made
 * means n delays produced; the last gap between probes stands in for the previous delay
 * (what decorrelated jitter grows from).
 */
export function backoffStateFrom(history: readonly AttemptRecord[]): BackoffState {
  const last = history[history.length - 1];
  const before = history[history.length - 2];
  const previousDelayMs = last && before ? Math.max(0, last.at - before.at) : 0;
  return { attempt: history.length, previousDelayMs };
}

function giveUp(reason: GiveUpReason, budget: BudgetState, now: number, options: SchedulerOptions): ScheduleDecision {
  return { action: 'give-up', reason, budget: refill(budget, now, options.budget) };
}

/** NaN (a corrupt stored setting) → the fallback; Infinity stays "no limit". */
function numberOr(value: number, fallback: number): number {
  return Number.isNaN(value) ? fallback : value;
}
