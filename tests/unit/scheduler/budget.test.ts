import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET, initialBudget, nextTokenAt, refill, spend } from '../../../src/core/budget';

const opts = { maxTokens: 2, refillIntervalMs: 60_000 };

describe('per-site budget (token bucket)', () => {
  it('starts full', () => {
    expect(initialBudget(1000, opts)).toEqual({ tokens: 2, updatedAt: 1000 });
    expect(initialBudget(0).tokens).toBe(DEFAULT_BUDGET.maxTokens);
  });

  it('refills with time, up to the bucket size', () => {
    const empty = { tokens: 0, updatedAt: 0 };
    expect(refill(empty, 30_000, opts).tokens).toBeCloseTo(0.5);
    expect(refill(empty, 10 * 60_000, opts).tokens).toBe(2);
  });

  it('does not refill when the clock goes backwards', () => {
    expect(refill({ tokens: 0.5, updatedAt: 10_000 }, 0, opts)).toEqual({ tokens: 0.5, updatedAt: 10_000 });
  });

  it('treats a corrupt stored token count as empty', () => {
    expect(refill({ tokens: NaN, updatedAt: 0 }, 0, opts).tokens).toBe(0);
    expect(refill({ tokens: -3, updatedAt: 0 }, 0, opts).tokens).toBe(0);
  });

  it('says when the next whole token is there', () => {
    expect(nextTokenAt({ tokens: 1, updatedAt: 0 }, 5000, opts)).toBe(5000);
    expect(nextTokenAt({ tokens: 0, updatedAt: 0 }, 5000, opts)).toBe(60_000);
    expect(nextTokenAt({ tokens: 0.25, updatedAt: 0 }, 0, opts)).toBe(45_000);
  });

  it('spending takes one token at the given time', () => {
    expect(spend({ tokens: 2, updatedAt: 0 }, 0, opts)).toEqual({ tokens: 1, updatedAt: 0 });
    expect(spend({ tokens: 0, updatedAt: 0 }, 60_000, opts)).toEqual({ tokens: 0, updatedAt: 60_000 });
  });

  it('bounds the probes one browser can send: at most maxTokens + t / refill', () => {
    let state = initialBudget(0, opts);
    let at = 0;
    let probes = 0;
    while (at < 10 * 60_000) {
      at = nextTokenAt(state, at + 1000, opts);
      if (at >= 10 * 60_000) break;
      state = spend(state, at, opts);
      probes++;
    }
    expect(probes).toBeLessThanOrEqual(2 + 10);
    expect(probes).toBeGreaterThanOrEqual(10);
  });
});
