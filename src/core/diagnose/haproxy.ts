/**
 * HAProxy's built-in error pages (http_err_msgs in src/http.c, HAProxy 2.x):
 * `<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.`
 * Seen live from Debian's HAProxy 2.6: 503 when every server is down (failed health check or
 * refused after retries), 502 on a reset, 504 on a server timeout.
 */
import type { Kind } from '../types';
import type { Detector } from './detector';
import { header } from './page';
import { kindFromStatus } from './status-kind';

/**
 * The browser's serialisation of the same page inserts `<head></head>` (and Firefox may add a
 * `<head>` with its own styles for a text/plain page), so the head is allowed, bounded.
 */
const TEMPLATE = /^\s*<html>\s*(?:<head>[^<]{0,200}<\/head>\s*)?<body>\s*<h1>\d{3} [^<]{1,60}<\/h1>/i;
const MESSAGES: ReadonlyArray<readonly [RegExp, Kind]> = [
  [/No server is available to handle this request/i, 'backend-unhealthy'],
  [/The server returned an invalid or incomplete response/i, 'connection-failed'],
  [/The server didn't respond in time/i, 'timeout'],
  // A stick-table rate limit (http-request deny deny_status 429) answers with the stock 429.
  [/You have sent too many requests in a given amount of time/i, 'rate-limited'],
];

/** Detects HAProxy's own error pages. */
export const haproxy: Detector = {
  name: 'haproxy',
  detect(page) {
    if (!TEMPLATE.test(page.body)) return null;
    for (const [re, kind] of MESSAGES) if (re.test(page.body)) return { producer: 'haproxy', kind };
    // Other built-ins (500, 429…) share the template; no Server header is HAProxy's habit.
    if (header(page, 'server') === '') return { producer: 'haproxy', kind: kindFromStatus(page.status) };
    return null;
  },
};
