/**
 * `npm run bench:diagnose [-- --short]`: median milliseconds the classifier spends on one 64 KB
 * page, over every fixture padded to 64 KB and over adversarial 64 KB inputs, printed beside a
 * same-run floor (one indexOf pass and one TextDecoder pass over the same 64 KB) and the ratio.
 * --short runs fewer rounds and exits non-zero when a median exceeds 1 ms per page (the budget
 * of docs/producers.md). A benchmark, not a timed test. Times are this process's CPU time
 * (process.cpuUsage), which a machine shared with other jobs inflates far less than wall time;
 * the wall-clock median is printed beside it.
 */
import { diagnose } from '../../src/core/diagnose/index';
import type { ResponseInput } from '../../src/core/types';
import { adversarialInputs, paddedFixtures } from './inputs';

const BUDGET_MS = 1;
const short = process.argv.includes('--short');
const ROUNDS = short ? 7 : 31;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Median over rounds of the mean CPU (and wall) time per input of one pass over all inputs. */
function timings(inputs: readonly unknown[], run: (x: never) => unknown): { cpu: number; wall: number } {
  for (const x of inputs) run(x as never); // warm-up: let the JIT compile the regular expressions
  const cpu: number[] = [];
  const wall: number[] = [];
  let sink = 0;
  // Enough passes per round that the CPU clock's resolution does not matter.
  const passes = Math.max(1, Math.ceil(400 / inputs.length));
  for (let r = 0; r < ROUNDS; r++) {
    const [c, w] = [cpuMs(), performance.now()];
    for (let p = 0; p < passes; p++) for (const x of inputs) sink += run(x as never) ? 1 : 0;
    cpu.push((cpuMs() - c) / inputs.length / passes);
    wall.push((performance.now() - w) / inputs.length / passes);
  }
  if (sink < 0) console.log(sink); // keeps the work observable
  return { cpu: median(cpu), wall: median(wall) };
}

const measure = (inputs: readonly unknown[], run: (x: never) => unknown): number => timings(inputs, run).cpu;

function floors(inputs: readonly ResponseInput[]): { indexOf: number; decode: number } {
  const bytes = inputs.map((i) => new TextEncoder().encode(i.body));
  const decoder = new TextDecoder();
  return {
    indexOf: measure(inputs, (i: ResponseInput) => i.body.indexOf('\u0001never-present') + 1),
    decode: measure(bytes, (b: Uint8Array) => decoder.decode(b).length),
  };
}

function report(name: string, inputs: readonly ResponseInput[]): boolean {
  const { cpu: ms, wall } = timings(inputs, (i: ResponseInput) => diagnose(i).kind);
  const floor = floors(inputs);
  const ok = ms <= BUDGET_MS;
  console.log(`${name.padEnd(26)} ${String(inputs.length).padStart(4)} pages  median ${ms.toFixed(3)} ms CPU (${wall.toFixed(3)} wall)/64 KB page`
    + `  | floor indexOf ${floor.indexOf.toFixed(3)} ms (×${(ms / floor.indexOf).toFixed(0)})`
    + `, TextDecoder ${floor.decode.toFixed(3)} ms (×${(ms / floor.decode).toFixed(1)})  ${ok ? 'ok' : `OVER ${BUDGET_MS} ms`}`);
  return ok;
}

const results = [report('fixtures padded to 64 KB', paddedFixtures()), report('adversarial 64 KB inputs', adversarialInputs())];
if (short && results.includes(false)) {
  console.error(`bench:diagnose: a median exceeds ${BUDGET_MS} ms per 64 KB page`);
  process.exit(1);
}
