/** From a run's trace to the numbers of one table row (docs/fleet.md, "The model"). */
import type { Scenario } from './scenarios';
import type { RunTrace } from './simulate';

export interface RowMetrics {
  /** Failed answers a cache or proxy gave without the backend, first navigation included, per client. */
  cheapPerClient: number;
  /** Requests during the outage that reached the backend (timeouts), per client. */
  outageOriginPerClient: number;
  /** Requests at or after the fix, per client: probes, reloads and those the origin could not serve. */
  afterFixPerClient: number;
  /** Origin work per client: the two above added. */
  originPerClient: number;
  /** Busiest second in the first minute after the fix ÷ capacity; null for lone visitors. */
  peakOverCapacity: number | null;
  /** Seconds from the fix to the page shown; null when that share was never served in the horizon. */
  p50Seconds: number | null;
  p95Seconds: number | null;
  /** Every client was shown the page within the horizon. */
  recovered: boolean;
  /** Share of clients whose strategy stopped before the page came back. */
  gaveUpShare: number;
}

export function measure(trace: RunTrace, scenario: Scenario): RowMetrics {
  const clients = trace.servedAt.length;
  const fixAt = scenario.outageMs;
  const first = fixAt / 1000;
  let peak = 0;
  for (let s = first; s < first + 60 && s < trace.perSecond.length; s++) peak = Math.max(peak, trace.perSecond[s] as number);
  const waits = Float64Array.from(trace.servedAt, (at) => (Number.isNaN(at) ? Infinity : Math.max(0, at - fixAt) / 1000)).sort();
  const outageOrigin = trace.outageOrigin / clients;
  const afterFix = trace.afterFix / clients;
  return {
    cheapPerClient: round(trace.cheap / clients, 2),
    outageOriginPerClient: round(outageOrigin, 2),
    afterFixPerClient: round(afterFix, 2),
    originPerClient: round(outageOrigin + afterFix, 2),
    peakOverCapacity: scenario.nominalCapacity === null ? null : round(peak / scenario.nominalCapacity, 2),
    p50Seconds: percentile(waits, 0.5),
    p95Seconds: percentile(waits, 0.95),
    recovered: waits.every(Number.isFinite),
    gaveUpShare: round(trace.gaveUp / clients, 3),
  };
}

/** Nearest-rank percentile of sorted values; null when it lands on a client never served. */
function percentile(sorted: Float64Array, p: number): number | null {
  const value = sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
  return value === undefined || !Number.isFinite(value) ? null : round(value, 1);
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
