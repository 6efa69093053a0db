/**
 * A per-site retry budget: a token bucket that refills with time. Every probe costs one token,
 * so whatever the tabs, episodes and backoff do, one browser sends a site at most
 * `maxTokens + elapsed / refillIntervalMs` probes. Pure: the caller passes the time.
 *
 * In the spirit of gRPC A6 retry throttling (a token bucket per server, maxTokens 10,
 * tokenRatio 0.1) and Google SRE "Handling Overload" (retries under 10 % of requests). gRPC
 * refills on successes; a browser facing a dead site sees none, so time refills it instead.
 */

export interface BudgetState {
  /** Tokens left (may be fractional while refilling). */
  readonly tokens: number;
  /** When `tokens` was last brought up to date, ms. */
  readonly updatedAt: number;
}

export interface BudgetOptions {
  /**
   * Bucket size: probes a browser may send one site in a burst.
   * @default 2 — two quick looks when a page fails (at Retry-After, then a few seconds later),
   * which catch the short blips; a third would cost every waiting browser one more request
   * during a long outage (fleet benchmark, docs/fleet.md). gRPC A6 uses 10 for a whole channel.
   */
  readonly maxTokens: number;
  /**
   * Time for one token to come back, in ms: the sustained probe rate one browser may add to one
   * site, whatever its tabs and however often the user hits the error again.
   * @default 120000 — one probe per two minutes: 10,000 waiting browsers then send a recovering
   * origin at most ~83 req/s (docs/fleet.md, scenario `overload`). Kept well under the backoff's
   * five-minute cap so the jitter above it still spreads clients out.
   */
  readonly refillIntervalMs: number;
}

export const DEFAULT_BUDGET: BudgetOptions = Object.freeze({ maxTokens: 2, refillIntervalMs: 120_000 });

/** A full bucket: a site nobody has probed yet gets the whole burst. */
export function initialBudget(now: number, options: BudgetOptions = DEFAULT_BUDGET): BudgetState {
  return { tokens: options.maxTokens, updatedAt: now };
}

/** The bucket as it stands at `at` (refilled; a clock that went backwards refills nothing). */
export function refill(state: BudgetState, at: number, options: BudgetOptions = DEFAULT_BUDGET): BudgetState {
  const tokens = Number.isFinite(state.tokens) ? Math.max(0, state.tokens) : 0;
  const elapsed = Math.max(0, at - state.updatedAt);
  const gained = options.refillIntervalMs > 0 ? elapsed / options.refillIntervalMs : Infinity;
  return { tokens: Math.min(options.maxTokens, tokens + gained), updatedAt: Math.max(at, state.updatedAt) };
}

/** The earliest time ≥ `at` at which one whole token is available. */
export function nextTokenAt(state: BudgetState, at: number, options: BudgetOptions = DEFAULT_BUDGET): number {
  const now = refill(state, at, options);
  if (now.tokens >= 1) return at;
  return now.updatedAt + Math.ceil((1 - now.tokens) * options.refillIntervalMs);
}

/** The bucket after spending one token at `at` (callers check {@link nextTokenAt} first). */
export function spend(state: BudgetState, at: number, options: BudgetOptions = DEFAULT_BUDGET): BudgetState {
  const now = refill(state, at, options);
  return { tokens: Math.max(0, now.tokens - 1), updatedAt: now.updatedAt };
}
