/**
 * The budget of the user's own "Retry now": a person can always try once more, a loop (or a page
 * script clicking for them) cannot flood the site. A token bucket per site, refilled by time.
 */

export interface ManualBudget {
  readonly tokens: number;
  readonly updatedAt: number;
}

export const MANUAL_BUDGET = Object.freeze({
  /** Tries in a burst: a person who clicks, waits a moment and clicks again is never refused. */
  maxTokens: 3,
  /** One more try per this long, ms: one probe per 10 s is what a mashing hand or a script gets. */
  refillMs: 10_000,
});

export function fullManualBudget(now: number): ManualBudget {
  return { tokens: MANUAL_BUDGET.maxTokens, updatedAt: now };
}

function refill(b: ManualBudget, now: number): ManualBudget {
  const tokens = Number.isFinite(b.tokens) ? Math.max(0, b.tokens) : 0;
  const elapsed = Math.max(0, now - (Number.isFinite(b.updatedAt) ? b.updatedAt : now));
  return { tokens: Math.min(MANUAL_BUDGET.maxTokens, tokens + elapsed / MANUAL_BUDGET.refillMs), updatedAt: Math.max(now, b.updatedAt || 0) };
}

/** When the next manual try is allowed (≤ now when one is). */
export function manualAllowedAt(b: ManualBudget, now: number): number {
  const r = refill(b, now);
  return r.tokens >= 1 ? now : now + Math.ceil((1 - r.tokens) * MANUAL_BUDGET.refillMs);
}

/** Spends one try; null when none is left. */
export function spendManual(b: ManualBudget, now: number): ManualBudget | null {
  const r = refill(b, now);
  return r.tokens >= 1 ? { tokens: r.tokens - 1, updatedAt: r.updatedAt } : null;
}
