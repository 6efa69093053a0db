/**
 * The discrete-event simulation of one scenario under one strategy. Events (a client's next
 * request) sit in a min-heap; the origin is judged one second at a time, because capacity is a
 * per-second budget: all requests of a second are popped, the origin serves as many as its
 * goodput allows (chosen at random among them), and the rest get Varnish's 503.
 */
import { EventQueue } from './event-queue';
import { VARNISH_503, goodput, type ScenarioName } from './scenarios';
import type { Strategy } from './strategies';

export interface RunInput {
  scenario: ScenarioName;
  strategy: Strategy;
  /** Each client's first navigation, ms, ascending. */
  arrivals: Float64Array;
  capacity: number;
  horizonMs: number;
  /** Picks which requests an overloaded origin serves. */
  random: () => number;
}

export interface RunTrace {
  /** Requests reaching the origin in each second. */
  perSecond: Int32Array;
  /** Requests answered with an error, the first navigations included. */
  failedRequests: number;
  /** When each client was finally shown the page, ms; NaN if never within the horizon. */
  servedAt: Float64Array;
}

export function simulate(input: RunInput): RunTrace {
  const { arrivals, strategy, scenario, capacity, horizonMs, random } = input;
  const clients = arrivals.length;
  const seconds = Math.ceil(horizonMs / 1000);
  const perSecond = new Int32Array(seconds);
  const servedAt = new Float64Array(clients).fill(NaN);
  const queue = new EventQueue(clients);
  arrivals.forEach((at, id) => queue.push(at, id));
  const batchIds: number[] = [];
  const batchTimes: number[] = [];
  let failedRequests = 0;

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
    const served = goodput(scenario, second * 1000, load, capacity);
    const serveChance = load > 0 ? served / load : 0;
    for (let i = 0; i < batchIds.length; i++) {
      const id = batchIds[i] as number;
      const at = batchTimes[i] as number;
      if (serveChance >= 1 || (serveChance > 0 && random() < serveChance)) {
        servedAt[id] = at;
        continue;
      }
      failedRequests++;
      const next = strategy.next(id, at, VARNISH_503, arrivals[id] as number);
      if (next !== null && Number.isFinite(next)) queue.push(Math.max(next, at + 1), id);
    }
  }
  return { perSecond, failedRequests, servedAt };
}

