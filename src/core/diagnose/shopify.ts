/**
 * Shopify's storefront errors (help.shopify.com; the pages its edge serves): "There was a problem
 * loading this website" / "Try refreshing the page" (5xx) and "Too many requests" (429), with
 * x-shopid / x-shopify-stage / powered-by: Shopify headers (it runs behind Cloudflare, so this
 * is checked before Cloudflare's header-only rule).
 */
import type { Detector } from './detector';
import { header } from './page';
import { kindFromStatus } from './status-kind';

/** Detects Shopify's own storefront error pages. */
export const shopify: Detector = {
  name: 'shopify',
  detect(page) {
    const fromShopify = header(page, 'x-shopid') !== '' || /shopify/i.test(header(page, 'powered-by')) || header(page, 'x-shopify-stage') !== '';
    if (!fromShopify) return null;
    const text = page.text.slice(0, 4000);
    if (/too many requests/i.test(text)) return { producer: 'shopify', kind: 'rate-limited' };
    if (!/There was a problem loading this website|Try refreshing the page|shopify/i.test(text) && text !== '') return null;
    return { producer: 'shopify', kind: kindFromStatus(page.status) };
  },
};
