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

const NOT_YET = /The service you requested is not available yet/i;

/** Detects this producer's own error answers. */
export const cloudRun: Detector = {
  name: 'cloud-run',
  gate: ['rate exceeded', 'not available yet'],
  detect(page) {
    if (/^Rate exceeded\.?$/.test(page.body.trim())) return { producer: 'cloud-run', kind: 'rate-limited' };
    if (!NOT_YET.test(page.text) || !/<h1>Error: Service Unavailable<\/h1>/i.test(page.body)) return null;
    return { producer: 'cloud-run', kind: 'backend-unhealthy' };
  },
};
