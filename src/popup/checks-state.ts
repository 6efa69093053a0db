/** The popup's view of the status checks ("down for everyone?"). */
import type { ChecksResult } from '../status/run/run-checks';
import { guideConnectivity } from '../status/verdict/connection';

export type ChecksState =
  | { state: 'idle' }
  /** The one-time consent question is on screen. */
  | { state: 'consent' }
  | { state: 'running' }
  | { state: 'done'; result: ChecksResult }
  | { state: 'failed' };

/** The status page found for the site, if any (for the guide's links). */
export function statusPageUrl(checks: ChecksState): string | null {
  if (checks.state !== 'done') return null;
  const page = checks.result.statusPage;
  return page.state === 'done' && page.value !== null ? page.value.report.pageUrl : null;
}

/**
 * The connection as the verdict names it, once the probe ran: never "offline" when the site
 * answered (status/verdict/connection.ts), so the guide and the verdict cannot disagree.
 */
export function connectivityOf(checks: ChecksState): 'online' | 'offline' | 'captive-portal' | 'unknown' | undefined {
  if (checks.state !== 'done' || checks.result.connectivity.state !== 'done') return undefined;
  return guideConnectivity(checks.result.verdict.connection);
}
