/** Command-line options of `npm run bench:fleet` (no dependency: node's own util.parseArgs). */
import { parseArgs } from 'node:util';
import type { Jitter } from '../../src/core/backoff';

export interface CliOptions {
  seed: number;
  clients: number;
  arrivalSeconds: number;
  json: boolean;
  svg: string | null;
  jitter: Jitter | null;
  help: boolean;
}

export const USAGE = `Usage: npm run bench:fleet -- [options]

Simulates many browsers meeting one origin's outage, under each retry strategy.

  --seed N             random seed (default 1); same seed, same numbers
  --clients N          browsers in the fleet (default 10000)
  --arrival-seconds N  visitors arrive over the outage's first N seconds (default 120;
                       1 puts the whole fleet on the error page at once)
  --jitter KIND        run comeback with full | decorrelated | none jitter (default: its own)
  --json               print only the metrics as JSON
  --svg FILE           also write requests per second over time as an SVG chart
  --help               this text`;

export function parseCli(argv: readonly string[]): CliOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      seed: { type: 'string' },
      clients: { type: 'string' },
      'arrival-seconds': { type: 'string' },
      jitter: { type: 'string' },
      json: { type: 'boolean', default: false },
      svg: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const jitter = values.jitter ?? null;
  if (jitter !== null && jitter !== 'full' && jitter !== 'decorrelated' && jitter !== 'none') {
    throw new Error(`--jitter must be full, decorrelated or none, not ${jitter}`);
  }
  return {
    seed: integer(values.seed, 1, 'seed', 0),
    clients: integer(values.clients, 10_000, 'clients', 1),
    arrivalSeconds: integer(values['arrival-seconds'], 120, 'arrival-seconds', 1),
    json: values.json ?? false,
    svg: values.svg ?? null,
    jitter,
    help: values.help ?? false,
  };
}

function integer(value: string | undefined, fallback: number, name: string, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, not ${value}`);
  return n;
}
