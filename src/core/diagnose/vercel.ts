/**
 * Vercel's platform errors (https://vercel.com/docs/errors): an `x-vercel-error` header with
 * the code, and a plain-text or HTML body "An error occurred with your deployment" naming it:
 * FUNCTION_INVOCATION_TIMEOUT (504), FUNCTION_INVOCATION_FAILED (500), NO_RESPONSE_FROM_FUNCTION
 * (502), FUNCTION_THROTTLED (503), DNS_HOSTNAME_NOT_FOUND / DNS_HOSTNAME_RESOLVE_FAILED (502),
 * ROUTER_EXTERNAL_TARGET_CONNECTION_ERROR (502), DEPLOYMENT_PAUSED (503).
 */
import type { Kind } from '../types';
import type { Detector } from './detector';
import { header } from './page';
import { kindFromStatus } from './status-kind';

const CODE = /\b([A-Z]{2,20}(?:_[A-Z]{2,20}){1,6})\b/;

function kindOf(code: string, status: number): Kind {
  if (/TIMEOUT/.test(code)) return 'timeout';
  if (/^DNS_/.test(code)) return 'dns-error';
  if (/THROTTLED|RATE_LIMITED/.test(code)) return 'rate-limited';
  if (/CONNECTION_ERROR|NO_RESPONSE/.test(code)) return 'connection-failed';
  if (/PAUSED/.test(code)) return 'maintenance';
  if (/TLS|SSL|CERT/.test(code)) return 'tls-error';
  return kindFromStatus(status);
}

/** Detects Vercel's platform error answers. */
export const vercel: Detector = {
  name: 'vercel',
  detect(page) {
    const fromHeader = header(page, 'x-vercel-error').trim();
    const inPage = /An error occurred with your deployment/i.test(page.text.slice(0, 2000));
    if (fromHeader === '' && !inPage) return null;
    if (fromHeader === '' && header(page, 'x-vercel-id') === '' && !/^Vercel/i.test(header(page, 'server'))) return null;
    const code = fromHeader || (CODE.exec(page.text.slice(0, 2000))?.[1] ?? '');
    return { producer: 'vercel', kind: kindOf(code, page.status) };
  },
};
