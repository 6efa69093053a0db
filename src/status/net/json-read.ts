/**
 * Small, total readers for untrusted JSON: each returns a typed value or a fallback and never
 * throws, so a parser can be written as plain field access over hostile input.
 */
import { isRecord } from '../../core/is-record';
import type { ParseError } from '../report/types';

/** Longest name or title kept (a status page headline is a sentence, not an essay). */
export const MAX_NAME_CHARS = 200;
/** Longest update text kept; beyond this the UI would be unreadable anyway. */
export const MAX_TEXT_CHARS = 1000;
/** Most incidents, maintenances or components kept from one answer. */
export const MAX_ITEMS = 20;

export { isRecord };

/** `obj[key]` when `obj` is a record, else undefined. */
export function field(obj: unknown, key: string): unknown {
  return isRecord(obj) && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** An array value, bounded to `max` items, or []. */
export function list(value: unknown, max = MAX_ITEMS): unknown[] {
  return Array.isArray(value) ? value.slice(0, max) : [];
}

/**
 * Plain text: control characters (except newlines) removed, whitespace trimmed, cut at `max`
 * code points with an ellipsis. Markup stays literal text: the UI never renders it as HTML.
 */
export function text(value: unknown, max = MAX_NAME_CHARS): string | null {
  if (typeof value !== 'string') return null;
  // Cut a huge string before cleaning it: 2 UTF-16 units per code point at most, plus slack
  // for leading whitespace, so a 5 MB field costs no more than a short one.
  const head = value.length > max * 4 ? value.slice(0, max * 4) : value;
  // eslint-disable-next-line no-control-regex -- the point is to drop control characters
  const clean = head.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ').trim();
  if (clean === '') return null;
  const chars = Array.from(clean);
  return chars.length > max || head !== value ? `${chars.slice(0, max - 1).join('')}…` : clean;
}

/** A timestamp (ISO 8601 or RFC 3339 string) as ms since epoch, or null. */
export function time(value: unknown): number | null {
  if (typeof value !== 'string' || value.length > 64) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/** An absolute http(s) URL, or null (a `javascript:` link in hostile JSON never survives). */
export function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2048) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A ParseError with its reason. */
export function reject(reason: string): ParseError {
  return { ok: false, reason };
}

/** `map[key]` for an own key only (so "constructor" or "__proto__" in hostile JSON map to nothing). */
export function pick<T>(map: Readonly<Record<string, T>>, key: unknown): T | undefined {
  return typeof key === 'string' && Object.hasOwn(map, key) ? map[key] : undefined;
}

/** Type guard for `.filter(notNull)`. */
export function notNull<T>(value: T | null): value is T {
  return value !== null;
}
