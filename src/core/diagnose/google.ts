/**
 * Google Front End / Google Cloud Load Balancing error page: "<b>502.</b> That’s an error.",
 * "The server encountered a temporary error… Please try again in 30 seconds."
 */
import type { Detector } from './detector';
import { kindFromStatus } from './status-kind';

const ERROR = /That[’']s an error\./;
const GOOGLE = /Server Error|temporary error|try again in 30 seconds|That[’']s all we know/i;

/** Detects Google's front-end error page. */
export const google: Detector = {
  name: 'google',
  detect(page) {
    if (!ERROR.test(page.text) || !GOOGLE.test(page.text)) return null;
    return { producer: 'google', kind: kindFromStatus(page.status) };
  },
};
