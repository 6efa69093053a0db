/**
 * Envoy's local replies (text/plain, source/common/router/router.cc): "no healthy upstream"
 * (503, the cluster has no healthy host), "upstream connect error or disconnect/reset before
 * headers. … reset reason: …" (503/502), "upstream request timeout" (504, route timeout,
 * 15 s by default). Also what Istio's sidecars and many service meshes return.
 */
import type { Detector } from './detector';

/** Detects Envoy's local-reply bodies. */
export const envoy: Detector = {
  name: 'envoy',
  detect(page) {
    const body = page.body.trim();
    if (body === 'no healthy upstream') return { producer: 'envoy', kind: 'backend-unhealthy' };
    if (body === 'upstream request timeout') return { producer: 'envoy', kind: 'timeout' };
    if (body === 'local_rate_limited') return { producer: 'envoy', kind: 'rate-limited' };
    if (body.startsWith('upstream connect error or disconnect/reset before headers')) {
      // The transport failure reason names TLS problems (e.g. CERTIFICATE_VERIFY_FAILED),
      // which are configuration errors that waiting does not fix.
      if (/TLS[ _]error|SSL routines|CERTIFICATE_VERIFY_FAILED/i.test(body)) return { producer: 'envoy', kind: 'tls-error' };
      if (/reset reason: connection timeout/i.test(body)) return { producer: 'envoy', kind: 'timeout' };
      return { producer: 'envoy', kind: 'connection-failed' };
    }
    return null;
  },
};
