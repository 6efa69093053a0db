/** From a run's trace to the numbers the issue asks for (issue 4, "Metrics"). */
import { RECOVERY_AT_MS } from './scenarios';
import type { RunTrace } from './simulate';

export interface FleetMetrics {
  /** Origin requests answered with an error (first navigations included), per client. */
  requestsPerClient: number;
  /** Highest requests/second in the first minute after the fix, ÷ the origin's capacity. */
  peakOverCapacity: number;
  /** Seconds from the fix to the page shown; null when that share was never served in the horizon. */
  p50RecoverySeconds: number | null;
  p95RecoverySeconds: number | null;
  /** Every client was served within the horizon. */
  recovered: boolean;
}

export function measure(trace: RunTrace, capacity: number): FleetMetrics {
  const clients = trace.servedAt.length;
  const firstSecond = RECOVERY_AT_MS / 1000;
  let peak = 0;
  for (let s = firstSecond; s < firstSecond + 60 && s < trace.perSecond.length; s++) {
    peak = Math.max(peak, trace.perSecond[s] as number);
  }
  const waits = Array.from(trace.servedAt, (at) => (Number.isNaN(at) ? Infinity : Math.max(0, at - RECOVERY_AT_MS) / 1000));
  waits.sort((a, b) => a - b);
  return {
    requestsPerClient: round(trace.failedRequests / clients, 2),
    peakOverCapacity: round(peak / capacity, 2),
    p50RecoverySeconds: percentile(waits, 0.5),
    p95RecoverySeconds: percentile(waits, 0.95),
    recovered: waits.every(Number.isFinite),
  };
}

/** Nearest-rank percentile of sorted values; null when it lands on a client never served. */
function percentile(sorted: readonly number[], p: number): number | null {
  const value = sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
  return value === undefined || !Number.isFinite(value) ? null : round(value, 1);
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
