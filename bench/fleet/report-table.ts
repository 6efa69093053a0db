/** The readable table printed by default, and the compact markdown summary (`--markdown`). */
import type { RowMetrics } from './metrics';
import type { PromiseCheck } from './promises';
import type { ScenarioResult } from './run-matrix';
import type { StrategyName } from './strategies';

const HEADERS = ['strategy', 'cheap', 'origin: outage', 'after fix', 'peak/C', 'p50', 'p95', 'p95/limit', 'recovered', 'gave up'];

export function formatTable(results: readonly ScenarioResult[], seed: number): string {
  const lines = [`Fleet benchmark, seed ${seed}. Per client: cheap answers, origin work during the outage and after the fix.`];
  for (const r of results) {
    const rows = (Object.entries(r.rows) as [StrategyName, RowMetrics][]).map(([name, m]) => [
      name,
      m.cheapPerClient.toFixed(2),
      m.outageOriginPerClient.toFixed(2),
      m.afterFixPerClient.toFixed(2),
      m.peakOverCapacity === null ? '–' : m.peakOverCapacity.toFixed(2),
      seconds(m.p50Seconds),
      seconds(m.p95Seconds),
      ratio(m.p95Seconds, r.limit.p95),
      m.recovered ? 'yes' : 'NO',
      `${(m.gaveUpShare * 100).toFixed(1)} %`,
    ]);
    const widths = HEADERS.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
    const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
    lines.push('', `[${r.scenario.key}] ${r.scenario.title}`, `  limit: ${r.limit.formula}`, line(HEADERS), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line));
  }
  lines.push(
    '',
    'cheap: failed answers a cache or proxy gave without the backend (first navigation included).',
    'origin: outage = timeouts that reached the drowning backend; after fix = every request from the fix on (probes, reloads, and those beyond capacity).',
    'peak/C: busiest second in the first minute after the fix ÷ capacity (probes plus reloads). p50/p95: seconds from the fix to the page shown; "never" = not within the horizon.',
  );
  return lines.join('\n');
}

export function formatPromises(checks: readonly PromiseCheck[]): string {
  const failed = checks.filter((c) => !c.ok);
  const lines = [`Promises: ${checks.length - failed.length} of ${checks.length} kept.`];
  for (const c of checks) lines.push(`  ${c.ok ? 'ok  ' : 'FAIL'}  ${c.name}${c.ok ? '' : `  (${c.detail})`}`);
  return lines.join('\n');
}

/** One line per scenario: comeback beside its limit, fixed 5-s reloading and comeback 0.1. */
export function formatMarkdown(results: readonly ScenarioResult[]): string {
  const lines = [
    '| scenario | limit p50 / p95 | comeback p50 / p95 | origin after fix | peak/C | fixed-5s p95 | comeback 0.1 p95 |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const cb = r.rows.comeback;
    if (!cb) continue;
    const fixed = r.rows['fixed-5s'];
    const old = r.rows['comeback-0.1'];
    lines.push(
      `| ${r.scenario.key} | ${num(r.limit.p50)} / ${num(r.limit.p95)} s | ${seconds(cb.p50Seconds)} / ${seconds(cb.p95Seconds)} | ${cb.afterFixPerClient.toFixed(2)} | ${cb.peakOverCapacity === null ? '–' : cb.peakOverCapacity.toFixed(2)} | ${fixed ? seconds(fixed.p95Seconds) : '–'} | ${old ? seconds(old.p95Seconds) : '–'} |`,
    );
  }
  return lines.join('\n');
}

function seconds(value: number | null): string {
  return value === null ? 'never' : `${value.toFixed(1)} s`;
}

function ratio(value: number | null, limit: number): string {
  if (value === null) return '–';
  return limit > 0 ? `${(value / limit).toFixed(2)}×` : '–';
}

function num(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/0+$/, '');
}
