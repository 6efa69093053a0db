/**
 * The archived copy, asked for only when the user clicks for it: the page's address without
 * its query and fragment goes to the Wayback Machine (with consent; `?token=` or `?sid=` never
 * leave the browser), and archive.today is offered as a plain link. A host that is not on the
 * public internet is not looked up at all: no public archive can hold it, and its name is private.
 */
import { fetchJson, type FetchLike } from '../net/fetch-json';
import { addressWithoutQuery, isPublicHost } from '../privacy/public-host';
import { archiveTodayLink } from './archive-today';
import type { SourceState } from '../run/run-checks';
import { parseWayback, waybackAvailabilityUrl, type WaybackSnapshot } from './wayback';

/** What the UI shows for "see an archived copy". */
export interface ArchiveResult {
  /** done with null: no usable snapshot (or the lookup failed). */
  wayback: SourceState<WaybackSnapshot | null>;
  /** Link only; nothing is requested until the user follows it. */
  archiveToday: string | null;
  /** Set when nothing was asked because the host is not on the public internet. */
  notPublic?: true;
}

/**
 * Look the page up in the Wayback Machine if `waybackConsent` is true.
 * @param pageUrl the failed page's URL (only its address without query and fragment is sent)
 */
export async function lookupArchive(
  pageUrl: string, waybackConsent: boolean, fetchFn: FetchLike, timeoutMs?: number,
): Promise<ArchiveResult> {
  const address = addressWithoutQuery(pageUrl);
  if (address === null) return { wayback: { state: 'off' }, archiveToday: null };
  if (!isPublicHost(new URL(address).host)) return { wayback: { state: 'off' }, archiveToday: null, notPublic: true };
  const archiveToday = archiveTodayLink(address);
  if (!waybackConsent) return { wayback: { state: 'off' }, archiveToday };
  const answer = await fetchJson(waybackAvailabilityUrl(address), { fetch: fetchFn, timeoutMs });
  const parsed = answer.ok ? parseWayback(answer.json) : null;
  return { wayback: { state: 'done', value: parsed?.ok ? parsed.value : null }, archiveToday };
}
