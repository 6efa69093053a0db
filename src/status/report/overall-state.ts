/**
 * Ordering and mapping helpers for OverallState, shared by the parsers.
 */
import type { IncidentImpact, OverallState, StatusReport } from './types';

/** Severity rank: higher is worse for the user. Maintenance sits between degraded and outage. */
const RANK: Record<OverallState, number> = {
  unknown: 0, operational: 1, degraded: 2, maintenance: 3, 'partial-outage': 4, 'major-outage': 5,
};

/** The worse of two states (unknown never wins over something known). */
export function worseState(a: OverallState, b: OverallState): OverallState {
  return RANK[b] > RANK[a] ? b : a;
}

/** The state an incident of this impact implies on its own. */
export function stateOfImpact(impact: IncidentImpact): OverallState {
  switch (impact) {
    case 'critical': return 'major-outage';
    case 'major': return 'partial-outage';
    case 'minor': return 'degraded';
    case 'maintenance': return 'maintenance';
    default: return 'degraded';
  }
}

/**
 * Whether the report says the service is broken for its users right now: an outage (partial
 * or major), maintenance, or an active incident of major/critical impact.
 */
export function reportSaysDown(report: StatusReport): boolean {
  if (report.state === 'major-outage' || report.state === 'partial-outage') return true;
  if (report.state === 'maintenance') return true;
  return report.incidents.some((i) => i.impact === 'major' || i.impact === 'critical');
}

/** Whether the report admits any problem at all (degraded, or any active incident). */
export function reportHasIssues(report: StatusReport): boolean {
  return reportSaysDown(report) || report.state === 'degraded' || report.incidents.length > 0;
}
