/**
 * The physical limit beside every row (docs/reference.md §5). N clients wait on an origin that
 * serves C req/s after the fix and asks for Retry-After F (1 s when it says nothing: the least
 * gap). No strategy that keeps every second under capacity serves the k-th client sooner than k/C
 * after the fix, so with T* = max(N/C, F): p50 ≥ T* / 2 and p95 ≥ 0.95·T*. The reload is the probe
 * (one request per client on success); a probe-then-reload design needs two: T* = max(2N/C, F).
 */
import type { Scenario } from './scenarios';

export interface Limit {
  /** Seconds. */
  readonly tStar: number;
  readonly p50: number;
  readonly p95: number;
  /** T* for a probe-then-reload design. */
  readonly tStarProbeThenReload: number;
  /** The formula with the row's numbers. */
  readonly formula: string;
}

export function retryAfterOf(scenario: Scenario): number {
  return scenario.answer === 'varnish-503' ? 5 : 1;
}

export function limitOf(scenario: Scenario): Limit {
  if (scenario.answer === 'rate-limited-429') {
    // Measured from the moment the limiter's window reopens: one request exactly then is the best.
    return { tStar: 0, p50: 0, p95: 0, tStarProbeThenReload: 0, formula: 'one request exactly at Retry-After (30 s), shown 0 s after the window reopens' };
  }
  const f = retryAfterOf(scenario);
  const fText = scenario.answer === 'varnish-503' ? 'F = 5 s (Retry-After)' : 'F = 1 s (no Retry-After: the least gap)';
  if (scenario.lone || scenario.nominalCapacity === null) {
    return { tStar: f, p50: f / 2, p95: 0.95 * f, tStarProbeThenReload: f, formula: `N = 1: T* = F, ${fText}: p50 ≥ ${fmt(f / 2)} s, p95 ≥ ${fmt(0.95 * f)} s` };
  }
  const n = scenario.clients;
  const c = scenario.nominalCapacity;
  const tStar = Math.max(n / c, f);
  const twice = Math.max((2 * n) / c, f);
  return {
    tStar,
    p50: tStar / 2,
    p95: 0.95 * tStar,
    tStarProbeThenReload: twice,
    formula:
      `T* = max(N/C, F) = max(${n.toLocaleString('en-US')}/${c.toLocaleString('en-US')}, ${f}) = ${fmt(tStar)} s: ` +
      `p50 ≥ ${fmt(tStar / 2)} s, p95 ≥ ${fmt(0.95 * tStar)} s (probe then reload: max(2N/C, F) = ${fmt(twice)} s)`,
  };
}

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/0+$/, '');
}
