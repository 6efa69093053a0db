/** Small statistics for the benchmark: medians of timings, rounding for the report. */

/** The median of `values` (mean of the two middle ones for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? Number.NaN;
  const lo = sorted[mid - 1] ?? hi;
  return sorted.length % 2 === 0 ? (lo + hi) / 2 : hi;
}

/** `value` rounded to `digits` decimals (a number, so JSON stays numeric). */
export function round(value: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** "min–max" of a sample, for the table's spread column. */
export function range(values: readonly number[], digits = 0): string {
  if (values.length === 0) return '-';
  return `${round(Math.min(...values), digits)}–${round(Math.max(...values), digits)}`;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
