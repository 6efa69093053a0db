/**
 * Cloudflare's own error pages (#cf-wrapper, #cf-error-details, "Cloudflare Ray ID"; older
 * layout .cf-error-code), its plain-text answers (`error code: 1016`, text/plain), and its
 * empty-bodied 52x answers (a 520 may have no body at all). Kinds follow the status, or the 1xxx
 * code where the page names one (Cloudflare docs, "Troubleshooting Cloudflare 5XX errors" and
 * "Cloudflare 1XXX errors": 1001/1016 DNS, 1033 tunnel, 1015 rate limited).
 * The nginx-style page with a "cloudflare" footer is recognised in nginx.ts.
 */
import type { Kind } from '../types';
import type { Detector } from './detector';
import { header, type Page } from './page';
import { kindFromStatus } from './status-kind';

const MARKERS = /id="cf-wrapper"|id="cf-error-details"|cf-error-code|Cloudflare Ray ID/i;
const PLAIN_CODE = /^error code: (\d{3,4})$/;
const CODE_1XXX = /(?:Error|cf-error-code">)\s{0,5}(1\d{3})\b/;

/**
 * A managed or JavaScript challenge ("Just a moment…") is not an outage; the page solves itself,
 * so reloading it is never right. Decided by Cloudflare's `cf-mitigated: challenge` header
 * (https://developers.cloudflare.com/cloudflare-challenges/challenge-types/challenge-pages/detect-response/)
 * or the challenge page's own bootstrap (`window._cf_chl_opt`, the old `cf-browser-verification`
 * form). A bare `/cdn-cgi/challenge-platform/` path is not enough: Cloudflare's JavaScript
 * detection injects `/cdn-cgi/challenge-platform/scripts/jsd/main.js` into ordinary pages.
 */
const CHALLENGE_PAGE = /window\._cf_chl_opt\s*=|id="cf-browser-verification"|class="cf-browser-verification/;

function isChallenge(page: Page): boolean {
  return /^\s*challenge\b/i.test(header(page, 'cf-mitigated')) || CHALLENGE_PAGE.test(page.body);
}

function kindFromCode(code: number, status: number): Kind {
  if (code === 1001 || code === 1016) return 'dns-error';
  if (code === 1015) return 'rate-limited';
  if (code === 1033 || code === 1014 || code === 1000) return 'connection-failed';
  return kindFromStatus(status);
}

/** Detects Cloudflare's own error and challenge pages. */
export const cloudflare: Detector = {
  name: 'cloudflare',
  detect(page) {
    if (isChallenge(page)) return { producer: 'cloudflare', kind: 'none' };
    const fromEdge = /^cloudflare/i.test(header(page, 'server'));
    const plain = fromEdge ? PLAIN_CODE.exec(page.body.trim()) : null;
    if (plain) {
      const code = Number(plain[1]);
      return { producer: 'cloudflare', kind: code >= 1000 ? kindFromCode(code, page.status) : kindFromStatus(page.status) };
    }
    const emptyEdgeAnswer = page.body.trim() === '' && fromEdge && page.status >= 520;
    if (!MARKERS.test(page.body) && !emptyEdgeAnswer) return null;
    const code = CODE_1XXX.exec(page.body.slice(0, 16384));
    return { producer: 'cloudflare', kind: code ? kindFromCode(Number(code[1]), page.status) : kindFromStatus(page.status) };
  },
};
