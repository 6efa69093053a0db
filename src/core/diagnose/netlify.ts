/**
 * Netlify's edge (https://docs.netlify.com, "Functions error handling" and "Support Guide:
 * troubleshooting 5xx"): Server: Netlify with an x-nf-request-id, and its own pages such as
 * "This function has crashed" (502, an unhandled error) or "Task timed out after … seconds" (504).
 */
import type { Detector } from './detector';
import { header } from './page';
import { kindFromStatus } from './status-kind';

/** Detects Netlify's own 5xx answers. */
export const netlify: Detector = {
  name: 'netlify',
  detect(page) {
    if (!/^Netlify/i.test(header(page, 'server')) || header(page, 'x-nf-request-id') === '') return null;
    const text = page.text.slice(0, 4000);
    if (/timed out/i.test(text)) return { producer: 'netlify', kind: 'timeout' };
    if (/function has crashed|Netlify Internal Error|^$/i.test(text)) return { producer: 'netlify', kind: kindFromStatus(page.status) };
    return null;
  },
};
