/**
 * Apache Traffic Server's body factory (configs/body_factory/default in
 * https://github.com/apache/trafficserver): `<TITLE>Could Not Connect</TITLE>` (connect#failed_connect,
 * 502), "Unknown Host" (connect#dns_failed), "No Valid Host" (connect#all_down, every address
 * marked down), "Inactivity Timeout" (timeout#inactivity, 504 "Next Hop Timeout"), each with
 * `<FONT FACE="Helvetica,Arial"><B>` and a "Description:" line; Server header "ATS/…".
 */
import type { Kind } from '../types';
import type { Detector } from './detector';
import { header } from './page';
import { kindFromStatus } from './status-kind';

const TEMPLATE = /<FONT FACE="Helvetica,Arial"><B>\s*Description:/;
const TITLES: ReadonlyArray<readonly [RegExp, Kind]> = [
  [/Could Not Connect|Connection Failed/i, 'connection-failed'],
  [/Unknown Host/i, 'dns-error'],
  [/No Valid Host/i, 'backend-unhealthy'],
  [/Timeout/i, 'timeout'],
];

/** Detects Traffic Server's body-factory pages. */
export const trafficServer: Detector = {
  name: 'traffic-server',
  detect(page) {
    if (!TEMPLATE.test(page.body) && !/^ATS\//.test(header(page, 'server'))) return null;
    if (!TEMPLATE.test(page.body) && page.body.trim() !== '') return null;
    for (const [re, kind] of TITLES) if (re.test(page.headline)) return { producer: 'traffic-server', kind };
    return { producer: 'traffic-server', kind: kindFromStatus(page.status) };
  },
};
