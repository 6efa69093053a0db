/**
 * check-host.net's documented free API (https://check-host.net/about/api):
 * `GET /check-http?host=<host>&max_nodes=N` with `Accept: application/json` →
 * `{ok:1, request_id, permanent_link, nodes:{"<node>":[cc, country, city, ip, asn]}}`;
 * `GET /check-result/<request_id>` → `{"<node>": [[1, 0.13, "OK", "200", "ip"]] | [[0, …]] | null}`
 * (null while that node is still working).
 */
import { field, isRecord, reject, text } from '../net/json-read';
import { isPublicHost } from '../privacy/public-host';
import type { Parsed } from '../report/types';

const BASE = 'https://check-host.net';
/** Request header the API needs to answer JSON instead of HTML. */
export const CHECK_HOST_HEADERS: Readonly<Record<string, string>> = { Accept: 'application/json' };

/** A started check: poll its id; the nodes are the test locations it was given. */
export interface CheckHostStart {
  requestId: string;
  nodes: CheckHostNode[];
  /** Human-readable report on check-host.net, for a link. */
  reportUrl: string | null;
}

/** A test location. */
export interface CheckHostNode {
  id: string;
  /** "Germany, Frankfurt" when the API says so, else the node id. */
  label: string;
}

/**
 * What one node saw. `inconclusive`: the site answered the checker with a 4xx (a firewall
 * refusing data-centre addresses, a bot challenge, a rate limit): that the checker was turned
 * away says nothing about whether the site works for people.
 */
export type NodeOutcome = 'ok' | 'failing' | 'inconclusive' | 'pending';

/** Counts over all nodes of a check ("3 of 4 test locations can't reach it"). */
export interface CheckHostSummary {
  total: number;
  ok: number;
  failing: number;
  inconclusive: number;
  pending: number;
}

/**
 * The start URL. Only the origin is sent (scheme, host, port: never a path or query), since
 * the scheme decides whether check-host tests http or https; and only for a host on the public
 * internet (privacy/public-host.ts), so no caller can name an intranet host to check-host.net.
 * @param site a hostname or a URL of the failed page
 * @returns null when `site` has no usable or no public host
 */
export function checkHostStartUrl(site: string, maxNodes = 4): string | null {
  let origin: string;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(site) ? site : `https://${site}`);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !isPublicHost(url.host)) return null;
    origin = url.origin;
  } catch {
    return null;
  }
  const n = Math.min(Math.max(Math.trunc(maxNodes), 1), 20);
  return `${BASE}/check-http?host=${encodeURIComponent(origin)}&max_nodes=${n}`;
}

/** The poll URL for a started check. */
export function checkHostResultUrl(requestId: string): string {
  return `${BASE}/check-result/${encodeURIComponent(requestId)}`;
}

/** Parse the start answer; rejects a missing request id or an empty node list. */
export function parseCheckHostStart(json: unknown): Parsed<CheckHostStart> {
  if (!isRecord(json)) return reject('check-host: start answer is not a JSON object');
  const requestId = field(json, 'request_id');
  if (typeof requestId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(requestId)) {
    return reject('check-host: request_id missing or malformed');
  }
  const rawNodes = field(json, 'nodes');
  if (!isRecord(rawNodes)) return reject('check-host: nodes is not an object');
  const nodes = Object.keys(rawNodes).slice(0, 50).map((id): CheckHostNode => {
    const info = rawNodes[id];
    const country = Array.isArray(info) ? text(info[1], 60) : null;
    const city = Array.isArray(info) ? text(info[2], 60) : null;
    return { id, label: [country, city].filter(Boolean).join(', ') || id };
  });
  if (nodes.length === 0) return reject('check-host: no nodes');
  const link = field(json, 'permanent_link');
  const reportUrl = typeof link === 'string' && link.startsWith(`${BASE}/`) ? link : null;
  return { ok: true, value: { requestId, nodes, reportUrl } };
}

/** One node's entry: `null` pending; an HTTP code of 4xx inconclusive, 5xx failing; otherwise
 * `[[1, …]]` reached and `[[0, …]]` or `[null]` failing. */
function outcomeOf(entry: unknown): NodeOutcome | null {
  if (entry === null || entry === undefined) return 'pending';
  if (!Array.isArray(entry)) return null;
  const first: unknown = entry[0];
  // `[null]` is what a node sends when it could not even resolve or connect.
  if (first === null) return 'failing';
  if (!Array.isArray(first)) return null;
  // The code is a string ("503") or null; anything else counts as no code.
  const raw: unknown = first[3];
  const code = typeof raw === 'string' || typeof raw === 'number' ? Number(raw) : NaN;
  if (code >= 400 && code < 500) return 'inconclusive';
  if (first[0] === 1) return code >= 500 ? 'failing' : 'ok';
  if (first[0] === 0) return 'failing';
  return null;
}

/**
 * Parse `/check-result/<id>` into one outcome per node. Unrecognised entries are dropped
 * rather than guessed, so a malformed answer never turns into "down for everyone".
 */
export function parseCheckHostResult(json: unknown): Parsed<Record<string, NodeOutcome>> {
  if (!isRecord(json)) return reject('check-host: result answer is not a JSON object');
  const out: Record<string, NodeOutcome> = {};
  for (const id of Object.keys(json).slice(0, 50)) {
    const outcome = outcomeOf(json[id]);
    if (outcome !== null) out[id] = outcome;
  }
  return { ok: true, value: out };
}

/**
 * Count outcomes over the nodes the check started with; a node missing from the result is
 * still pending. Without a start list, the result's own nodes are counted.
 */
export function summariseCheckHost(
  outcomes: Readonly<Record<string, NodeOutcome>>, nodes?: readonly CheckHostNode[],
): CheckHostSummary {
  const ids = nodes ? nodes.map((n) => n.id) : Object.keys(outcomes);
  const summary: CheckHostSummary = { total: ids.length, ok: 0, failing: 0, inconclusive: 0, pending: 0 };
  for (const id of ids) {
    summary[Object.hasOwn(outcomes, id) ? (outcomes[id] ?? 'pending') : 'pending'] += 1;
  }
  return summary;
}
