/**
 * Varnish's built-in error page (vcl_backend_error / vcl_synth in builtin.vcl, Varnish 4.1+):
 * title "503 Backend fetch failed", "Guru Meditation:", "XID: n", footer "Varnish cache server".
 * Varnish 3 printed the same markers in an XHTML template with "503 Service Unavailable".
 * Varnish gives this one page for a refused connection, a first-byte timeout and a sick
 * backend alike (docs/reference.md §1), hence the catch-all kind.
 */
import type { Detector } from './detector';
import { kindFromReason } from './reason-kind';
import { kindFromStatus } from './status-kind';

const GURU = /Guru Meditation/i;
const XID = /XID:\s*\d+/;
const FOOTER = /<p>\s*Varnish cache server\s*<\/p>/i;

/** Detects Varnish's own error template. */
export const varnish: Detector = {
  name: 'varnish',
  gate: ['meditation', 'varnish cache server'],
  detect(page) {
    const template = (GURU.test(page.body) && XID.test(page.body)) || FOOTER.test(page.body);
    if (!template) return null;
    const named = kindFromReason(page.headline);
    // A 503 in Varnish's template without a more specific reason is its fetch failure
    // (Varnish 3 called it "Service Unavailable").
    const kind = named ?? (page.status === 503 ? 'backend-fetch-failed' : kindFromStatus(page.status));
    return { producer: 'varnish', kind };
  },
};
