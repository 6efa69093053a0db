/**
 * Atlassian Statuspage v2 public API (also served by incident.io pages):
 * `GET /api/v2/summary.json` and the smaller `GET /api/v2/status.json`.
 * Source: https://developer.statuspage.io (public "Status API" page of any hosted page, e.g.
 * https://www.githubstatus.com/api) and docs/reference.md §3.
 */
import {
  MAX_ITEMS, MAX_TEXT_CHARS, field, httpUrl, isRecord, list, notNull, pick, reject, text, time,
} from '../net/json-read';
import { directByPath, type StatusPlatform } from './contract';
import type {
  IncidentImpact, OverallState, Parsed, StatusIncident, StatusMaintenance, StatusReport,
} from '../report/types';

/** `status.indicator` → state. Statuspage shows "major" as "Partial System Outage" and
 * "critical" as "Major System Outage". */
const INDICATOR: Record<string, OverallState> = {
  none: 'operational', minor: 'degraded', major: 'partial-outage', critical: 'major-outage',
  maintenance: 'maintenance',
};

const COMPONENT: Record<string, OverallState> = {
  operational: 'operational', degraded_performance: 'degraded', partial_outage: 'partial-outage',
  major_outage: 'major-outage', under_maintenance: 'maintenance',
};

const IMPACTS: readonly IncidentImpact[] = ['none', 'minor', 'major', 'critical', 'maintenance'];
/** Incident stages that mean it is over (summary.json lists only unresolved ones anyway). */
const CLOSED = new Set(['resolved', 'postmortem', 'completed']);

function impactOf(value: unknown): IncidentImpact {
  return IMPACTS.find((i) => i === value) ?? 'unknown';
}

/** The newest update: Statuspage lists `incident_updates` newest first, but don't rely on it. */
function latestUpdate(incident: unknown): { body: string | null; at: number | null } {
  let best: { body: string | null; at: number | null } = { body: null, at: null };
  for (const update of list(field(incident, 'incident_updates'), 50)) {
    const at = time(field(update, 'display_at')) ?? time(field(update, 'created_at'));
    if (best.body === null || (at !== null && (best.at === null || at > best.at))) {
      best = { body: text(field(update, 'body'), MAX_TEXT_CHARS), at };
    }
  }
  return best;
}

function incidentOf(raw: unknown): StatusIncident | null {
  const name = text(field(raw, 'name'));
  const stage = text(field(raw, 'status')) ?? '';
  if (name === null || CLOSED.has(stage)) return null;
  const update = latestUpdate(raw);
  return {
    name, impact: impactOf(field(raw, 'impact')), stage,
    latestUpdate: update.body,
    updatedAt: update.at ?? time(field(raw, 'updated_at')),
    url: httpUrl(field(raw, 'shortlink')),
  };
}

function maintenanceOf(raw: unknown): StatusMaintenance | null {
  const name = text(field(raw, 'name'));
  const stage = field(raw, 'status');
  // Only windows running now: "scheduled" ones have not started, "completed" ones are over.
  if (name === null || (stage !== 'in_progress' && stage !== 'verifying')) return null;
  return {
    name, latestUpdate: latestUpdate(raw).body,
    startsAt: time(field(raw, 'scheduled_for')), endsAt: time(field(raw, 'scheduled_until')),
    url: httpUrl(field(raw, 'shortlink')),
  };
}

/**
 * Parse `/api/v2/summary.json` or `/api/v2/status.json` (the latter has only `page` and
 * `status`). Accepts the answer only when `status.indicator` is one Statuspage defines.
 * @param pageUrl the human-readable page we fetched from, used as the report's link
 */
export function parseStatuspage(json: unknown, pageUrl: string): Parsed<StatusReport> {
  if (!isRecord(json)) return reject('statuspage: answer is not a JSON object');
  const status = field(json, 'status');
  const state = pick(INDICATOR, field(status, 'indicator'));
  if (state === undefined) {
    return reject('statuspage: status.indicator missing or not none|minor|major|critical|maintenance');
  }
  const affected = list(field(json, 'components'), 200)
    .filter((c) => isRecord(c) && field(c, 'status') !== 'operational' && !field(c, 'group'))
    .map((c) => (pick(COMPONENT, field(c, 'status')) ? text(field(c, 'name')) : null))
    .filter(notNull).slice(0, MAX_ITEMS);
  return {
    ok: true,
    value: {
      source: 'statuspage',
      state,
      description: text(field(status, 'description')),
      pageName: text(field(field(json, 'page'), 'name')),
      pageUrl,
      incidents: list(field(json, 'incidents')).map(incidentOf).filter(notNull),
      maintenances: list(field(json, 'scheduled_maintenances')).map(maintenanceOf).filter(notNull),
      affectedComponents: affected,
    },
  };
}

/** Statuspage and incident.io: summary.json (guessed), or the smaller status.json. */
export const statuspage: StatusPlatform<'statuspage'> = {
  kind: 'statuspage',
  paths: [
    { path: 'api/v2/summary.json', discover: true },
    { path: 'api/v2/status.json', discover: false },
  ],
  direct: (url) => directByPath(url, /\/api\/v2\/(?:summary|status)\.json$/),
  parse: (json, { pageUrl }) => parseStatuspage(json, pageUrl),
};
