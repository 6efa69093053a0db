/**
 * The kind a security CDN's origin-error page states in words (imperva.ts, sucuri.ts, bunny.ts,
 * keycdn.ts): timeouts, refused or unreachable origins, DNS and TLS failures; else the status.
 */
import type { Kind, Producer } from '../types';
import type { Match } from './detector';
import type { Page } from './page';
import { kindFromStatus } from './status-kind';

export function kindFromText(page: Page): Kind {
  const text = page.text.slice(0, 4000);
  if (/did not respond in time|timed? ?out/i.test(text)) return 'timeout';
  if (/unreachable|refused|could not connect|cannot connect/i.test(text)) return 'connection-failed';
  if (/\bDNS\b|resolve/i.test(text)) return 'dns-error';
  if (/\b(?:SSL|TLS)\b|certificate/i.test(text)) return 'tls-error';
  return kindFromStatus(page.status);
}

export const edgeMatch = (producer: Producer, page: Page): Match => ({ producer, kind: kindFromText(page) });
