/**
 * Azure Front Door's (and the classic Azure CDN's) own error page (Microsoft Learn, "Troubleshoot
 * Azure Front Door common issues": 503 when the origin does not answer in time or refuses):
 * "Our services aren't available right now" / "We're working to restore all services as soon as
 * possible. Please check back soon." with a "Ref A: … Ref B: … Ref C: …" line; x-azure-ref header.
 */
import type { Detector } from './detector';
import { header } from './page';
import { kindFromStatus } from './status-kind';

const PAGE = /Our services aren[’']t available right now/i;

/** Detects Azure Front Door's error page. */
export const azureFrontDoor: Detector = {
  name: 'azure-front-door',
  gate: ['available right now'],
  detect(page) {
    if (!PAGE.test(page.text)) return null;
    if (header(page, 'x-azure-ref') === '' && !/Ref A:/.test(page.text)) return null;
    return { producer: 'azure-front-door', kind: kindFromStatus(page.status) };
  },
};
