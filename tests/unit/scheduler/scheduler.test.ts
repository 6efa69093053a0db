import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETRY_SETTINGS,
  initialBudget,
  planNextAttempt,
  type AttemptRecord,
  type ScheduleDecision,
  type ScheduleInput,
} from '../../../src/core/scheduler';
import { seededRandom } from '../../../bench/fleet/random';

const NOW = 1_000_000;
const varnish503 = { status: 503, kind: 'backend-fetch-failed', retryable: true, retryAfterSeconds: 5 } as const;

function plan(overrides: Partial<ScheduleInput> = {}): ScheduleDecision {
  return planNextAttempt({
    history: [],
    diagnosis: varnish503,
    settings: DEFAULT_RETRY_SETTINGS,
    budget: initialBudget(NOW),
    now: NOW,
    random: () => 0.5,
    ...overrides,
  });
}

function retry(decision: ScheduleDecision) {
  if (decision.action !== 'retry') throw new Error(`expected a retry, got ${decision.reason}`);
  return decision;
}

const probes = (n: number, gapMs = 60_000): AttemptRecord[] =>
  Array.from({ length: n }, (_, i) => ({ at: NOW - (n - i) * gapMs, status: 503 }));

describe('planNextAttempt: first probe', () => {
  it('Varnish 503 with Retry-After: 5 → first probe exactly at 5 s, attempt 1', () => {
    const d = retry(plan());
    expect(d).toMatchObject({ at: NOW + 5000, delayMs: 5000, attempt: 1, serverAskedSeconds: 5, retryAfterHonoured: true, cappedByMaxWait: false });
  });

  it('without Retry-After the first look comes within 1–2 s (the user is waiting)', () => {
    for (const r of [0, 0.5, 0.9999]) {
      const d = retry(plan({ diagnosis: { ...varnish503, retryAfterSeconds: null }, random: () => r }));
      expect(d.delayMs).toBeGreaterThanOrEqual(1000);
      expect(d.delayMs).toBeLessThanOrEqual(2000);
      expect(d.serverAskedSeconds).toBeNull();
      expect(d.retryAfterHonoured).toBe(false);
    }
  });

  it('Retry-After: 0 (Fastly) still waits the minimum delay', () => {
    expect(retry(plan({ diagnosis: { ...varnish503, retryAfterSeconds: 0 }, random: () => 0 })).delayMs).toBe(1000);
  });
});

describe('planNextAttempt: Retry-After and the max wait', () => {
  it('is never sooner than Retry-After', () => {
    const d = retry(plan({ diagnosis: { ...varnish503, retryAfterSeconds: 120 }, random: () => 0 }));
    expect(d.delayMs).toBe(120_000);
    expect(d.retryAfterHonoured).toBe(true);
  });

  it('a Retry-After beyond maxWaitSeconds waits the max and reports what the server asked', () => {
    const d = retry(plan({ diagnosis: { ...varnish503, retryAfterSeconds: 3600 }, settings: { maxAttempts: 10, maxWaitSeconds: 300 } }));
    expect(d).toMatchObject({ delayMs: 300_000, serverAskedSeconds: 3600, cappedByMaxWait: true, retryAfterHonoured: false });
  });

  it('the backoff never exceeds maxWaitSeconds', () => {
    const d = retry(plan({ history: probes(10, 1000), settings: { maxAttempts: 40, maxWaitSeconds: 30 }, random: () => 0.9999, budget: { tokens: 2, updatedAt: NOW } }));
    expect(d.delayMs).toBeLessThanOrEqual(30_000);
    expect(d.cappedByMaxWait).toBe(false);
  });
});

describe('planNextAttempt: 429', () => {
  const tooMany = { status: 429, kind: 'rate-limited', retryable: true, retryAfterSeconds: 42 } as const;

  it('with Retry-After: exactly that, not the backoff', () => {
    for (const r of [0, 0.99]) {
      const d = retry(plan({ diagnosis: tooMany, history: probes(6, 1000), random: () => r, budget: { tokens: 2, updatedAt: NOW } }));
      expect(d.delayMs).toBe(42_000);
      expect(d.retryAfterHonoured).toBe(true);
    }
  });

  it('with a Retry-After beyond the max wait: the max wait, reported', () => {
    const d = retry(plan({ diagnosis: { ...tooMany, retryAfterSeconds: 7200 } }));
    expect(d).toMatchObject({ delayMs: 300_000, cappedByMaxWait: true, serverAskedSeconds: 7200 });
  });

  it('without Retry-After: at least a minute', () => {
    const d = retry(plan({ diagnosis: { ...tooMany, retryAfterSeconds: null }, random: () => 0 }));
    expect(d.delayMs).toBe(60_000);
  });
});

