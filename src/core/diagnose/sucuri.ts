/**
 * Sucuri Website Firewall: Server: Sucuri/Cloudproxy or X-Sucuri-ID, and "Sucuri WebSite Firewall" in its 502/503/504 pages (https://docs.sucuri.net/website-firewall/troubleshooting/).
 */
import type { Detector } from './detector';
import { edgeMatch as match } from './edge-kind';
import { header } from './page';

/** Detects this producer's own error answers. */
export const sucuri: Detector = {
  name: 'sucuri',
  detect(page) {
    const edge = /^Sucuri/i.test(header(page, 'server')) || header(page, 'x-sucuri-id') !== '';
    if (!edge || !/Sucuri Web ?Site Firewall/i.test(page.text.slice(0, 4000))) return null;
    return match('sucuri', page);
  },
};
