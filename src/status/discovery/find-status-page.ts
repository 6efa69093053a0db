/**
 * Try status page candidates in order and keep the first answer whose parser accepts it
 * (discovery only counts when the shape is right). An origin that fails at the network level
 * (no DNS, refused, timeout) is not asked again for its other paths.
 */
import { fetchJson, type FetchLike } from '../net/fetch-json';
import { platformOf } from '../platforms/order';
import type { StatusCandidate } from './resolve-status-page';
import type { StatusReport } from '../report/types';

/** The page found: its report and the candidate that produced it. */
export interface StatusPageFound {
  report: StatusReport;
  candidate: StatusCandidate;
}

/** Options for findStatusPage. */
export interface FindStatusPageOptions {
  fetch: FetchLike;
  now: () => number;
  timeoutMs?: number;
  /** Most requests spent on guessing. Default 8. */
  maxRequests?: number;
}

/**
 * Fetch candidates until one parses; null when none does.
 * @param onTry called with each URL before it is fetched (for logging and tests)
 */
export async function findStatusPage(
  candidates: readonly StatusCandidate[], options: FindStatusPageOptions, onTry?: (url: string) => void,
): Promise<StatusPageFound | null> {
  const deadOrigins = new Set<string>();
  let budget = options.maxRequests ?? 8;
  for (const candidate of candidates) {
    const origin = new URL(candidate.apiUrl).origin;
    if (deadOrigins.has(origin)) continue;
    if (budget <= 0) break;
    budget -= 1;
    onTry?.(candidate.apiUrl);
    const answer = await fetchJson(candidate.apiUrl, { fetch: options.fetch, timeoutMs: options.timeoutMs });
    if (!answer.ok) {
      if (answer.error.kind === 'network' || answer.error.kind === 'timeout') deadOrigins.add(origin);
      continue;
    }
    const platform = platformOf(candidate.kind);
    const context = { pageUrl: candidate.pageUrl, now: options.now() };
    const parsed = platform.parse(answer.json, context);
    if (parsed.ok && platform.followUp) {
      // The follow-up is a bonus, fetched only once the first answer proved the platform.
      const extra = await fetchJson(platform.followUp(candidate.apiUrl), { fetch: options.fetch, timeoutMs: options.timeoutMs });
      if (extra.ok) {
        const full = platform.parse(answer.json, { ...context, extra: extra.json });
        if (full.ok) return { report: full.value, candidate };
      }
    }
    if (parsed.ok) return { report: parsed.value, candidate };
  }
  return null;
}
