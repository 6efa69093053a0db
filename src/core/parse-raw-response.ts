/**
 * Parses a raw HTTP response as `curl -si` prints it: status line (`HTTP/1.1 503 Backend fetch
 * failed`, or `HTTP/2 503` with no reason phrase), header lines, a blank line, the body
 * (already de-chunked by curl even when `Transfer-Encoding: chunked` is shown). LF or CRLF.
 * Interim 1xx blocks (`100 Continue`, `103 Early Hints`, RFC 9110 §15.2) and a proxy's
 * `200 Connection established` block before the real response are skipped.
 */
import type { HeaderMap } from './types';

/** One parsed response. */
export interface RawResponse {
  /** "1.1", "2", "3"… */
  httpVersion: string;
  status: number;
  /** Reason phrase ('' over HTTP/2 and HTTP/3, which have none). */
  reason: string;
  /** Lower-case names; repeated fields joined with ", " (RFC 9110 §5.3). */
  headers: HeaderMap;
  body: string;
}

/** Either the response or why the text is not one. */
export type RawResponseResult = { ok: true; response: RawResponse } | { ok: false; error: string };

const STATUS_LINE = /^HTTP\/(\d(?:\.\d)?) ([1-5]\d{2})(?: (.*))?$/;
/** RFC 9110 §5.6.2 token: a field name. Anchored, one character class: linear. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Trims spaces and tabs (RFC 9110 §5.5 OWS) by index. A regular expression such as
 * `(.*?)[ \t]*$` backtracks quadratically on a long run of spaces followed by a character `.`
 * does not match (U+2028): seconds on a 4,000-space header.
 */
function trimOws(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === ' ' || s[a] === '\t')) a++;
  while (b > a && (s[b - 1] === ' ' || s[b - 1] === '\t')) b--;
  return s.slice(a, b);
}

/** Splits `name: value`; null when the line is not a field line. */
function splitField(line: string): [string, string] | null {
  const colon = line.indexOf(':');
  if (colon <= 0) return null;
  const name = line.slice(0, colon);
  if (!TOKEN.test(name)) return null;
  return [name, trimOws(line.slice(colon + 1))];
}

/** Splits at the first line break; returns [line, rest] (rest is null at end of text). */
function takeLine(s: string): [string, string | null] {
  const i = s.indexOf('\n');
  if (i < 0) return [s.replace(/\r$/, ''), null];
  return [s.slice(0, i).replace(/\r$/, ''), s.slice(i + 1)];
}

function parseBlock(text: string): RawResponseResult & { rest?: string } {
  let [line, rest] = takeLine(text);
  const m = STATUS_LINE.exec(line);
  if (!m) return { ok: false, error: `not an HTTP response: first line is ${JSON.stringify(line.slice(0, 80))}` };
  const headers: Record<string, string> = {};
  let last: string | null = null;
  for (;;) {
    if (rest === null) break; // headers only, no blank line: an empty body
    [line, rest] = takeLine(rest);
    if (line === '') break;
    if (/^[ \t]/.test(line) && last !== null) {
      headers[last] += ` ${trimOws(line)}`; // obsolete line folding, RFC 9112 §5.2
      continue;
    }
    const f = splitField(line);
    if (!f) return { ok: false, error: `malformed header line ${JSON.stringify(line.slice(0, 80))}` };
    const name = f[0].toLowerCase();
    headers[name] = name in headers ? `${headers[name]}, ${f[1]}` : f[1];
    last = name;
  }
  const response = { httpVersion: m[1]!, status: Number(m[2]), reason: (m[3] ?? '').trim(), headers, body: rest ?? '' };
  return { ok: true, response, rest: rest ?? '' };
}

/** Parses the text of one `curl -si` capture. Never throws. */
export function parseRawResponse(text: string): RawResponseResult {
  let s = text.replace(/^\uFEFF/, '');
  if (s.trim() === '') return { ok: false, error: 'empty: no status line' };
  s = s.replace(/^(?:\r?\n)+/, '');
  for (let block = 0; block < 10; block++) {
    const parsed = parseBlock(s);
    if (!parsed.ok) return parsed;
    const { response } = parsed;
    const interim = response.status < 200 ||
      (response.status === 200 && /^connection established$/i.test(response.reason) && /^HTTP\//.test(response.body));
    if (!interim) return { ok: true, response };
    s = response.body;
    if (s.trim() === '') return { ok: false, error: `only an interim ${response.status} response, no final one` };
  }
  return { ok: false, error: 'too many interim responses' };
}
