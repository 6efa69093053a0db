/**
 * The scenario matrix: who arrives when, what the site answers while it is down, and what it can
 * serve once fixed. Times in ms from the start of the outage; the fix lands at `outageMs`.
 *
 * The answers while the site is down (docs/reference.md §1 and §5):
 * - `varnish-503`: Varnish's builtin VCL, "Backend fetch failed", `Retry-After: 5`, at once: a
 *   cheap answer (the backend does no work; with a health probe Varnish does not even try it);
 * - `nginx-502`: nginx's "Bad Gateway" when the upstream refuses connections, at once, no
 *   Retry-After: cheap too;
 * - `rate-limited-429`: a limiter's 429 with `Retry-After` (the seconds left in its window): cheap;
 * - `timeout-504`: the backend is drowning; the proxy waits its 30-s first-byte timeout and
 *   answers 504. Every such request is origin work, and a slow answer.
 */

export type OutageAnswer = 'varnish-503' | 'nginx-502' | 'rate-limited-429' | 'timeout-504';

export interface Scenario {
  /** Short key: used by --only, the JSON and the tests. */
  readonly key: string;
  readonly title: string;
  /** Lone visitors: each client is an independent run (the origin never limits them). */
  readonly lone: boolean;
  readonly clients: number;
  /** Clients arrive uniformly at random over [arrivalFromMs, arrivalToMs). */
  readonly arrivalFromMs: number;
  readonly arrivalToMs: number;
  readonly outageMs: number;
  readonly answer: OutageAnswer;
  /** Requests per second the origin serves after the fix; null: everything (the capacity is only the yardstick). */
  readonly capacity: number | null;
  /** The capacity the limits and the peak are measured against (= capacity when it is enforced). */
  readonly nominalCapacity: number | null;
  /** Simulated time after the fix, ms. */
  readonly afterFixMs: number;
  /** The promises of docs/fleet.md that this row is held to. */
  readonly tags: readonly ScenarioTag[];
}

export type ScenarioTag = 'rate-limit' | 'lone-short' | 'lone-90s' | 'lone-5min' | 'lone-30min' | 'fleet' | 'overload' | 'steady' | 'slow';

/** Latency of the timeouts, ms: nginx's and Varnish's first-byte timeouts are 60 s by default; 30 s is a common setting. */
export const FIRST_BYTE_TIMEOUT_MS = 30_000;
/**
 * After the fix, a request beyond capacity waits in the proxy's queue and is dropped with a 503
 * after this long (HAProxy's `timeout queue`, which falls back to `timeout connect`, 5 s in its
 * documented examples). It reached the origin's queue, so it is origin work, and it is slow, so
 * the brake sees it.
 */
export const QUEUE_TIMEOUT_MS = 5_000;
/** A cache or proxy that answers for a backend it knows is down answers at once. */
export const CHEAP_LATENCY_MS = 20;

const MIN = 60_000;
const AFTER = 30 * MIN;

const LONE_OUTAGES: readonly [string, number, ScenarioTag][] = [
  ['10s', 10_000, 'lone-short'],
  ['30s', 30_000, 'lone-short'],
  ['90s', 90_000, 'lone-90s'],
  ['5min', 5 * MIN, 'lone-5min'],
  ['30min', 30 * MIN, 'lone-30min'],
];
const LABELS: Record<string, string> = { '10s': '10-s', '30s': '30-s', '90s': '90-s', '5min': '5-min', '30min': '30-min' };

function lone(label: string, outageMs: number, tag: ScenarioTag, answer: 'varnish-503' | 'nginx-502', visitors: number): Scenario {
  const what = answer === 'varnish-503' ? 'Varnish 503, Retry-After: 5' : 'nginx 502, no Retry-After';
  return {
    key: `lone-${label}-${answer === 'varnish-503' ? 'ra5' : 'nora'}`,
    title: `one visitor, ${LABELS[label] ?? label} outage (${what}); ${visitors.toLocaleString('en-US')} independent runs, each arriving in the first seconds`,
    lone: true,
    clients: visitors,
    arrivalFromMs: 0,
    // A random moment in the outage's first seconds.
    arrivalToMs: Math.min(5_000, outageMs / 2),
    outageMs,
    answer,
    capacity: null,
    nominalCapacity: null,
    afterFixMs: AFTER,
    tags: [tag],
  };
}

