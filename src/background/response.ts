/**
 * What the background keeps of a top-level response: status, method and the headers that
 * identify the layers (docs/reference.md §1) plus Retry-After and Date (RFC 9110 §10.2.3: a
 * Retry-After date is measured against the response's own Date). Nothing else is kept, so no
 * cookie or token ever reaches storage.
 */
import { MAX_HEADER_VALUE_CHARS } from '../core/limits';
import type { HeaderMap } from '../core/types';

export const KEPT_HEADERS = [
  'server', 'via', 'x-varnish', 'x-served-by', 'x-cache', 'x-cache-hits', 'x-timer', 'cf-ray',
  'cf-cache-status', 'x-amz-cf-id', 'x-amz-cf-pop', 'x-akamai-transformed', 'retry-after', 'date',
  'content-type', 'x-envoy-upstream-service-time', 'x-request-id', 'cache-control', 'x-powered-by',
] as const;

const KEPT: ReadonlySet<string> = new Set(KEPT_HEADERS);

/**
 * Lower-cases names, keeps only KEPT_HEADERS (so at most that many), joins repeats with ", "
 * (RFC 9110 §5.3) and cuts each value at MAX_HEADER_VALUE_CHARS, repeats included: a server
 * that sends a header ten thousand times keeps no more than one bounded value.
 */
export function keepHeaders(list: Iterable<{ name: string; value?: string }>): HeaderMap {
  const out: Record<string, string> = {};
  for (const { name, value } of list) {
    const key = name.toLowerCase();
    if (!KEPT.has(key) || typeof value !== 'string') continue;
    const prior = out[key];
    if (prior !== undefined && prior.length >= MAX_HEADER_VALUE_CHARS) continue;
    const joined = prior === undefined ? value : `${prior}, ${value}`;
    out[key] = joined.slice(0, MAX_HEADER_VALUE_CHARS);
  }
  return out;
}
