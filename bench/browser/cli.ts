/** Command line of `npm run bench:browser`: output format and how many iterations to run. */

export interface BenchConfig {
  json: boolean;
  short: boolean;
  /** Healthy page loads per side (with / without Comeback). */
  loads: number;
  /** Warm-up loads per side, not counted. */
  warmup: number;
  /** Runs of the detect, recovery and popup measurements. */
  detectRuns: number;
  recoveryRuns: number;
  popupRuns: number;
  /** Tabs waiting on failing sites for the memory measurement, spread over `failingSites`. */
  memoryTabs: number;
  failingSites: number;
}

export const USAGE = `Usage: npm run bench:browser [-- --json] [-- --short]
  --json   print only one JSON object with the headline numbers
  --short  fewer iterations (CI proves the benchmark works; under a minute)`;

export function parseCli(argv: readonly string[]): BenchConfig | 'help' {
  const known = new Set(['--json', '--short', '--help', '-h']);
  const unknown = argv.filter((a) => !known.has(a));
  if (unknown.length > 0) throw new Error(`unknown argument(s): ${unknown.join(' ')}`);
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  const json = argv.includes('--json');
  const short = argv.includes('--short');
  return short
    ? { json, short, loads: 10, warmup: 2, detectRuns: 2, recoveryRuns: 2, popupRuns: 2, memoryTabs: 20, failingSites: 10 }
    : { json, short, loads: 50, warmup: 5, detectRuns: 7, recoveryRuns: 5, popupRuns: 7, memoryTabs: 100, failingSites: 10 };
}
