/**
 * What the overlay and the popup render for one tab: computed by the background from the
 * persisted engine state, sent to the UI as plain data (no functions, no classes).
 */
import type { Explanation } from '../core/explain';
import type { RetryView } from '../core/engine';
import type { Diagnosis } from '../core/types';

export type { RetryPhase, RetryView, RetryControls } from '../core/engine';

export interface TabView {
  tabId: number;
  url: string;
  origin: string;
  hostname: string;
  method: string;
  status: number;
  /** When the error was seen (ms since epoch). */
  since: number;
  diagnosis: Diagnosis;
  explanation: Explanation;
  /** The response headers that identify the layers (server, via, x-cache, cf-ray…). */
  headers: Record<string, string>;
  retry: RetryView;
}

/** A short record of an error Comeback handled, for the popup on healthy pages. */
export interface IncidentRecord {
  hostname: string;
  url: string;
  status: number;
  producer: Diagnosis['producer'];
  kind: Diagnosis['kind'];
  since: number;
  /** When the page came back, or null if the user left or it never did. */
  recoveredAt: number | null;
}
