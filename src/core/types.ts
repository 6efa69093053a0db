/**
 * The shared vocabulary of the core: what a diagnosis is made of.
 * Pure types and constant lists only; no browser APIs (docs/design.md, "Pure core, thin shell").
 */

/** Who generated the error page (the body decides; headers only say who carried it). */
export const PRODUCERS = [
  'varnish', 'fastly', 'nginx', 'openresty', 'haproxy', 'envoy', 'apache', 'cloudflare',
  'cloudfront', 'aws-elb', 'akamai', 'heroku', 'google', 'traefik', 'caddy', 'magento',
  'wordpress',
  // Added with the second round of detectors (docs/producers.md lists each one's source).
  'squid', 'traffic-server', 'iis', 'litespeed', 'tengine', 'kong', 'azure-front-door',
  'azure-app-gateway', 'azure-app-service', 'cloud-run', 'app-engine', 'aws-api-gateway', 'vercel',
  'netlify', 'github', 'fly', 'render', 'railway', 'pantheon', 'shopify', 'imperva', 'sucuri',
  'bunny', 'keycdn', 'django', 'rails', 'laravel', 'express', 'spring', 'aspnet',
  // The user's own network, not the site: a forward proxy's error page, a captive portal.
  'network-proxy', 'captive-portal',
  'origin', 'unknown',
] as const;
export type Producer = (typeof PRODUCERS)[number];

/** What went wrong, in the terms a user can act on. `none`: not an error Comeback handles. */
export const KINDS = [
  'backend-fetch-failed', 'backend-unhealthy', 'connection-failed', 'dns-error', 'timeout', 'maintenance',
  'overloaded', 'rate-limited', 'tls-error', 'server-error', 'none',
] as const;
export type Kind = (typeof KINDS)[number];

/** Identifiers a user should quote to the site's support. */
export interface DiagnosisIds {
  /** Varnish transaction id (`XID: 123`). */
  xid?: string;
  /** Fastly's `Details: cache-<node>-<POP> <unixtime> <xid>` line, without `Details: `. */
  details?: string;
  /** Cloudflare Ray ID. */
  rayId?: string;
  /** CloudFront Request ID. */
  requestId?: string;
  /** Akamai reference, entity-decoded, without the `#`. */
  reference?: string;
}

export interface Diagnosis {
  status: number;
  producer: Producer;
  kind: Kind;
  /** Whether waiting and retrying can help. */
  retryable: boolean;
  /** RFC 9110 §10.2.3 Retry-After in whole seconds, or null when absent or invalid. */
  retryAfterSeconds: number | null;
  ids: DiagnosisIds;
}

/** Response headers with lower-case names; repeated headers joined with ", " (RFC 9110 §5.3). */
export type HeaderMap = Readonly<Record<string, string>>;

export interface ResponseInput {
  status: number;
  headers: HeaderMap;
  /** Body text; the engine reads at most the first 64 KB. */
  body: string;
  /** The caller's clock (ms since epoch), used only when the response has no Date header. */
  now: number;
}
