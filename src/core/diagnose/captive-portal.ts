/**
 * A captive portal answering 511 Network Authentication Required (RFC 6585 §6: "intended for
 * use by intercepting proxies used to control access to the network"): the user's network, not
 * the site. Other forward proxies are in squid.ts and network-proxy.ts.
 */
import type { Detector } from './detector';

/** Detects this producer's own error answers. */
export const captivePortal: Detector = {
  name: 'captive-portal',
  detect(page) {
    // 511 is reserved for network access control; no site sends it for its own pages.
    return page.status === 511 ? { producer: 'captive-portal', kind: 'server-error' } : null;
  },
};
