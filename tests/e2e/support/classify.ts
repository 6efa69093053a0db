/**
 * Tells the extension's probes apart from the tabs' own navigations in an origin's request log,
 * by Fetch Metadata (https://w3c.github.io/webappsec-fetch-metadata/): a navigation or reload
 * carries `Sec-Fetch-Mode: navigate`; the background's fetch() does not.
 */
import type { LoggedRequest } from '../../support/origin';

export const isNavigation = (r: LoggedRequest): boolean => r.headers['sec-fetch-mode'] === 'navigate';

/** A request the background made (a probe), not a tab loading the page. */
export const isProbe = (r: LoggedRequest): boolean => !isNavigation(r);
