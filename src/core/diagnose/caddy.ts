/**
 * Caddy's reverse_proxy answers an unreachable upstream with 502, `Server: Caddy` and an empty
 * body (its error handler writes no body unless the site configures handle_errors). Not
 * documented by Caddy; seen live from Debian's Caddy 2.6.2 (connection refused).
 */
import type { Detector } from './detector';
import { header } from './page';
import { kindFromStatus } from './status-kind';

/** Detects Caddy's empty-bodied error replies. */
export const caddy: Detector = {
  name: 'caddy',
  detect(page) {
    if (!/^Caddy/i.test(header(page, 'server')) || page.body.trim() !== '') return null;
    return { producer: 'caddy', kind: kindFromStatus(page.status) };
  },
};
