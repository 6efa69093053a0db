/** Properties of the schedule that must hold for any input (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, nextBackoff, type BackoffOptions } from '../../../src/core/backoff';
import { planNextAttempt, type AttemptRecord } from '../../../src/core/scheduler';

const randomValue = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const retryAfter = fc.option(fc.integer({ min: 0, max: 2_147_483_648 }), { nil: null });
const status = fc.constantFrom(429, 500, 502, 503, 504, 520, 522);
const history = fc.array(fc.record({ at: fc.integer({ min: 0, max: 1e9 }), status: fc.option(status, { nil: null }) }), { maxLength: 30 })
  .map((h): AttemptRecord[] => [...h].sort((a, b) => a.at - b.at));
const settings = fc.record({ maxAttempts: fc.integer({ min: 0, max: 60 }), maxWaitSeconds: fc.integer({ min: 1, max: 86_400 }) });
const fullBudget = { tokens: 2, updatedAt: 0 };

describe('planNextAttempt properties', () => {
  it('a retry is never NaN or negative, never before Retry-After unless capped, never past the cap (full budget)', () => {
    fc.assert(
      fc.property(history, status, retryAfter, settings, randomValue, fc.integer({ min: 1e9, max: 2e12 }), (h, st, ra, s, r, now) => {
        const d = planNextAttempt({
          history: h,
          diagnosis: { status: st, kind: st === 429 ? 'rate-limited' : 'backend-fetch-failed', retryable: true, retryAfterSeconds: ra },
          settings: s,
          budget: { ...fullBudget, updatedAt: now },
          now,
          random: () => r,
        });
        if (h.length >= s.maxAttempts) return d.action === 'give-up' && d.reason === 'max-attempts';
        if (d.action !== 'retry') return false;
        const capMs = Math.max(1000, s.maxWaitSeconds * 1000);
        const floorMs = Math.min(capMs, Math.max(1000, (ra ?? 0) * 1000));
        expect(Number.isFinite(d.delayMs)).toBe(true);
        expect(d.delayMs).toBeGreaterThanOrEqual(floorMs);
        expect(d.delayMs).toBeLessThanOrEqual(capMs);
        expect(d.at).toBe(now + d.delayMs);
        expect(d.attempt).toBe(h.length + 1);
        expect(d.cappedByMaxWait).toBe(ra !== null && ra * 1000 > capMs);
        expect(d.retryAfterHonoured).toBe(ra !== null && !d.cappedByMaxWait);
        return true;
      }),
    );
  });

  it('whatever the budget, a retry is never before the floor and spends the budget down, never below zero', () => {
    fc.assert(
      fc.property(history, retryAfter, randomValue, fc.double({ min: -5, max: 10, noNaN: true }), fc.integer({ min: -1e6, max: 1e6 }), (h, ra, r, tokens, skew) => {
        const now = 5e9;
        const d = planNextAttempt({
          history: h,
          diagnosis: { status: 503, kind: 'backend-fetch-failed', retryable: true, retryAfterSeconds: ra },
          settings: { maxAttempts: Infinity, maxWaitSeconds: 300 },
          budget: { tokens, updatedAt: now + skew },
          now,
          random: () => r,
        });
        if (d.action !== 'retry') return false;
        expect(d.delayMs).toBeGreaterThanOrEqual(Math.min(300_000, Math.max(1000, (ra ?? 0) * 1000)));
        expect(d.budget.tokens).toBeGreaterThanOrEqual(0);
        expect(d.budget.tokens).toBeLessThanOrEqual(2);
        return Number.isFinite(d.at);
      }),
    );
  });

  it('a diagnosis that is not retryable always gives up, whatever else is true', () => {
    fc.assert(
      fc.property(history, status, retryAfter, settings, randomValue, (h, st, ra, s, r) => {
        const d = planNextAttempt({
          history: h,
          diagnosis: { status: st, kind: 'server-error', retryable: false, retryAfterSeconds: ra },
          settings: s,
          budget: fullBudget,
          now: 0,
          random: () => r,
        });
        return d.action === 'give-up' && d.reason === 'not-retryable';
      }),
    );
  });
});

describe('nextBackoff properties', () => {
  const options = fc.record({
    initialDelayMs: fc.integer({ min: 1, max: 60_000 }),
    exponent: fc.double({ min: 1, max: 10, noNaN: true }),
    maxDelayMs: fc.integer({ min: 1, max: 3_600_000 }),
    jitter: fc.constantFrom('full', 'decorrelated', 'none'),
  }) as fc.Arbitrary<BackoffOptions>;

  it('stays within [floor, max(floor, cap)] for any attempt, previous delay and random value', () => {
    fc.assert(
      fc.property(options, fc.nat(10_000), fc.nat(1e7), randomValue, fc.nat(600_000), (o, attempt, previous, r, floor) => {
        const [delay, next] = nextBackoff(o, { attempt, previousDelayMs: previous }, () => r, floor);
        expect(Number.isNaN(delay)).toBe(false);
        expect(delay).toBeGreaterThanOrEqual(floor);
        expect(delay).toBeLessThanOrEqual(Math.max(floor, o.maxDelayMs));
        return next.attempt === attempt + 1 && next.previousDelayMs === delay;
      }),
    );
  });

  it('the default schedule never goes below its floor nor above five minutes', () => {
    fc.assert(
      fc.property(fc.nat(100), randomValue, (attempt, r) => {
        const [delay] = nextBackoff(DEFAULT_BACKOFF, { attempt, previousDelayMs: 0 }, () => r, 1000);
        return delay >= 1000 && delay <= 300_000;
      }),
    );
  });
});
