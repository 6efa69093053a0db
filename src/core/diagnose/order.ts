/**
 * The detectors, most specific first. The body decides who generated a page, so body-marker
 * detectors come before the ones that lean on a Server header, and templates that imitate
 * another (Fastly's Varnish fork, Magento's Apache-like wording, ELB's nginx-like page, the
 * nginx-built Cloudflare edge) come before the template they imitate.
 */
import type { Detector } from './detector';
import { appEngine } from './app-engine';
import { aspnet } from './aspnet';
import { awsApiGateway } from './aws-api-gateway';
import { azureAppGateway } from './azure-app-gateway';
import { azureAppService } from './azure-app-service';
import { azureFrontDoor } from './azure-front-door';
import { bunny } from './bunny';
import { captivePortal } from './captive-portal';
import { cloudRun } from './cloud-run';
import { django } from './django';
import { express } from './express';
import { fly } from './fly';
import { github } from './github';
import { iis } from './iis';
import { imperva } from './imperva';
import { keycdn } from './keycdn';
import { kong } from './kong';
import { laravel } from './laravel';
import { litespeed } from './litespeed';
import { netlify } from './netlify';
import { networkProxy } from './network-proxy';
import { pantheon } from './pantheon';
import { rails } from './rails';
import { railway } from './railway';
import { render } from './render';
import { shopify } from './shopify';
import { spring } from './spring';
import { squid } from './squid';
import { sucuri } from './sucuri';
import { tengine } from './tengine';
import { trafficServer } from './traffic-server';
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
import { vercel } from './vercel';
import { wordpress } from './wordpress';

/** Every producer detector in the order they are tried. */
export const DETECTORS: readonly Detector[] = [
  captivePortal, // 511 belongs to network access control whatever the body says
  squid, // before every site-side rule: a forward proxy's page must not be blamed on the site
  networkProxy,
  shopify, // behind Cloudflare: before Cloudflare's header-only rule
  cloudflare, // its markup, challenges and empty 52x answers; before nginx (its edge is nginx)
  fastly, // before varnish: same template family, "Guru Mediation" and a Details line
  varnish,
  akamai,
  cloudfront,
  heroku,
  google,
  magento, // before apache and nginx: similar "Service Temporarily Unavailable" wording
  wordpress,
  trafficServer,
  iis,
  litespeed,
  azureFrontDoor,
  azureAppService,
  cloudRun,
  appEngine,
  github,
  imperva,
  sucuri,
  django, // frameworks: their own markup, before the generic server templates
  rails,
  laravel,
  express,
  spring,
  aspnet,
  haproxy,
  envoy,
  traefik,
  apache,
  awsElb, // before nginx: nginx's template without the footer
  azureAppGateway, // before nginx: nginx's template with its own footer
  tengine, // before nginx: nginx's fork
  nginx,
  kong, // JSON answers and Server/Via headers
  awsApiGateway,
  vercel,
  netlify,
  fly,
  render,
  railway,
  pantheon,
  bunny,
  keycdn,
  caddy, // only a Server header and an empty body: least specific
];
