/**
 * "Down for everyone, or just me?": one answer with its reasons, from whatever is known.
 * Pure: the caller passes what the checks found; anything not checked is null.
 *
 * Order of evidence, strongest first:
 * 1. Your own connection: offline or a captive portal explains the failure by itself. A site
 *    that answered proves the device online (connection.ts), whatever the outside probe says.
 * 2. Test locations (check-host) failing: the site is down whatever its status page says
 *    (status pages lag; operators update them by hand).
 * 3. The status page admitting an outage, maintenance or a major incident.
 * 4. Test locations reaching the site: probably just you.
 * 5. The failed page itself: a 429 is about you; a maintenance page is for everyone.
 * A single test location decides nothing, nor does a status page saying "operational" alone,
 * nor do locations the site refused with a 4xx (a firewall or a challenge aimed at checkers).
 */
import type { Kind } from '../../core/types';
import type { CheckHostSummary } from '../check-host/api';
import type { Connectivity } from '../connectivity/classify';
import { connectionOf, type Connection } from './connection';
import type { StatusMessage, StatusMessageKey } from './message-keys';
import { reportHasIssues, reportSaysDown } from '../report/overall-state';
import type { StatusReport } from '../report/types';

/** The answer. */
export type VerdictKind = 'everyone' | 'just-you' | 'unknown';

/** Everything the verdict may use; null for what was not (or could not be) checked. */
export interface VerdictInput {
  statusPage: StatusReport | null;
  checkHost: CheckHostSummary | null;
  connectivity: Connectivity | null;
  /** The failed page as the core diagnosed it. */
  diagnosis: { status: number; kind: Kind } | null;
  /** Whether the site answered with any HTTP status; when absent, whether a diagnosis exists. */
  siteAnswered?: boolean;
  /** check-host was allowed but not asked, because the host is not on the public internet. */
  checkHostSkipped?: 'not-public';
}

/** The verdict: its kind, a headline key and the reasons behind it, in order. */
export interface Verdict {
  verdict: VerdictKind;
  headline: StatusMessageKey;
  reasons: StatusMessage[];
  /** The user's connection as the evidence names it (the popup's guide uses this too). */
  connection: Connection;
}

/** Share of answering locations that must agree before locations decide. */
const AGREEMENT = 0.75;
/** Fewest answering locations that can decide ("a single location proves little"). */
const MIN_ANSWERS = 2;

const msg = (key: StatusMessageKey, ...substitutions: string[]): StatusMessage => ({ key, substitutions });

type Locations = 'down' | 'up' | 'mixed' | 'pending' | 'refused' | 'none';

function readLocations(ch: CheckHostSummary | null): { verdict: Locations; reason: StatusMessage | null } {
  if (ch === null || ch.total === 0) return { verdict: 'none', reason: null };
  const answered = ch.ok + ch.failing;
  const total = String(ch.total);
  if (answered < MIN_ANSWERS) {
    if (ch.pending > 0) return { verdict: 'pending', reason: msg('st_reason_locations_pending', String(ch.pending), total) };
    return ch.inconclusive > 0
      ? { verdict: 'refused', reason: msg('st_reason_locations_refused', String(ch.inconclusive), total) }
      : { verdict: 'pending', reason: null };
  }
  if (ch.failing >= MIN_ANSWERS && ch.failing / answered >= AGREEMENT) {
    return { verdict: 'down', reason: msg('st_reason_locations_fail', String(ch.failing), total) };
  }
  if (ch.ok >= MIN_ANSWERS && ch.ok / answered >= AGREEMENT) {
    return { verdict: 'up', reason: msg('st_reason_locations_ok', String(ch.ok), total) };
  }
  return { verdict: 'mixed', reason: msg('st_reason_locations_mixed', String(ch.failing), total) };
}

const STATE_REASON: Record<StatusReport['state'], StatusMessageKey | null> = {
  'major-outage': 'st_reason_status_major_outage', 'partial-outage': 'st_reason_status_partial_outage',
  degraded: 'st_reason_status_degraded', maintenance: 'st_reason_status_maintenance',
  operational: 'st_reason_status_operational', unknown: null,
};

function statusReasons(report: StatusReport | null): StatusMessage[] {
  if (report === null) return [];
  const key = STATE_REASON[report.state];
  const first = report.incidents[0];
  return [...(key ? [msg(key)] : []), ...(first ? [msg('st_reason_status_incident', first.name)] : [])];
}

/** Combine the evidence into one verdict with reasons (see the file comment for the order). */
export function decideVerdict(input: VerdictInput): Verdict {
  const { statusPage, checkHost, diagnosis } = input;
  const connection = connectionOf(input.siteAnswered ?? diagnosis !== null, input.connectivity);
  if (connection === 'offline') {
    return { verdict: 'just-you', headline: 'st_verdict_your_connection', reasons: [msg('st_reason_offline')], connection };
  }
  if (connection === 'captive-portal') {
    return { verdict: 'just-you', headline: 'st_verdict_captive_portal', reasons: [msg('st_reason_captive_portal')], connection };
  }
  const where = readLocations(checkHost);
  const spDown = statusPage !== null && reportSaysDown(statusPage);
  const spIssues = statusPage !== null && !spDown && reportHasIssues(statusPage);
  const status = statusReasons(statusPage);
  const located = where.reason ? [where.reason] : [];
  const online = connection === 'online' ? [msg('st_reason_online')]
    : connection === 'no-internet' ? [msg('st_reason_no_internet')] : [];
  const skipped = input.checkHostSkipped === 'not-public' ? [msg('st_reason_not_public')] : [];
  const result = (verdict: VerdictKind, reasons: StatusMessage[]): Verdict => ({
    verdict,
    headline: verdict === 'everyone' ? 'st_verdict_everyone' : verdict === 'just-you' ? 'st_verdict_just_you' : 'st_verdict_unknown',
    reasons: reasons.length + skipped.length > 0 ? [...reasons, ...skipped] : [msg('st_reason_nothing_yet')],
    connection,
  });

  if (where.verdict === 'down') {
    // Locations outrank an "operational" status page, which is then shown after them.
    return result('everyone', spDown || spIssues ? [...status, ...located, ...online] : [...located, ...status, ...online]);
  }
  if (spDown) return result('everyone', [...status, ...located, ...online]);
  if (where.verdict === 'up') {
    // The operator admits trouble while the site answers elsewhere: say so rather than guess.
    if (spIssues) return result('unknown', [msg('st_reason_sources_disagree'), ...status, ...located, ...online]);
    return result('just-you', [...located, ...status, ...online]);
  }
  if (diagnosis?.status === 429 || diagnosis?.kind === 'rate-limited') {
    return result('just-you', [msg('st_reason_site_rate_limited'), ...status, ...located, ...online]);
  }
  if (diagnosis?.kind === 'maintenance') {
    return result('everyone', [msg('st_reason_site_maintenance'), ...status, ...located, ...online]);
  }
  return result('unknown', [...status, ...located, ...online]);
}
