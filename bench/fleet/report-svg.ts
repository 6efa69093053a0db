/**
 * Requests per second over time, one line per strategy, one panel per fleet scenario (the
 * 10,000-browser overload, steady arrivals, the slow outage): a hand-written SVG (no chart
 * dependency). Log scale, because fixed-3s sends a thousand times what comeback does.
 */
import type { ScenarioResult } from './run-matrix';
import type { StrategyName } from './strategies';

const COLORS: Record<StrategyName, string> = {
  comeback: '#1a7f37',
  'comeback-0.1': '#6e7781',
  'fixed-5s': '#cf222e',
  'fixed-3s': '#8250df',
  'chromium-steps': '#0969da',
  'exponential-no-jitter': '#bc4c00',
};
const PANELS = ['overload', 'steady', 'slow'];
const WIDTH = 960;
const PANEL = 260;
const LEFT = 60;
const RIGHT = 20;
const TOP = 56;
const GAP = 60;
const AFTER_FIX_SECONDS = 600;
const BUCKET_SECONDS = 10; // fixed reloaders synchronise into 10-s waves (5-s queue drop + 5-s wait): averaged over one
const MAX_DECADES = 4; // 1 … 10,000 req/s

export function renderSvg(results: readonly ScenarioResult[]): string {
  const shown = results.filter((r) => PANELS.includes(r.scenario.key));
  const height = TOP + shown.length * (PANEL + GAP) + 20;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${LEFT}" y="20" font-size="15" font-weight="600">Requests per second reaching the site (${BUCKET_SECONDS}-s average, log scale, 0 drawn as 1); the fix is dashed</text>`,
  ];
  shown.forEach((r, i) => parts.push(panel(r, TOP + i * (PANEL + GAP))));
  parts.push(legend(height - 14));
  parts.push('</svg>');
  return parts.join('\n');
}

function panel(r: ScenarioResult, top: number): string {
  const fix = r.scenario.outageMs / 1000;
  const span = fix + AFTER_FIX_SECONDS;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const x = (s: number): number => LEFT + (s / span) * plotWidth;
  const y = (rate: number): number => top + PANEL - (Math.log10(Math.max(1, rate)) / MAX_DECADES) * PANEL;
  const out = [`<text x="${LEFT}" y="${top - 8}" font-weight="600">${escape(r.scenario.title)}</text>`];
  for (let d = 0; d <= MAX_DECADES; d++) {
    const v = 10 ** d;
    out.push(`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y(v)}" y2="${y(v)}" stroke="#eee"/>`);
    out.push(`<text x="${LEFT - 6}" y="${y(v) + 4}" text-anchor="end" fill="#555">${v.toLocaleString('en-US')}</text>`);
  }
  for (let s = 0; s <= span; s += 120) out.push(`<text x="${x(s)}" y="${top + PANEL + 16}" text-anchor="middle" fill="#555">${s / 60} min</text>`);
  out.push(`<line x1="${x(fix)}" x2="${x(fix)}" y1="${top}" y2="${top + PANEL}" stroke="#999" stroke-dasharray="4 4"/>`);
  const capacity = r.scenario.nominalCapacity;
  if (capacity !== null) {
    out.push(`<line x1="${x(fix)}" x2="${WIDTH - RIGHT}" y1="${y(capacity)}" y2="${y(capacity)}" stroke="#000" stroke-dasharray="2 3"/>`);
    out.push(`<text x="${WIDTH - RIGHT}" y="${y(capacity) - 4}" text-anchor="end">capacity ${capacity.toLocaleString('en-US')} req/s</text>`);
  }
  for (const [name, perSecond] of Object.entries(r.perSecond) as [StrategyName, Int32Array][]) {
    const points: string[] = [];
    for (let s = 0; s < span; s += BUCKET_SECONDS) {
      let sum = 0;
      for (let k = s; k < s + BUCKET_SECONDS; k++) sum += perSecond[k] ?? 0;
      points.push(`${x(s + BUCKET_SECONDS / 2).toFixed(1)},${y(sum / BUCKET_SECONDS).toFixed(1)}`);
    }
    out.push(`<polyline fill="none" stroke="${COLORS[name]}" stroke-width="${name === 'comeback' ? 2.5 : 1.5}" points="${points.join(' ')}"/>`);
  }
  out.push(`<rect x="${LEFT}" y="${top}" width="${plotWidth}" height="${PANEL}" fill="none" stroke="#ccc"/>`);
  return out.join('\n');
}

function legend(baseline: number): string {
  return (Object.entries(COLORS) as [StrategyName, string][])
    .map(([name, color], i) => {
      const x0 = LEFT + i * 145;
      return `<line x1="${x0}" x2="${x0 + 20}" y1="${baseline - 4}" y2="${baseline - 4}" stroke="${color}" stroke-width="3"/><text x="${x0 + 26}" y="${baseline}">${name}</text>`;
    })
    .join('\n');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
