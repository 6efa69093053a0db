/**
 * What the evidence says about the user's own connection, as the one answer the overlay, the
 * popup's verdict and the popup's guide all use. The rule: a site that answered at all (any
 * HTTP status, an error page included) proves the device is online, so nothing may say
 * "offline" then. A failed outside probe at the same time means the network reaches this site
 * but not the internet (an intranet, a network without internet access, a firewall that
 * blocks the probe host): "no internet access, but this site is reachable".
 */
import type { Connectivity } from '../connectivity/classify';

/** The user's connection as the evidence allows it to be named. */
export type Connection = 'online' | 'offline' | 'no-internet' | 'captive-portal' | 'unknown';

/**
 * @param siteAnswered whether the site answered with an HTTP status (of any kind)
 * @param probe the outside connectivity probe's result, or null when it did not run
 */
export function connectionOf(siteAnswered: boolean, probe: Connectivity | null): Connection {
  if (probe === 'offline') return siteAnswered ? 'no-internet' : 'offline';
  if (probe === 'online' || probe === 'captive-portal') return probe;
  return 'unknown';
}

/** The connection in the popup guide's older vocabulary, which has no "no internet" yet: an
 * intranet that answered must not get the "offline" advice, so it reads as not known. */
export function guideConnectivity(connection: Connection): Connectivity {
  return connection === 'no-internet' ? 'unknown' : connection;
}
