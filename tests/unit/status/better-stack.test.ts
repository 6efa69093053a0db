import { describe, expect, it } from 'vitest';
import { parseBetterStack } from '../../../src/status/platforms/better-stack';
import { fixture } from './helpers';

const PAGE = 'https://status.example-apps.com/';

describe('parseBetterStack', () => {
  it('reads downtime with an open report and its newest update', () => {
    const r = parseBetterStack(fixture('better-stack-index-downtime.json'), PAGE);
    if (!r.ok) throw new Error(r.reason);
    // One resource of two monitored is down: a partial outage.
    expect(r.value.state).toBe('partial-outage');
    expect(r.value.pageName).toBe('Example Apps');
    expect(r.value.affectedComponents).toEqual(['Web app']);
    expect(r.value.incidents).toEqual([{
      name: 'Web app returns 503', impact: 'major', stage: '', latestUpdate: 'A fix is being deployed.',
      updatedAt: Date.parse('2025-03-04T10:10:00.000Z'), url: null,
    }]);
  });

  it('calls it a major outage when every resource is down', () => {
    const r = parseBetterStack({
      data: { attributes: { aggregate_state: 'downtime' } },
      included: [{ id: '1', type: 'status_page_resource', attributes: { public_name: 'A', status: 'downtime' } }],
    }, PAGE);
    expect(r.ok && r.value.state).toBe('major-outage');
  });

  it('reads operational and maintenance', () => {
    expect(parseBetterStack(fixture('better-stack-index-operational.json'), PAGE)).toMatchObject({ ok: true, value: { state: 'operational' } });
    const m = parseBetterStack({
      data: { attributes: { aggregate_state: 'maintenance' } },
      included: [{ id: '7', type: 'status_report', attributes: { title: 'Upgrade', report_type: 'maintenance', starts_at: '2025-03-04T09:00:00Z' } }],
    }, PAGE);
    expect(m).toMatchObject({ ok: true, value: { state: 'maintenance', maintenances: [{ name: 'Upgrade' }] } });
  });

  it('survives junk in included', () => {
    const r = parseBetterStack({ data: { attributes: { aggregate_state: 'degraded' } }, included: [null, 1, 'x', { type: 3 }, { type: 'status_report' }] }, PAGE);
    expect(r).toMatchObject({ ok: true, value: { state: 'degraded', incidents: [] } });
  });

  it.each([
    ['null', null], ['HTML', '<html>'], ['no data', {}], ['data as a list', { data: [] }],
    ['an unknown state', { data: { attributes: { aggregate_state: 'on fire' } } }],
  ])('rejects %s', (_label, input) => {
    expect(parseBetterStack(input, PAGE).ok).toBe(false);
  });
});
