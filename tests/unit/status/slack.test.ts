import { describe, expect, it } from 'vitest';
import { parseSlack } from '../../../src/status/platforms/slack';
import { fixture } from './helpers';

describe('parseSlack', () => {
  it('reads an active outage with its newest note', () => {
    const r = parseSlack(fixture('slack-current-active.json'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.state).toBe('major-outage');
    expect(r.value.pageName).toBe('Slack');
    expect(r.value.incidents).toEqual([{
      name: "Some users can't load messages", impact: 'critical', stage: 'active',
      latestUpdate: "We've identified the cause and are working on a fix.",
      updatedAt: Date.parse('2025-03-04T10:02:44-08:00'), url: 'https://slack-status.com/2025-03/abc',
    }]);
  });

  it('reads ok as operational', () => {
    expect(parseSlack(fixture('slack-current-ok.json'))).toMatchObject({ ok: true, value: { state: 'operational', incidents: [] } });
  });

  it('maps incident and notice types to partial outage and degraded', () => {
    const make = (type: string) => ({ status: 'active', active_incidents: [{ title: 'T', type, status: 'active' }] });
    expect(parseSlack(make('incident'))).toMatchObject({ ok: true, value: { state: 'partial-outage' } });
    expect(parseSlack(make('notice'))).toMatchObject({ ok: true, value: { state: 'degraded' } });
    expect(parseSlack(make('maintenance'))).toMatchObject({ ok: true, value: { state: 'maintenance', incidents: [] } });
  });

  it.each([
    ['null', null], ['HTML', '<html>'], ['no incidents list', { status: 'ok' }],
    ['an unknown status', { status: 'weird', active_incidents: [] }],
  ])('rejects %s', (_label, input) => {
    expect(parseSlack(input).ok).toBe(false);
  });
});
