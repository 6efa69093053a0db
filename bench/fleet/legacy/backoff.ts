/**
 * Capped exponential backoff with jitter, as pure immutable steps: `nextBackoff(options, state,
 * random)` returns `[delayMs, nextState]` and never mutates anything (the shape of cockatiel's
 * `IBackoff`, without its classes). No clock and no randomness of its own (docs/design.md, "Pure core").
 *
 * Why jitter at all: Brooker, "Exponential Backoff And Jitter", AWS Architecture Blog (2015):
 * clients that failed together and back off by the same schedule come back together; jitter
 * spreads them out. Full jitter is `random(0, min(cap, base·2ⁿ))`; decorrelated jitter is
 * `min(cap, random(base, previous·3))`. Both are implemented so the fleet benchmark
 * (bench/fleet, docs/fleet.md) can choose between them on evidence.
 */

/** How the delay is spread. `none` exists for comparison only. */
export type Jitter = 'full' | 'decorrelated' | 'none';

export interface BackoffOptions {
  /**
   * Ceiling of the first delay, in ms. Grows by `exponent` per attempt.
   * @default 2000 — the user is looking at an error page, so the first look is soon; Chromium's
   * own auto-reload starts at 1 s (docs/reference.md §2), got at 1 s·2ⁿ.
   */
  readonly initialDelayMs: number;
  /**
   * Growth factor per attempt (`initialDelayMs · exponent^(n-1)`); decorrelated jitter uses it
   * as its multiplier (Brooker's 3).
   * @default 3 — the budget (budget.ts) sets the pace of the third to fifth probe anyway; a larger
   * factor only adds waiting (fleet benchmark: p95 134 s with 4 against 119 s with 3), a smaller
   * one leaves clients that failed together less spread (the 0.1 fleet benchmark).
   */
  readonly exponent: number;
  /**
   * Largest delay the backoff itself produces, in ms (the user's `maxWaitSeconds` caps it again).
   * @default 300000 — five minutes, Chromium's longest step before its half-hour ones and the
   * default `maxWaitSeconds`. It must stay well above the budget's refill interval, or the budget's
   * fixed pace swallows the jitter and clients that failed together stay together (docs/fleet.md).
   */
  readonly maxDelayMs: number;
  /**
   * How delays are spread between the floor and the ceiling.
   * @default 'full' — fewer requests than decorrelated for the same recovery time, and it spreads a
   * fleet that failed at once (the 0.1 fleet benchmark).
   */
  readonly jitter: Jitter;
}

/** Where a backoff sequence stands. Immutable; start from {@link INITIAL_BACKOFF_STATE}. */
export interface BackoffState {
  /** Delays produced so far. */
  readonly attempt: number;
  /** The last delay produced, in ms (decorrelated jitter grows from it); 0 before the first. */
  readonly previousDelayMs: number;
}

export const INITIAL_BACKOFF_STATE: BackoffState = Object.freeze({ attempt: 0, previousDelayMs: 0 });

export const DEFAULT_BACKOFF: BackoffOptions = Object.freeze({
  initialDelayMs: 2000,
  exponent: 3,
  maxDelayMs: 300_000,
  jitter: 'full',
});

/** The exponential ceiling for the n-th delay (0-based), capped; exponent^n may overflow to Infinity. */
export function backoffCeiling(options: BackoffOptions, attempt: number): number {
  const grown = options.initialDelayMs * options.exponent ** attempt;
  return Number.isFinite(grown) ? Math.min(options.maxDelayMs, grown) : options.maxDelayMs;
}

/**
 * The next delay and the state after it. `floorMs` is the earliest the caller may act
 * (Retry-After, a minimum delay): the jitter spreads delays *above* the floor instead of piling
 * everyone onto it, and the cap never pushes a delay below it.
 */
export function nextBackoff(
  options: BackoffOptions,
  state: BackoffState,
  random: () => number,
  floorMs = 0,
): readonly [delayMs: number, next: BackoffState] {
  const ceiling = Math.max(floorMs, backoffCeiling(options, state.attempt));
  let delay: number;
  switch (options.jitter) {
    case 'none':
      delay = ceiling;
      break;
    case 'full':
      delay = spread(floorMs, ceiling, random);
      break;
    case 'decorrelated': {
      // Brooker 2015: sleep = min(cap, random(base, sleep·3)); the first sleep is `base`.
      // `exponent` plays the part of his 3.
      const base = Math.max(floorMs, options.initialDelayMs);
      const upper = state.attempt === 0 ? base : Math.max(base, state.previousDelayMs * options.exponent);
      delay = Math.max(floorMs, Math.min(options.maxDelayMs, spread(base, upper, random)));
      break;
    }
  }
  return [delay, { attempt: state.attempt + 1, previousDelayMs: delay }] as const;
}

/** A uniform draw in [low, high]; a random() that misbehaves (NaN, out of range) is clamped. */
function spread(low: number, high: number, random: () => number): number {
  const r = random();
  const u = Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : 0;
  return Math.round(low + (high - low) * u);
}
