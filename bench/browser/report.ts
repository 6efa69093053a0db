/** The benchmark's output: the headline JSON object and the readable table with targets. */
import type { Entry, EntrySizes } from './bundles';
import { median, range, round } from './stats';

export interface Headline {
  overheadRatio: number;
  scriptsOnHealthyPages: number;
  detectToOverlayMs: number;
  recoveryLagMs: number;
  popupFirstPaintMs: number;
  backgroundMemoryMB: number;
  bundleKB: EntrySizes;
}

export interface Details {
  mode: 'full' | 'short';
  loads: number;
  withMs: number[];
  withoutMs: number[];
  /** The do-nothing extension with Comeback's listeners (baselines.ts). */
  listenersOnlyMs: number[];
  listenersOnlyRatio: number;
  extensionWorldsOnErrorPages: number;
  detectMs: number[];
  recoveryMs: number[];
  popupMs: number[];
  /** First paint of a static page of the same extension, measured alternately with the popup. */
  blankPageMs: number[];
  memory: { tabs: number; sites: number; idleMB: number; waitingMB: number; afterMB: number };
  firefoxKB: EntrySizes;
  budgetsKB: Readonly<Record<Entry, number>>;
  seconds: number;
}

const col = (s: string | number, n: number): string => String(s).padEnd(n);
const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED');
const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`;

export function formatTable(h: Headline, d: Details): string {
  const rows: [string, string, string, string, string][] = [
    ['overheadRatio', h.overheadRatio.toFixed(3), '≤ 1.02', verdict(h.overheadRatio <= 1.02),
      `median load ${round(median(d.withMs), 1)} ms with / ${round(median(d.withoutMs), 1)} ms without; ${d.loads} loads each`],
    ['  listeners only', d.listenersOnlyRatio.toFixed(3), '', '',
      `a do-nothing extension with the same two listeners: ${round(median(d.listenersOnlyMs), 1)} ms (Chromium's share of the overhead)`],
    ['scriptsOnHealthyPages', String(h.scriptsOnHealthyPages), '= 0', verdict(h.scriptsOnHealthyPages === 0),
      `extension worlds seen on the ${d.detectMs.length} error pages: ${d.extensionWorldsOnErrorPages} (the counter works)`],
    ['detectToOverlayMs', String(h.detectToOverlayMs), '≤ 150', verdict(h.detectToOverlayMs <= 150), `${d.detectMs.length} runs, ${range(d.detectMs)} ms`],
    ['recoveryLagMs', String(h.recoveryLagMs), '≤ 1000', verdict(h.recoveryLagMs <= 1000), `${d.recoveryMs.length} runs, ${range(d.recoveryMs)} ms`],
    ['popupFirstPaintMs', String(h.popupFirstPaintMs), '≤ 100', verdict(h.popupFirstPaintMs <= 100), `${d.popupMs.length} runs, ${range(d.popupMs)} ms`],
    ['  blank ext. page', String(round(median(d.blankPageMs))), '', '',
      `a static one-line page of the extension, alternating with the popup: the floor (${range(d.blankPageMs)} ms)`],
    ['backgroundMemoryMB', h.backgroundMemoryMB.toFixed(1), '≤ 10', verdict(h.backgroundMemoryMB <= 10),
      // Heaps of 1–2 MB move by a tenth either way between readings: the distance to idle says
      // more than "lower than while waiting", which small runs flip at random.
      `${d.memory.tabs} tabs on ${d.memory.sites} sites; idle ${d.memory.idleMB.toFixed(1)}, after recovery ${d.memory.afterMB.toFixed(1)} MB ` +
      `(${signed(d.memory.afterMB - d.memory.idleMB)} MB against idle)`],
  ];
  const lines = [
    `Comeback in Chromium (${d.mode} mode, ${d.seconds.toFixed(0)} s)`,
    '',
    `${col('metric', 23)}${col('value', 9)}${col('target', 9)}${col('', 8)}detail`,
    ...rows.map(([m, v, t, ok, detail]) => `${col(m, 23)}${col(v, 9)}${col(t, 9)}${col(ok, 8)}${detail}`),
    '',
    'bundleKB (gzip, static imports included)',
    `${col('entry', 23)}${col('chrome', 9)}${col('firefox', 9)}budget`,
    ...(Object.keys(d.budgetsKB) as Entry[]).map((e) => {
      const c = h.bundleKB[e];
      const f = d.firefoxKB[e];
      const over = (c ?? 0) > d.budgetsKB[e] || (f ?? 0) > d.budgetsKB[e];
      return `${col(e, 23)}${col(c === null ? 'missing' : c.toFixed(1), 9)}${col(f === null ? 'missing' : f.toFixed(1), 9)}${d.budgetsKB[e]}${over ? '  OVER' : ''}`;
    }),
  ];
  return lines.join('\n');
}
