/**
 * The prepared view of a response that every producer detector reads: bounded body, lower-case
 * headers, and a tag-free text with HTML entities decoded (Akamai encodes even spaces and '#').
 */
import type { HeaderMap, ResponseInput } from '../types';
import { MAX_PAGE_TEXT } from '../limits';
import { decodeEntities } from './entities';

/** The engine never looks past this many characters of a body. */
export const MAX_BODY_CHARS = MAX_PAGE_TEXT;

export interface Page {
  readonly status: number;
  /** Header names lower-cased; values as given. */
  readonly headers: HeaderMap;
  /** The first {@link MAX_BODY_CHARS} characters of the body, as received. */
  readonly body: string;
  /** `body` with entities decoded, tags replaced by spaces and whitespace collapsed. */
  readonly text: string;
  /** Text of the `<title>` and first `<h1>`, decoded, where templates put their reason phrase. */
  readonly headline: string;
}

/** Returns a header's value ('' when absent). */
export function header(page: Page, name: string): string {
  return page.headers[name] ?? '';
}

function lowerKeys(headers: HeaderMap): HeaderMap {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (typeof v === 'string') out[k.toLowerCase()] = k.toLowerCase() in out ? `${out[k.toLowerCase()]}, ${v}` : v;
  }
  return out;
}

function toText(html: string): string {
  return decodeEntities(html.replace(/<[^<>]{0,2000}>/g, ' ')).replace(/\s+/g, ' ').trim();
}

function inner(body: string, tag: string): string {
  const m = new RegExp(`<${tag}\\b[^>]{0,500}>([^<]{0,500})</${tag}>`, 'i').exec(body);
  return m ? toText(m[1] ?? '') : '';
}

/** Builds the {@link Page} for an input; tolerant of odd values (never throws on strings). */
export function preparePage(input: ResponseInput): Page {
  const body = typeof input.body === 'string' ? input.body.slice(0, MAX_BODY_CHARS) : '';
  const headers = lowerKeys(input.headers ?? {});
  return {
    status: input.status,
    headers,
    body,
    text: toText(body),
    headline: `${inner(body, 'title')} ${inner(body, 'h1')}`.trim(),
  };
}
