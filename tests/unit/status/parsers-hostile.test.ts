/**
 * Hostile answers, per parser: deep nesting, huge arrays, wrong types, 1 MB strings and
 * prototype keys. Each parser must answer within a time bound per input, never throw, and
 * reject an answer that lacks its shape with a reason (an "invalid" result, never a guess).
 * The platforms come from the table, so a new platform is covered without a new line here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCheckHostResult, parseCheckHostStart } from '../../../src/status/check-host/api';
import { parseWayback } from '../../../src/status/archive/wayback';
import { PLATFORMS } from '../../../src/status/platforms/order';

/** Per input, generous for a shared 2-core machine: a linear parser needs well under 5 ms. */
const BOUND_MS = 250;
const MB = 1024 * 1024;
const CONTEXT = { pageUrl: 'https://status.example.com/', now: Date.parse('2025-03-04T10:30:00Z') };

type AnyParse = (json: unknown) => { ok: boolean };
const PARSERS: ReadonlyArray<readonly [string, AnyParse]> = [
  ...PLATFORMS.map((p) => [p.kind, (j: unknown) => p.parse(j, { ...CONTEXT, extra: j })] as const),
  ['check-host start', parseCheckHostStart], ['check-host result', parseCheckHostResult], ['wayback', parseWayback],
];

/** Keys the parsers read, so that hostile values land where they are looked at. */
const KEYS = [
  'status', 'indicator', 'page', 'name', 'incidents', 'components', 'incident_updates', 'scheduled_maintenances',
  'activeIncidents', 'activeMaintenances', 'data', 'attributes', 'aggregate_state', 'included', 'active_incidents',
  'notes', 'archived_snapshots', 'closest', 'request_id', 'nodes', 'de1.node.check-host.net',
];

/** `{"k":{"k":…1…}}` nested `depth` times, built as text so JSON.parse makes it as a server would. */
const deep = (key: string, depth: number): unknown => JSON.parse(`${`{"${key}":`.repeat(depth)}1${'}'.repeat(depth)}`);
/** Every key at once set to `value`. */
const everywhere = (value: unknown): Record<string, unknown> => Object.fromEntries(KEYS.map((k) => [k, value]));

const wrongType = fc.oneof(
  fc.constant(null), fc.boolean(), fc.double(), fc.integer(), fc.string({ maxLength: 20 }),
  fc.constant([]), fc.constant({}), fc.constant([[[]]]), fc.constant(Number.NaN),
);

/** Answers none of which has any parser's shape. */
const invalid = fc.oneof(
  fc.tuple(fc.constantFrom(...KEYS), fc.integer({ min: 1_000, max: 5_000 })).map(([k, d]) => deep(k, d)),
  fc.dictionary(fc.constantFrom(...KEYS), wrongType, { minKeys: 1 }),
  wrongType,
  fc.constant(null).map(() => 'x'.repeat(MB)),
  fc.constant(null).map(() => everywhere('y'.repeat(MB))),
  // Everything a parser wants, hidden behind prototype keys: own-property reads must ignore it.
  fc.constantFrom('__proto__', 'constructor', 'prototype').map((k) => JSON.parse(
    `{"${k}":{"status":{"indicator":"critical"},"page":{"status":"UP"},"data":{"attributes":{"aggregate_state":"downtime"}},`
    + `"archived_snapshots":{},"request_id":"abc","nodes":{"a":[]},"active_incidents":[]}}`) as unknown),
);

/** Answers with a valid core and hostile bulk: accepted or not, they must stay fast. */
const bulky = fc.oneof(
  fc.integer({ min: 100_000, max: 300_000 }).map((n) => everywhere(new Array<unknown>(n).fill({ name: 'x', status: 4 }))),
  fc.constant(null).map(() => everywhere(Array.from({ length: 1000 }, () => ({ name: 'z'.repeat(MB / 64), body: 'b'.repeat(1000) })))),
  fc.integer({ min: 1_000, max: 5_000 }).map((d) => ({ status: { indicator: 'critical' }, incidents: [deep('incident_updates', d)] })),
);

function timed(parse: AnyParse, json: unknown): { ok: boolean; reason?: unknown; value?: unknown; ms: number } {
  const start = performance.now();
  const result = parse(json) as { ok: boolean; reason?: unknown; value?: unknown };
  return { ...result, ms: performance.now() - start };
}

describe.each(PARSERS)('%s on hostile JSON', (_name, parse) => {
  it('rejects every shapeless answer with a reason, in bounded time', () => {
    fc.assert(fc.property(invalid, (json) => {
      const r = timed(parse, json);
      expect(r.ms).toBeLessThan(BOUND_MS);
      // Two answers have a legitimate "nothing" form: check-host's result is a map of nodes (an
      // object of unknown nodes is an empty result) and Wayback's `archived_snapshots: {}` is
      // "no copy". Everything else must be refused.
      if (!r.ok) expect(typeof r.reason).toBe('string');
      else if (parse === parseWayback) expect(r.value).toBeNull();
      else expect(parse).toBe(parseCheckHostResult);
    }), { numRuns: 40 });
  });

  it('stays within the bound on huge arrays and deep nesting behind a valid core', () => {
    fc.assert(fc.property(bulky, (json) => {
      expect(timed(parse, json).ms).toBeLessThan(BOUND_MS);
    }), { numRuns: 12 });
  });
});
