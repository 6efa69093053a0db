/**
 * Start a check-host.net HTTP check for a site's origin and poll until every location has
 * answered or the poll budget is spent (docs/reference.md §3; https://check-host.net/about/api).
 */
import {
  CHECK_HOST_HEADERS, checkHostResultUrl, checkHostStartUrl, parseCheckHostResult,
  parseCheckHostStart, summariseCheckHost, type CheckHostSummary, type NodeOutcome,
} from './api';
import { fetchJson, type FetchLike } from '../net/fetch-json';

/** What the UI shows for the down-for-everyone check. */
export interface CheckHostOutcome {
  summary: CheckHostSummary;
  /** Per location: its label and what it saw. */
  locations: { label: string; outcome: NodeOutcome }[];
  /** check-host.net's own report page, for a link. */
  reportUrl: string | null;
}

/** Options for runCheckHost. */
export interface RunCheckHostOptions {
  fetch: FetchLike;
  sleep: (ms: number) => Promise<void>;
  /** Default 4. */
  maxNodes?: number;
  /** Wait between polls. Default 2000 ms (checks take a few seconds). */
  pollIntervalMs?: number;
  /** Most result requests. Default 5. */
  maxPolls?: number;
  timeoutMs?: number;
  /** Called after each poll with the counts so far. */
  onProgress?: (outcome: CheckHostOutcome) => void;
}

/**
 * Run the check. Resolves to the last counts seen (possibly with pending locations), or to an
 * error string when the check could not even start.
 * @param site the failed page's origin or hostname; only its origin is sent
 */
export async function runCheckHost(site: string, options: RunCheckHostOptions): Promise<CheckHostOutcome | string> {
  const startUrl = checkHostStartUrl(site, options.maxNodes ?? 4);
  if (startUrl === null) return 'check-host: no usable host';
  const common = { fetch: options.fetch, timeoutMs: options.timeoutMs, headers: CHECK_HOST_HEADERS };
  const started = await fetchJson(startUrl, common);
  if (!started.ok) return `check-host: start failed (${started.error.kind})`;
  const start = parseCheckHostStart(started.json);
  if (!start.ok) return start.reason;
  const { nodes, requestId, reportUrl } = start.value;
  let outcomes: Record<string, NodeOutcome> = {};
  const describe = (): CheckHostOutcome => ({
    summary: summariseCheckHost(outcomes, nodes),
    locations: nodes.map((n) => ({ label: n.label, outcome: outcomes[n.id] ?? 'pending' })),
    reportUrl,
  });
  const polls = options.maxPolls ?? 5;
  for (let i = 0; i < polls; i += 1) {
    await options.sleep(options.pollIntervalMs ?? 2000);
    const answer = await fetchJson(checkHostResultUrl(requestId), common);
    if (!answer.ok) continue;
    const parsed = parseCheckHostResult(answer.json);
    if (!parsed.ok) continue;
    outcomes = parsed.value;
    const now = describe();
    options.onProgress?.(now);
    if (now.summary.pending === 0) break;
  }
  return describe();
}
