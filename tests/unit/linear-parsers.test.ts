/**
 * Every parser in src/core runs in linear time: adversarial strings (long runs of spaces, U+2028
 * and U+2029, nested repeats of each template's own markers, 64 KB and larger inputs) each get a
 * generous per-input time bound, so a regular expression that backtracks quadratically fails
 * here (a 4,000-space header ending in U+2028 used to take 8.5 s in parseRawResponse).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentBody } from '../../src/core/diagnose/document-body';
import { DETECTORS } from '../../src/core/diagnose/order';
import { diagnose } from '../../src/core/diagnose/index';
import { preparePage } from '../../src/core/diagnose/page';
import { statusInTitle, titleSuggestsError } from '../../src/core/error-title';
import { parseHttpDate } from '../../src/core/http-date';
import { parseRawResponse } from '../../src/core/parse-raw-response';
import { parseRetryAfter } from '../../src/core/retry-after';

/** Generous: a linear parser takes well under a millisecond per 64 KB; a quadratic one, seconds. */
const BOUND_MS = 50;

const MARKERS = [' ', '\t', '\u2028', '\u2029', '\r', '\n', '<', '>', '<center>', '<h1>', '503 ', '<hr>', '<title>', '<pre>',
  'XID: ', 'Details: cache-', 'cache-a', ', ', 'Ray ID: ', 'Request ID: ', 'Reference #', '&#', '&amp', 'Generated ', '(squid/',
  'ERR_', 'error code: ', 'Error 1', '"message":', '{', '"timestamp":"', 'HTTP Error 502.', '0x8007', 'Server Error in \'',
  '<div class="', 'tracking-wider">', 'Proudly powered by ', '<a ', 'Network Error (', 'FUNCTION_', 'A_B_', 'Incapsula',
  'window._cf_chl_opt', 'cf-error-code">', 'We\'re sorry, but something went wrong.', ':', 'GMT', 'Sun, 06 Nov 1994 ', '1'];

/** A long string built by repeating a short adversarial unit, with an optional odd character at the end. */
const adversarial = fc.tuple(
  fc.array(fc.constantFrom(...MARKERS), { minLength: 1, maxLength: 4 }).map((a) => a.join('')),
  fc.integer({ min: 4_000, max: 80_000 }),
  fc.constantFrom('', '\u2028', '\u2029', 'x', '>', '\u0000', '\uD800'),
).map(([unit, length, tail]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + tail);

/**
 * The fastest of three runs: a quadratic parser is slow every time, while a garbage collection
 * or the scheduler on a loaded machine (parallel test files) slows only one run.
 */
function timed<T>(f: () => T): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
    if (best < BOUND_MS / 4) break;
  }
  return best;
}

const runs = { numRuns: 40 };

describe('parsers run in linear time on adversarial input', () => {
  it('the reported case: a header of 4,000 spaces followed by U+2028', () => {
    const text = `HTTP/1.1 503 x\r\nX-A: ${' '.repeat(4000)}\u2028\r\n\r\nbody`;
    expect(timed(() => parseRawResponse(text))).toBeLessThan(BOUND_MS);
  });

  it('parseRawResponse: as a header value, a status line, a header name and a body', () => {
    fc.assert(fc.property(adversarial, (s) => {
      for (const text of [`HTTP/1.1 503 x\r\nX-A: ${s}\r\n\r\n`, `HTTP/1.1 503 ${s}\r\n\r\n`, `HTTP/1.1 503 x\r\n${s}: v\r\n\r\n`,
        `HTTP/1.1 503 x\r\nA: b\r\n\r\n${s}`, s, `HTTP/1.1 100 Continue\r\n\r\n${s}`]) {
        expect(timed(() => parseRawResponse(text))).toBeLessThan(BOUND_MS);
      }
    }), runs);
  });

  it('parseRetryAfter and parseHttpDate', () => {
    fc.assert(fc.property(adversarial, (s) => {
      expect(timed(() => parseRetryAfter(s, s, 0))).toBeLessThan(BOUND_MS);
      expect(timed(() => parseHttpDate(s, 0))).toBeLessThan(BOUND_MS);
      expect(timed(() => parseRetryAfter(`Sun, 06 Nov 1994 08:49:37 GMT${s}`, undefined, 0))).toBeLessThan(BOUND_MS);
    }), runs);
  });

  it('statusInTitle and titleSuggestsError', () => {
    fc.assert(fc.property(adversarial, (s) => {
      expect(timed(() => statusInTitle(s))).toBeLessThan(BOUND_MS);
      expect(timed(() => titleSuggestsError(s))).toBeLessThan(BOUND_MS);
    }), runs);
  });

  it('preparePage and every detector on its own, and the whole diagnosis', () => {
    fc.assert(fc.property(adversarial, fc.constantFrom(429, 500, 502, 503, 504, 511, 520, 530), (s, status) => {
      const headers = { server: s.slice(0, 8000), via: s.slice(0, 8000), 'x-squid-error': s.slice(0, 8000), 'cf-ray': s.slice(0, 200), 'retry-after': s.slice(0, 8000) };
      const page = preparePage({ status, headers, body: s, now: 0 });
      for (const detector of DETECTORS) {
        const ms = timed(() => detector.detect(page));
        expect(ms, detector.name).toBeLessThan(BOUND_MS);
      }
      expect(timed(() => diagnose({ status, headers, body: s, now: 0 }))).toBeLessThan(BOUND_MS * 2);
    }), runs);
  });

  it('documentBody', () => {
    fc.assert(fc.property(adversarial, (s) => {
      expect(timed(() => documentBody({ contentType: 'text/html', markup: s, preText: s, bodyChildCount: 0 }))).toBeLessThan(BOUND_MS);
    }), runs);
  });
});

describe('detector gates', () => {
  it('no gate string is a prefix of another (one alternative matches per position), and all are lower case', async () => {
    const { GATE_STRINGS } = await import('../../src/core/diagnose/index');
    for (const a of GATE_STRINGS) {
      expect(a).toBe(a.toLowerCase());
      for (const b of GATE_STRINGS) if (a !== b) expect(b.startsWith(a), `${a} / ${b}`).toBe(false);
    }
  });

  it("a gate string inside another's occurrence is still seen (IIS's \"http error 503\" holds Magento's \"error 503\")", async () => {
    const { gatesPresent } = await import('../../src/core/diagnose/index');
    expect([...gatesPresent('x http error 503 y')].sort()).toEqual(['error 503', 'http error 5']);
  });
});
