/**
 * What to tell people about a diagnosis, as i18n message keys (public/_locales/*): the layer
 * that failed, a plain-words explanation for visitors, whether waiting helps, and what a site
 * owner should look at. Visitor wording depends on the kind, owner advice on the producer
 * (and for Cloudflare on its 52x family), so the table stays small.
 */
import type { Diagnosis, Kind, Producer } from './types';

/** Message keys for one diagnosis; all match /^dx_[A-Za-z0-9_]+$/. */
export interface Explanation {
  /** Label naming the layer that failed, e.g. "The site's cache server (Varnish)". */
  layerKey: string;
  /** What happened, in plain words, for a visitor. */
  visitorKey: string;
  /** Whether waiting helps, in plain words. */
  waitKey: string;
  /** The same as a boolean (the diagnosis's `retryable`). */
  waitingHelps: boolean;
  /** What the site's owner should look at. */
  ownerKey: string;
}

const snake = (s: string): string => s.replace(/-/g, '_');

/** Producers whose owner advice is shared with a sibling. */
const OWNER_ALIAS: Partial<Record<Producer, Producer>> = {
  openresty: 'nginx', tengine: 'nginx',
  // A framework's own error page: the application failed, and the advice is the application's.
  django: 'origin', rails: 'origin', laravel: 'origin', express: 'origin', spring: 'origin', aspnet: 'origin',
};

/** Producers that share one family's owner advice (a key of their own, not a producer's). */
const OWNER_FAMILY: Partial<Record<Producer, string>> = {
  ...Object.fromEntries(['vercel', 'netlify', 'github', 'fly', 'render', 'railway', 'pantheon', 'shopify',
    'azure-app-service', 'cloud-run', 'app-engine'].map((p) => [p, 'dx_owner_platform'])),
  ...Object.fromEntries(['imperva', 'sucuri', 'bunny', 'keycdn', 'azure-front-door'].map((p) => [p, 'dx_owner_cdn_edge'])),
  ...Object.fromEntries(['squid', 'traffic-server', 'iis', 'litespeed', 'kong', 'azure-app-gateway', 'aws-api-gateway']
    .map((p) => [p, 'dx_owner_gateway'])),
  'network-proxy': 'dx_owner_network',
  'captive-portal': 'dx_owner_network',
};

function cloudflareOwner(kind: Kind): string {
  if (kind === 'tls-error') return 'dx_owner_cloudflare_tls';
  if (kind === 'connection-failed' || kind === 'dns-error') return 'dx_owner_cloudflare_connection';
  if (kind === 'timeout') return 'dx_owner_cloudflare_timeout';
  return 'dx_owner_cloudflare';
}

function ownerKey(producer: Producer, kind: Kind): string {
  const family = OWNER_FAMILY[producer];
  if (family === 'dx_owner_network') return family;
  if (kind === 'rate-limited') return 'dx_owner_rate_limited';
  if (family !== undefined) return family;
  if (producer === 'cloudflare') return cloudflareOwner(kind);
  if (kind === 'maintenance' && (producer === 'origin' || producer === 'unknown')) return 'dx_owner_maintenance';
  return `dx_owner_${snake(OWNER_ALIAS[producer] ?? producer)}`;
}

/** The message keys explaining a diagnosis. */
export function explain(d: Pick<Diagnosis, 'producer' | 'kind' | 'retryable'>): Explanation {
  return {
    layerKey: `dx_layer_${snake(d.producer)}`,
    visitorKey: d.producer === 'network-proxy' ? 'dx_visitor_network'
      : d.producer === 'captive-portal' ? 'dx_visitor_captive'
      : `dx_visitor_${snake(d.kind)}`,
    waitKey: d.retryable ? 'dx_wait_yes' : 'dx_wait_no',
    waitingHelps: d.retryable,
    ownerKey: ownerKey(d.producer, d.kind),
  };
}
