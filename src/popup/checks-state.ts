/** The popup's view of the status checks ("down for everyone?"). */
import type { ChecksResult } from '../status/run/run-checks';

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

/** The connectivity probe's answer, when it ran. */
export function connectivityOf(checks: ChecksState): 'online' | 'offline' | 'captive-portal' | 'unknown' | undefined {
  if (checks.state !== 'done') return undefined;
  const c = checks.result.connectivity;
  return c.state === 'done' ? c.value : undefined;
}
