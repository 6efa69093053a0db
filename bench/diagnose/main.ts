/**
 * `npm run bench:diagnose [-- --short]`: median milliseconds the classifier spends on one 64 KB
 * page, over every fixture padded to 64 KB and over adversarial 64 KB inputs, printed beside a
 * same-run floor (one indexOf pass and one TextDecoder pass over the same 64 KB) and the ratio.
 * --short runs fewer rounds and exits non-zero when a median exceeds 1 ms per page (the budget
 * of docs/producers.md). A benchmark, not a timed test: run it on an idle machine.
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

/** Median over rounds of the mean time per input of one pass over all inputs. */
function measure(inputs: readonly unknown[], run: (x: never) => unknown): number {
  for (const x of inputs) run(x as never); // warm-up: let the JIT compile the regular expressions
  const perRound: number[] = [];
  let sink = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const t = performance.now();
    for (const x of inputs) sink += run(x as never) ? 1 : 0;
    perRound.push((performance.now() - t) / inputs.length);
  }
  if (sink < 0) console.log(sink); // keeps the work observable
  return median(perRound);
}

function floors(inputs: readonly ResponseInput[]): { indexOf: number; decode: number } {
  const bytes = inputs.map((i) => new TextEncoder().encode(i.body));
  const decoder = new TextDecoder();
  return {
    indexOf: measure(inputs, (i: ResponseInput) => i.body.indexOf('\u0001never-present') + 1),
    decode: measure(bytes, (b: Uint8Array) => decoder.decode(b).length),
  };
}

function report(name: string, inputs: readonly ResponseInput[]): boolean {
  const ms = measure(inputs, (i: ResponseInput) => diagnose(i).kind);
  const floor = floors(inputs);
  const ok = ms <= BUDGET_MS;
  console.log(`${name.padEnd(28)} ${String(inputs.length).padStart(4)} pages  median ${ms.toFixed(3)} ms/64 KB page`
    + `  | floor indexOf ${floor.indexOf.toFixed(3)} ms (×${(ms / floor.indexOf).toFixed(0)})`
    + `, TextDecoder ${floor.decode.toFixed(3)} ms (×${(ms / floor.decode).toFixed(1)})  ${ok ? 'ok' : `OVER ${BUDGET_MS} ms`}`);
  return ok;
}

const results = [report('fixtures padded to 64 KB', paddedFixtures()), report('adversarial 64 KB inputs', adversarialInputs())];
if (short && results.includes(false)) {
  console.error(`bench:diagnose: a median exceeds ${BUDGET_MS} ms per 64 KB page`);
  process.exit(1);
}
