/**
 * Property tests: every parser is total over arbitrary JSON, and whatever it accepts is
 * bounded plain data with only http(s) links.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBetterStack } from '../../../src/status/platforms/better-stack';
import { parseCachet } from '../../../src/status/platforms/cachet';
import { parseCheckHostResult, parseCheckHostStart } from '../../../src/status/check-host/api';
import { parseInstatus } from '../../../src/status/platforms/instatus';
import { parseSlack } from '../../../src/status/platforms/slack';
import { parseStatuspage } from '../../../src/status/platforms/statuspage';
import type { Parsed, StatusReport } from '../../../src/status/report/types';
import { parseWayback, parseWaybackTimestamp } from '../../../src/status/archive/wayback';
import { fixture } from './helpers';

const PAGE = 'https://status.example.com/';
const NOW = Date.parse('2025-03-04T10:30:00Z');

const REPORT_PARSERS: Record<string, (json: unknown) => Parsed<StatusReport>> = {
  statuspage: (j) => parseStatuspage(j, PAGE),
  instatus: (j) => parseInstatus(j, PAGE),
  cachet: (j) => parseCachet(j, j, PAGE, NOW),
  betterStack: (j) => parseBetterStack(j, PAGE),
  slack: (j) => parseSlack(j),
};

/** Arbitrary JSON biased towards the keys the parsers look for. */
const keys = fc.constantFrom(
  'status', 'indicator', 'page', 'name', 'incidents', 'incident_updates', 'body', 'impact', 'shortlink',
  'activeIncidents', 'data', 'attributes', 'aggregate_state', 'included', 'type', 'active_incidents', 'notes',
  'archived_snapshots', 'closest', 'timestamp', 'url', 'request_id', 'nodes', '__proto__', 'constructor',
);
const leaf = fc.oneof(
  fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
  fc.constantFrom('none', 'critical', 'UP', 'HASISSUES', 'downtime', 'ok', 'active', 'in_progress', '200', 'javascript:alert(1)', '<script>x</script>'),
);
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('tree'), { maxLength: 4 }), fc.dictionary(keys, tie('tree'), { maxKeys: 5 })),
}));
const anyJson = fc.oneof(fc.jsonValue(), tree);

function checkReport(r: Parsed<StatusReport>): void {
  if (!r.ok) {
    expect(typeof r.reason).toBe('string');
    return;
  }
  const v = r.value;
  const strings = [v.description, v.pageName, ...v.affectedComponents,
    ...v.incidents.flatMap((i) => [i.name, i.latestUpdate, i.stage]),
    ...v.maintenances.flatMap((m) => [m.name, m.latestUpdate])];
  for (const s of strings) if (s !== null) expect(Array.from(s).length).toBeLessThanOrEqual(1000);
  for (const link of [...v.incidents.map((i) => i.url), ...v.maintenances.map((m) => m.url)]) {
    if (link !== null) expect(link).toMatch(/^https?:\/\//);
  }
  expect(v.incidents.length).toBeLessThanOrEqual(20);
}

describe('status parsers on arbitrary JSON', () => {
  for (const [name, parse] of Object.entries(REPORT_PARSERS)) {
    it(`${name} never throws and keeps accepted data bounded`, () => {
      fc.assert(fc.property(anyJson, (j) => checkReport(parse(j))), { numRuns: 400 });
    });
  }

  it('check-host and wayback parsers never throw', () => {
    fc.assert(fc.property(anyJson, (j) => {
      for (const r of [parseCheckHostStart(j), parseCheckHostResult(j), parseWayback(j)]) {
        expect(typeof r.ok).toBe('boolean');
      }
      const w = parseWayback(j);
      if (w.ok && w.value) expect(w.value.url.startsWith('https://')).toBe(true);
    }), { numRuns: 400 });
  });

  it('wayback timestamps are either null or round-trip', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{14}$/), (ts) => {
      const ms = parseWaybackTimestamp(ts);
      if (ms !== null) expect(new Date(ms).toISOString().replace(/\D/g, '').slice(0, 14)).toBe(ts);
    }));
  });

  it('parsers survive mutations of the recorded answers', () => {
    const base = fixture('statuspage-summary-major-outage.json');
    const paths = fc.array(fc.constantFrom('page', 'status', 'incidents', 'components', 'scheduled_maintenances'), { maxLength: 3 });
    fc.assert(fc.property(paths, anyJson, (drop, replacement) => {
      const copy = { ...(base as Record<string, unknown>) };
      for (const key of drop) copy[key] = replacement;
      checkReport(parseStatuspage(copy, PAGE));
    }), { numRuns: 300 });
  });

  it('a 5 MB answer is parsed without choking, bounded', () => {
    const huge = 'x'.repeat(5 * 1024 * 1024);
    const r = parseStatuspage({
      status: { indicator: 'critical', description: huge },
      incidents: Array.from({ length: 5000 }, () => ({ name: huge.slice(0, 10_000), status: 'investigating', incident_updates: [{ body: huge }] })),
    }, PAGE);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.incidents).toHaveLength(20);
    expect(Array.from(r.value.description ?? '').length).toBe(200);
  });
});
