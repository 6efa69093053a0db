/**
 * What Comeback must show in one run of the matrix (docs/fleet.md, "The promises"), as checks
 * that name what failed. `--short` and `--check` exit non-zero when one fails; the unit test runs
 * them on a small matrix.
 *
 * Two of the issue's targets conflict with the lone visitor's (both hang on the same waitedRatio):
 * the fleet's first-minute peak ≤ capacity and steady arrivals' origin work after the fix ≤ 1.2.
 * The lone visitor was chosen; those two are held to the bounds that choice gives, and say so.
 */
import type { RowMetrics } from './metrics';
import type { ScenarioResult } from './run-matrix';
import type { StrategyName } from './strategies';

export interface PromiseCheck {
  readonly name: string;
  readonly ok: boolean;
  /** The numbers behind the verdict. */
  readonly detail: string;
}

/** The fleets' peak in the first minute after the fix, ÷ capacity (the issue asked ≤ 1). */
export const RELAXED_PEAK = 1.35;
/** Origin work per client after the fix in steady arrivals (the issue asked ≤ 1.2 everywhere). */
export const RELAXED_STEADY_AFTER_FIX = 1.4;

const inf = (v: number | null): number => v ?? Infinity;
const s = (v: number | null): string => (v === null ? 'never' : `${v} s`);

export function checkPromises(results: readonly ScenarioResult[]): PromiseCheck[] {
  const checks: PromiseCheck[] = [];
  const add = (name: string, ok: boolean, detail: string): void => void checks.push({ name, ok, detail });
  for (const r of results) {
    const cb = r.rows.comeback;
    if (!cb) continue;
    const key = r.scenario.key;
    const tags = r.scenario.tags;
    const p = `${key}: p50 ${s(cb.p50Seconds)}, p95 ${s(cb.p95Seconds)}`;
    if (tags.includes('lone-short')) add(`${key}: one visitor, median ≤ 5 s and p95 ≤ 10 s`, inf(cb.p50Seconds) <= 5 && inf(cb.p95Seconds) <= 10, p);
    if (tags.includes('rate-limit')) {
      // One request at exactly Retry-After: no 429 but the first, and the page as the window reopens.
      add(`${key}: 429, one request at exactly Retry-After`, cb.cheapPerClient === 1 && cb.p95Seconds === 0, `${p}, ${cb.cheapPerClient} 429s per client`);
    }
    if (tags.includes('lone-90s')) add(`${key}: one visitor, median ≤ 10 s and p95 ≤ 30 s`, inf(cb.p50Seconds) <= 10 && inf(cb.p95Seconds) <= 30, p);
    if (tags.includes('lone-5min')) add(`${key}: one visitor, median ≤ 30 s`, inf(cb.p50Seconds) <= 30, p);
    if (tags.includes('lone-30min')) {
      add(`${key}: one visitor, nobody gives up and p95 ≤ 5 min`, cb.gaveUpShare === 0 && inf(cb.p95Seconds) <= 300, `${p}, given up ${pct(cb.gaveUpShare)}`);
    }
    if (tags.includes('fleet')) {
      const bound = 2 * r.limit.p95;
      add(`${key}: fleet p95 ≤ 2 × its limit (${bound} s)`, inf(cb.p95Seconds) <= bound, `${p}, limit p95 ≥ ${r.limit.p95} s`);
      add(
        `${key}: fleet peak in the first minute ≤ ${RELAXED_PEAK} × capacity (relaxed from 1: the one conflict)`,
        cb.peakOverCapacity !== null && cb.peakOverCapacity <= RELAXED_PEAK,
        `${key}: peak ${cb.peakOverCapacity ?? '–'} × capacity`,
      );
    }
    if (tags.includes('overload')) {
      const fixed = r.rows['fixed-5s'];
      add(`${key}: comeback recovers`, cb.recovered, `${key}: recovered ${cb.recovered}`);
      if (fixed) add(`${key}: fixed 5-s reloading does not recover`, !fixed.recovered, `${key}: fixed-5s recovered ${fixed.recovered}`);
    }
    if (tags.includes('steady')) {
      const today = r.rows['comeback-0.1'];
      if (today) add(`${key}: p95 no worse than comeback 0.1's`, inf(cb.p95Seconds) <= inf(today.p95Seconds), `${key}: p95 ${s(cb.p95Seconds)} against ${s(today.p95Seconds)}`);
    }
    const afterFixBound = tags.includes('steady') ? RELAXED_STEADY_AFTER_FIX : 1.2;
    add(
      `${key}: origin work per client after the fix ≤ ${afterFixBound}${tags.includes('steady') ? ' (relaxed from 1.2: the one conflict)' : ''}`,
      cb.afterFixPerClient <= afterFixBound,
      `${key}: ${cb.afterFixPerClient} per client`,
    );
    if (tags.includes('slow')) {
      const fixed = r.rows['fixed-5s'];
      if (fixed) {
        add(`${key}: origin work ≤ 10 % of fixed 5-s reloading's`, cb.originPerClient <= 0.1 * fixed.originPerClient, `${key}: ${cb.originPerClient} against ${fixed.originPerClient} per client`);
        // Stricter: while the backend drowns, what comeback adds beyond the user's own navigation.
        const added = cb.outageOriginPerClient - 1;
        const fixedAdded = fixed.outageOriginPerClient - 1;
        add(`${key}: timeouts added while it drowns ≤ 10 % of fixed 5-s reloading's`, added <= 0.1 * fixedAdded, `${key}: ${round(added)} against ${round(fixedAdded)} per client beyond the navigation`);
      }
    }
    for (const [name, m] of Object.entries(r.rows) as [StrategyName, RowMetrics][]) {
      if (name === 'comeback') continue;
      const both = m.originPerClient < cb.originPerClient && inf(m.p95Seconds) < inf(cb.p95Seconds);
      if (both) add(`${key}: ${name} is both cheaper and faster than comeback`, false, `${key}: ${name} origin ${m.originPerClient} < ${cb.originPerClient}, p95 ${s(m.p95Seconds)} < ${s(cb.p95Seconds)}`);
    }
  }
  const rivals = results.length > 0 && checks.every((c) => !c.name.includes('both cheaper and faster'));
  if (rivals) add('no strategy is both cheaper (origin work) and faster (p95) than comeback in any scenario', true, `${results.length} scenarios`);
  return checks;
}

function pct(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
