/**
 * Heroku's router pages: title "Application Error" with an iframe to
 * herokucdn.com/error-pages/application-error.html (H10 crashed, H12 timeout, H14 no dynos…;
 * the H-code is only in the app's logs), and the maintenance-mode page (H80).
 */
import type { Detector } from './detector';

const ERROR_PAGES = /herokucdn\.com\/error-pages\/([a-z-]+)\.html/i;

/** Detects Heroku's router error and maintenance pages. */
export const heroku: Detector = {
  name: 'heroku',
  gate: ['herokucdn.com'],
  detect(page) {
    const m = ERROR_PAGES.exec(page.body);
    if (!m) return null;
    if (/maintenance/i.test(m[1] ?? '')) return { producer: 'heroku', kind: 'maintenance' };
    return { producer: 'heroku', kind: 'server-error' };
  },
};
