/**
 * `npm run bench:listeners`: where the healthy-page overhead comes from. The same healthy pages
 * are loaded in turn (rotating order, as in overhead.ts) in Chromium with no extension, with
 * Comeback, and with do-nothing extensions that hold only part of what Comeback declares: the
 * webRequest permission without a listener, the onHeadersReceived listener, the
 * webNavigation.onCommitted listener, and both listeners. Prints each side's median load time
 * and its ratio to no extension. See docs/browser-bench.md.
 */
import { startHealthySite } from './healthy-site';
import { launchBench, type BenchBrowser, type BenchSide } from './launch';
import { roundOrder } from './overhead';
import { loadedTimes } from './page-probe';
import { median } from './stats';

const SIDES: BenchSide[] = ['none', 'comeback', 'both-listeners', 'webRequest-listener', 'webRequest-permission-only', 'webNavigation-listener'];
const WARMUP = 4;

function loadsFrom(argv: readonly string[]): number {
  const i = argv.indexOf('--loads');
  const n = i >= 0 ? Number(argv[i + 1]) : 60;
  if (!Number.isInteger(n) || n < 2) throw new Error(`--loads takes a whole number ≥ 2, got ${String(argv[i + 1])}`);
  return n;
}

async function main(): Promise<void> {
  const loads = loadsFrom(process.argv.slice(2));
  const site = await startHealthySite();
  const open: BenchBrowser[] = [];
  try {
    const sides = [];
    for (const name of SIDES) {
      const b = await launchBench(name);
      open.push(b);
      sides.push({ name, page: await b.context.newPage(), times: [] as number[] });
    }
    process.stderr.write(`bench:listeners: ${loads} loads per side, ${sides.length} sides in turn\n`);
    for (let i = 0; i < WARMUP + loads; i++) {
      for (const s of roundOrder(sides, i)) {
        const res = await s.page.goto(site.pageUrl(i), { waitUntil: 'load' });
        if (res?.status() !== 200) throw new Error(`healthy page answered ${res?.status() ?? 'nothing'}`);
        if (i >= WARMUP) s.times.push((await loadedTimes(s.page)).loadEventEnd);
      }
    }
    const base = median(sides[0]?.times ?? []);
    const lines = sides.map((s) => `${s.name.padEnd(28)}${median(s.times).toFixed(1).padStart(8)} ms${(median(s.times) / base).toFixed(3).padStart(8)}`);
    process.stdout.write(`${'side'.padEnd(28)}${'median'.padStart(11)}${'ratio'.padStart(8)}\n${lines.join('\n')}\n`);
  } finally {
    for (const b of open) await b.close().catch(() => undefined);
    await site.stop();
  }
}

await main();
