/**
 * `npm run bench:browser`: what Comeback costs the browser, measured in Debian's
 * Chromium against local servers in one run. Prints a table, or with --json only the headline
 * object; --short runs fewer iterations for CI. Every browser and server it starts is stopped
 * on every path (normal end, error, Ctrl-C). See docs/browser-bench.md.
 */
import { popupUrl } from '../../tests/e2e/support/chromium';
import { startVarnishSite } from '../../tests/e2e/support/site';
import { ensureBuilt, measureBundles } from './bundles';
import { USAGE, parseCli, type BenchConfig } from './cli';
import { BLANK_PAGE } from './baselines';
import { detectOnce, popupFirstPaint, recoveryOnce, type PopupPaints } from './error-tabs';
import { startHealthySite } from './healthy-site';
import { launchBench } from './launch';
import { measureMemory } from './memory';
import { measureOverhead } from './overhead';
import { installOverlayWatch } from './page-probe';
import { formatTable, type Headline } from './report';
import { tabIdOf } from './service-worker';
import { median, round } from './stats';

type Cleanup = () => Promise<void>;
const cleanups: Cleanup[] = [];

async function cleanUp(): Promise<void> {
  while (cleanups.length > 0) {
    const c = cleanups.pop();
    await c?.().catch((e: unknown) => process.stderr.write(`cleanup: ${e instanceof Error ? e.message : String(e)}\n`));
  }
}

async function run(cfg: BenchConfig, log: (line: string) => void): Promise<string> {
  const started = performance.now();
  ensureBuilt(log);
  const bundles = await measureBundles();

  const healthy = await startHealthySite();
  cleanups.push(() => healthy.stop());
  const site = await startVarnishSite('down');
  cleanups.push(() => site.stop());

  const withExt = await launchBench('comeback');
  cleanups.push(() => withExt.close());
  const without = await launchBench('none');
  cleanups.push(() => without.close());
  const listenersOnly = await launchBench('both-listeners');
  cleanups.push(() => listenersOnly.close());
  const { worker, extensionId } = withExt;
  if (!worker || !extensionId) throw new Error('the extension did not start');
  await installOverlayWatch(withExt.context);
  await installOverlayWatch(without.context);

  log(`overhead: ${cfg.loads} healthy loads each with Comeback, without any extension, and with only its listeners, in turn`);
  const overhead = await measureOverhead({ comeback: withExt, none: without, listenersOnly }, healthy, cfg.loads, cfg.warmup);
  // The remaining measurements need one browser only.
  await without.close();
  await listenersOnly.close();

  log(`detect: ${cfg.detectRuns} runs against Varnish's 503`);
  const detectMs: number[] = [];
  let worldsOnErrorPages = 0;
  let popup: PopupPaints = { popupMs: [], blankMs: [] };
  for (let i = 0; i < cfg.detectRuns; i++) {
    const d = await detectOnce(withExt.context, site, i);
    detectMs.push(d.ms);
    worldsOnErrorPages += d.worlds;
    if (i === cfg.detectRuns - 1) {
      log(`popup: ${cfg.popupRuns} first paints for an error tab`);
      const tabId = await tabIdOf(worker, d.page.url());
      popup = await popupFirstPaint(withExt.context, popupUrl(extensionId), `chrome-extension://${extensionId}/${BLANK_PAGE}`, tabId, cfg.popupRuns);
    }
    await d.page.close();
  }

  log(`recovery: ${cfg.recoveryRuns} runs, origin's 503 with Retry-After: 2`);
  const recoveryMs: number[] = [];
  for (let i = 0; i < cfg.recoveryRuns; i++) recoveryMs.push(await recoveryOnce(withExt.context, site, i));

  log(`memory: ${cfg.memoryTabs} tabs waiting on ${cfg.failingSites} failing sites`);
  const memory = await measureMemory(withExt.context, worker, extensionId, cfg.memoryTabs, cfg.failingSites);

  const headline: Headline = {
    overheadRatio: round(overhead.ratio, 3),
    scriptsOnHealthyPages: overhead.scriptsOnHealthyPages,
    detectToOverlayMs: round(median(detectMs)),
    recoveryLagMs: round(median(recoveryMs)),
    popupFirstPaintMs: round(median(popup.popupMs)),
    backgroundMemoryMB: round(memory.waitingMB, 2),
    bundleKB: bundles.chrome,
  };
  if (cfg.json) return JSON.stringify(headline);
  return formatTable(headline, {
    mode: cfg.short ? 'short' : 'full', loads: cfg.loads, withMs: overhead.withMs, withoutMs: overhead.withoutMs,
    listenersOnlyMs: overhead.listenersOnlyMs, listenersOnlyRatio: overhead.listenersOnlyRatio,
    extensionWorldsOnErrorPages: worldsOnErrorPages, detectMs, recoveryMs, popupMs: popup.popupMs, blankPageMs: popup.blankMs, memory,
    firefoxKB: bundles.firefox, budgetsKB: bundles.budgets, seconds: (performance.now() - started) / 1000,
  });
}

async function main(argv: readonly string[]): Promise<number> {
  let cfg: BenchConfig | 'help';
  try {
    cfg = parseCli(argv);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}\n`);
    return 2;
  }
  if (cfg === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // Progress goes to stderr, so --json leaves stdout to the one JSON object.
  const log = (line: string): void => void process.stderr.write(`bench:browser: ${line}\n`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => { void cleanUp().finally(() => process.exit(130)); });
  }
  try {
    process.stdout.write(`${await run(cfg, log)}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`bench:browser failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    return 1;
  } finally {
    await cleanUp();
  }
}

process.exitCode = await main(process.argv.slice(2));
