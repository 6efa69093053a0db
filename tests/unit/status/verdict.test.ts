import { describe, expect, it } from 'vitest';
import type { CheckHostSummary } from '../../../src/status/check-host/api';
import type { StatusReport } from '../../../src/status/report/types';
import { decideVerdict, type VerdictInput } from '../../../src/status/verdict/verdict';

const report = (state: StatusReport['state'], incidents: StatusReport['incidents'] = []): StatusReport => ({
  source: 'statuspage', state, description: null, pageName: 'Example', pageUrl: 'https://status.example.com/',
  incidents, maintenances: [], affectedComponents: [],
});
const incident = (name: string, impact: StatusReport['incidents'][number]['impact']) => ({
  name, impact, stage: 'investigating', latestUpdate: null, updatedAt: null, url: null,
});
const ch = (ok: number, failing: number, pending = 0): CheckHostSummary => ({ total: ok + failing + pending, ok, failing, inconclusive: 0, pending });
const none: VerdictInput = { statusPage: null, checkHost: null, connectivity: null, diagnosis: null };
const keys = (input: Partial<VerdictInput>) => {
  const v = decideVerdict({ ...none, ...input });
  return [v.verdict, v.headline, v.reasons.map((r) => [r.key, ...r.substitutions].join(' '))] as const;
};

