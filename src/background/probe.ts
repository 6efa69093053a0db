/**
 * One probe: the background requests the failed URL as the page would (same method family,
 * the cookies of the tab's own context where the browser allows it: probe-credentials.ts),
 * without touching the tab. Only GET and HEAD are ever probed
 * (RFC 9110 §9.2.2). The body is read only for error answers, and at most 64 KB of it
 * (the classifier reads no more).
 */
import { MAX_PAGE_TEXT } from '../core/limits';
import browser from 'webextension-polyfill';
import type { HeaderMap } from '../core/types';
import { probeCredentials } from './probe-credentials';
import { keepHeaders } from './response';

export type ProbeResult =
  | { ok: true; status: number; headers: HeaderMap; body: string }
  | { ok: false; error: string };

const TIMEOUT_MS = 20_000;

async function readPrefix(res: Response): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (text.length < MAX_PAGE_TEXT) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel().catch(() => undefined);
  return text.slice(0, MAX_PAGE_TEXT);
}

/** The credentials mode for a probe made for `tabId` (omitted when the tab cannot be read). */
async function credentialsFor(tabId: number): Promise<RequestCredentials> {
  try {
    return probeCredentials(await browser.tabs.get(tabId), __TARGET__);
  } catch {
    return probeCredentials(null, __TARGET__);
  }
}

/** Probes `url` on behalf of the tab `tabId` (whose context decides the cookies sent). */
export async function probe(url: string, method: 'GET' | 'HEAD', tabId: number): Promise<ProbeResult> {
  const credentials = await credentialsFor(tabId);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    // cache: 'no-store' so a cached error (or a cached success) never stands in for the site.
    const res = await fetch(url, { method, credentials, cache: 'no-store', redirect: 'follow', signal: controller.signal });
    const headers = keepHeaders([...res.headers].map(([name, value]) => ({ name, value })));
    const body = res.status >= 400 ? await readPrefix(res) : '';
    if (res.status < 400) await res.body?.cancel().catch(() => undefined);
    return { ok: true, status: res.status, headers, body };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  } finally {
    clearTimeout(timer);
  }
}
