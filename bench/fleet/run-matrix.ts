/**
 * Runs every scenario of the matrix under every strategy with the same arrivals, and measures
 * them. The entry point for main.ts and for tests/unit/bench/fleet.test.ts.
 */
import { DEFAULT_PACE, type PaceOptions } from '../../src/core/engine/pacing';
import { limitOf, type Limit } from './limits';
import { measure, type RowMetrics } from './metrics';
import { deriveSeed, seededRandom } from './random';
import { FULL_MATRIX, matrix, type MatrixOptions, type Scenario } from './scenarios';
import { simulate } from './simulate';
import { STRATEGIES, createStrategy, type StrategyName } from './strategies';

export interface RunOptions {
  /** @default 1 */
  seed: number;
  sizes: MatrixOptions;
  /** Only the scenarios with these keys (all when absent). */
  only?: readonly string[];
  /** Only these strategies (all when absent). */
  strategies?: readonly StrategyName[];
  /** Tuning of the pacing under test (the sweep); DEFAULT_PACE when absent. */
  pace?: PaceOptions;
  /** Strategies too costly to simulate on the biggest rows are left out there (none when absent). */
  skipOnBig?: readonly StrategyName[];
}

export interface ScenarioResult {
  scenario: Scenario;
  limit: Limit;
  rows: Partial<Record<StrategyName, RowMetrics>>;
  /** Requests per second over time, for the chart. */
  perSecond: Partial<Record<StrategyName, Int32Array>>;
}

/** Uniform arrivals over the window, sorted. */
export function arrivalsFor(scenario: Scenario, random: () => number): Float64Array {
  const times = new Float64Array(scenario.clients);
  const span = scenario.arrivalToMs - scenario.arrivalFromMs;
  for (let i = 0; i < times.length; i++) times[i] = scenario.arrivalFromMs + Math.floor(random() * span);
  return times.sort();
}

export function runMatrix(partial: Partial<RunOptions> = {}): ScenarioResult[] {
  const options: RunOptions = { seed: 1, sizes: FULL_MATRIX, ...partial };
  const scenarios = matrix(options.sizes).filter((s) => !options.only || options.only.includes(s.key));
  return scenarios.map((scenario) => runScenario(scenario, options));
}

export function runScenario(scenario: Scenario, options: RunOptions): ScenarioResult {
  const arrivals = arrivalsFor(scenario, seededRandom(deriveSeed(options.seed, `${scenario.key}/arrivals`)));
  const result: ScenarioResult = { scenario, limit: limitOf(scenario), rows: {}, perSecond: {} };
  const big = scenario.clients > 50_000;
  for (const name of options.strategies ?? STRATEGIES) {
    if (big && options.skipOnBig?.includes(name)) continue;
    const strategy = createStrategy(name, scenario.clients, seededRandom(deriveSeed(options.seed, `${scenario.key}/${name}`)), options.pace ?? DEFAULT_PACE);
    const trace = simulate({ scenario, strategy, arrivals, random: seededRandom(deriveSeed(options.seed, `${scenario.key}/${name}/origin`)) });
    result.rows[name] = measure(trace, scenario);
    result.perSecond[name] = trace.perSecond;
  }
  return result;
}
