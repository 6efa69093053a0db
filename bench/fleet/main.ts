/**
 * `npm run bench:fleet`: the scenario matrix (docs/fleet.md). Prints the table and the promises
 * (or JSON with --json), optionally writes the chart; --short and --check exit 1 when a promise
 * fails. Everything else lives in small files beside this one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { USAGE, parseCli, type CliOptions } from './cli-args';
import { checkPromises } from './promises';
import { formatMarkdown, formatPromises, formatTable } from './report-table';
import { renderSvg } from './report-svg';
import { runMatrix } from './run-matrix';
import { FULL_MATRIX, SHORT_MATRIX, matrix } from './scenarios';
import { formatSweep } from './sweep';

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
  const sizes = cli.short ? SHORT_MATRIX : FULL_MATRIX;
  if (cli.sweep) {
    process.stdout.write(`${formatSweep(cli.seed, sizes)}\n`);
    return 0;
  }
  const known = matrix(sizes).map((s) => s.key);
  const unknown = (cli.only ?? []).filter((k) => !known.includes(k));
  if (unknown.length > 0) {
    process.stderr.write(`--only: no scenario ${unknown.join(', ')}; the scenarios are ${known.join(', ')}\n`);
    return 2;
  }
  const results = runMatrix({ seed: cli.seed, sizes, ...(cli.only ? { only: cli.only } : {}) });
  const checks = checkPromises(results);
  if (cli.svg !== null) {
    mkdirSync(dirname(cli.svg), { recursive: true });
    writeFileSync(cli.svg, `${renderSvg(results)}\n`);
  }
  if (cli.json) {
    const scenarios = Object.fromEntries(results.map((r) => [r.scenario.key, { title: r.scenario.title, limit: r.limit, strategies: r.rows }]));
    process.stdout.write(`${JSON.stringify({ seed: cli.seed, scenarios, promises: checks }, null, 2)}\n`);
  } else if (cli.markdown) {
    process.stdout.write(`${formatMarkdown(results)}\n`);
  } else {
    const took = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`${formatTable(results, cli.seed)}\n\n${formatPromises(checks)}\n\n(${took} s${cli.short ? ', short matrix' : ''}${cli.svg ? `; chart written to ${cli.svg}` : ''})\n`);
  }
  const failed = checks.filter((c) => !c.ok);
  if ((cli.short || cli.check) && failed.length > 0) {
    process.stderr.write(`${failed.length} promise(s) failed:\n${failed.map((c) => `  ${c.name} (${c.detail})`).join('\n')}\n`);
    return 1;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
