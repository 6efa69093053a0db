import { describe, expect, it } from 'vitest';
import { parseInstatus } from '../../../src/status/platforms/instatus';
import { fixture } from './helpers';

const PAGE = 'https://status.example-cloud.com/';

describe('parseInstatus', () => {
  it('refines HASISSUES by the worst incident and keeps running maintenance only', () => {
    const r = parseInstatus(fixture('instatus-summary-issues.json'), PAGE);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.state).toBe('major-outage');
    expect(r.value.pageName).toBe('Example Cloud');
    expect(r.value.incidents).toEqual([{
      name: 'API errors in eu-west', impact: 'critical', stage: 'identified', latestUpdate: null,
      updatedAt: Date.parse('2025-03-04T09:40:00.000Z'), url: 'https://status.example-cloud.com/incident/clx1',
    }]);
    expect(r.value.maintenances).toEqual([{
      name: 'Network maintenance', latestUpdate: null, startsAt: Date.parse('2025-03-04T09:00:00.000Z'),
      endsAt: Date.parse('2025-03-04T11:00:00.000Z'), url: 'https://status.example-cloud.com/maintenance/mx1',
    }]);
  });

  it('reads UP as operational', () => {
    const r = parseInstatus(fixture('instatus-summary-up.json'), PAGE);
    expect(r.ok && r.value.state).toBe('operational');
  });

  it('reads UNDERMAINTENANCE and HASISSUES without incidents', () => {
    expect(parseInstatus({ page: { status: 'UNDERMAINTENANCE' } }, PAGE)).toMatchObject({ ok: true, value: { state: 'maintenance' } });
    expect(parseInstatus({ page: { status: 'HASISSUES' } }, PAGE)).toMatchObject({ ok: true, value: { state: 'degraded' } });
  });

  it('drops resolved incidents and bad links', () => {
    const r = parseInstatus({
      page: { status: 'HASISSUES' },
      activeIncidents: [
        { name: 'Gone', status: 'RESOLVED', impact: 'MAJOROUTAGE' },
        { name: '<img src=x onerror=alert(1)>', status: 'INVESTIGATING', impact: 'PARTIALOUTAGE', url: 'javascript:alert(1)' },
      ],
    }, PAGE);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.incidents).toHaveLength(1);
    expect(r.value.incidents[0]).toMatchObject({ name: '<img src=x onerror=alert(1)>', impact: 'major', url: null });
    expect(r.value.state).toBe('partial-outage');
  });

  it.each([
    ['null', null], ['HTML text', '<!DOCTYPE html><html></html>'], ['no page', { activeIncidents: [] }],
    ['a lower-case status', { page: { status: 'up' } }], ['a Statuspage answer', { status: { indicator: 'none' } }],
    ['a prototype key', { page: { status: 'toString' } }],
  ])('rejects %s', (_label, input) => {
    const r = parseInstatus(input, PAGE);
    expect(r.ok).toBe(false);
  });
});
