import { describe, expect, it } from 'vitest';
import { parseStatuspage } from '../../../src/status/platforms/statuspage';
import { fixture } from './helpers';

const PAGE = 'https://status.example-shop.com/';

describe('parseStatuspage', () => {
  it('reads a summary with a major outage, its incident and latest update', () => {
    const r = parseStatuspage(fixture('statuspage-summary-major-outage.json'), PAGE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.source).toBe('statuspage');
    expect(r.value.state).toBe('major-outage');
    expect(r.value.description).toBe('Major System Outage');
    expect(r.value.pageName).toBe('Example Shop');
    expect(r.value.pageUrl).toBe(PAGE);
    expect(r.value.incidents).toEqual([{
      name: 'Website and checkout unavailable', impact: 'critical', stage: 'identified',
      latestUpdate: 'The backend database cluster failed over; we are restoring service.',
      updatedAt: Date.parse('2025-03-04T10:21:07.000Z'), url: 'https://stspg.io/abc123',
    }]);
    // A scheduled (future) window is not an active maintenance.
    expect(r.value.maintenances).toEqual([]);
    // Groups are containers, not components.
    expect(r.value.affectedComponents).toEqual(['Website', 'Checkout', 'API']);
  });

  it('reads an operational summary', () => {
    const r = parseStatuspage(fixture('statuspage-summary-operational.json'), PAGE);
    expect(r.ok && r.value.state).toBe('operational');
    expect(r.ok && r.value.incidents).toEqual([]);
  });

  it('reads a maintenance in progress', () => {
    const r = parseStatuspage(fixture('statuspage-summary-maintenance.json'), PAGE);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.state).toBe('maintenance');
    expect(r.value.maintenances).toEqual([{
      name: 'Database migration', latestUpdate: 'Maintenance is in progress.',
      startsAt: Date.parse('2025-03-04T09:00:00.000Z'), endsAt: Date.parse('2025-03-04T11:00:00.000Z'),
      url: 'https://stspg.io/m2',
    }]);
  });

  it('reads status.json (no incidents) as the fallback source', () => {
    const r = parseStatuspage(fixture('statuspage-status-minor.json'), PAGE);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.source).toBe('statuspage');
    expect(r.value.state).toBe('degraded');
    expect(r.value.incidents).toEqual([]);
  });

  it('keeps what it can from a partial answer', () => {
    const r = parseStatuspage(fixture('statuspage-summary-partial.json'), PAGE);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.state).toBe('partial-outage');
    expect(r.value.description).toBeNull();
    expect(r.value.incidents.map((i) => [i.name, i.impact, i.latestUpdate, i.url])).toEqual([
      ['Slow search', 'unknown', null, null],
    ]);
  });

  it('keeps hostile text inert and bounded, and drops javascript: links', () => {
    const r = parseStatuspage(fixture('statuspage-summary-hostile.json'), PAGE);
    if (!r.ok) throw new Error(r.reason);
    const [incident] = r.value.incidents;
    expect(incident?.name).toBe("<script>alert(document.cookie)</script>Outage");
    expect(incident?.latestUpdate?.startsWith('<img src=x onerror="alert(1)"> we are on it')).toBe(true);
    // eslint-disable-next-line no-control-regex -- the point is that control characters were stripped
    expect(incident?.latestUpdate).not.toMatch(/[\u0000-\u0008]/);
    expect(Array.from(incident?.latestUpdate ?? '').length).toBeLessThanOrEqual(1000);
    expect(incident?.latestUpdate?.endsWith('…')).toBe(true);
    expect(incident?.url).toBeNull();
    expect(r.value.pageName).toBe('<img src=x onerror=alert(1)>');
    expect(r.value.pageUrl).toBe(PAGE);
    expect(r.value.maintenances).toEqual([]);
    expect(r.value.affectedComponents).toEqual(["<script>alert('c')</script>"]);
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a string of HTML', '<html><body>503</body></html>'],
    ['a number', 42],
    ['no status', { page: {} }],
    ['an unknown indicator', { status: { indicator: 'meltdown' } }],
    ['a prototype key as indicator', { status: { indicator: 'constructor' } }],
    ['a wrong-typed indicator', { status: { indicator: 3 } }],
    ['an Instatus answer', { page: { status: 'UP' } }],
  ])('rejects %s with a reason', (_label, input) => {
    const r = parseStatuspage(input, PAGE);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^statuspage: /);
  });

  it('skips resolved incidents even if listed', () => {
    const r = parseStatuspage({
      status: { indicator: 'none' },
      incidents: [{ name: 'Done', status: 'resolved', impact: 'major' }, { name: 'Post', status: 'postmortem' }],
    }, PAGE);
    expect(r.ok && r.value.incidents).toEqual([]);
  });

  it('picks the newest update whatever the order', () => {
    const r = parseStatuspage({
      status: { indicator: 'minor' },
      incidents: [{
        name: 'X', status: 'monitoring', impact: 'minor',
        incident_updates: [
          { body: 'old', display_at: '2025-01-01T00:00:00Z' },
          { body: 'new', display_at: '2025-01-02T00:00:00Z' },
        ],
      }],
    }, PAGE);
    expect(r.ok && r.value.incidents[0]?.latestUpdate).toBe('new');
  });
});
