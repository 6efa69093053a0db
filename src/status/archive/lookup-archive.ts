/**
 * The archived copy, asked for only when the user clicks for it: the full page URL goes to the
 * Wayback Machine (with consent), and archive.today is offered as a plain link.
 */
import { fetchJson, type FetchLike } from '../net/fetch-json';
import { archiveTodayLink } from './archive-today';
import type { SourceState } from '../run/run-checks';
import { parseWayback, waybackAvailabilityUrl, type WaybackSnapshot } from './wayback';

/** What the UI shows for "see an archived copy". */
export interface ArchiveResult {
  /** done with null: no usable snapshot (or the lookup failed). */
  wayback: SourceState<WaybackSnapshot | null>;
  /** Link only; nothing is requested until the user follows it. */
  archiveToday: string | null;
}

/**
 * Look the page up in the Wayback Machine if `waybackConsent` is true.
 * @param pageUrl the failed page's full URL (sent to archive.org)
 */
export async function lookupArchive(
  pageUrl: string, waybackConsent: boolean, fetchFn: FetchLike, timeoutMs?: number,
): Promise<ArchiveResult> {
  const archiveToday = archiveTodayLink(pageUrl);
  if (!waybackConsent || archiveToday === null) return { wayback: { state: 'off' }, archiveToday };
  const answer = await fetchJson(waybackAvailabilityUrl(pageUrl), { fetch: fetchFn, timeoutMs });
  const parsed = answer.ok ? parseWayback(answer.json) : null;
  return { wayback: { state: 'done', value: parsed?.ok ? parsed.value : null }, archiveToday };
}
