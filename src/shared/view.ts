/**
 * What the overlay and the popup render for one tab: computed by the background from the
 * persisted engine state, sent to the UI as plain data (no functions, no classes).
 */
import type { Explanation } from '../core/explain';
import type { GiveUpReason } from '../core/scheduler';
import type { Diagnosis } from '../core/types';

/**
 * - `waiting`: a probe is scheduled (`nextAt`).
 * - `probing`: the probe is in flight.
 * - `paused-offline`: the browser is offline; resumes on reconnect.
 * - `gave-up`: no more automatic tries (`giveUpReason`); Retry now still works.
 * - `stopped`: the user pressed Stop for this tab.
 * - `not-resent`: the failed request was a form (POST…), which is never resent automatically.
 * - `disabled`: auto-retry is off (globally or for this site).
 * - `recovered`: the site answered; the tab is being reloaded.
 */
export type RetryPhase =
  | 'waiting' | 'probing' | 'paused-offline' | 'gave-up' | 'stopped' | 'not-resent' | 'disabled' | 'recovered';

export interface RetryView {
  phase: RetryPhase;
  /** Probes made so far for this site in this outage. */
  attempt: number;
  maxAttempts: number;
  /** When the next probe runs (ms since epoch), while `waiting`. */
  nextAt: number | null;
  /** What the server's Retry-After asked for, in seconds, when it sent one. */
  serverAskedSeconds: number | null;
  /** The schedule waits at least as long as Retry-After asked. */
  retryAfterHonoured: boolean;
  /** Retry-After asked for longer than the user's maximum wait; we wait the maximum. */
  cappedByMaxWait: boolean;
  giveUpReason: GiveUpReason | null;
}

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
