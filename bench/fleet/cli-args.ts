/** Command-line options of `npm run bench:fleet` (no dependency: node's own util.parseArgs). */
import { parseArgs } from 'node:util';

export interface CliOptions {
  seed: number;
  short: boolean;
  check: boolean;
  json: boolean;
  markdown: boolean;
  sweep: boolean;
  svg: string | null;
  only: string[] | null;
  help: boolean;
}

export const USAGE = `Usage: npm run bench:fleet -- [options]

Runs the scenario matrix (one visitor, a small site, fleets of 10,000 and 100,000, steady
arrivals, 429, a slow outage) under each retry strategy, each row beside its physical limit, and
checks Comeback's promises.

  --seed N      random seed (default 1); same seed, same numbers
  --short       a smaller matrix (CI); checks the promises and exits 1 naming each that fails
  --check       the full matrix, and exit 1 when a promise fails
  --only KEYS   only these scenarios, comma-separated (e.g. overload,steady)
  --json        print only the metrics as JSON
  --markdown    print the one-line-per-scenario summary table (README)
  --sweep       print comeback under other waitedRatio values (docs/fleet.md, "The one conflict")
  --svg FILE    also write requests per second over time as an SVG chart
  --help        this text`;

export function parseCli(argv: readonly string[]): CliOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      seed: { type: 'string' },
      short: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      only: { type: 'string' },
      json: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      sweep: { type: 'boolean', default: false },
      svg: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`--seed must be an integer ≥ 0, not ${values.seed}`);
  const only = values.only === undefined ? null : values.only.split(',').map((k) => k.trim()).filter((k) => k.length > 0);
  if (only !== null && only.length === 0) throw new Error('--only needs at least one scenario key');
  return {
    seed,
    short: values.short ?? false,
    check: values.check ?? false,
    json: values.json ?? false,
    markdown: values.markdown ?? false,
    sweep: values.sweep ?? false,
    svg: values.svg ?? null,
    only,
    help: values.help ?? false,
  };
}
