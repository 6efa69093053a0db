/**
 * Producers that belong to the user's own network rather than to the site: a forward proxy's
 * error page (Squid, a secure web gateway) and a captive portal. For these the site may be fine;
 * the explanation and the guide point at the user's network instead of waiting for the site.
 */
import type { Producer } from './types';

const USERS_NETWORK: readonly Producer[] = ['network-proxy', 'captive-portal'];

/** Whether the page came from the user's own network, not from the site. */
export function isUsersNetwork(producer: Producer): boolean {
  return USERS_NETWORK.includes(producer);
}
