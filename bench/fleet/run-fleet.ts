/**
 * Runs every scenario under every strategy with the same arrivals, and measures them.
 * The entry point for main.ts and for tests/unit/scheduler/fleet.test.ts.
 */
import type { SchedulerOptions } from '../../src/core/scheduler';
import { measure, type FleetMetrics } from './metrics';
import { deriveSeed, seededRandom } from './random';
import { CAPACITY_PER_CLIENT, RECOVERY_AT_MS, SCENARIOS, capacityFor, type ScenarioName } from './scenarios';
import { simulate } from './simulate';
import { STRATEGIES, createStrategy, type StrategyName } from './strategies';

export interface FleetOptions {
  /** @default 1 */
  seed: number;
  /** Browsers, each hitting the outage once. @default 10000 */
  clients: number;
  /**
   * Visitors arrive as a Poisson process over the first this-many seconds of the outage.
   * @default 120 — the people on the site when it broke and those who came in its first minutes.
   */
  arrivalSeconds: number;
  /** Origin capacity after the fix, requests per second per client. @default CAPACITY_PER_CLIENT */
  capacityPerClient: number;
  /** Simulated time after the fix. @default 1800 (30 min: Chromium's longest step). */
  afterRecoverySeconds: number;
  /** Only these strategies (all when absent). */
  strategies?: readonly StrategyName[];
  /** Override the real scheduler's tuning (to compare jitters); the defaults when absent. */
  comebackOptions?: Partial<SchedulerOptions>;
}

export const DEFAULT_FLEET_OPTIONS: FleetOptions = { seed: 1, clients: 10_000, arrivalSeconds: 120, capacityPerClient: CAPACITY_PER_CLIENT, afterRecoverySeconds: 1800 };

export type FleetResults = Record<ScenarioName, Record<StrategyName, FleetMetrics>>;

export interface FleetRun {
  results: FleetResults;
  /** Requests per second over time, for the chart. */
  perSecond: Record<ScenarioName, Record<StrategyName, Int32Array>>;
  capacity: number;
}

/** Poisson arrivals conditioned on their number: sorted uniform times over the window. */
export function poissonArrivals(clients: number, windowMs: number, random: () => number): Float64Array {
  const times = new Float64Array(clients);
  for (let i = 0; i < clients; i++) times[i] = Math.floor(random() * windowMs);
  return times.sort();
}

export function runFleet(partial: Partial<FleetOptions> = {}): FleetRun {
  const options: FleetOptions = { ...DEFAULT_FLEET_OPTIONS, ...partial };
  const capacity = capacityFor(options.clients, options.capacityPerClient);
  const arrivals = poissonArrivals(options.clients, options.arrivalSeconds * 1000, seededRandom(deriveSeed(options.seed, 'arrivals')));
  const horizonMs = RECOVERY_AT_MS + options.afterRecoverySeconds * 1000;
  const results = {} as FleetResults;
  const perSecond = {} as FleetRun['perSecond'];
  for (const scenario of SCENARIOS) {
    results[scenario] = {} as Record<StrategyName, FleetMetrics>;
    perSecond[scenario] = {} as Record<StrategyName, Int32Array>;
    for (const name of options.strategies ?? STRATEGIES) {
      const strategyRandom = seededRandom(deriveSeed(options.seed, `${scenario}/${name}`));
      const trace = simulate({
        scenario,
        strategy: createStrategy(name, options.clients, strategyRandom, options.comebackOptions),
        arrivals,
        capacity,
        horizonMs,
        random: seededRandom(deriveSeed(options.seed, `${scenario}/${name}/origin`)),
      });
      results[scenario][name] = measure(trace, capacity);
      perSecond[scenario][name] = trace.perSecond;
    }
  }
  return { results, perSecond, capacity };
}
