/**
 * Bunny CDN: Server: BunnyCDN-<zone>-<id>, with its own short origin-error pages ("Origin is unreachable", "did not respond in time") (https://support.bunny.net/hc/en-us/articles/360017479579).
 */
import type { Detector } from './detector';
import { edgeMatch as match } from './edge-kind';
import { header } from './page';

/** Detects this producer's own error answers. */
export const bunny: Detector = {
  name: 'bunny',
  detect(page) {
    if (!/^BunnyCDN/i.test(header(page, 'server'))) return null;
    if (page.text !== '' && !/bunny|origin/i.test(page.text.slice(0, 4000))) return null;
    return match('bunny', page);
  },
};