describe('planNextAttempt: giving up', () => {
  it('a non-retryable diagnosis → not-retryable', () => {
    const d = plan({ diagnosis: { status: 500, kind: 'tls-error', retryable: false, retryAfterSeconds: null } });
    expect(d).toMatchObject({ action: 'give-up', reason: 'not-retryable' });
  });

  it('maxAttempts probes made → max-attempts', () => {
    expect(plan({ history: probes(3), settings: { maxAttempts: 3, maxWaitSeconds: 300 } })).toMatchObject({ action: 'give-up', reason: 'max-attempts' });
    expect(retry(plan({ history: probes(2), settings: { maxAttempts: 3, maxWaitSeconds: 300 } })).attempt).toBe(3);
  });

  it('a corrupt maxAttempts (NaN) gives up rather than retrying forever', () => {
    expect(plan({ settings: { maxAttempts: NaN, maxWaitSeconds: 300 } })).toMatchObject({ action: 'give-up', reason: 'max-attempts' });
  });

  it('budget-exhausted only when asked to give up instead of waiting', () => {
    const empty = { tokens: 0, updatedAt: NOW };
    expect(plan({ budget: empty, options: { onBudgetExhausted: 'give-up' } })).toMatchObject({ action: 'give-up', reason: 'budget-exhausted' });
    expect(plan({ budget: empty }).action).toBe('retry');
  });
});

describe('planNextAttempt: the per-site budget', () => {
  it('spends one token per probe, at the probe time', () => {
    const d = retry(plan());
    expect(d.budget).toEqual({ tokens: 1, updatedAt: NOW + 5000 });
    expect(d.budgetLimited).toBe(false);
  });

  it('when empty, waits for the next token instead of probing', () => {
    const d = retry(plan({ budget: { tokens: 0, updatedAt: NOW } }));
    expect(d.at).toBe(NOW + 120_000);
    expect(d.budgetLimited).toBe(true);
    expect(d.budget.tokens).toBe(0);
  });

  it('is shared across episodes: a fresh episode on a drained site does not get a new burst', () => {
    let budget = initialBudget(NOW);
    const times: number[] = [];
    let now = NOW;
    for (let i = 0; i < 4; i++) {
      const d = retry(plan({ history: [], budget, now }));
      times.push(d.at - now);
      budget = d.budget;
      now = d.at;
    }
    expect(times.slice(0, 2)).toEqual([5000, 5000]);
    expect(times[2]).toBeGreaterThan(100_000);
  });
});

describe('planNextAttempt: determinism and the schedule over time', () => {
  function schedule(seed: number): number[] {
    const random = seededRandom(seed);
    const history: AttemptRecord[] = [];
    let budget = initialBudget(0);
    let now = 0;
    const delays: number[] = [];
    for (let i = 0; i < 12; i++) {
      const d = retry(planNextAttempt({ history, diagnosis: varnish503, settings: DEFAULT_RETRY_SETTINGS, budget, now, random }));
      delays.push(d.delayMs);
      budget = d.budget;
      now = d.at;
      history.push({ at: now, status: 503 });
    }
    return delays;
  }

  it('the same seed gives the same schedule', () => {
    expect(schedule(7)).toEqual(schedule(7));
    expect(schedule(7)).not.toEqual(schedule(8));
  });

  it('starts quick, then keeps within the budget (2 + t / 2 min probes) and never waits beyond five minutes', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const delays = schedule(seed);
      expect(delays[0]).toBe(5000);
      expect(delays[1]).toBeLessThanOrEqual(6000);
      let elapsed = 0;
      delays.forEach((d, i) => {
        elapsed += d;
        expect(d).toBeLessThanOrEqual(300_000);
        expect(i + 1).toBeLessThanOrEqual(2 + elapsed / 120_000);
      });
    }
  });
});
