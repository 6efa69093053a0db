/** The readable table printed by default. */
import type { FleetMetrics } from './metrics';
import type { FleetRun } from './run-fleet';
import type { ScenarioName } from './scenarios';

const TITLES: Record<ScenarioName, string> = {
  outage: 'outage: origin down 5 min (Varnish 503, Retry-After: 5), then healthy',
  overload: 'overload: same outage, then the origin serves at most its capacity; beyond it, goodput collapses',
};

const HEADERS = ['strategy', 'requests/client', 'peak/capacity', 'p50 recovery', 'p95 recovery', 'recovered'];

export function formatTable(run: FleetRun, clients: number, seed: number): string {
  const lines = [`${clients.toLocaleString('en-US')} browsers, origin capacity ${run.capacity} req/s after the fix, seed ${seed}`];
  for (const [scenario, byStrategy] of Object.entries(run.results) as [ScenarioName, Record<string, FleetMetrics>][]) {
    const rows = Object.entries(byStrategy).map(([name, m]) => [
      name,
      m.requestsPerClient.toFixed(2),
      m.peakOverCapacity.toFixed(2),
      seconds(m.p50RecoverySeconds),
      seconds(m.p95RecoverySeconds),
      m.recovered ? 'yes' : 'NO',
    ]);
    const widths = HEADERS.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells: readonly string[]): string =>
      cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
    lines.push('', TITLES[scenario], line(HEADERS), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line));
  }
  lines.push('', 'requests/client: origin requests answered with an error, first navigation included.');
  lines.push('peak/capacity: busiest second in the first minute after the fix ÷ capacity.');
  lines.push('recovery: seconds from the fix to the page shown; "never" = not within 30 min.');
  return lines.join('\n');
}

function seconds(value: number | null): string {
  return value === null ? 'never' : `${value.toFixed(1)} s`;
}
