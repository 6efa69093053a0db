/**
 * The diagnosis engine: from a response's status, headers and (bounded) body, who generated
 * the error page, what went wrong, whether waiting helps, how long the server asked us to
 * wait, and the ids to quote. Pure and total: it never throws.
 */
import { parseRetryAfter } from '../retry-after';
import type { Diagnosis, ResponseInput } from '../types';
import type { Match } from './detector';
import { fallback } from './fallback';
import { extractIds } from './ids';
import { DETECTORS } from './order';
import { preparePage, type Page } from './page';
import { isRetryable } from './retryable';
import { isHandledStatus } from './status-kind';

export { DETECTORS } from './order';
export { MAX_BODY_CHARS } from './page';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Every detector's gate string, once. */
export const GATE_STRINGS: readonly string[] = [...new Set(DETECTORS.flatMap((d) => d.gate ?? []))];
/**
 * All gate strings in one pattern, so a page is scanned for them once. After each match the
 * scan resumes one character later, not after the match, so a gate string that begins inside
 * another's occurrence ("http error 503" holds "error 503") is still seen; at one position only
 * the first alternative matches, so none is a prefix of another (a unit test checks it).
 */
const GATES = new RegExp(GATE_STRINGS.map(escape).join('|'), 'g');

/** Which gate strings the lower-cased body contains: one pass over at most 64 KB. */
export function gatesPresent(lower: string): Set<string> {
  const seen = new Set<string>();
  GATES.lastIndex = 0;
  // Each match starts at a later position than the last, so this ends after at most
  // lower.length matches; genuine pages have a handful.
  for (let m = GATES.exec(lower); m !== null; m = GATES.exec(lower)) {
    seen.add(m[0]);
    GATES.lastIndex = m.index + 1;
  }
  return seen;
}

function classify(page: Page): Match {
  const present = gatesPresent(page.lower);
  for (const detector of DETECTORS) {
    if (detector.gate && !detector.gate.some((g) => present.has(g))) continue;
    const match = detector.detect(page);
    if (match) return match;
  }
  // fallback always matches; the '??' only satisfies the type.
  return fallback.detect(page) ?? { producer: 'unknown', kind: 'server-error' };
}

function run(input: ResponseInput): Diagnosis {
  const status = Number.isInteger(input.status) ? input.status : 0;
  const page = preparePage({ ...input, status });
  const headers = page.headers;
  const now = Number.isFinite(input.now) ? input.now : 0;
  const retryAfterSeconds = parseRetryAfter(headers['retry-after'], headers['date'], now);
  if (!isHandledStatus(status)) {
    return { status, producer: 'unknown', kind: 'none', retryable: false, retryAfterSeconds, ids: {} };
  }
  const match = classify(page);
  // RFC 6585 §4: a 429 is a rate limit whoever sent it.
  const kind = status === 429 && match.kind !== 'none' ? 'rate-limited' : match.kind;
  return {
    status,
    producer: match.producer,
    kind,
    retryable: isRetryable(status, kind, match.producer),
    retryAfterSeconds,
    ids: kind === 'none' ? {} : extractIds(page),
  };
}

/**
 * Diagnoses one response. Reads at most the first 64 KB of the body; any status other than 429
 * and 5xx gives kind 'none'. Never throws: malformed input gives producer 'unknown'.
 */
export function diagnose(input: ResponseInput): Diagnosis {
  try {
    return run(input);
  } catch {
    const status = typeof input?.status === 'number' ? input.status : 0;
    return { status, producer: 'unknown', kind: isHandledStatus(status) ? 'server-error' : 'none',
      retryable: false, retryAfterSeconds: null, ids: {} };
  }
}
