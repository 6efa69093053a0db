/**
 * The troubleshooting guide as data, so it can be tested without a browser: which steps fit this
 * error, in which order, with which message keys and actions. The popup renders them; nothing here
 * touches the browser.
 *
 * Order when they fit: wait, reload bypassing the cache, down for everyone?, clear this site's
 * cache, private window, your network, archived copy, contact the site, "this is my site".
 */
import { mayAutoRetry } from './retry-policy';
import type { Diagnosis, Kind } from './types';
import type { GuideContext, GuideLink, GuideStep, GuideStepId } from './guide-types';
import { ownerFixes } from './guide-owner-fixes';
import { isUsersNetwork } from './users-network';

export type * from './guide-types';

/**
 * Failures that can depend on what this browser keeps or sends (a stale service worker or cached
 * redirect, a cookie that drives the app down a broken path). Unhealthy backends, overload,
 * maintenance and rate limits hit every visitor alike, so clearing would only lose data.
 */
const BROWSER_STATE_KINDS: readonly Kind[] = ['backend-fetch-failed', 'server-error', 'connection-failed', 'timeout'];
/** A reload bypassing the cache adds a request without hope here: the server said when, or the fault is its config. */
const NO_RELOAD_KINDS: readonly Kind[] = ['rate-limited', 'maintenance', 'tls-error'];

function waitStep(d: Diagnosis, ctx: GuideContext): GuideStep {
  const body = d.kind === 'rate-limited' ? 'gd_wait_body_rate_limited'
    : d.kind === 'maintenance' ? 'gd_wait_body_maintenance'
    : 'gd_wait_body';
  if (ctx.autoRetry) return { id: 'wait', titleKey: 'gd_wait_title', bodyKey: body };
  // Auto-retry is off for this site: say so, and offer one try (not for 429: the server said when).
  return {
    id: 'wait', titleKey: 'gd_wait_title', bodyKey: 'gd_wait_body_off',
    ...(d.kind === 'rate-limited'
      ? { action: 'open-options', actionLabelKey: 'gd_action_open_options' }
      : { action: 'retry-now', actionLabelKey: 'gd_action_retry_now' }),
  };
}

function statusLinks(ctx: GuideContext): GuideLink[] {
  const links: GuideLink[] = [];
  if (ctx.hasStatusPage) links.push({ labelKey: 'gd_link_status_page', target: 'status-page' });
  links.push({ labelKey: 'gd_link_downdetector', target: 'downdetector' });
  links.push({ labelKey: 'gd_link_is_it_down', target: 'is-it-down-right-now' });
  return links;
}

function networkStep(d: Diagnosis, ctx: GuideContext): GuideStep {
  if (d.producer === 'network-proxy') {
    return {
      id: 'network', titleKey: 'gd_network_title', bodyKey: 'gd_network_body_proxy',
      items: [{ id: 'other-network', textKey: 'gd_network_proxy_elsewhere' }, { id: 'proxy-admin', textKey: 'gd_network_proxy_admin' }],
    };
  }
  const body = d.producer === 'captive-portal' || ctx.connectivity === 'captive-portal' ? 'gd_network_body_captive'
    : ctx.connectivity === 'offline' ? 'gd_network_body_offline'
    : ctx.connectivity === 'online' ? 'gd_network_body_online'
    : 'gd_network_body_unknown';
  const items = [
    // A 429 often means many people share one address (VPN, office, mobile carrier NAT).
    ...(d.kind === 'rate-limited' ? [{ id: 'shared-address', textKey: 'gd_network_shared_address' }] : []),
    { id: 'router', textKey: 'gd_network_router' },
    { id: 'dns', textKey: 'gd_network_dns' },
  ];
  const probe = ctx.connectivity === undefined || ctx.connectivity === 'unknown';
  return {
    id: 'network', titleKey: 'gd_network_title', bodyKey: body, items,
    ...(probe ? { action: 'check-connectivity', actionLabelKey: 'gd_action_check_connectivity' } : {}),
  };
}

