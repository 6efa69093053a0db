/**
 * Every captured or documented response under tests/fixtures/responses gets the diagnosis
 * written down for it (expected.json; the live captures' expectations are in live-cases.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/core/diagnose/index';
import { parseRawResponse } from '../../src/core/parse-raw-response';
import { PRODUCERS, type Diagnosis } from '../../src/core/types';
import { LIVE_CASES, liveFile } from '../live/live-cases';

const DIR = join(import.meta.dirname, '../fixtures/responses');
const NOW = Date.UTC(2026, 10, 21, 5, 50, 0);
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Partial<Diagnosis>>;

function diagnoseFile(path: string): Diagnosis {
  const parsed = parseRawResponse(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path}: ${parsed.error}`);
  const { status, headers, body } = parsed.response;
  return diagnose({ status, headers, body, now: NOW });
}

describe('documented error pages', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.http')).sort();

  it('every fixture has an expectation and every expectation a fixture', () => {
    expect(files).toEqual(Object.keys(expected).sort());
  });

  for (const file of files) {
    it(`${file} → ${expected[file]?.producer}/${expected[file]?.kind}`, () => {
      expect(diagnoseFile(join(DIR, file))).toMatchObject(expected[file] ?? {});
    });
  }

  it('every fixture of a producer without a live capture cites its source (sources.json)', () => {
    const sources = JSON.parse(readFileSync(join(DIR, 'sources.json'), 'utf8')) as Record<string, string>;
    for (const [file, source] of Object.entries(sources)) {
      expect(files, file).toContain(file);
      expect(source, file).toMatch(/https?:\/\/|RFC \d+/);
    }
    const cited = new Set(Object.keys(sources).map((f) => expected[f]?.producer));
    const live = new Set(LIVE_CASES.map((c) => c.expect.producer));
    const firstRound = ['varnish', 'fastly', 'nginx', 'openresty', 'haproxy', 'envoy', 'apache', 'cloudflare', 'cloudfront',
      'aws-elb', 'akamai', 'heroku', 'google', 'traefik', 'caddy', 'magento', 'wordpress', 'origin', 'unknown'];
    const uncited = PRODUCERS.filter((p) => !firstRound.includes(p) && !cited.has(p) && !live.has(p));
    expect(uncited).toEqual([]);
  });

  it('covers every producer with at least one fixture', () => {
    const seen = new Set(Object.values(expected).map((e) => e.producer));
    for (const c of LIVE_CASES) seen.add(c.expect.producer);
    expect(PRODUCERS.filter((p) => !seen.has(p))).toEqual([]);
  });
});

describe('live captures (tests/fixtures/responses/live)', () => {
  const files = new Set(readdirSync(join(DIR, 'live')));
  for (const c of LIVE_CASES) {
    it.skipIf(!files.has(liveFile(c)))(`${liveFile(c)} → ${c.expect.producer}/${c.expect.kind}`, () => {
      expect(diagnoseFile(join(DIR, 'live', liveFile(c)))).toMatchObject(c.expect);
    });
  }
});
