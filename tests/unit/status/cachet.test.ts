import { describe, expect, it } from 'vitest';
import { parseCachet } from '../../../src/status/platforms/cachet';
import { fixture } from './helpers';

const PAGE = 'https://status.example-forum.org/';
const NOW = Date.parse('2025-03-04T10:30:00Z');

describe('parseCachet', () => {
  it('takes the worst component and names the affected ones', () => {
    const r = parseCachet(fixture('cachet-components.json'), undefined, PAGE, NOW);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.state).toBe('major-outage');
    expect(r.value.affectedComponents).toEqual(['Website', 'API']);
    expect(r.value.pageName).toBe('status.example-forum.org');
    expect(r.value.incidents).toEqual([]);
  });

  it('adds unresolved incidents and a begun maintenance, dates read as UTC', () => {
    const r = parseCachet(fixture('cachet-components.json'), fixture('cachet-incidents.json'), PAGE, NOW);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.incidents).toEqual([{
      name: 'Website down', impact: 'unknown', stage: 'identified',
      latestUpdate: 'We found the cause: a failed load balancer.',
      updatedAt: Date.parse('2025-03-04T10:05:00Z'), url: null,
    }]);
    expect(r.value.maintenances).toEqual([{
      name: 'Planned upgrade', latestUpdate: 'Upgrading servers.',
      startsAt: Date.parse('2025-03-04T09:30:00Z'), endsAt: null, url: null,
    }]);
  });

  it('ignores a maintenance that has not begun', () => {
    const early = Date.parse('2025-03-04T09:00:00Z');
    const r = parseCachet(fixture('cachet-components.json'), fixture('cachet-incidents.json'), PAGE, early);
    expect(r.ok && r.value.maintenances).toEqual([]);
  });

  it('says operational when every component is', () => {
    const r = parseCachet({ data: [{ name: 'A', status: 1 }, { name: 'B', status: '1' }] }, { data: 'junk' }, PAGE, NOW);
    expect(r.ok && r.value.state).toBe('operational');
  });

  it('skips disabled components and unknown codes', () => {
    const r = parseCachet({ data: [{ name: 'A', status: 1 }, { name: 'Off', status: 4, enabled: false }, { name: 'Bad', status: 9 }] }, null, PAGE, NOW);
    expect(r.ok && r.value.state).toBe('operational');
  });

  it.each([
    ['null', null], ['HTML', '<html>'], ['data not a list', { data: {} }], ['empty data', { data: [] }],
    ['components without status', { data: [{ name: 'A' }] }], ['a Better Stack answer', { data: { attributes: {} } }],
  ])('rejects %s', (_label, input) => {
    expect(parseCachet(input, undefined, PAGE, NOW).ok).toBe(false);
  });
});
