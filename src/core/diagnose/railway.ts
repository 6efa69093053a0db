/**
 * Railway's edge: "Application failed to respond" with x-railway-edge / x-railway-request-id headers (https://docs.railway.com/reference/errors/application-failed-to-respond).
 */
import type { Detector } from './detector';
import { own } from './platform-answer';
import { header } from './page';

/** Detects this producer's own error answers. */
export const railway: Detector = {
  name: 'railway',
  detect(page) {
    const edge = header(page, 'x-railway-edge') !== '' || header(page, 'x-railway-request-id') !== '' || /railway/i.test(header(page, 'server'));
    if (!edge && !/Application failed to respond[\s\S]{0,300}railway/i.test(page.text.slice(0, 4000))) return null;
    return own(page, 'railway', /Application failed to respond|railway/i);
  },
};
