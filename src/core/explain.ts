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
const OWNER_ALIAS: Partial<Record<Producer, Producer>> = { openresty: 'nginx' };

function cloudflareOwner(kind: Kind): string {
  if (kind === 'tls-error') return 'dx_owner_cloudflare_tls';
  if (kind === 'connection-failed') return 'dx_owner_cloudflare_connection';
  if (kind === 'timeout') return 'dx_owner_cloudflare_timeout';
  return 'dx_owner_cloudflare';
}

function ownerKey(producer: Producer, kind: Kind): string {
  if (kind === 'rate-limited') return 'dx_owner_rate_limited';
  if (producer === 'cloudflare') return cloudflareOwner(kind);
  if (kind === 'maintenance' && (producer === 'origin' || producer === 'unknown')) return 'dx_owner_maintenance';
  return `dx_owner_${snake(OWNER_ALIAS[producer] ?? producer)}`;
}

/** The message keys explaining a diagnosis. */
export function explain(d: Pick<Diagnosis, 'producer' | 'kind' | 'retryable'>): Explanation {
  return {
    layerKey: `dx_layer_${snake(d.producer)}`,
    visitorKey: `dx_visitor_${snake(d.kind)}`,
    waitKey: d.retryable ? 'dx_wait_yes' : 'dx_wait_no',
    waitingHelps: d.retryable,
    ownerKey: ownerKey(d.producer, d.kind),
  };
}
