/**
 * KeyCDN: Server: keycdn-engine with its own short origin-error answers (https://www.keycdn.com/support/troubleshooting).
 */
import type { Detector } from './detector';
import { edgeMatch as match } from './edge-kind';
import { header } from './page';

/** Detects this producer's own error answers. */
export const keycdn: Detector = {
  name: 'keycdn',
  detect(page) {
    if (!/^keycdn/i.test(header(page, 'server'))) return null;
    if (page.text !== '' && !/keycdn|origin/i.test(page.text.slice(0, 4000))) return null;
    return match('keycdn', page);
  },
};
