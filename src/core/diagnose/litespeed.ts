/**
 * LiteSpeed Web Server's built-in error page: a big status number, the reason in an h2, and the
 * footer "Proudly powered by LiteSpeed Web Server" linking litespeedtech.com/error-page; 503
 * says "The server is temporarily busy, try again later!" and CloudLinux's 508 "Resource Limit
 * Is Reached" (https://docs.litespeedtech.com, "Error pages"; CloudLinux docs, "LVE 508").
 */
import type { Detector } from './detector';
import { kindFromStatus } from './status-kind';

const FOOTER = /Proudly powered by\s{0,5}<a [^>]{0,200}>LiteSpeed Web Server<\/a>|litespeedtech\.com\/error-page/i;

/** Detects LiteSpeed's built-in error page. */
export const litespeed: Detector = {
  name: 'litespeed',
  gate: ['litespeed web server', 'litespeedtech.com/error-page'],
  detect(page) {
    if (!FOOTER.test(page.body)) return null;
    if (page.status === 508 || /Resource Limit Is Reached|temporarily busy/i.test(page.text)) return { producer: 'litespeed', kind: 'overloaded' };
    return { producer: 'litespeed', kind: kindFromStatus(page.status) };
  },
};
