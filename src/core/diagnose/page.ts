/**
 * The prepared view of a response that every producer detector reads: bounded body, lower-case
 * headers, and a tag-free text with HTML entities decoded (Akamai encodes even spaces and '#').
 */
import type { HeaderMap, ResponseInput } from '../types';
import { MAX_PAGE_TEXT } from '../limits';
import { decodeEntities } from './entities';

/** The engine never looks past this many characters of a body: a huge or hostile page costs bounded time. */
export const MAX_BODY_CHARS = MAX_PAGE_TEXT;

export interface Page {
  readonly status: number;
  /** Header names lower-cased; values as given. */
  readonly headers: HeaderMap;
  /** The first {@link MAX_BODY_CHARS} characters of the body, as received. */
  readonly body: string;
  /** `body` lower-cased, for the detectors' substring gates (detector.ts). */
  readonly lower: string;
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

/**
 * Whitespace to collapse: runs of two or more, or a single one that is not a plain space. Most
 * whitespace in a page is single spaces, and replacing each of them with itself costs more than
 * the rest of the page's preparation (docs/producers.md, "Speed").
 */
const COLLAPSE = /\s{2,}|[^\S ]/g;

function toText(html: string): string {
  const stripped = html.replace(/<[^<>]{0,2000}>/g, ' ');
  return (stripped.includes('&') ? decodeEntities(stripped) : stripped).replace(COLLAPSE, ' ').trim();
}

const TITLE = /<title\b[^<>]{0,500}>([^<]{0,500})<\/title>/i;
const H1 = /<h1\b[^<>]{0,500}>([^<]{0,500})<\/h1>/i;

function inner(body: string, re: RegExp): string {
  const m = re.exec(body);
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
    lower: body.toLowerCase(),
    text: toText(body),
    headline: `${inner(body, TITLE)} ${inner(body, H1)}`.trim(),
  };
}
