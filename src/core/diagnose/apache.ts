/**
 * Apache httpd's built-in error documents (modules/http/http_protocol.c): HTML 2.0 doctype,
 * h1 "Service Unavailable" / "Proxy Error" / "Gateway Timeout", and an
 * `<address>Apache/… Server at …</address>` signature when ServerSignature is on.
 */
import type { Detector } from './detector';
import { header } from './page';
import { kindFromStatus } from './status-kind';

const DOCTYPE = /<!DOCTYPE HTML PUBLIC "-\/\/IETF\/\/DTD HTML 2\.0\/\/EN">/i;
const SIGNATURE = /<address>\s*Apache\b/i;

/** Detects Apache httpd's own error documents. */
export const apache: Detector = {
  name: 'apache',
  detect(page) {
    const fromApache = SIGNATURE.test(page.body) || (DOCTYPE.test(page.body) && /^Apache/i.test(header(page, 'server')));
    if (!fromApache) return null;
    return { producer: 'apache', kind: kindFromStatus(page.status) };
  },
};
