/**
 * The fleet benchmark's promises (docs/fleet.md, "The promises"), checked on a smaller matrix so
 * a change to the pacing defaults that feeds an outage, or keeps a lone visitor waiting for
 * nothing, fails here; and the checks themselves are shown to fail on pacings that do either.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACE } from '../../../src/core/engine/pacing';
import { limitOf } from '../../../bench/fleet/limits';
import { checkPromises } from '../../../bench/fleet/promises';
import { runMatrix } from '../../../bench/fleet/run-matrix';
import { matrix, type MatrixOptions } from '../../../bench/fleet/scenarios';
import { STRATEGIES } from '../../../bench/fleet/strategies';

// The fleets stay at 10,000 (the busiest second of a smaller fleet is noisier than the promise's
// margin); fewer lone-visitor runs, a 20,000 "big" fleet, and fixed-3s (never cheaper) left out.
const SMALL: MatrixOptions = { visitors: 200, fleet: 10_000, bigFleet: 20_000 };
const SHOWN = STRATEGIES.filter((s) => s !== 'fixed-3s');
const failures = (checks: ReturnType<typeof checkPromises>): string[] => checks.filter((c) => !c.ok).map((c) => `${c.name} (${c.detail})`);

describe('fleet benchmark', () => {
  const results = runMatrix({ seed: 1, sizes: SMALL, strategies: SHOWN });

  it('keeps every promise on a small matrix', () => {
    const checks = checkPromises(results);
    expect(failures(checks)).toEqual([]);
    // Every scenario was held to something, and the lone visitor, fleet and slow promises are there.
    for (const r of results) expect(checks.some((c) => c.name.startsWith(`${r.scenario.key}:`)), r.scenario.key).toBe(true);
    for (const part of ['one visitor, median ≤ 5 s', 'fleet p95 ≤ 2 ×', 'fixed 5-s reloading does not recover', '10 % of fixed 5-s', 'exactly Retry-After']) {
      expect(checks.some((c) => c.name.includes(part)), part).toBe(true);
    }
  });

  it('runs every strategy on every row of the matrix, each row beside its limit', () => {
    expect(results.map((r) => r.scenario.key)).toEqual(matrix(SMALL).map((s) => s.key));
    expect(results).toHaveLength(17);
    for (const r of results) {
      expect(Object.keys(r.rows)).toEqual(SHOWN);
      expect(r.limit.formula.length).toBeGreaterThan(10);
    }
  });

  it('prints T* = max(N/C, F), and twice N/C for a probe-then-reload design', () => {
    const overload = matrix(SMALL).find((s) => s.key === 'overload');
    if (!overload) throw new Error('no overload row');
    const limit = limitOf(overload);
    expect(limit).toMatchObject({ tStar: 50, p50: 25, p95: 47.5, tStarProbeThenReload: 100 });
    expect(limit.formula).toContain('max(10,000/200, 5) = 50 s');
  });

  it('counts the reload after a probe as origin work: comeback 0.1 pays two requests per client after the fix', () => {
    const outage = results.find((r) => r.scenario.key === 'outage');
    expect(outage?.rows['comeback-0.1']?.afterFixPerClient).toBe(2);
    expect(outage?.rows.comeback?.afterFixPerClient).toBe(1);
  });

  it('fails the promises for a pacing that feeds the outage, and for one that keeps a lone visitor waiting', () => {
    const eager = runMatrix({ seed: 1, sizes: SMALL, only: ['overload'], strategies: ['comeback'], pace: { ...DEFAULT_PACE, waitedRatio: 0.01, jitter: 0 } });
    const eagerFailures = failures(checkPromises(eager));
    expect(eagerFailures.some((f) => f.startsWith('overload: fleet peak'))).toBe(true);
    const lazy = runMatrix({ seed: 1, sizes: SMALL, only: ['lone-90s-ra5', 'lone-5min-nora'], strategies: ['comeback'], pace: { ...DEFAULT_PACE, waitedRatio: 1 } });
    expect(failures(checkPromises(lazy))).toHaveLength(2);
  });

  it('is deterministic for a given seed and differs for another', () => {
    const only = ['lone-90s-nora', 'small-site'];
    const again = runMatrix({ seed: 1, sizes: SMALL, only, strategies: SHOWN });
    expect(again.map((r) => r.rows)).toEqual(results.filter((r) => only.includes(r.scenario.key)).map((r) => r.rows));
    const other = runMatrix({ seed: 2, sizes: SMALL, only, strategies: SHOWN });
    expect(other.map((r) => r.rows)).not.toEqual(again.map((r) => r.rows));
  });
});
