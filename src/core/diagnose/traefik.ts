/**
 * Traefik's replies: "no available server" (503, the service has no healthy server) and Go's
 * http.Error bodies "Bad Gateway" / "Gateway Timeout" (text/plain, no Server header).
 */
import type { Detector } from './detector';
import { header } from './page';

/** Detects Traefik's plain-text error replies. */
export const traefik: Detector = {
  name: 'traefik',
  detect(page) {
    const body = page.body.trim();
    if (body === 'no available server') return { producer: 'traefik', kind: 'backend-unhealthy' };
    if (!header(page, 'content-type').startsWith('text/plain')) return null;
    if (body === 'Bad Gateway' && page.status === 502) return { producer: 'traefik', kind: 'connection-failed' };
    if (body === 'Gateway Timeout' && page.status === 504) return { producer: 'traefik', kind: 'timeout' };
    return null;
  },
};
