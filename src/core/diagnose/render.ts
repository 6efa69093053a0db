/**
 * Render's edge: rndr-id / x-render-origin-server headers with its own short 502/503 when the service does not answer on its port (https://render.com/docs/troubleshooting-deploys).
 */
import type { Detector } from './detector';
import { own } from './platform-answer';
import { header } from './page';

/** Detects this producer's own error answers. */
export const render: Detector = {
  name: 'render',
  detect(page) {
    if (header(page, 'rndr-id') === '' && header(page, 'x-render-origin-server') === '') return null;
    return own(page, 'render', /render\.com|service (?:is )?(?:currently )?unavailable|Bad Gateway/i);
  },
};
