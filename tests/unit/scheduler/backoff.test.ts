import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, INITIAL_BACKOFF_STATE, backoffCeiling, nextBackoff, type BackoffOptions } from '../../../src/core/backoff';
import { seededRandom } from '../../../bench/fleet/random';

const opts: BackoffOptions = { initialDelayMs: 1000, exponent: 2, maxDelayMs: 10_000, jitter: 'full' };
const fixed = (r: number) => () => r;

describe('backoffCeiling', () => {
  it('grows by the exponent and stops at the cap', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffCeiling(opts, n))).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
  });
  it('stays at the cap when the exponent overflows', () => {
    expect(backoffCeiling(opts, 5000)).toBe(10_000);
  });
});

describe('nextBackoff', () => {
  it('full jitter draws between the floor and the ceiling', () => {
    expect(nextBackoff(opts, { attempt: 2, previousDelayMs: 0 }, fixed(0), 500)[0]).toBe(500);
    expect(nextBackoff(opts, { attempt: 2, previousDelayMs: 0 }, fixed(0.999999), 500)[0]).toBe(4000);
    expect(nextBackoff(opts, { attempt: 2, previousDelayMs: 0 }, fixed(0.5), 0)[0]).toBe(2000);
  });

  it('a floor above the ceiling wins (Retry-After beats the backoff)', () => {
    expect(nextBackoff(opts, INITIAL_BACKOFF_STATE, fixed(0.3), 5000)[0]).toBe(5000);
  });

  it('no jitter gives the ceiling itself', () => {
    const none = { ...opts, jitter: 'none' as const };
    expect(nextBackoff(none, { attempt: 3, previousDelayMs: 0 }, fixed(0.1))[0]).toBe(8000);
  });

  it('decorrelated jitter starts at base and grows from the previous delay, capped', () => {
    const dec = { ...opts, jitter: 'decorrelated' as const, exponent: 3 };
    expect(nextBackoff(dec, INITIAL_BACKOFF_STATE, fixed(0.9))[0]).toBe(1000);
    expect(nextBackoff(dec, { attempt: 1, previousDelayMs: 2000 }, fixed(1 - 1e-12))[0]).toBe(6000);
    expect(nextBackoff(dec, { attempt: 1, previousDelayMs: 2000 }, fixed(0))[0]).toBe(1000);
    expect(nextBackoff(dec, { attempt: 5, previousDelayMs: 9000 }, fixed(0.9))[0]).toBe(10_000);
  });

  it('returns the next state and leaves the old one alone (cockatiel-style immutability)', () => {
    const state = { attempt: 1, previousDelayMs: 10 };
    const [delay, next] = nextBackoff(opts, state, fixed(0.5));
    expect(next).toEqual({ attempt: 2, previousDelayMs: delay });
    expect(state).toEqual({ attempt: 1, previousDelayMs: 10 });
    expect(Object.isFrozen(INITIAL_BACKOFF_STATE)).toBe(true);
  });

  it('clamps a misbehaving random source instead of producing NaN', () => {
    for (const r of [NaN, -1, 2, Infinity]) {
      const [delay] = nextBackoff(opts, { attempt: 2, previousDelayMs: 0 }, () => r, 100);
      expect(delay).toBeGreaterThanOrEqual(100);
      expect(delay).toBeLessThanOrEqual(4000);
    }
  });

  it('is deterministic for a seeded random source', () => {
    const run = () => {
      const random = seededRandom(42);
      let state = INITIAL_BACKOFF_STATE;
      const delays: number[] = [];
      for (let i = 0; i < 8; i++) {
        const [d, s] = nextBackoff(DEFAULT_BACKOFF, state, random, 1000);
        delays.push(d);
        state = s;
      }
      return delays;
    };
    expect(run()).toEqual(run());
  });
});
