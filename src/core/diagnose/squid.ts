/**
 * Squid's error pages (errors/templates/ERR_* in https://github.com/squid-cache/squid): the
 * "ERROR: The requested URL could not be retrieved" template, `<body id=ERR_…>`, a footer
 * "Generated <date> by <host> (squid/<version>)", and an `X-Squid-Error: ERR_… <errno>` header.
 * The error name tells the kind: ERR_CONNECT_FAIL (503, connection refused or unreachable),
 * ERR_DNS_FAIL (503, the name did not resolve), ERR_READ_TIMEOUT and ERR_CONNECT_TIMEOUT (504).
 *
 * Squid is mostly a forward proxy run by the user's network (an office, a school, a hotel), so
 * its page is put on the user's network ('network-proxy') unless something downstream of it
 * belongs to the site: a Via hop after Squid's or a CDN's own header (a site's Squid accelerator
 * behind a CDN), which makes it the site's cache ('squid'). A Squid page reaching the browser
 * with no other hop is indistinguishable from an accelerator facing visitors directly; the
 * forward-proxy reading is the common case (see docs/producers.md).
 */
import type { Kind } from '../types';
import type { Detector } from './detector';
import { header, type Page } from './page';
import { kindFromStatus } from './status-kind';

const FOOTER = /Generated [^<]{0,120}\(squid\/[0-9.]{1,20}\)/i;
const BODY_ID = /<body id="?(ERR_[A-Z_]{2,40})/;
const ERR_NAME = /^\s*(ERR_[A-Z_]{2,40})/;
const SITE_SIDE = ['cf-ray', 'x-served-by', 'x-amz-cf-id', 'x-akamai-request-id', 'x-azure-ref', 'x-vercel-id'];

const BY_ERROR: Readonly<Record<string, Kind>> = {
  ERR_CONNECT_FAIL: 'connection-failed',
  ERR_DNS_FAIL: 'dns-error',
  ERR_READ_TIMEOUT: 'timeout',
  ERR_CONNECT_TIMEOUT: 'timeout',
  ERR_LIFETIME_EXP: 'timeout',
  ERR_READ_ERROR: 'connection-failed',
  ERR_WRITE_ERROR: 'connection-failed',
  ERR_ZERO_SIZE_OBJECT: 'connection-failed',
  ERR_SECURE_CONNECT_FAIL: 'tls-error',
  ERR_TOO_BIG: 'server-error',
};

/** Whether the response passed a hop after Squid that belongs to the site (so Squid is the site's). */
function siteSide(page: Page): boolean {
  if (SITE_SIDE.some((h) => header(page, h) !== '')) return true;
  const hops = header(page, 'via').split(',');
  const squidAt = hops.findIndex((h) => /squid/i.test(h));
  return squidAt >= 0 && squidAt < hops.length - 1;
}

/** Detects Squid's error template (site accelerator or the user's forward proxy). */
export const squid: Detector = {
  name: 'squid',
  detect(page) {
    const fromHeader = ERR_NAME.exec(header(page, 'x-squid-error'));
    // The substring check first: the footer pattern is bounded but costs more on every page.
    const template = (page.lower.includes('(squid/') && FOOTER.test(page.body))
      || (fromHeader !== null && /could not be retrieved/i.test(page.body));
    if (!template && !(fromHeader && page.body.trim() === '')) return null;
    const name = fromHeader?.[1] ?? BODY_ID.exec(page.body)?.[1] ?? '';
    const kind = BY_ERROR[name] ?? kindFromStatus(page.status);
    return { producer: siteSide(page) ? 'squid' : 'network-proxy', kind };
  },
};
