/**
 * WordPress's maintenance page (wp_maintenance(), shown while a `.maintenance` file exists
 * during updates; sent as 503 with Retry-After: 600).
 */
import type { Detector } from './detector';

const TEXT = /Briefly unavailable for scheduled maintenance\. Check back in a minute\./i;

/** Detects WordPress's update-in-progress page. */
export const wordpress: Detector = {
  name: 'wordpress',
  gate: ['briefly unavailable'],
  detect(page) {
    return TEXT.test(page.text) ? { producer: 'wordpress', kind: 'maintenance' } : null;
  },
};
