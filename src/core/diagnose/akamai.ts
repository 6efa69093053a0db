/**
 * Akamai's edge error page: "Reference #<n>.<hex>.<unixtime>.<hex>" written with character
 * references (`Reference&#32;&#35;…`), matched on the decoded text. Reasons seen in the h1:
 * "Service Unavailable - Zero size object" (the origin closed without an answer) and
 * "Gateway Timeout - In read".
 */
import type { Detector } from './detector';
import { kindFromStatus } from './status-kind';

const REFERENCE = /Reference #\s?\d+\.[0-9a-f]+\.\d+\.[0-9a-f]+/i;

/** Detects Akamai's edge error page. */
export const akamai: Detector = {
  name: 'akamai',
  gate: ['reference'],
  detect(page) {
    if (!REFERENCE.test(page.text)) return null;
    if (/Zero size object/i.test(page.text)) return { producer: 'akamai', kind: 'connection-failed' };
    if (/Gateway Time-?out|In read/i.test(page.text)) return { producer: 'akamai', kind: 'timeout' };
    return { producer: 'akamai', kind: kindFromStatus(page.status) };
  },
};