export interface MatrixOptions {
  /** Lone-visitor runs per row. @default 1000 */
  visitors: number;
  /** Browsers in the 10,000 rows. @default 10000 */
  fleet: number;
  /** Browsers in the big row. @default 100000 */
  bigFleet: number;
}

export const FULL_MATRIX: MatrixOptions = { visitors: 1000, fleet: 10_000, bigFleet: 100_000 };
/**
 * CI's `--short`: the same rows with fewer lone-visitor runs and a 20,000-browser "big" fleet
 * (capacity stays 2 % of the fleet, so the limits are the same). The 10,000 fleets stay: the
 * busiest second of a smaller fleet is noisier than the peak promise's margin.
 */
export const SHORT_MATRIX: MatrixOptions = { visitors: 300, fleet: 10_000, bigFleet: 20_000 };

/** The whole matrix; the sizes shrink for the short mode and the unit test. */
export function matrix(options: MatrixOptions = FULL_MATRIX): Scenario[] {
  const { visitors, fleet, bigFleet } = options;
  const cap = (n: number): number => Math.max(1, Math.round(n * 0.02));
  const fleetRow = (key: string, title: string, clients: number, over: Partial<Scenario>, tags: ScenarioTag[]): Scenario => ({
    key,
    title,
    lone: false,
    clients,
    arrivalFromMs: 0,
    arrivalToMs: 2 * MIN,
    outageMs: 5 * MIN,
    answer: 'varnish-503',
    capacity: cap(clients),
    nominalCapacity: cap(clients),
    afterFixMs: AFTER,
    tags,
    ...over,
  });
  const rows: Scenario[] = [];
  for (const [label, ms, tag] of LONE_OUTAGES) {
    rows.push(lone(label, ms, tag, 'varnish-503', visitors), lone(label, ms, tag, 'nginx-502', visitors));
  }
  rows.push(
    {
      key: 'lone-429',
      title: `one visitor rate-limited: 429 with Retry-After: 30, the window reopens 30 s later; ${visitors.toLocaleString('en-US')} runs`,
      lone: true,
      clients: visitors,
      arrivalFromMs: 0,
      arrivalToMs: 1,
      outageMs: 30_000,
      answer: 'rate-limited-429',
      capacity: null,
      nominalCapacity: null,
      afterFixMs: 10 * MIN,
      tags: ['rate-limit'],
    },
    {
      ...fleetRow('small-site', 'a small site: 100 visitors arriving over a 2-min outage (Varnish 503), then 10 req/s', 100, { arrivalToMs: 2 * MIN, outageMs: 2 * MIN, capacity: 10, nominalCapacity: 10 }, ['overload']),
    },
    fleetRow('outage', `${n(fleet)} browsers, 5-min outage (Varnish 503), then healthy (capacity ${n(cap(fleet))} req/s not enforced)`, fleet, { capacity: null }, ['fleet']),
    fleetRow('overload', `${n(fleet)} browsers, same outage, then ${n(cap(fleet))} req/s; beyond it goodput collapses`, fleet, {}, ['fleet', 'overload']),
    fleetRow('steady', `steady arrivals: ${n(fleet)} visitors over a 10-min outage, then ${n(cap(fleet))} req/s (overload)`, fleet, { arrivalToMs: 10 * MIN, outageMs: 10 * MIN }, ['overload', 'steady']),
    fleetRow('big', `${n(bigFleet)} browsers, 5-min outage, then ${n(cap(bigFleet))} req/s (overload)`, bigFleet, { afterFixMs: 10 * MIN }, ['fleet', 'overload']),
    fleetRow('slow', `slow outage: ${n(fleet)} browsers, 5 min of 504 after a 30-s first-byte timeout, then ${n(cap(fleet))} req/s`, fleet, { answer: 'timeout-504' }, ['overload', 'slow']),
  );
  return rows;
}

function n(value: number): string {
  return value.toLocaleString('en-US');
}