describe('decideVerdict', () => {
  it('knows nothing with nothing', () => {
    expect(keys({})).toEqual(['unknown', 'st_verdict_unknown', ['st_reason_nothing_yet']]);
  });

  it('blames an offline connection before anything else', () => {
    expect(keys({ connectivity: 'offline', statusPage: report('major-outage'), checkHost: ch(0, 4) }))
      .toEqual(['just-you', 'st_verdict_your_connection', ['st_reason_offline']]);
  });

  it('does not say offline when the site itself just answered with an HTTP error', () => {
    const diagnosis = { status: 503, kind: 'backend-fetch-failed' as const };
    expect(keys({ connectivity: 'offline', diagnosis })[1]).not.toBe('st_verdict_your_connection');
    expect(keys({ connectivity: 'offline', diagnosis, statusPage: report('major-outage'), checkHost: ch(0, 4) })[0]).toBe('everyone');
  });

  it('blames a captive portal', () => {
    expect(keys({ connectivity: 'captive-portal', checkHost: ch(4, 0) }))
      .toEqual(['just-you', 'st_verdict_captive_portal', ['st_reason_captive_portal']]);
  });

  it('everyone: status page major outage and all locations fail', () => {
    expect(keys({ statusPage: report('major-outage', [incident('Checkout down', 'critical')]), checkHost: ch(0, 4), connectivity: 'online' }))
      .toEqual(['everyone', 'st_verdict_everyone', [
        'st_reason_status_major_outage', 'st_reason_status_incident Checkout down', 'st_reason_locations_fail 4 4', 'st_reason_online',
      ]]);
  });

  it('everyone: locations fail although the status page says operational (pages lag)', () => {
    expect(keys({ statusPage: report('operational'), checkHost: ch(0, 4) }))
      .toEqual(['everyone', 'st_verdict_everyone', ['st_reason_locations_fail 4 4', 'st_reason_status_operational']]);
  });

  it('everyone: 3 of 4 locations fail, the fourth reaches it', () => {
    expect(keys({ checkHost: ch(1, 3) })[0]).toBe('everyone');
  });

  it('everyone: the status page alone admits a partial outage or maintenance', () => {
    expect(keys({ statusPage: report('partial-outage') })[0]).toBe('everyone');
    expect(keys({ statusPage: report('maintenance') })).toEqual(['everyone', 'st_verdict_everyone', ['st_reason_status_maintenance']]);
  });

  it('everyone: a degraded page with a critical incident counts as down', () => {
    expect(keys({ statusPage: report('degraded', [incident('DB', 'critical')]) })[0]).toBe('everyone');
  });

  it('everyone: the status page admits an outage even if locations reach the homepage', () => {
    const [verdict, , reasons] = keys({ statusPage: report('major-outage'), checkHost: ch(4, 0) });
    expect(verdict).toBe('everyone');
    expect(reasons).toEqual(['st_reason_status_major_outage', 'st_reason_locations_ok 4 4']);
  });

  it('just you: the site answers from 4 of 4 locations', () => {
    expect(keys({ checkHost: ch(4, 0), connectivity: 'online' }))
      .toEqual(['just-you', 'st_verdict_just_you', ['st_reason_locations_ok 4 4', 'st_reason_online']]);
  });

  it('just you: locations fine and the status page operational', () => {
    expect(keys({ checkHost: ch(3, 0, 1), statusPage: report('operational') }))
      .toEqual(['just-you', 'st_verdict_just_you', ['st_reason_locations_ok 3 4', 'st_reason_status_operational']]);
  });

  it('unknown: the page admits degraded service while locations reach the site', () => {
    expect(keys({ checkHost: ch(4, 0), statusPage: report('degraded', [incident('Slow API', 'minor')]) }))
      .toEqual(['unknown', 'st_verdict_unknown', [
        'st_reason_sources_disagree', 'st_reason_status_degraded', 'st_reason_status_incident Slow API', 'st_reason_locations_ok 4 4',
      ]]);
  });

  it('unknown: a status page saying operational is not enough on its own', () => {
    expect(keys({ statusPage: report('operational'), connectivity: 'online' }))
      .toEqual(['unknown', 'st_verdict_unknown', ['st_reason_status_operational', 'st_reason_online']]);
  });

  it('unknown: a single location decides nothing', () => {
    expect(keys({ checkHost: ch(0, 1) })).toEqual(['unknown', 'st_verdict_unknown', ['st_reason_nothing_yet']]);
    expect(keys({ checkHost: ch(1, 0, 3) })).toEqual(['unknown', 'st_verdict_unknown', ['st_reason_locations_pending 3 4']]);
  });

  it('unknown: locations split, maybe regional', () => {
    expect(keys({ checkHost: ch(2, 2) })).toEqual(['unknown', 'st_verdict_unknown', ['st_reason_locations_mixed 2 4']]);
  });

  it('unknown: a degraded page alone', () => {
    expect(keys({ statusPage: report('degraded') })).toEqual(['unknown', 'st_verdict_unknown', ['st_reason_status_degraded']]);
  });

  it('unknown: connectivity unknown and an empty check', () => {
    expect(keys({ connectivity: 'unknown', checkHost: ch(0, 0) })[0]).toBe('unknown');
  });

  it('just you: a 429 is about you unless the site is down everywhere', () => {
    expect(keys({ diagnosis: { status: 429, kind: 'rate-limited' } }))
      .toEqual(['just-you', 'st_verdict_just_you', ['st_reason_site_rate_limited']]);
    expect(keys({ diagnosis: { status: 429, kind: 'rate-limited' }, checkHost: ch(0, 4) })[0]).toBe('everyone');
  });

  it('everyone: the site itself shows a maintenance page', () => {
    expect(keys({ diagnosis: { status: 503, kind: 'maintenance' } }))
      .toEqual(['everyone', 'st_verdict_everyone', ['st_reason_site_maintenance']]);
  });

  it('a backend failure alone does not decide (it may be one region or one moment)', () => {
    expect(keys({ diagnosis: { status: 503, kind: 'backend-fetch-failed' } })[0]).toBe('unknown');
  });

  it('an unknown-state report adds no state reason', () => {
    expect(keys({ statusPage: report('unknown') })).toEqual(['unknown', 'st_verdict_unknown', ['st_reason_nothing_yet']]);
  });
});

describe('decideVerdict: locations the site turned away', () => {
  const refused = (n: number, ok = 0): CheckHostSummary => ({ total: n + ok, ok, failing: 0, inconclusive: n, pending: 0 });

  it('does not call four 403s from the checkers "just you"', () => {
    expect(keys({ checkHost: refused(4), connectivity: 'online' }))
      .toEqual(['unknown', 'st_verdict_unknown', ['st_reason_locations_refused 4 4', 'st_reason_online']]);
  });

  it('lets one location that got through decide nothing either', () => {
    expect(keys({ checkHost: refused(3, 1) })[0]).toBe('unknown');
  });

  it('still lets a status page outage decide', () => {
    expect(keys({ checkHost: refused(4), statusPage: report('major-outage') })[0]).toBe('everyone');
  });
});
