/**
 * The pages the classifier benchmark runs on: every fixture under tests/fixtures/responses padded
 * to 64 KB (the engine's bound) with ordinary page text after its own body, and adversarial 64 KB
 * inputs made of each detector's markers repeated, ending in characters `.` does not match.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_BODY_CHARS } from '../../src/core/diagnose/page';
import { parseRawResponse } from '../../src/core/parse-raw-response';
import type { ResponseInput } from '../../src/core/types';

const FIXTURES = join(import.meta.dirname, '../../tests/fixtures/responses');
const FILLER = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit &amp; sed do eiusmod tempor.</p>\n';

function pad(body: string): string {
  const room = MAX_BODY_CHARS - body.length;
  return room <= 0 ? body.slice(0, MAX_BODY_CHARS) : body + FILLER.repeat(Math.ceil(room / FILLER.length)).slice(0, room);
}

/** Every fixture (top level and live/) as a diagnose input with its body padded to 64 KB. */
export function paddedFixtures(): ResponseInput[] {
  const files = [
    ...readdirSync(FIXTURES).filter((f) => f.endsWith('.http')).map((f) => join(FIXTURES, f)),
    ...readdirSync(join(FIXTURES, 'live')).filter((f) => f.endsWith('.http')).map((f) => join(FIXTURES, 'live', f)),
  ];
  return files.flatMap((file) => {
    const parsed = parseRawResponse(readFileSync(file, 'utf8'));
    if (!parsed.ok) return [];
    const { status, headers, body } = parsed.response;
    return [{ status, headers, body: pad(body), now: 0 }];
  });
}

const UNITS = [' ', ' \u2028', '<', '<<<', '<center><h1>503 ', 'XID: ', 'Details: cache-a ', 'cache-a, ', 'Ray ID: ',
  '&#', '&amp', 'Generated ', '(squid/', '<div class="', 'tracking-wider">', 'Proudly powered by <a ', '"message":',
  '{"timestamp":"', 'HTTP Error 502.', 'Network Error (', 'FUNCTION_A_B_', 'error code: 1', '<title>', '<h1>', '<pre>'];

/** 64 KB bodies of each marker repeated, each with a 503 status and headers full of spaces. */
export function adversarialInputs(): ResponseInput[] {
  return UNITS.map((unit) => ({
    status: 503,
    headers: { server: ' '.repeat(4000), via: `${'1.1 a, '.repeat(500)}squid`, 'x-squid-error': `ERR_${'A'.repeat(4000)}` },
    body: unit.repeat(Math.ceil(MAX_BODY_CHARS / unit.length)).slice(0, MAX_BODY_CHARS - 1) + '\u2028',
    now: 0,
  }));
}
