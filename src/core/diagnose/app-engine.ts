/**
 * Google's serverless front ends, whose pages differ from the "That’s an error." page in
 * google.ts. Cloud Run (Google Cloud docs, "Troubleshoot Cloud Run issues"): "Error: Service
 * Unavailable — The service you requested is not available yet. Please try again in 30
 * seconds." (503, no instance could start) and "Rate exceeded." (429, plain text). App Engine
 * (docs, "Troubleshooting App Engine errors"): "Error: Server Error — The server encountered an
 * error and could not complete your request. Please try again in 30 seconds." (500/502) and
 * "Error: Server Error — The service you requested is not available yet" on cold starts.
 */
import type { Detector } from './detector';
import { header } from './page';
import { kindFromStatus } from './status-kind';

const GFE = /^Google Frontend/i;
const NOT_YET = /The service you requested is not available yet/i;
const APP_ENGINE = /The server encountered an error and could not complete your request/i;

/** Detects this producer's own error answers. */
export const appEngine: Detector = {
  name: 'app-engine',
  gate: ['<h1>error: server error</h1>'],
  detect(page) {
    if (!/<h1>Error: Server Error<\/h1>/i.test(page.body)) return null;
    if (!APP_ENGINE.test(page.text) && !NOT_YET.test(page.text) && !GFE.test(header(page, 'server'))) return null;
    return { producer: 'app-engine', kind: NOT_YET.test(page.text) ? 'backend-unhealthy' : kindFromStatus(page.status) };
  },
};
