/**
 * Pantheon's Styx router: x-pantheon-styx-hostname with "Temporarily Unavailable" or "The website encountered an unexpected error" (https://docs.pantheon.io/errors-and-server-responses).
 */
import type { Detector } from './detector';
import { own } from './platform-answer';
import { header } from './page';

/** Detects this producer's own error answers. */
export const pantheon: Detector = {
  name: 'pantheon',
  detect(page) {
    if (header(page, 'x-pantheon-styx-hostname') === '') return null;
    return own(page, 'pantheon', /pantheon|Temporarily Unavailable|unexpected error/i);
  },
};
