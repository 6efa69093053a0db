/**
 * Magento 2's maintenance page (pub/errors/default/503.phtml, shown while
 * var/.maintenance.flag exists): title "Error 503: Service Unavailable", h1 "Service
 * Temporarily Unavailable". Checked before Apache and nginx, whose 503 wording is similar.
 */
import type { Detector } from './detector';

const TITLE = /<title>\s*Error 503: Service Unavailable\s*<\/title>/i;
const H1 = /<h1>\s*Service Temporarily Unavailable\s*<\/h1>/i;
const SKIN = /errors\/default\//i;

/** Detects Magento's maintenance page. */
export const magento: Detector = {
  name: 'magento',
  gate: ['error 503', 'service temporarily unavailable'],
  detect(page) {
    if (!TITLE.test(page.body) && !(H1.test(page.body) && SKIN.test(page.body))) return null;
    return { producer: 'magento', kind: 'maintenance' };
  },
};
