/**
 * Cloudflare's own error pages (#cf-wrapper, #cf-error-details, "Cloudflare Ray ID"; older
 * layout .cf-error-code) and its empty-bodied 52x answers (a 520 may have no body at all).
 * Kinds follow the status (Cloudflare docs, "Troubleshooting Cloudflare 5XX errors").
 * The nginx-style page with a "cloudflare" footer is recognised in nginx.ts.
 */
import type { Detector } from './detector';
import { header } from './page';
import { kindFromStatus } from './status-kind';

const MARKERS = /id="cf-wrapper"|id="cf-error-details"|cf-error-code|Cloudflare Ray ID/i;
/**
 * Managed challenges ("Just a moment…") are not outages; the page solves itself, so reloading
 * it is never right.
 */
const CHALLENGE = /\/cdn-cgi\/challenge-platform\/|window\._cf_chl_opt|cf-browser-verification/;

/** Detects Cloudflare's own error and challenge pages. */
export const cloudflare: Detector = {
  name: 'cloudflare',
  detect(page) {
    if (CHALLENGE.test(page.body)) return { producer: 'cloudflare', kind: 'none' };
    const emptyEdgeAnswer =
      page.body.trim() === '' && /^cloudflare/i.test(header(page, 'server')) && page.status >= 520;
    if (!MARKERS.test(page.body) && !emptyEdgeAnswer) return null;
    return { producer: 'cloudflare', kind: kindFromStatus(page.status) };
  },
};
