/**
 * Microsoft IIS, Application Request Routing and HTTP.sys (Microsoft Learn, "HTTP status codes in
 * IIS" and "Troubleshoot 502 errors in ARR"): the detailed error "HTTP Error 502.3 - Bad Gateway"
 * whose error code tells the kind (0x80072ee2 timed out, 0x80072efd could not connect,
 * 0x80072f8f TLS), the custom page "502 - Web server received an invalid response while acting
 * as a gateway or proxy server.", and HTTP.sys's own "HTTP Error 503. The service is
 * unavailable." (Server: Microsoft-HTTPAPI/2.0: the application pool is stopped or crashed).
 */
import type { Kind } from '../types';
import type { Detector } from './detector';
import { header } from './page';
import { kindFromStatus } from './status-kind';

const HTTP_SYS = /HTTP Error 503\. The service is unavailable\./;
const DETAILED = /HTTP Error 5\d\d\.\d{1,2} - /;
const CUSTOM = /5\d\d - Web server received an invalid response while acting as a gateway or proxy server\.|<h1>Server Error<\/h1><\/div>/;
const CODES: ReadonlyArray<readonly [RegExp, Kind]> = [
  [/0x80072ee2|operation timed out/i, 'timeout'],
  [/0x80072efd|could not be made|cannot connect/i, 'connection-failed'],
  [/0x80072f8f|0x80072f7d|certificate|security error/i, 'tls-error'],
  [/0x80072ee7|server name or address could not be resolved/i, 'dns-error'],
];

/** Detects IIS, ARR and HTTP.sys error pages. */
export const iis: Detector = {
  name: 'iis',
  gate: ['http error 5', 'web server received an invalid response', '<h1>server error</h1>'],
  detect(page) {
    if (HTTP_SYS.test(page.text) && /^Microsoft-HTTPAPI/i.test(header(page, 'server'))) {
      return { producer: 'iis', kind: 'backend-unhealthy' };
    }
    if (!DETAILED.test(page.text) && !CUSTOM.test(page.body)) return null;
    for (const [re, kind] of CODES) if (re.test(page.text)) return { producer: 'iis', kind };
    return { producer: 'iis', kind: kindFromStatus(page.status) };
  },
};
