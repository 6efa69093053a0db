/**
 * The normalised vocabulary shared by every status source (Statuspage, Instatus, Cachet,
 * Better Stack, Slack). Pure types only (the platform list is in platforms/order.ts); the UI renders every string here as text, never HTML.
 */
import type { StatusKind } from '../platforms/order';

/** Overall state of a service, from best to worst outage (maintenance is its own kind). */
export const OVERALL_STATES = [
  'operational', 'degraded', 'partial-outage', 'major-outage', 'maintenance', 'unknown',
] as const;
export type OverallState = (typeof OVERALL_STATES)[number];

/** How bad an incident is, in Statuspage's terms (the richest of the sources). */
export type IncidentImpact = 'none' | 'minor' | 'major' | 'critical' | 'maintenance' | 'unknown';


/** An unresolved incident as the status page tells it. */
export interface StatusIncident {
  /** Plain text, truncated. */
  name: string;
  impact: IncidentImpact;
  /** The page's own word for the stage (investigating, identified, …), plain text; may be empty. */
  stage: string;
  /** Text of the most recent update, plain text, truncated; null when the source has none. */
  latestUpdate: string | null;
  /** When that update (or the incident, failing that) was last changed, ms since epoch. */
  updatedAt: number | null;
  /** http(s) link to the incident, or null. */
  url: string | null;
}

/** A maintenance window that is in progress now. */
export interface StatusMaintenance {
  name: string;
  latestUpdate: string | null;
  startsAt: number | null;
  endsAt: number | null;
  url: string | null;
}

/** What a status page said, normalised. */
export interface StatusReport {
  /** The platform whose parser understood the answer. */
  source: StatusKind;
  state: OverallState;
  /** The page's own summary line ("All Systems Operational"), plain text, or null. */
  description: string | null;
  /** The service's name as the page gives it, or null. */
  pageName: string | null;
  /** Link to the human-readable status page (the one we fetched, not what the JSON claims). */
  pageUrl: string;
  incidents: StatusIncident[];
  maintenances: StatusMaintenance[];
  /** Names of components not operational (bounded), so the UI can say what is affected. */
  affectedComponents: string[];
}

/** A rejected answer: the reason is for logs and tests, not for users. */
export interface ParseError {
  ok: false;
  reason: string;
}

/** Either the parsed value or why it was rejected. Parsers never throw. */
export type Parsed<T> = { ok: true; value: T } | ParseError;
