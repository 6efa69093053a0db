/**
 * Addresses for the guide's site links. Opening a link is the user's own click, so these make no
 * request by themselves (Downdetector and Is It Down Right Now have no free API and are linked, not
 * queried: docs/reference.md §3).
 */
import type { GuideLink, SiteLinkTarget } from './guide-types';

/** What a site link may be built from. */
export interface SiteLinkInput {
  hostname: string;
  /**
   * The failed page's URL; only the archive link uses it (the full URL leaves the browser only on
   * the user's request: docs/design.md, "Privacy by default").
   */
  url?: string;
  /** The site's status page, when one is known. */
  statusPageUrl?: string | null;
}

/** Cloudflare's own explanation of its 5xx codes (the 52x pages link there too). */
export const CLOUDFLARE_5XX_DOCS = 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/';
/** Varnish's users guide on grace mode (serving stale objects while the backend is sick). */
export const VARNISH_GRACE_DOCS = 'https://varnish-cache.org/docs/trunk/users-guide/vcl-grace.html';

/**
 * The https address for a site link, or null when it cannot be built (no status page known,
 * a hostname that is not one). Hostnames are URL-encoded so nothing can break out of the path.
 */
export function siteLinkHref(target: SiteLinkTarget, input: SiteLinkInput): string | null {
  const host = input.hostname.trim().toLowerCase();
  if (!/^[a-z0-9.-]+$/.test(host)) return null;
  switch (target) {
    case 'status-page':
      return input.statusPageUrl?.startsWith('https://') ? input.statusPageUrl : null;
    case 'downdetector':
      return `https://downdetector.com/search/?q=${encodeURIComponent(host)}`;
    case 'is-it-down-right-now':
      return `https://www.isitdownrightnow.com/${encodeURIComponent(host)}.html`;
    case 'archive-today':
      // archive.today's /newest/<url> opens the latest snapshot of that page.
      return `https://archive.ph/newest/${input.url !== undefined && /^https?:\/\//.test(input.url) ? input.url : `https://${host}/`}`;
  }
}

/** The address of any guide link: fixed ones as they are, site ones built from `input`. */
export function guideLinkHref(link: GuideLink, input: SiteLinkInput): string | null {
  return 'href' in link ? link.href : siteLinkHref(link.target, input);
}
