/**
 * Cachet 2.x public API: `GET /api/v1/components` (status 1 operational, 2 performance issues,
 * 3 partial outage, 4 major outage; 0 unknown) and optionally `GET /api/v1/incidents`
 * (status 0 scheduled, 1 investigating, 2 identified, 3 watching, 4 fixed).
 * Source: Cachet API docs (https://docs.cachethq.io/reference) and docs/reference.md §3.
 */
import {
  MAX_ITEMS, MAX_TEXT_CHARS, field, httpUrl, isRecord, list, reject, text,
} from '../net/json-read';
import { worseState } from '../report/overall-state';
import { directByPath, type StatusPlatform } from './contract';
import type {
  IncidentImpact, OverallState, Parsed, StatusIncident, StatusMaintenance, StatusReport,
} from '../report/types';

const COMPONENT_STATES: readonly OverallState[] = [
  'unknown', 'operational', 'degraded', 'partial-outage', 'major-outage',
];
const INCIDENT_STAGES = ['scheduled', 'investigating', 'identified', 'watching', 'fixed'];

/** Cachet sends numbers, some versions numeric strings. */
function code(value: unknown, max: number): number | null {
  const n = typeof value === 'string' && /^\d$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max ? n : null;
}

/** Cachet writes "2015-08-01 12:00:00" with no zone; its default APP_TIMEZONE is UTC, so read
 * it as UTC rather than in the machine's zone (which `Date.parse` would do). */
function cachetTime(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value) ? `${value.replace(' ', 'T')}Z` : value;
  const ms = iso.length <= 64 ? Date.parse(iso) : NaN;
  return Number.isFinite(ms) ? ms : null;
}

interface CachetIncidents { incidents: StatusIncident[]; maintenances: StatusMaintenance[] }

function readIncidents(json: unknown, now: number): CachetIncidents {
  const out: CachetIncidents = { incidents: [], maintenances: [] };
  for (const raw of list(field(json, 'data'), 100)) {
    const stage = code(field(raw, 'status'), 4);
    const name = text(field(raw, 'name'));
    if (name === null || stage === null || stage === 4 || field(raw, 'visible') === 0) continue;
    const message = text(field(raw, 'message'), MAX_TEXT_CHARS);
    const at = cachetTime(field(raw, 'updated_at')) ?? cachetTime(field(raw, 'created_at'));
    if (stage === 0) {
      const startsAt = cachetTime(field(raw, 'scheduled_at'));
      // Stage 0 includes windows still to come; only one that has begun is "active".
      if (startsAt === null || startsAt > now) continue;
      out.maintenances.push({ name, latestUpdate: message, startsAt, endsAt: null, url: null });
    } else {
      // Cachet incidents carry no impact of their own.
      const impact: IncidentImpact = 'unknown';
      out.incidents.push({
        name, impact, stage: INCIDENT_STAGES[stage] ?? '', latestUpdate: message, updatedAt: at, url: null,
      });
    }
  }
  return { incidents: out.incidents.slice(0, MAX_ITEMS), maintenances: out.maintenances.slice(0, MAX_ITEMS) };
}

/**
 * Parse Cachet's components list, with its incidents list when the caller fetched it too.
 * Accepted only when `data` holds at least one component with a name and a known status code.
 * @param incidents the `/api/v1/incidents` answer, or undefined when not fetched
 * @param pageUrl the human-readable page; Cachet's API names no page, so its host is the name
 * @param now the caller's clock (ms), to tell a running maintenance from a future one
 */
export function parseCachet(
  components: unknown, incidents: unknown, pageUrl: string, now: number,
): Parsed<StatusReport> {
  if (!isRecord(components)) return reject('cachet: answer is not a JSON object');
  if (!Array.isArray(field(components, 'data'))) return reject('cachet: data is not an array');
  let state: OverallState = 'unknown';
  let known = 0;
  const affected: string[] = [];
  for (const raw of list(field(components, 'data'), 500)) {
    const status = code(field(raw, 'status'), 4);
    const name = text(field(raw, 'name'));
    if (status === null || name === null || field(raw, 'enabled') === false) continue;
    known += 1;
    const componentState = COMPONENT_STATES[status] ?? 'unknown';
    state = worseState(state, componentState);
    if (status > 1 && affected.length < MAX_ITEMS) affected.push(name);
  }
  if (known === 0) return reject('cachet: no component with a name and a status 0-4');
  const extra = readIncidents(incidents, now);
  if (extra.maintenances.length > 0 && state === 'operational') state = 'maintenance';
  return {
    ok: true,
    value: {
      source: 'cachet', state, description: null,
      pageName: httpUrl(pageUrl) === null ? null : new URL(pageUrl).hostname,
      pageUrl, incidents: extra.incidents, maintenances: extra.maintenances, affectedComponents: affected,
    },
  };
}

/** Cachet: the components list, then (once that parsed) the newest page of incidents. */
export const cachet: StatusPlatform<'cachet'> = {
  kind: 'cachet',
  paths: [{ path: 'api/v1/components', discover: true }],
  direct: (url) => directByPath(url, /\/api\/v1\/components$/),
  followUp: (apiUrl) => apiUrl.replace(/components$/, 'incidents?sort=id&order=desc&per_page=20'),
  parse: (json, { pageUrl, now, extra }) => parseCachet(json, extra, pageUrl, now),
};
