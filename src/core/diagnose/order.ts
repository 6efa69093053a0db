/**
 * The detectors, most specific first. The body decides who generated a page, so body-marker
 * detectors come before the ones that lean on a Server header, and templates that imitate
 * another (Fastly's Varnish fork, Magento's Apache-like wording, ELB's nginx-like page, the
 * nginx-built Cloudflare edge) come before the template they imitate.
 */
import type { Detector } from './detector';
import { akamai } from './akamai';
import { apache } from './apache';
import { awsElb } from './aws-elb';
import { caddy } from './caddy';
import { cloudflare } from './cloudflare';
import { cloudfront } from './cloudfront';
import { envoy } from './envoy';
import { fastly } from './fastly';
import { google } from './google';
import { haproxy } from './haproxy';
import { heroku } from './heroku';
import { magento } from './magento';
import { nginx } from './nginx';
import { traefik } from './traefik';
import { varnish } from './varnish';
import { wordpress } from './wordpress';

/** Every producer detector in the order they are tried. */
export const DETECTORS: readonly Detector[] = [
  cloudflare, // its markup, challenges and empty 52x answers; before nginx (its edge is nginx)
  fastly, // before varnish: same template family, "Guru Mediation" and a Details line
  varnish,
  akamai,
  cloudfront,
  heroku,
  google,
  magento, // before apache and nginx: similar "Service Temporarily Unavailable" wording
  wordpress,
  haproxy,
  envoy,
  traefik,
  apache,
  awsElb, // before nginx: nginx's template without the footer
  nginx,
  caddy, // only a Server header and an empty body: least specific
];
