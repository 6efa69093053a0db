/**
 * `npm run bench:fleet`: the fleet benchmark of issue 4. Prints the table (or JSON with --json)
 * and optionally writes the chart. Everything else lives in small files beside this one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_SCHEDULER_OPTIONS } from '../../src/core/scheduler';
import { USAGE, parseCli, type CliOptions } from './cli-args';
import { formatTable } from './report-table';
import { renderSvg } from './report-svg';
import { runFleet } from './run-fleet';

function main(argv: readonly string[]): number {
  let cli: CliOptions;
  try {
    cli = parseCli(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  if (cli.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const started = performance.now();
  const run = runFleet({
    seed: cli.seed,
    clients: cli.clients,
    arrivalSeconds: cli.arrivalSeconds,
    ...(cli.jitter ? { comebackOptions: { backoff: { ...DEFAULT_SCHEDULER_OPTIONS.backoff, jitter: cli.jitter } } } : {}),
  });
  if (cli.svg !== null) {
    mkdirSync(dirname(cli.svg), { recursive: true });
    writeFileSync(cli.svg, `${renderSvg(run)}\n`);
  }
  if (cli.json) {
    process.stdout.write(`${JSON.stringify({ scenarios: run.results }, null, 2)}\n`);
  } else {
    const took = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`${formatTable(run, cli.clients, cli.seed)}\n\n(${took} s${cli.svg ? `; chart written to ${cli.svg}` : ''})\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
