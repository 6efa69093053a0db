/**
 * The two origins the fleet meets. Times in ms from the start of the outage.
 *
 * Both answer like Varnish's builtin VCL while the backend is down: 503 "Backend fetch failed"
 * with `Retry-After: 5` (REFERENCE.md §1). The fix lands at `recoveryAtMs` (5 minutes, issue 4).
 */
export type ScenarioName = 'outage' | 'overload';
export const SCENARIOS: readonly ScenarioName[] = ['outage', 'overload'];

/** Varnish's answer when it cannot get a page: status and the Retry-After its builtin VCL adds. */
export const VARNISH_503 = { status: 503, retryAfterSeconds: 5 } as const;

export const RECOVERY_AT_MS = 5 * 60_000;

/**
 * Origin capacity once fixed, in requests per second, per client in the fleet: 2 % of the fleet
 * per second (200 req/s for 10,000 browsers). The fleet arrives at ~83 visitors/s (10,000 over
 * two minutes), so this is a backend that normally runs at about 40 % of what it can serve and
 * comes back with cold caches or fewer workers: enough to serve every waiting visitor in 50 s if
 * they came in an orderly way, while 10,000 browsers reloading every 5 s send it 2,000 req/s.
 */
export const CAPACITY_PER_CLIENT = 0.02;

export function capacityFor(clients: number, perClient = CAPACITY_PER_CLIENT): number {
  return Math.max(1, Math.round(clients * perClient));
}

/**
 * Requests the origin serves in a second that brought it `load` requests.
 *
 * `outage`: none before the fix, all after. `overload`: up to capacity after the fix; beyond it
 * every excess request is accepted, queued and dropped at Varnish's first_byte_timeout, costing
 * the work of one it could have served, so goodput falls linearly to zero at twice capacity (the
 * congestion collapse behind metastable failures: Bronson et al., "Metastable Failures in
 * Distributed Systems", HotOS 2021). That is what lets a retry storm keep a fixed site down.
 */
export function goodput(scenario: ScenarioName, atMs: number, load: number, capacity: number): number {
  if (atMs < RECOVERY_AT_MS) return 0;
  if (scenario === 'outage' || load <= capacity) return load;
  return Math.max(0, 2 * capacity - load);
}
