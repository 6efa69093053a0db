/**
 * The evidence rule over every combination of what the checks can report: a site that answered
 * at all is never called offline, a failed outside probe then reads "no internet access, but
 * this site is reachable", locations the site turned away with a 4xx decide nothing, and the
 * verdict follows the order in verdict.ts.
 */
import { describe, expect, it } from 'vitest';
import type { CheckHostSummary } from '../../../src/status/check-host/api';
import type { Connectivity } from '../../../src/status/connectivity/classify';
import type { StatusReport } from '../../../src/status/report/types';
import { decideVerdict, type VerdictKind } from '../../../src/status/verdict/verdict';

type Probe = Connectivity | null;
type Locations = 'up' | 'down' | 'inconclusive' | null;
type Page = 'operational' | 'major-outage' | 'unknown' | null;

const PROBES: Probe[] = ['online', 'offline', 'captive-portal', 'unknown', null];
const LOCATIONS: Locations[] = ['up', 'down', 'inconclusive', null];
const PAGES: Page[] = ['operational', 'major-outage', 'unknown', null];

const summary = (l: Locations): CheckHostSummary | null => {
  switch (l) {
    case 'up': return { total: 4, ok: 4, failing: 0, inconclusive: 0, pending: 0 };
    case 'down': return { total: 4, ok: 0, failing: 4, inconclusive: 0, pending: 0 };
    // Four checkers turned away with 403: the case that used to read "probably just you".
    case 'inconclusive': return { total: 4, ok: 0, failing: 0, inconclusive: 4, pending: 0 };
    case null: return null;
  }
};
const page = (state: Page): StatusReport | null => (state === null ? null : {
  source: 'statuspage', state, description: null, pageName: null, pageUrl: 'https://status.example.com/',
  incidents: [], maintenances: [], affectedComponents: [],
});

/** What the verdict must be, written out from the rule rather than from the code. */
function expected(answered: boolean, probe: Probe, where: Locations, sp: Page): VerdictKind {
  if (probe === 'offline' && !answered) return 'just-you';
  if (probe === 'captive-portal') return 'just-you';
  if (where === 'down' || sp === 'major-outage') return 'everyone';
  if (where === 'up') return 'just-you';
  return 'unknown';
}

const cases = [true, false].flatMap((answered) => PROBES.flatMap((probe) => LOCATIONS.flatMap((where) =>
  PAGES.map((sp) => [answered, probe, where, sp] as const))));

describe('decideVerdict over every combination of the evidence', () => {
  it('covers 2 × 5 × 4 × 4 combinations', () => expect(cases).toHaveLength(160));

  it.each(cases)('site answered %s, probe %s, check-host %s, status page %s', (answered, probe, where, sp) => {
    const v = decideVerdict({
      statusPage: page(sp), checkHost: summary(where), connectivity: probe,
      diagnosis: answered ? { status: 503, kind: 'backend-unhealthy' } : null, siteAnswered: answered,
    });
    const keys = [v.headline, ...v.reasons.map((r) => r.key)];
    expect(v.verdict).toBe(expected(answered, probe, where, sp));
    if (answered) {
      // The device reached the site: nothing may say it is offline.
      expect(v.connection).not.toBe('offline');
      expect(keys).not.toContain('st_reason_offline');
      expect(keys).not.toContain('st_verdict_your_connection');
    }
    if (answered && probe === 'offline') {
      expect(v.connection).toBe('no-internet');
      expect(keys).toContain('st_reason_no_internet');
    }
    if (!answered && probe === 'offline') {
      expect(v.connection).toBe('offline');
      expect(v.headline).toBe('st_verdict_your_connection');
    }
    if (where === 'inconclusive' && probe !== 'captive-portal' && !(probe === 'offline' && !answered)) {
      expect(keys).toContain('st_reason_locations_refused');
      expect(keys).not.toContain('st_reason_locations_ok');
    }
    expect(v.reasons.length).toBeGreaterThan(0);
  });
});

describe('decideVerdict: check-host skipped for a non-public host', () => {
  it('says so in one reason and decides from the rest', () => {
    const v = decideVerdict({
      statusPage: null, checkHost: null, connectivity: 'offline', diagnosis: { status: 502, kind: 'backend-unhealthy' },
      checkHostSkipped: 'not-public',
    });
    expect(v.verdict).toBe('unknown');
    expect(v.reasons.map((r) => r.key)).toEqual(['st_reason_no_internet', 'st_reason_not_public']);
  });
});
