/**
 * Fly.io's proxy (fly-proxy): Server: Fly/…, a fly-request-id header and an empty or one-line body when no machine answers (https://fly.io/docs/getting-started/troubleshooting/).
 */
import type { Detector } from './detector';
import { own } from './platform-answer';
import { header } from './page';

/** Detects this producer's own error answers. */
export const fly: Detector = {
  name: 'fly',
  detect(page) {
    if (!/^Fly\//i.test(header(page, 'server')) && header(page, 'fly-request-id') === '') return null;
    return own(page, 'fly', /fly\.io|could not find a good candidate|no known healthy/i);
  },
};
