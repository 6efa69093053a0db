/**
 * Better Stack (Better Uptime) public status page: `GET <page>/index.json`, a JSON:API document
 * whose `data.attributes.aggregate_state` is operational | degraded | downtime | maintenance,
 * with resources (`status_page_resource`) and, when present, `status_report` / `status_update`
 * entries under `included`. Source: Better Stack Uptime API docs
 * (https://betterstack.com/docs/uptime/api/) and docs/reference.md §3.
 */
import {
  MAX_ITEMS, MAX_TEXT_CHARS, field, isRecord, list, notNull, pick, reject, text, time,
} from '../net/json-read';
import { directByPath, type StatusPlatform } from './contract';
import type { OverallState, Parsed, StatusIncident, StatusMaintenance, StatusReport } from '../report/types';

const AGGREGATE: Record<string, OverallState> = {
  operational: 'operational', degraded: 'degraded', downtime: 'partial-outage', maintenance: 'maintenance',
};

/** Resource states worth naming as affected ("not_monitored" is not a problem). */
const NOT_FINE = new Set(['degraded', 'downtime', 'maintenance']);

type Entry = { type: string; id: string; attributes: Record<string, unknown> };

function entryOf(raw: unknown): Entry | null {
  const attributes = field(raw, 'attributes');
  const type = field(raw, 'type');
  const id = field(raw, 'id');
  if (typeof type !== 'string' || !isRecord(attributes)) return null;
  return { type, id: typeof id === 'string' || typeof id === 'number' ? String(id) : '', attributes };
}

/** The newest `status_update` message for a report, matched on `status_report_id`. */
function latestUpdate(entries: Entry[], reportId: string): { body: string | null; at: number | null } {
  let best: { body: string | null; at: number | null } = { body: null, at: null };
  for (const e of entries) {
    if (e.type !== 'status_update' || String(e.attributes['status_report_id']) !== reportId) continue;
    const at = time(e.attributes['published_at']);
    if (best.body === null || (at !== null && (best.at === null || at > best.at))) {
      best = { body: text(e.attributes['message'], MAX_TEXT_CHARS), at };
    }
  }
  return best;
}

/**
 * Parse a Better Stack `index.json`. Accepted only when `data.attributes.aggregate_state` is one
 * Better Stack defines. "downtime" is a major outage when every listed resource is down,
 * otherwise a partial one.
 * @param pageUrl the human-readable page we fetched from, used as the report's link
 */
export function parseBetterStack(json: unknown, pageUrl: string): Parsed<StatusReport> {
  if (!isRecord(json)) return reject('better-stack: answer is not a JSON object');
  const attributes = field(field(json, 'data'), 'attributes');
  let state = pick(AGGREGATE, field(attributes, 'aggregate_state'));
  if (state === undefined) {
    return reject('better-stack: data.attributes.aggregate_state missing or not operational|degraded|downtime|maintenance');
  }
  const entries = list(field(json, 'included'), 1000).map(entryOf).filter(notNull);
  const resources = entries.filter((e) => e.type === 'status_page_resource');
  const down = resources.filter((e) => e.attributes['status'] === 'downtime');
  if (state === 'partial-outage' && resources.length > 0 && down.length === resources.length) state = 'major-outage';
  const incidents: StatusIncident[] = [];
  const maintenances: StatusMaintenance[] = [];
  for (const e of entries) {
    const name = text(e.attributes['title']);
    // A report without an end is still open.
    if (e.type !== 'status_report' || name === null || time(e.attributes['ends_at']) !== null) continue;
    const update = latestUpdate(entries, e.id);
    if (e.attributes['report_type'] === 'maintenance') {
      maintenances.push({ name, latestUpdate: update.body, startsAt: time(e.attributes['starts_at']), endsAt: null, url: null });
    } else {
      const sev = e.attributes['aggregate_state'];
      incidents.push({
        name, impact: sev === 'downtime' ? 'major' : sev === 'degraded' ? 'minor' : 'unknown', stage: '',
        latestUpdate: update.body, updatedAt: update.at ?? time(e.attributes['starts_at']), url: null,
      });
    }
  }
  return {
    ok: true,
    value: {
      source: 'better-stack', state, description: null,
      pageName: text(field(attributes, 'company_name')), pageUrl,
      incidents: incidents.slice(0, MAX_ITEMS), maintenances: maintenances.slice(0, MAX_ITEMS),
      affectedComponents: resources.filter((e) => NOT_FINE.has(String(e.attributes['status'])))
        .map((e) => text(e.attributes['public_name'])).filter(notNull).slice(0, MAX_ITEMS),
    },
  };
}

/** Better Stack: `index.json` next to the page. */
export const betterStack: StatusPlatform<'better-stack'> = {
  kind: 'better-stack',
  paths: [{ path: 'index.json', discover: true }],
  direct: (url) => directByPath(url, /\/index\.json$/),
  parse: (json, { pageUrl }) => parseBetterStack(json, pageUrl),
};
