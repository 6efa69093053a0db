/**
 * Wayback Machine availability API (https://archive.org/help/wayback_api.php):
 * `GET https://archive.org/wayback/available?url=<url>` →
 * `{archived_snapshots:{closest:{available:true, url:"http://web.archive.org/web/<ts>/<url>",
 * timestamp:"<14 digits>", status:"200"}}}` or `{archived_snapshots:{}}`.
 */
import { field, isRecord, reject } from '../net/json-read';
import { addressWithoutQuery } from '../privacy/public-host';
import type { Parsed } from '../report/types';

/** An archived copy worth offering. */
export interface WaybackSnapshot {
  /** https link to the snapshot. */
  url: string;
  /** When it was captured, ms since epoch (UTC). */
  capturedAt: number;
}

/**
 * The availability URL, for the page's address without query or fragment (both are dropped
 * here too, so no caller can send a `?token=`). Call this only when the user asks.
 */
export function waybackAvailabilityUrl(pageUrl: string): string {
  return `https://archive.org/wayback/available?url=${encodeURIComponent(addressWithoutQuery(pageUrl) ?? '')}`;
}

/** `YYYYMMDDhhmmss` (UTC) → ms, or null when not a real date. */
export function parseWaybackTimestamp(ts: unknown): number | null {
  const m = typeof ts === 'string' ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(ts) : null;
  if (!m) return null;
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = m.slice(1).map(Number);
  if (h > 23 || mi > 59 || s > 59) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  // Reject rollovers such as month 13 or 31 February (and Date.UTC's 1900+ years below 100).
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? ms : null;
}

/**
 * Parse the availability answer. `value` is null when there is no snapshot worth offering:
 * none, not available, or a capture whose status is not 2xx (an archived error page helps no
 * one). The link is rewritten to https and must stay on archive.org.
 */
export function parseWayback(json: unknown): Parsed<WaybackSnapshot | null> {
  if (!isRecord(json)) return reject('wayback: answer is not a JSON object');
  const snapshots = field(json, 'archived_snapshots');
  if (!isRecord(snapshots)) return reject('wayback: archived_snapshots is not an object');
  const closest = field(snapshots, 'closest');
  if (closest === undefined) return { ok: true, value: null };
  const status = field(closest, 'status');
  if (field(closest, 'available') !== true || typeof status !== 'string' || !/^2\d\d$/.test(status)) {
    return { ok: true, value: null };
  }
  const capturedAt = parseWaybackTimestamp(field(closest, 'timestamp'));
  const raw = field(closest, 'url');
  if (typeof raw !== 'string' || capturedAt === null) return reject('wayback: closest.url or timestamp malformed');
  try {
    const url = new URL(raw);
    if (url.hostname !== 'archive.org' && !url.hostname.endsWith('.archive.org')) {
      return reject('wayback: snapshot link is not on archive.org');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return reject('wayback: snapshot link is not http(s)');
    url.protocol = 'https:';
    return { ok: true, value: { url: url.href, capturedAt } };
  } catch {
    return reject('wayback: closest.url is not a URL');
  }
}
