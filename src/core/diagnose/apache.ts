/**
 * Apache httpd's built-in error documents (modules/http/http_protocol.c): an HTML 2.0 doctype
 * (HTML 4.01 strict since 2.4.6x; seen from Debian's 2.4.71), h1 "Service Unavailable" /
 * "Proxy Error" / "Gateway Timeout", and an `<address>Apache/… Server at …</address>`
 * signature when ServerSignature is on.
 *
 * Seen live from mod_proxy 2.4.71: a refused backend gives 503 "Service Unavailable" (the
 * worker is then put in error state for `retry` seconds), and a ProxyTimeout gives
 * 502 "Proxy Error … Error reading from remote server".
 */
import type { Detector } from './detector';
import { header } from './page';
import { kindFromStatus } from './status-kind';

const DOCTYPE = /<!DOCTYPE HTML PUBLIC "-\/\/(?:IETF\/\/DTD HTML 2\.0|W3C\/\/DTD HTML 4\.01)\/\/EN"/i;
const HEADLINE = /<h1>(?:Service Unavailable|Proxy Error|Gateway Timeout|Internal Server Error|Bad Gateway)<\/h1>/i;
const SIGNATURE = /<address>\s*Apache\b/i;

/** Detects Apache httpd's own error documents. */
export const apache: Detector = {
  name: 'apache',
  detect(page) {
    const template = DOCTYPE.test(page.body) && HEADLINE.test(page.body);
    const fromApache = template && (SIGNATURE.test(page.body) || /^Apache/i.test(header(page, 'server')));
    if (!fromApache) return null;
    // mod_proxy's 503 is its "could not connect to the backend" answer, not a busy server.
    const kind = page.status === 503 ? 'connection-failed' : kindFromStatus(page.status);
    return { producer: 'apache', kind };
  },
};
