/**
 * Slack's own status API: `GET https://slack-status.com/api/v2.0.0/current` →
 * `{status:"ok"|"active", date_created, date_updated, active_incidents:[{id, title,
 * type:"incident"|"notice"|"outage"|"maintenance", status, url, services, notes:[{date_created, body}]}]}`.
 * Source: https://api.slack.com/docs/slack-status
 */
import {
  MAX_TEXT_CHARS, field, httpUrl, isRecord, list, pick, reject, text, time,
} from '../net/json-read';
import { stateOfImpact, worseState } from '../report/overall-state';
import type { StatusPlatform } from './contract';
import type { IncidentImpact, OverallState, Parsed, StatusIncident, StatusMaintenance, StatusReport } from '../report/types';

/** The one URL this parser belongs to. */
export const SLACK_STATUS_API = 'https://slack-status.com/api/v2.0.0/current';

/** Slack's incident types: an "outage" is Slack down for everyone, an "incident" affects some. */
const TYPE_IMPACT: Record<string, IncidentImpact> = {
  outage: 'critical', incident: 'major', notice: 'minor', maintenance: 'maintenance',
};

function latestNote(raw: unknown): { body: string | null; at: number | null } {
  let best: { body: string | null; at: number | null } = { body: null, at: null };
  for (const note of list(field(raw, 'notes'), 50)) {
    const at = time(field(note, 'date_created'));
    if (best.body === null || (at !== null && (best.at === null || at > best.at))) {
      best = { body: text(field(note, 'body'), MAX_TEXT_CHARS), at };
    }
  }
  return best;
}

/**
 * Parse Slack's `current` answer. Accepted only when `status` is "ok" or "active" and
 * `active_incidents` is an array.
 */
export function parseSlack(json: unknown, pageUrl = 'https://slack-status.com/'): Parsed<StatusReport> {
  if (!isRecord(json)) return reject('slack: answer is not a JSON object');
  const status = field(json, 'status');
  if ((status !== 'ok' && status !== 'active') || !Array.isArray(field(json, 'active_incidents'))) {
    return reject('slack: status is not ok|active or active_incidents is not an array');
  }
  let state: OverallState = status === 'ok' ? 'operational' : 'degraded';
  const incidents: StatusIncident[] = [];
  const maintenances: StatusMaintenance[] = [];
  for (const raw of list(field(json, 'active_incidents'))) {
    const name = text(field(raw, 'title'));
    const stage = text(field(raw, 'status')) ?? '';
    if (name === null || stage === 'resolved' || stage === 'completed' || stage === 'scheduled') continue;
    const impact = pick(TYPE_IMPACT, field(raw, 'type')) ?? 'unknown';
    const note = latestNote(raw);
    const url = httpUrl(field(raw, 'url'));
    if (impact === 'maintenance') {
      maintenances.push({ name, latestUpdate: note.body, startsAt: time(field(raw, 'date_created')), endsAt: null, url });
    } else {
      incidents.push({
        name, impact, stage, latestUpdate: note.body,
        updatedAt: note.at ?? time(field(raw, 'date_updated')), url,
      });
    }
    state = worseState(state, stateOfImpact(impact));
  }
  return {
    ok: true,
    value: {
      source: 'slack', state, description: null, pageName: 'Slack', pageUrl, incidents, maintenances,
      affectedComponents: [],
    },
  };
}


/** Slack's page lives on its own host with its own API (the registry lists slack-status.com). */
const SLACK_HOSTS = new Set(['slack-status.com', 'status.slack.com', 'www.slack-status.com']);

/** Slack: recognised by host only, never guessed elsewhere. */
export const slack: StatusPlatform<'slack'> = {
  kind: 'slack',
  paths: [],
  direct: (url) => (SLACK_HOSTS.has(url.hostname)
    ? { apiUrl: SLACK_STATUS_API, pageUrl: 'https://slack-status.com/' } : null),
  parse: (json, { pageUrl }) => parseSlack(json, pageUrl),
};
