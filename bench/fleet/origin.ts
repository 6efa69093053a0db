/**
 * What the site answers. While it is down: the scenario's answer (scenarios.ts). After the fix:
 * the origin serves what its capacity allows, judged one second at a time (capacity is a
 * per-second budget), and a request beyond it waits in the proxy's queue and is dropped slowly.
 */
import type { Answer } from '../../src/core/engine/pacing';
import { CHEAP_LATENCY_MS, FIRST_BYTE_TIMEOUT_MS, QUEUE_TIMEOUT_MS, type Scenario } from './scenarios';

/** A failed answer and whether it cost the backend work. */
export interface OriginAnswer {
  readonly answer: Answer;
  /** It reached the backend (a timeout, or any request after the fix). */
  readonly originWork: boolean;
}

/** The answer to a request sent at `at` while the site is down (`at` < scenario.outageMs). */
export function outageAnswer(scenario: Scenario, at: number): OriginAnswer {
  switch (scenario.answer) {
    case 'varnish-503':
      return { answer: failed(at + CHEAP_LATENCY_MS, 503, CHEAP_LATENCY_MS, 5), originWork: false };
    case 'nginx-502':
      return { answer: failed(at + CHEAP_LATENCY_MS, 502, CHEAP_LATENCY_MS, null), originWork: false };
    case 'rate-limited-429': {
      // The limiter says how long its window still stays shut.
      const left = Math.max(1, Math.ceil((scenario.outageMs - at) / 1000));
      return { answer: { ...failed(at + CHEAP_LATENCY_MS, 429, CHEAP_LATENCY_MS, left), rateLimited: true }, originWork: false };
    }
    case 'timeout-504':
      return { answer: failed(at + FIRST_BYTE_TIMEOUT_MS, 504, FIRST_BYTE_TIMEOUT_MS, null), originWork: true };
  }
}

/** The answer to a request after the fix that the origin could not serve: queued, then dropped. */
export function overflowAnswer(scenario: Scenario, at: number): OriginAnswer {
  // Varnish turns a failed backend fetch into its 503 with Retry-After: 5 (builtin VCL); nginx says nothing.
  const retryAfter = scenario.answer === 'varnish-503' ? 5 : null;
  return { answer: failed(at + QUEUE_TIMEOUT_MS, 503, QUEUE_TIMEOUT_MS, retryAfter), originWork: true };
}

/**
 * Requests served in a second that brought the fixed origin `load` requests: all up to capacity;
 * beyond it every excess request is accepted, queued and dropped, costing the work of one it could
 * have served, so goodput falls linearly to zero at twice capacity (the congestion collapse behind
 * metastable failures: Bronson et al., "Metastable Failures in Distributed Systems", HotOS 2021).
 */
export function goodput(load: number, capacity: number | null): number {
  if (capacity === null || load <= capacity) return load;
  return Math.max(0, 2 * capacity - load);
}

function failed(at: number, status: number, latencyMs: number, retryAfterSeconds: number | null): Answer {
  return { at, status, latencyMs, retryAfterSeconds, rateLimited: false };
}
