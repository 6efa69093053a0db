/**
 * The thin fetch layer: one bounded GET that yields parsed JSON or a clear error value, never
 * a throw. Uses only the global `fetch` shape (passed in) and AbortController, both present in
 * the extension background and in Node 20; no webextension-polyfill.
 */
import { deadline } from './deadline';

/** The subset of `fetch` used here (the global one fits; tests pass fakes). */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** Why a request gave no JSON. */
export type FetchFailure =
  | { kind: 'network'; message: string }
  | { kind: 'timeout'; afterMs: number }
  | { kind: 'http'; status: number }
  | { kind: 'too-large'; limitBytes: number }
  | { kind: 'not-json'; contentType: string }
  | { kind: 'bad-json'; message: string };

/** The outcome of fetchJson. */
export type FetchJsonResult = { ok: true; json: unknown; status: number } | { ok: false; error: FetchFailure };

/** Options for fetchJson. */
export interface FetchJsonOptions {
  fetch: FetchLike;
  /** Whole request including the body. Default 8000 ms. */
  timeoutMs?: number;
  /** Refuse bodies larger than this. Default 1 MiB (a status summary is a few KB). */
  maxBytes?: number;
  headers?: Readonly<Record<string, string>>;
}

/** Default body cap: 1 MiB. */
export const DEFAULT_MAX_BYTES = 1024 * 1024;
/** Default timeout. */
export const DEFAULT_TIMEOUT_MS = 8000;

/**
 * Read a body as text, refusing more than `maxBytes` (by Content-Length up front, then by
 * counting while streaming so a lying or absent length cannot get past the cap).
 * @returns the text, or null when the cap was exceeded (the stream is cancelled)
 */
export async function readCapped(response: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let out = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    out += decoder.decode(value, { stream: true });
  }
  return out + decoder.decode();
}

/** A content type that cannot be JSON (an HTML error page, a login form, XML). */
function clearlyNotJson(contentType: string): boolean {
  return /html|xml/i.test(contentType) && !/json/i.test(contentType);
}

/**
 * GET a URL and parse its JSON. No cookies (`credentials: 'omit'`), no HTTP cache, a timeout
 * over the whole exchange, a size cap, and every failure turned into a FetchFailure.
 */
export async function fetchJson(url: string, options: FetchJsonOptions): Promise<FetchJsonResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const time = deadline(timeoutMs);
  try {
    const response = await options.fetch(url, {
      method: 'GET', credentials: 'omit', cache: 'no-store', redirect: 'follow',
      headers: { Accept: 'application/json', ...options.headers }, signal: time.signal,
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, error: { kind: 'http', status: response.status } };
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (clearlyNotJson(contentType)) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, error: { kind: 'not-json', contentType } };
    }
    const body = await readCapped(response, maxBytes);
    if (body === null) return { ok: false, error: { kind: 'too-large', limitBytes: maxBytes } };
    try {
      return { ok: true, json: JSON.parse(body.replace(/^\uFEFF/, '')) as unknown, status: response.status };
    } catch (error) {
      return { ok: false, error: { kind: 'bad-json', message: error instanceof Error ? error.message : String(error) } };
    }
  } catch (error) {
    if (time.expired()) return { ok: false, error: { kind: 'timeout', afterMs: timeoutMs } };
    return { ok: false, error: { kind: 'network', message: error instanceof Error ? error.message : String(error) } };
  } finally {
    time.clear();
  }
}
