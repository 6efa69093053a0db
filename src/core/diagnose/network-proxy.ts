/**
 * Error pages that come from the user's own network rather than from the site: a captive portal
 * answering 511 Network Authentication Required (RFC 6585 §6: "intended for use by intercepting
 * proxies used to control access to the network"), and forward proxies / secure web gateways
 * other than Squid (squid.ts): Symantec (Blue Coat) ProxySG's "Network Error (dns_unresolved_hostname)"
 * / "(tcp_error)" / "(gateway_timeout)" pages (Broadcom TechDocs, "ProxySG exception pages"),
 * and a Via or Server naming a forward proxy (Zscaler, ProxySG, Forcepoint, FortiGate, Sophos,
 * WebWasher) on a page that names no site-side producer.
 */
import type { Kind } from '../types';
import type { Detector } from './detector';
import { header } from './page';
import { kindFromStatus } from './status-kind';

const GATEWAY = /\b(?:zscaler|bluecoat|blue coat|proxysg|forcepoint|websense|fortigate|fortiguard|sophos|webwasher|mcafee web gateway|skyhigh|netskope|barracuda web)\b/i;
const PROXYSG = /Network Error \((dns_unresolved_hostname|dns_server_failure|tcp_error|gateway_timeout|connect_failed)\)/;
const SG_KIND: Readonly<Record<string, Kind>> = {
  dns_unresolved_hostname: 'dns-error', dns_server_failure: 'dns-error',
  tcp_error: 'connection-failed', connect_failed: 'connection-failed', gateway_timeout: 'timeout',
};

/** Detects this producer's own error answers. */
export const networkProxy: Detector = {
  name: 'network-proxy',
  detect(page) {
    const sg = PROXYSG.exec(page.text.slice(0, 4000));
    if (sg) return { producer: 'network-proxy', kind: SG_KIND[sg[1] ?? ''] ?? kindFromStatus(page.status) };
    const named = GATEWAY.test(`${header(page, 'server')} ${header(page, 'via')} ${header(page, 'x-proxy-id')}`);
    if (!named || !GATEWAY.test(page.text.slice(0, 4000))) return null;
    return { producer: 'network-proxy', kind: kindFromStatus(page.status) };
  },
};
