/**
 * The discrete-event simulation of one scenario under one strategy. Events (a client's next
 * request) sit in a min-heap; the origin is judged one second at a time, because capacity is a
 * per-second budget: all requests of a second are popped, the origin serves as many as its
 * goodput allows (chosen at random among them), and the rest are answered as the scenario says.
 * An answer arrives `latencyMs` after its request, and the strategy plans from that moment.
 */
import { EventQueue } from './event-queue';
import { goodput, outageAnswer, overflowAnswer } from './origin';
import type { Scenario } from './scenarios';
import type { Strategy } from './strategies';

/** A probe-then-reload client reloads this long after its probe succeeded (the fetch's answer, then the navigation). */
export const RELOAD_AFTER_PROBE_MS = 250;

export interface RunInput {
  scenario: Scenario;
  strategy: Strategy;
  /** Each client's first navigation, ms, ascending. */
  arrivals: Float64Array;
  /** Picks which requests an overloaded origin serves. */
  random: () => number;
}

export interface RunTrace {
  /** Requests reaching the site in each second (probes and reloads). */
  perSecond: Int32Array;
  /** Failed answers that cost the backend nothing, first navigations included. */
  cheap: number;
  /** Requests during the outage that reached the backend (timeouts). */
  outageOrigin: number;
  /** Requests at or after the fix (all reach the backend). */
  afterFix: number;
  /** When each client was finally shown the page, ms; NaN if never within the horizon. */
  servedAt: Float64Array;
  /** Clients whose strategy stopped before the page came back. */
  gaveUp: number;
}

export function simulate(input: RunInput): RunTrace {
  const { arrivals, strategy, scenario, random } = input;
  const fixAt = scenario.outageMs;
  const horizonMs = fixAt + scenario.afterFixMs;
  const clients = arrivals.length;
  const perSecond = new Int32Array(Math.ceil(horizonMs / 1000));
  const servedAt = new Float64Array(clients).fill(NaN);
  const answered = new Uint8Array(clients);
  const reloading = new Uint8Array(clients);
  const queue = new EventQueue(clients);
  arrivals.forEach((at, id) => queue.push(at, id));
  const batchIds: number[] = [];
  const batchTimes: number[] = [];
  const trace = { perSecond, cheap: 0, outageOrigin: 0, afterFix: 0, servedAt, gaveUp: 0 };

  while (queue.size > 0 && queue.peekTime() < horizonMs) {
    const second = Math.floor(queue.peekTime() / 1000);
    const end = (second + 1) * 1000;
    batchIds.length = 0;
    batchTimes.length = 0;
    while (queue.size > 0 && queue.peekTime() < end) {
      batchTimes.push(queue.peekTime());
      batchIds.push(queue.pop());
    }
    const load = (perSecond[second] as number) + batchIds.length;
    perSecond[second] = load;
    const served = second * 1000 >= fixAt ? goodput(load, scenario.capacity) : 0;
    const serveChance = load > 0 ? served / load : 0;
    for (let i = 0; i < batchIds.length; i++) {
      const id = batchIds[i] as number;
      const at = batchTimes[i] as number;
      let result;
      if (at < fixAt) {
        result = outageAnswer(scenario, at);
        if (result.originWork) trace.outageOrigin++;
        else trace.cheap++;
      } else {
        trace.afterFix++;
        if (serveChance >= 1 || (serveChance > 0 && random() < serveChance)) {
          if (strategy.probeThenReload && reloading[id] === 0) {
            reloading[id] = 1;
            queue.push(at + RELOAD_AFTER_PROBE_MS, id);
          } else {
            servedAt[id] = at;
          }
          continue;
        }
        result = overflowAnswer(scenario, at);
      }
      reloading[id] = 0;
      const first = answered[id] === 0;
      answered[id] = 1;
      const next = strategy.next(id, result.answer, first);
      if (next === null || !Number.isFinite(next)) trace.gaveUp++;
      else queue.push(Math.max(next, result.answer.at + 1), id);
    }
  }
  return trace;
}
