/**
 * The fleet benchmark's promises (issue 4), checked on a smaller fleet so a change to the
 * scheduler's defaults that feeds an outage, or slows users down for nothing, fails here.
 */
import { describe, expect, it } from 'vitest';
import { runFleet, type FleetResults } from '../../../bench/fleet/run-fleet';
import { SCENARIOS } from '../../../bench/fleet/scenarios';
import { STRATEGIES } from '../../../bench/fleet/strategies';

const p95 = (v: number | null): number => v ?? Infinity;

function check(results: FleetResults): void {
  for (const scenario of SCENARIOS) {
    const comeback = results[scenario].comeback;
    expect(comeback.recovered, scenario).toBe(true);
    expect(comeback.requestsPerClient, `${scenario}: at most 10 % of fixed-5s`).toBeLessThanOrEqual(0.1 * results[scenario]['fixed-5s'].requestsPerClient);
    for (const other of STRATEGIES.filter((s) => s !== 'comeback')) {
      const m = results[scenario][other];
      const cheaperAndFaster = m.requestsPerClient < comeback.requestsPerClient && p95(m.p95RecoverySeconds) < p95(comeback.p95RecoverySeconds);
      expect(cheaperAndFaster, `${scenario}: ${other} is both cheaper and faster than comeback`).toBe(false);
    }
  }
  expect(results.overload.comeback.peakOverCapacity).toBeLessThanOrEqual(1);
  expect(results.overload['fixed-5s'].recovered).toBe(false);
}

describe('fleet benchmark', () => {
  const first = runFleet({ seed: 1, clients: 2000 });

  it('comeback: ≤ 10 % of fixed-5s, nobody cheaper and faster, overload under capacity and recovered', () => {
    check(first.results);
  });

  it('holds for other seeds too', () => {
    for (const seed of [2, 3]) check(runFleet({ seed, clients: 2000 }).results);
  });

  it('is deterministic for a given seed', () => {
    expect(runFleet({ seed: 1, clients: 2000 }).results).toEqual(first.results);
  });

  it('reports the shape --json prints', () => {
    expect(Object.keys(first.results)).toEqual(['outage', 'overload']);
    for (const scenario of SCENARIOS) {
      expect(Object.keys(first.results[scenario])).toEqual([...STRATEGIES]);
      expect(Object.keys(first.results[scenario].comeback)).toEqual(['requestsPerClient', 'peakOverCapacity', 'p50RecoverySeconds', 'p95RecoverySeconds', 'recovered']);
    }
  });
});