/** Builds one step; the rules for whether it fits live in chooseGuide. */
function buildStep(id: GuideStepId, d: Diagnosis, ctx: GuideContext): GuideStep {
  switch (id) {
    case 'form-not-resent':
      return { id, titleKey: 'gd_post_title', bodyKey: 'gd_post_body' };
    case 'wait':
      return waitStep(d, ctx);
    case 'reload':
      return { id, titleKey: 'gd_reload_title', bodyKey: 'gd_reload_body', action: 'reload-bypass-cache', actionLabelKey: 'gd_action_reload' };
    case 'check-status':
      return {
        id, titleKey: 'gd_status_title', bodyKey: ctx.hasStatusPage ? 'gd_status_body_page' : 'gd_status_body',
        action: 'check-status', actionLabelKey: 'gd_action_check_status', links: statusLinks(ctx),
      };
    case 'clear-cache':
      return {
        id,
        ...(ctx.siteScopedCache === false
          ? { titleKey: 'gd_clear_all_title', bodyKey: 'gd_clear_all_body', actionLabelKey: 'gd_action_clear_cache_all' }
          : { titleKey: 'gd_clear_title', bodyKey: 'gd_clear_body', actionLabelKey: 'gd_action_clear_cache' }),
        action: 'clear-site-cache',
        riskyAction: { action: 'clear-site-cookies', labelKey: 'gd_action_clear_cookies', warningKey: 'gd_clear_cookies_warning' },
      };
    case 'private-window':
      return { id, titleKey: 'gd_private_title', bodyKey: 'gd_private_body', action: 'open-private', actionLabelKey: 'gd_action_open_private' };
    case 'network':
      return networkStep(d, ctx);
    case 'archive':
      return {
        id, titleKey: 'gd_archive_title', bodyKey: 'gd_archive_body', action: 'open-archive', actionLabelKey: 'gd_action_open_archive',
        links: [{ labelKey: 'gd_link_archive_today', target: 'archive-today' }],
      };
    case 'contact':
      return {
        id, titleKey: 'gd_contact_title', bodyKey: d.retryable ? 'gd_contact_body' : 'gd_contact_body_permanent',
        action: 'copy-report', actionLabelKey: 'gd_action_copy_report',
        ...(ctx.hasStatusPage ? { links: [{ labelKey: 'gd_link_status_page', target: 'status-page' }] } : {}),
      };
    case 'my-site':
      return { id, titleKey: 'gd_mysite_title', bodyKey: 'gd_mysite_body', items: ownerFixes(d) };
  }
}

/** Which steps fit, in order. */
function chooseStepIds(d: Diagnosis, ctx: GuideContext): GuideStepId[] {
  // RFC 9110 §9.2.2: never resend a POST; no wait-for-reload, reload or retry for it.
  const resendable = mayAutoRetry(ctx.method);
  // The page came from the user's network (a forward proxy, a captive portal): the site may be fine.
  const usersNetwork = isUsersNetwork(d.producer);
  const networkSuspect = usersNetwork || ctx.connectivity === 'offline' || ctx.connectivity === 'captive-portal';
  const browserState = BROWSER_STATE_KINDS.includes(d.kind);
  const ids: GuideStepId[] = [];
  if (!resendable) ids.push('form-not-resent');
  // No connection or a Wi-Fi login page: nothing else can help before that is fixed.
  if (networkSuspect) ids.push('network');
  // Non-retryable (TLS configuration, 501, 505): waiting will not fix it, so never say "wait".
  if (d.retryable && resendable) ids.push('wait');
  if (resendable && !NO_RELOAD_KINDS.includes(d.kind)) ids.push('reload');
  // "Down for everyone?" tells whether the site itself is up, which confirms a network fault.
  ids.push('check-status');
  if (usersNetwork) return ids; // the site's cache, cookies, archive and support cannot help
  if (browserState) ids.push('clear-cache', 'private-window');
  // Once the probe says the connection works, router advice is noise, except for a 429 (shared address).
  const networkFits = !networkSuspect && d.kind !== 'maintenance'
    && (ctx.connectivity !== 'online' || d.kind === 'rate-limited');
  if (networkFits) ids.push('network');
  ids.push('archive', 'contact');
  if (ctx.isMySiteView) ids.push('my-site');
  return ids;
}

/**
 * The guide for a diagnosis: ordered steps with message keys (prefix `gd_`) and actions.
 * Empty when the page is not an error Comeback handles (`kind: none`).
 */
export function chooseGuide(d: Diagnosis, ctx: GuideContext): GuideStep[] {
  if (d.kind === 'none') return [];
  return chooseStepIds(d, ctx).map((id) => buildStep(id, d, ctx));
}
