/**
 * Instatus public page summary: `GET <page>/summary.json` →
 * `{page:{name,url,status:"UP"|"HASISSUES"|"UNDERMAINTENANCE"}, activeIncidents, activeMaintenances}`.
 * Source: Instatus docs "Public JSON API" (https://instatus.com/help/api) and docs/reference.md §3.
 */
import { field, httpUrl, isRecord, list, notNull, pick, reject, text, time } from '../net/json-read';
import { stateOfImpact, worseState } from '../report/overall-state';
import { directByPath, type StatusPlatform } from './contract';
import type {
  IncidentImpact, OverallState, Parsed, StatusIncident, StatusMaintenance, StatusReport,
} from '../report/types';

const PAGE_STATUS: Record<string, OverallState> = {
  UP: 'operational', HASISSUES: 'degraded', UNDERMAINTENANCE: 'maintenance',
};

/** Instatus impact words mapped onto Statuspage's impact scale. */
const IMPACT: Record<string, IncidentImpact> = {
  OPERATIONAL: 'none', DEGRADEDPERFORMANCE: 'minor', PARTIALOUTAGE: 'major',
  MAJOROUTAGE: 'critical', UNDERMAINTENANCE: 'maintenance',
};

function incidentOf(raw: unknown): StatusIncident | null {
  const name = text(field(raw, 'name'));
  const stage = text(field(raw, 'status')) ?? '';
  if (name === null || stage === 'RESOLVED') return null;
  return {
    name, impact: pick(IMPACT, field(raw, 'impact')) ?? 'unknown', stage: stage.toLowerCase(),
    // summary.json carries no update text; the link leads to it.
    latestUpdate: null,
    updatedAt: time(field(raw, 'updated')) ?? time(field(raw, 'started')),
    url: httpUrl(field(raw, 'url')),
  };
}

function maintenanceOf(raw: unknown): StatusMaintenance | null {
  const name = text(field(raw, 'name'));
  if (name === null || field(raw, 'status') !== 'INPROGRESS') return null;
  const startsAt = time(field(raw, 'start'));
  // `duration` is in minutes, sent as a string or a number.
  const minutes = Number(field(raw, 'duration'));
  const endsAt = startsAt !== null && Number.isFinite(minutes) && minutes > 0
    ? startsAt + minutes * 60_000 : null;
  return { name, latestUpdate: null, startsAt, endsAt, url: httpUrl(field(raw, 'url')) };
}

/**
 * Parse an Instatus `summary.json`. Accepted only when `page.status` is one Instatus defines.
 * "HASISSUES" is refined by the worst active incident's impact.
 * @param pageUrl the human-readable page we fetched from, used as the report's link
 */
export function parseInstatus(json: unknown, pageUrl: string): Parsed<StatusReport> {
  if (!isRecord(json)) return reject('instatus: answer is not a JSON object');
  const page = field(json, 'page');
  let state = pick(PAGE_STATUS, field(page, 'status'));
  if (state === undefined) return reject('instatus: page.status missing or not UP|HASISSUES|UNDERMAINTENANCE');
  const incidents = list(field(json, 'activeIncidents')).map(incidentOf).filter(notNull);
  if (state === 'degraded') {
    for (const incident of incidents) state = worseState(state, stateOfImpact(incident.impact));
  }
  return {
    ok: true,
    value: {
      source: 'instatus', state, description: null, pageName: text(field(page, 'name')), pageUrl,
      incidents,
      maintenances: list(field(json, 'activeMaintenances')).map(maintenanceOf).filter(notNull),
      affectedComponents: [],
    },
  };
}

/** Instatus: `summary.json` next to the page. */
export const instatus: StatusPlatform<'instatus'> = {
  kind: 'instatus',
  paths: [{ path: 'summary.json', discover: true }],
  direct: (url) => directByPath(url, /\/summary\.json$/),
  parse: (json, { pageUrl }) => parseInstatus(json, pageUrl),
};
