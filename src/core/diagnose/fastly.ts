/**
 * Fastly's error page: its Varnish 2.1 fork's XHTML template with "Guru Mediation:" (sic) and
 * a "Details: cache-<node>-<POP> <unixtime> <xid>" line; the reason (e.g. "Backend is
 * unhealthy", "first byte timeout") in title and h1 (Fastly docs, "Common 503 errors").
 * Checked before Varnish: both say "Varnish cache server".
 */
import type { Detector } from './detector';
import { kindFromReason } from './reason-kind';
import { kindFromStatus } from './status-kind';

const MARKERS = /Guru Mediation|Details:\s*cache-[A-Za-z0-9-]+/;

/** Detects Fastly's own error template. */
export const fastly: Detector = {
  name: 'fastly',
  gate: ['guru mediation', 'details:'],
  detect(page) {
    if (!MARKERS.test(page.body)) return null;
    return { producer: 'fastly', kind: kindFromReason(page.headline) ?? kindFromStatus(page.status) };
  },
};
