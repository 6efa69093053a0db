import { describe, expect, it } from 'vitest';
import { roundOrder } from '../../../bench/browser/overhead';

describe('roundOrder (bench:browser overhead)', () => {
  it('visits every order of three sides once in six rounds, so no side is always first', () => {
    const orders = Array.from({ length: 6 }, (_, i) => roundOrder(['a', 'b', 'c'], i).join(''));
    expect(new Set(orders).size).toBe(6);
  });

  it('puts each side first equally often, and keeps every side in every round', () => {
    const firsts = new Map<string, number>();
    for (let i = 0; i < 12; i++) {
      const order = roundOrder(['a', 'b', 'c'], i);
      expect([...order].sort()).toEqual(['a', 'b', 'c']);
      firsts.set(order[0] ?? '', (firsts.get(order[0] ?? '') ?? 0) + 1);
    }
    expect([...firsts.values()]).toEqual([4, 4, 4]);
  });

  it('alternates two sides (A B, B A, …) as the two-browser bench did', () => {
    expect([0, 1, 2, 3].map((i) => roundOrder(['a', 'b'], i).join(''))).toEqual(['ab', 'ba', 'ba', 'ab']);
  });
});
