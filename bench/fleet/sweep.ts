/**
 * `--sweep`: comeback alone under other `waitedRatio` values, on the rows the one conflict is
 * about (docs/fleet.md, "The one conflict"): the lone visitor's medians against the fleet's peak
 * and steady arrivals' origin work after the fix.
 */
import { DEFAULT_PACE } from '../../src/core/engine/pacing';
import { runMatrix } from './run-matrix';
import type { MatrixOptions } from './scenarios';

export const SWEEP_RATIOS = [0.15, 0.18, 0.2, 0.22, 0.25, 0.3] as const;
const KEYS = ['lone-90s-ra5', 'lone-5min-ra5', 'lone-5min-nora', 'outage', 'overload', 'big', 'steady'];

export function formatSweep(seed: number, sizes: MatrixOptions): string {
  const lines = [
    '| waitedRatio | one visitor 90 s: p50 (≤ 10) | 5 min, RA: p50 (≤ 30) | 5 min, no RA: p50 (≤ 30) | outage peak/C (≤ 1) | overload peak/C, p95 | 100,000 peak/C, p95 | steady: after fix (≤ 1.2), p95 |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const waitedRatio of SWEEP_RATIOS) {
    const results = runMatrix({ seed, sizes, only: KEYS, strategies: ['comeback'], pace: { ...DEFAULT_PACE, waitedRatio } });
    const m = (key: string) => results.find((r) => r.scenario.key === key)?.rows.comeback;
    const p50 = (key: string): string => String(m(key)?.p50Seconds ?? 'never');
    const peakP95 = (key: string): string => `${m(key)?.peakOverCapacity ?? '–'}, ${m(key)?.p95Seconds ?? 'never'} s`;
    const mark = waitedRatio === DEFAULT_PACE.waitedRatio ? ' (default)' : '';
    lines.push(
      `| ${waitedRatio}${mark} | ${p50('lone-90s-ra5')} s | ${p50('lone-5min-ra5')} s | ${p50('lone-5min-nora')} s | ${m('outage')?.peakOverCapacity ?? '–'} | ${peakP95('overload')} | ${peakP95('big')} | ${m('steady')?.afterFixPerClient ?? '–'}, ${m('steady')?.p95Seconds ?? 'never'} s |`,
    );
  }
  return lines.join('\n');
}
